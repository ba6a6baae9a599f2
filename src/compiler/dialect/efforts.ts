/**
 * Efforts written instead of a pace — heart-rate zones ("40 min Z2", "zone
 * 2-3"), perceived effort ("@ RPE 6", "8/10 effort") and effort words
 * ("sub-threshold", "CV") — and the pace each is run at when the athlete's
 * profile has no heart-rate data. A coach can read and correct this table.
 */
import type { PaceName } from '../../paces/types.js';

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

/** Zone bounds as shares of maximum heart rate, when the profile gives only max HR. */
export const ZONE_SHARES_OF_MAX: Record<number, readonly [number, number]> = { 1: [0.5, 0.6], 2: [0.6, 0.7], 3: [0.7, 0.8], 4: [0.8, 0.9], 5: [0.9, 1] };

/** Zone bounds as shares of threshold heart rate (Friel), when the profile gives threshold HR. */
export const ZONE_SHARES_OF_THRESHOLD: Record<number, readonly [number, number]> = { 1: [0.6, 0.85], 2: [0.85, 0.9], 3: [0.9, 0.95], 4: [0.95, 1.0], 5: [1.0, 1.06] };
