/**
 * The pace table a chart is drawn with. Writers called through the registry
 * get the compiled plan, which carries the athlete's units but not their pace
 * table, and a jog or an easy warm-up written as a distance has no pace of its
 * own. The compiler did know the table when it estimated the workout, so a
 * typical table is scaled until the steps add up to that estimate again: the
 * chart then agrees with the "about 48 min" printed beside it.
 */
import type { Workout } from '../../ir/workout.js';
import type { PaceEntry, PaceName, PaceTable } from '../../paces/types.js';
import { estimateStepSeconds } from '../../compiler/estimate.js';
import { makeAthlete } from '../../athlete/load.js';
import { DEMO_ATHLETE } from '../../athlete/demo.js';
import { estimatedStep, type RunStep } from './timeline.js';

let typical: PaceTable | undefined;

function typicalTable(): PaceTable {
  typical ??= makeAthlete(DEMO_ATHLETE).paces;
  return typical;
}

export function scaleTable(table: PaceTable, k: number): PaceTable {
  const paces = {} as Record<PaceName, PaceEntry>;
  for (const [name, e] of Object.entries(table.paces) as [PaceName, PaceEntry][]) {
    paces[name] = { ...e, speed: e.speed * k, low: e.low * k, high: e.high * k };
  }
  return { ...table, paces };
}

// Beyond these the workout's estimate did not come from a runner's table (or
// the steps were edited after compiling); the typical table is then used as is.
const MIN_SCALE = 0.25;
const MAX_SCALE = 4;

export function inferredTable(workout: Workout, run: readonly RunStep[]): PaceTable {
  const base = typicalTable();
  const doubled = scaleTable(base, 2);
  let fixed = 0;
  let scalable = 0;
  for (const r of run) {
    const step = estimatedStep(r.step);
    const s = estimateStepSeconds(step, base);
    if (!Number.isFinite(s) || s <= 0) continue;
    // A step whose time does not change when every speed doubles does not depend on the table.
    if (s === estimateStepSeconds(step, doubled)) fixed += s;
    else scalable += s;
  }
  const remaining = workout.estimate.seconds - fixed;
  if (!(scalable > 0 && remaining > 0)) return base;
  const k = scalable / remaining;
  return k >= MIN_SCALE && k <= MAX_SCALE ? scaleTable(base, k) : base;
}

/** A pace table handed in by a caller, checked enough that drawing with it cannot fail. */
export function isPaceTable(x: unknown): x is PaceTable {
  if (typeof x !== 'object' || x === null) return false;
  const paces = (x as { paces?: unknown }).paces;
  if (typeof paces !== 'object' || paces === null) return false;
  const needed: PaceName[] = ['E', '5K', 'Mile'];
  return needed.every((name) => {
    const e = (paces as Record<string, unknown>)[name] as Partial<PaceEntry> | undefined;
    return !!e && [e.speed, e.low, e.high].every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0);
  });
}
