/** Groups that carry their own easing: "6 × (1200m at 90–92% 5k, 400m at 80% 5k)". */
import type { Step, Target } from '../../ir/workout.js';

/** The middle of a target's pace band, in metres per second; undefined when it has none. */
function speed(t: Target): number | undefined {
  const band = t.kind === 'pace' ? t : t.kind === 'heartRate' ? t.pace : undefined;
  return band ? (band.low + band.high) / 2 : undefined;
}

/**
 * A group whose parts all have their pace written and end slower than they start
 * ("1 km at 105% MP, 1 km at 90% MP") is a continuous alternation: its slower
 * part is the float, and no recovery is added after it.
 */
export function floatsAtEnd(reps: readonly Step[]): boolean {
  if (reps.length < 2) return false;
  const speeds = reps.map((r) => speed(r.target));
  const first = speeds[0];
  const last = speeds[speeds.length - 1];
  return speeds.every((s) => s !== undefined) && first !== undefined && last !== undefined && last < first;
}
