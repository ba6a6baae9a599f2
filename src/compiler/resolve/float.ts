/** Groups that carry their own easing: "6 × (1200m at 90–92% 5k, 400m at 80% 5k)". */
import type { Step, Target } from '../../ir/workout.js';

/** The middle of a target's pace band, in metres per second; undefined when it has none. */
function speed(t: Target): number | undefined {
  const band = t.kind === 'pace' ? t : t.kind === 'heartRate' ? t.pace : undefined;
  return band ? (band.low + band.high) / 2 : undefined;
}

/**
 * A group that ends on its float, so no recovery is added after it: its last part is
 * clearly slower than the part before it ("400m at 5K, 400m at M"), or every part has its
 * pace written and the last is slower than the first ("1 km at 105% MP, 1 km at 90% MP").
 */
export function floatsAtEnd(reps: readonly Step[]): boolean {
  if (reps.length < 2) return false;
  const speeds = reps.map((r) => speed(r.target));
  const first = speeds[0];
  const before = speeds[speeds.length - 2];
  const last = speeds[speeds.length - 1];
  if (last === undefined) return false;
  if (before !== undefined && last < before * 0.97) return true;
  return speeds.every((s) => s !== undefined) && first !== undefined && last < first;
}
