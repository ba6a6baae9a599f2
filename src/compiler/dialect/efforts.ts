/**
 * Efforts written instead of a pace — heart-rate zones ("40 min Z2", "zone
 * 2-3"), perceived effort ("@ RPE 6", "8/10 effort") and effort words
 * ("sub-threshold", "CV") — and the pace each is run at. Zones and shares of
 * maximum heart rate are run at that pace only when the athlete's profile has
 * no heart-rate data; with it they are heart-rate targets (src/paces/heart-rate.ts
 * has the zone tables). A coach can read and correct these tables.
 */
import type { PaceName } from '../../paces/types.js';

/**
 * A heart rate as written: zones ("Z2", "zone 2-3"), a share of maximum
 * heart rate in % ("70-78% HRmax"), or beats per minute ("HR 140-150";
 * "under 150 bpm" has no low bound).
 */
export type HeartRateRef =
  | { kind: 'zone'; low: number; high: number }
  | { kind: 'max'; low: number; high: number }
  | { kind: 'bpm'; low?: number; high: number };

/** Five heart-rate zones, each run at the pace of the same effort. */
export const ZONE_PACES: Record<number, PaceName> = { 1: 'E', 2: 'E', 3: 'M', 4: 'T', 5: 'I' };

/** Perceived effort out of 10, and its pace. */
export const RPE_PACES: Record<number, PaceName> = { 1: 'E', 2: 'E', 3: 'E', 4: 'E', 5: 'M', 6: 'HM', 7: 'T', 8: '10K', 9: '5K', 10: 'Mile' };

/** Effort words that name a pace the shorthand's pace names do not. */
export const EFFORT_PACES: Record<string, PaceName> = {
  // Just slower than threshold: half-marathon effort.
  subthreshold: 'HM',
  // Critical velocity: about the pace one could race for 30–40 minutes.
  cv: '10K',
  aerobic: 'E',
};

/**
 * A share of maximum heart rate, and the pace of that effort when the athlete's
 * profile has no heart-rate data: Daniels (Daniels' Running Formula) puts E at
 * 65–79 % of HRmax, M at 80–90 %, T at 88–92 % and I at 98–100 %. Each row
 * holds from its share up to the next row's.
 */
export const HRMAX_PACES: readonly { from: number; pace: PaceName }[] = [
  { from: 0, pace: 'E' },
  { from: 80, pace: 'M' },
  { from: 88, pace: 'T' },
  { from: 93, pace: 'I' },
];

/** The pace of an effort at `percent` of maximum heart rate (HRMAX_PACES). */
export function paceAtShareOfMax(percent: number): PaceName {
  return [...HRMAX_PACES].reverse().find((row) => percent >= row.from)!.pace;
}
