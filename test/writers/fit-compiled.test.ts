/**
 * The FIT writer over real compiler output: shorthand sessions and every
 * session of the shipped templates, for the reference athlete (6:00 mile).
 * Each file must decode cleanly with both readers and play on a watch as
 * exactly the run the IR describes.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { lonePlan, readRepo, referenceAthlete } from '../helpers/reference.js';
import { compilePlan, compileSession, loadPlan } from '../../src/compiler/index.js';
import type { CompiledPlan, Workout } from '../../src/ir/workout.js';
import '../../src/writers/fit.js';
import { encodeWorkout } from '../../src/writers/fit/workout.js';
import { DEFAULT_PROFILE } from '../../src/writers/fit/profile.js';
import { getWriter } from '../../src/writers/registry.js';
import { writeBundle } from '../../src/writers/zip.js';
import {
  DURATION,
  expectRunsLikeIr,
  fileIdentity,
  rawSchedules,
  rawSteps,
  rawWorkout,
  sdkDecode,
  SPORT,
  SUB_SPORT,
} from '../helpers/fit-decode.js';


const athlete = referenceAthlete();

const SPORTS = {
  running: [SPORT.running, 0],
  strength: [SPORT.training, SUB_SPORT.strengthTraining],
  cross_training: [SPORT.training, SUB_SPORT.cardioTraining],
  rest: [SPORT.generic, 0],
} as const;

function expectFaithful(w: Workout, plan: CompiledPlan): void {
  expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const bytes = encodeWorkout(w, plan, DEFAULT_PROFILE).bytes;
  const [sport, subSport] = SPORTS[w.sport];
  expect(rawWorkout(bytes)).toMatchObject({ sport, subSport });
  if (w.steps.length === 0) {
    sdkDecode(bytes);
    expect(rawSteps(bytes).map((s) => s.durationType)).toEqual([DURATION.open]);
    return;
  }
  const steps = expectRunsLikeIr(bytes, w);
  expect(steps.length).toBeLessThanOrEqual(DEFAULT_PROFILE.maxSteps);
}

describe('FIT over compiled shorthand', () => {
  const lines = [
    '15 min WU, 6-10 x 400m @ HM-10K w/ 400m jog recovery, 10 min CD',
    '3 x 1 mile @ HM w/ jog down recovery',
    '8 x 30 sec hill w/ jog down recovery',
    '4 x 800m/300m @ 5K/Mile w/ 100m/400m jog recovery',
    '30 min run or 45 - 60 min cross-train',
    'PT / Strength Focused Lift',
    'OFF',
  ];
  for (const line of lines) {
    it(line, () => {
      const w = compileSession(line, athlete);
      expectFaithful(w, lonePlan(w));
    });
  }
});

describe('FIT over the templates, for the reference athlete', () => {
  for (const template of ['templates/mile-8-week.yaml', 'templates/mile-workouts.yaml']) {
    describe(template, () => {
      const loaded = loadPlan(readRepo(template), template);
      if (!loaded.plan) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
      const plan = compilePlan(loaded.plan, athlete, { start: '2026-01-05' });

      it('has sessions to write', () => expect(plan.sessions.length).toBeGreaterThan(0));

      for (const w of plan.sessions) {
        it(`${w.id}: ${w.title}`, () => expectFaithful(w, plan));
      }

      it('writes one file per session but rest days, and a schedule of the first 28 of them at most, in whole days', () => {
        const files = getWriter('fit')!.writePlan(plan, {});
        const onWatch = plan.sessions.filter((s) => s.sport !== 'rest');
        expect(files).toHaveLength(onWatch.length + 1);
        expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
        const schedule = files.find((f) => f.path === 'schedule.fit')!;
        sdkDecode(schedule.data as Uint8Array);
        const pointers = rawSchedules(schedule.data as Uint8Array).map((s) => `${s.serialNumber}/${s.timeCreated}`);
        const byDate = onWatch.filter((s) => s.date).sort((a, b) => a.date!.localeCompare(b.date!));
        const idOf = (s: Workout) => fileIdentity(files.find((f) => f.path === `${s.date}-${s.id}.fit`)!.data as Uint8Array);
        // The first sessions by date, at most 28, in whole days.
        expect(pointers.length).toBeLessThanOrEqual(DEFAULT_PROFILE.scheduleEntries);
        expect(pointers).toEqual(byDate.slice(0, pointers.length).map(idOf).map((id) => `${id.serialNumber}/${id.timeCreated}`));
        const next = byDate[pointers.length];
        if (next) {
          expect(next.date! > byDate[pointers.length - 1]!.date!).toBe(true);
          expect(schedule.notes?.[0]).toMatch(
            new RegExp(`^schedule\\.fit holds the first ${pointers.length} sessions \\(${byDate[0]!.date} to ${byDate[pointers.length - 1]!.date}\\): the device profile "conservative" shows 28 on the calendar\\. ${byDate.length - pointers.length} more from ${next.date} on need a schedule from that day$`),
          );
        }
      });

      it('bundles the first four weeks for USB, rest days left off', () => {
        const entries = unzipSync(writeBundle(plan, {}));
        const fits = Object.keys(entries).filter((n) => n.endsWith('.FIT'));
        const inRange = plan.sessions.filter((s) => s.date! >= '2026-01-05' && s.date! <= '2026-02-01' && s.sport !== 'rest');
        expect(fits).toHaveLength(Math.min(inRange.length, DEFAULT_PROFILE.scheduleEntries) + 1);
        for (const n of fits) sdkDecode(entries[n]!);
      });
    });
  }
});
