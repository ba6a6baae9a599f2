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

/** An effort phrase's pace: a pace of the table, or recovery pace (slower than easy). */
export type PhrasePace = PaceName | 'recovery';

/**
 * Efforts written in words and the pace each is run at ("very easy" and the other words for a run
 * slower than easy are dialect/runs.ts's, read before these). "pace" in a phrase stands
 * for any of PACE_NOUNS ("comfortably hard effort"); one of them after a phrase
 * belongs to it ("very easy pace").
 */
export const EFFORT_PHRASES: readonly { words: string; pace: PhrasePace; why: string }[] = [
  { words: 'easy recovery run', pace: 'recovery', why: 'a run to recover, slower than easy' },
  { words: 'talking pace', pace: 'E', why: 'a pace one can talk at' },
  { words: 'conversation pace', pace: 'E', why: 'a pace one can talk at' },
  { words: 'slow and conversational', pace: 'E', why: 'a pace one can talk at' },
  { words: 'comfortable pace', pace: 'E', why: 'an easy effort' },
  { words: 'light pace', pace: 'E', why: 'an easy effort' },
  { words: 'gentle pace', pace: 'E', why: 'an easy effort' },
  { words: 'endurance pace', pace: 'E', why: 'an easy, aerobic effort' },
  { words: 'comfortably hard', pace: 'T', why: 'the classic description of threshold' },
  { words: 'faster than a talking pace', pace: 'T', why: 'past conversation: threshold' },
  { words: 'slightly faster than a talking pace', pace: 'T', why: 'past conversation: threshold' },
  { words: 'strong pace', pace: 'T', why: 'a sustained hard effort: threshold' },
];

/** Words that follow an effort and mean no more than it ("easy pace", "threshold effort"). */
export const PACE_NOUNS = ['pace', 'effort', 'intensity'];

/**
 * Perceived effort as coaches write it besides "RPE 6" and "6/10": the words
 * that lead to the number ("effort level 5", "intensity level of 8 to 9",
 * "perceived effort of 3") and the words that follow it ("a level 6-7 effort").
 */
export const RPE_LEADS: readonly string[] = ['effort level', 'effort level of', 'intensity level', 'intensity level of', 'perceived effort', 'perceived effort of', 'perceived effort level of', 'rpe of'];
export const RPE_FOLLOWS: readonly string[] = ['level'];

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

/**
 * Daniels' letters for his paces, written in capitals after a length ("2 E + 3 T + 2 E",
 * "5 x 3 min I w/ 2 min jg", Daniels' Running Formula): easy, marathon, threshold,
 * interval and repetition pace. "M" alone after a number is miles ("6 M"); it is marathon
 * pace only in a line that writes another letter too.
 */
export const LETTER_PACES: Readonly<Record<string, string>> = { E: 'e', M: 'm', T: 't', I: 'i', R: 'r' };
