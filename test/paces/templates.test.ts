/**
 * The pace table as the compiler consumes it: every pace target in the
 * shipped templates, compiled for the fixture athletes, must come from the
 * athlete's table (or the goal) and lie inside the table's range of paces.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAthlete } from '../../src/athlete/load.js';
import type { Athlete } from '../../src/athlete/athlete.js';
import { compilePlan, loadPlan } from '../../src/compiler/index.js';
import type { PaceTarget, Step, Workout } from '../../src/ir/workout.js';
import { parsePaceName } from '../../src/paces/parse.js';

const MILE = 1609.344;
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function athlete(name: string): Athlete {
  const r = loadAthlete(read(`fixtures/athletes/${name}.yaml`));
  if (!r.athlete) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.athlete;
}

function paceTargets(workouts: Workout[]): PaceTarget[] {
  const out: PaceTarget[] = [];
  const walk = (steps: Workout['steps']) => {
    for (const s of steps) {
      if (s.type === 'repeat') walk(s.children);
      else if ((s as Step).target.kind === 'pace') out.push((s as Step).target as PaceTarget);
    }
  };
  for (const w of workouts) {
    walk(w.steps);
    walk(w.alternatives.flatMap((a) => a.steps));
  }
  return out;
}

/**
 * The table entry a pace name such as "E", "Mile", "goal Mile" or "Faster (800)"
 * stands for. "goal Mile" is the goal only when the goal race is a mile; for
 * any other athlete it is mile pace from current fitness.
 */
function tableEntry(a: Athlete, name: string) {
  const goal = /^goal (.+)$/.exec(name)?.[1];
  const bare = goal ?? /^Faster \((.+)\)$/.exec(name)?.[1] ?? name;
  const parsed = parsePaceName(bare);
  if (!parsed.ok) return undefined;
  if (goal !== undefined && a.paces.goal?.distance === parsed.value) return a.paces.goal;
  return a.paces.paces[parsed.value];
}

describe.each(['reference', 'km-runner', 'explicit-paces'])('templates for the %s athlete', (who) => {
  const a = athlete(who);
  const table = Object.values(a.paces.paces);
  const slowest = Math.min(...table.map((e) => e.low));
  const fastest = Math.max(...table.map((e) => e.high), a.paces.goal?.high ?? 0);

  it.each(['templates/mile-8-week.yaml', 'templates/mile-workouts.yaml'])('%s uses the athlete\u2019s paces', (file) => {
    const loaded = loadPlan(read(file), file);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const compiled = compilePlan(loaded.plan!, a, { start: '2025-01-06' });
    for (const s of compiled.sessions) expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const targets = paceTargets(compiled.sessions);
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) {
      expect(t.low).toBeLessThan(t.high);
      expect(t.low).toBeGreaterThanOrEqual(slowest - 1e-9);
      expect(t.high).toBeLessThanOrEqual(fastest + 1e-9);
      const parts = t.name.split('–');
      if (parts.length === 1) {
        const e = tableEntry(a, t.name);
        expect(e, `pace target "${t.name}"`).toBeDefined();
        expect(t.low).toBeCloseTo(e!.low, 12);
        expect(t.high).toBeCloseTo(e!.high, 12);
      } else {
        // A range such as "HM–10K" stays within the two named bands.
        const ends = parts.map((p) => tableEntry(a, p));
        expect(ends.every(Boolean), `pace target "${t.name}"`).toBe(true);
        expect(t.low).toBeGreaterThanOrEqual(Math.min(...ends.map((e) => e!.low)) - 1e-9);
        expect(t.high).toBeLessThanOrEqual(Math.max(...ends.map((e) => e!.high)) + 1e-9);
      }
    }
  });
});

describe('the reference athlete in the 8-week mile plan', () => {
  it('runs mile pace at the 5:45 goal, not the 6:00 current mile', () => {
    const a = athlete('reference');
    const loaded = loadPlan(read('templates/mile-8-week.yaml'), 'mile-8-week.yaml');
    const targets = paceTargets(compilePlan(loaded.plan!, a).sessions).filter((t) => t.name === 'Mile' || t.name === 'goal Mile');
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      // ±1.5% around 345 s per mile.
      expect(MILE / t.high).toBeCloseTo(345 / 1.015, 6);
      expect(MILE / t.low).toBeCloseTo(345 / 0.985, 6);
    }
  });
});
