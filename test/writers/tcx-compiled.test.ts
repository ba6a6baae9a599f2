/**
 * The TCX writer over real compiler output: shorthand sessions and every
 * session of the shipped templates, for the reference athlete. Each document
 * must pass the XSD and read back as the same run the IR describes.
 */
import { describe, expect, it } from 'vitest';
import { lonePlan, readRepo, referenceAthlete } from '../helpers/reference.js';
import { compilePlan, compileSession, loadPlan } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { tcxForPlan, tcxForWorkout } from '../../src/writers/tcx.js';
import { xmllintValidate } from '../helpers/xmllint.js';
import { executedIr, executedTcx, readTcx, stepIds, type Executed } from '../helpers/tcx-reader.js';


/**
 * The device runs what the IR says, except where the shaper had to keep a
 * recovery the athlete skips with lap; the writer says so in Notes, and the
 * comparison then allows exactly those extra recoveries.
 */
function expectFaithful(workout: Workout, xml: string): void {
  const lint = xmllintValidate(xml);
  expect(lint.valid, lint.output).toBe(true);
  const doc = readTcx(xml);
  expect(doc.workouts.length).toBeGreaterThan(0);
  for (const w of doc.workouts) {
    const ids = stepIds(w.steps);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(ids.length).toBeLessThanOrEqual(20);
    expect(w.notes?.startsWith(workout.title)).toBe(true);
  }
  if (workout.sport !== 'running' || workout.steps.length === 0) {
    expect(doc.workouts.map((w) => w.sport)).toEqual(doc.workouts.map(() => workout.sport === 'running' ? 'Running' : 'Other'));
    return;
  }
  const actual = doc.workouts.flatMap((w) => executedTcx(w.steps));
  const expected = executedIr(workout.steps);
  const lapSkips = doc.workouts.some((w) => w.notes?.includes('press lap to skip it'));
  if (!lapSkips) {
    expect(actual.map(summary)).toEqual(expected.map(summary));
  } else {
    expect(extrasBeyond(actual.map(summary), expected.map(summary))).toSatisfy((extras: string[] | undefined) =>
      extras !== undefined && extras.length > 0 && extras.every((x) => x.includes(' Resting ')),
    );
  }
}

/** What `actual` has beyond `expected` when `expected` is a subsequence of it; undefined when it is not. */
function extrasBeyond(actual: string[], expected: string[]): string[] | undefined {
  const extras: string[] = [];
  let j = 0;
  for (const a of actual) {
    if (j < expected.length && a === expected[j]) j++;
    else extras.push(a);
  }
  return j === expected.length ? extras : undefined;
}

/** Speeds to 3 decimals, enough to tell paces apart and immune to the writer's 4-decimal rounding. */
function summary(e: Executed): string {
  const d = e.duration.kind === 'time' ? `${e.duration.seconds}s` : e.duration.kind === 'distance' ? `${e.duration.meters}m` : 'lap';
  const t = e.target.kind === 'speed' ? `${e.target.low.toFixed(3)}-${e.target.high.toFixed(3)}` : '-';
  return `${d} ${e.intensity} ${t}`;
}

const athlete = referenceAthlete();

describe('TCX over compiled shorthand', () => {
  const lines = [
    '6-10 x 400m @ HM-10K w/ 400m jog recovery',
    '3 x 1 mile @ T w/ jog down recovery',
    '8 x 60s hill @ 90-95% effort',
    '3 x (4 x 200m @ Mile w/ 200m jog) w/ 3 min walk',
    '10 x 100m strides @ Mile',
    '30 min run or 45 - 60 min cross-train',
    'Strength',
    'OFF',
  ];
  for (const line of lines) {
    it(line, () => {
      const w = compileSession(line, athlete);
      expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expectFaithful(w, tcxForWorkout(w, lonePlan(w)));
    });
  }
});

describe('TCX over the templates, for the reference athlete', () => {
  for (const template of ['templates/mile-8-week.yaml', 'templates/mile-workouts.yaml']) {
    describe(template, () => {
      const loaded = loadPlan(readRepo(template), template);
      if (!loaded.plan) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
      const plan = compilePlan(loaded.plan, athlete, { start: '2026-01-05' });

      it('has sessions to write', () => expect(plan.sessions.length).toBeGreaterThan(0));

      for (const w of plan.sessions) {
        it(`${w.id}: ${w.title}`, () => expectFaithful(w, tcxForWorkout(w, plan)));
      }

      it('writes the whole plan as one valid plan.tcx', () => {
        const xml = tcxForPlan(plan);
        const lint = xmllintValidate(xml);
        expect(lint.valid, lint.output).toBe(true);
        const names = readTcx(xml).workouts.map((w) => w.name);
        expect(names.length).toBeGreaterThanOrEqual(plan.sessions.length);
        expect(new Set(names).size).toBe(names.length);
      });
    });
  }
});
