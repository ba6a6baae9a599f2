/**
 * Coaching norms: what runners do, as a table a coach can read and correct.
 * Where a token has several readings ("3m" = 3 metres, miles or minutes; a
 * clock after "@" = a rep's time or a pace), the reader builds each candidate
 * and keeps the one these norms find most usual for where it stands; when the
 * runner-up is usual too, a note says what was chosen and why.
 *
 * Each row gives the range a coach would call usual and the range beyond which
 * no runner would do it. Lengths in metres, times in seconds.
 */

export interface Norm {
  /** What a coach writes without a second thought. */
  usual: readonly [number, number];
  /** Beyond this, no runner would do it. */
  possible: readonly [number, number];
}

export type Part = 'rep' | 'recovery' | 'run' | 'long' | 'warmup' | 'quality';

export const NORMS: Record<Part, { meters: Norm; seconds: Norm }> = {
  // A rep of an interval session: 100 m strides to 10 km at marathon pace; 15 s to 40 min.
  rep: { meters: { usual: [100, 10_000], possible: [30, 42_195] }, seconds: { usual: [15, 40 * 60], possible: [5, 3 * 3600] } },
  // A recovery between reps: a 100 m float to a 800 m jog; 30 s to 5 min standing or jogging.
  recovery: { meters: { usual: [100, 800], possible: [20, 2000] }, seconds: { usual: [20, 5 * 60], possible: [5, 15 * 60] } },
  // A run on its own: a 20 min shake-out to a 3 h long run; 2 mi to a marathon.
  run: { meters: { usual: [3000, 35_000], possible: [800, 100_000] }, seconds: { usual: [15 * 60, 3 * 3600], possible: [5 * 60, 6 * 3600] } },
  // A long run: 10 miles to a marathon; 75 min to 3 1/2 h.
  long: { meters: { usual: [16_000, 42_195], possible: [10_000, 100_000] }, seconds: { usual: [75 * 60, 3.5 * 3600], possible: [45 * 60, 6 * 3600] } },
  // A run at a hard steady effort or of changing pace (tempo, threshold, fartlek, hills): 15 to 60 min, 2 to 10 mi.
  quality: { meters: { usual: [3000, 16_000], possible: [1000, 25_000] }, seconds: { usual: [12 * 60, 60 * 60], possible: [5 * 60, 2 * 3600] } },
  // A warm-up or cool-down: 5 to 30 min, a mile to 3 mi.
  warmup: { meters: { usual: [1000, 5000], possible: [200, 10_000] }, seconds: { usual: [5 * 60, 30 * 60], possible: [2 * 60, 60 * 60] } },
};

/**
 * A hill rep: a 10 s sprint up to a 5 min climb, 50 m to 800 m. Past 20 min
 * or 3 km no runner repeats it: the hill is the route of a hilly run.
 */
export const HILL_REP_NORM: { meters: Norm; seconds: Norm } = {
  meters: { usual: [50, 800], possible: [20, 3000] },
  seconds: { usual: [10, 5 * 60], possible: [5, 20 * 60] },
};

/**
 * Paces, relative to the athlete: no rep faster than this multiple of their
 * 800 m race speed, and no run slower than this share of their easy speed
 * (a brisk walk). A reading that gives a pace outside is no reading.
 */
export const PACE_NORMS = { fasterThan800: 1.5, slowerThanEasy: 0.45 } as const;

/** How well a value fits a norm: 2 usual, 1 possible, 0 no runner would. */
export function fit(value: number, norm: Norm): 0 | 1 | 2 {
  if (value >= norm.usual[0] && value <= norm.usual[1]) return 2;
  if (value >= norm.possible[0] && value <= norm.possible[1]) return 1;
  return 0;
}

export interface Candidate<T> {
  value: T;
  /** How it reads in words: "2 min", "2 mi". */
  words: string;
  score: number;
  /** Whether this reading is one a coach writes without a second thought (the norm's usual range). */
  usual?: boolean;
}

/**
 * The best candidate, and a note when the runner-up fits as well as it does or
 * nearly ("read 2m as 2 min; 2 mi would be an unusual recovery").
 */
export function choose<T>(candidates: readonly Candidate<T>[], written: string, part: Part): { value: T; note?: string } | undefined {
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score === 0) return undefined;
  const second = ranked[1];
  if (!second || second.score === 0) return { value: best.value };
  const how = second.score === best.score ? 'as usual a' : 'an unusual';
  return { value: best.value, note: `read ${written} as ${best.words}; ${second.words} would be ${how} ${PART_WORDS[part]}` };
}

const PART_WORDS: Record<Part, string> = { rep: 'rep', recovery: 'recovery', run: 'run', long: 'long run', warmup: 'warm-up', quality: 'tempo, fartlek or hill run' };

/** Session labels whose runs are judged by another norm than a run's ("Long: 16", "Fartlek: 20m"). */
export const LABEL_PARTS: Readonly<Record<string, Part>> = {
  'Long run': 'long', 'Medium-long run': 'long', 'Progression long run': 'long',
  // Not hills: "Hills: 60m" may be the hill's metres, a rep with no count.
  Tempo: 'quality', Threshold: 'quality', 'Lactate threshold': 'quality', Fartlek: 'quality',
};

/** "3m": metres, miles or minutes, scored for the part it stands in. */
export function lengthCandidates(value: number, part: Part): Candidate<'m' | 'mi' | 'min'>[] {
  const n = NORMS[part];
  return [
    { value: 'm', words: `${value} m`, score: fit(value, n.meters) },
    { value: 'mi', words: `${value} mi`, score: fit(value * 1609.344, n.meters) },
    { value: 'min', words: `${value} min`, score: fit(value * 60, n.seconds) },
  ];
}

/**
 * "Fartlek: 20m", "60m" as a whole day: an "m" that is no length in metres, read in miles or minutes only where the
 * chosen one is usual for the part and the other is not as usual (a tie, or a choice only possible, is no reading).
 */
export function usualMilesOrMinutes(value: number, part: Part, written: string): { value: 'mi' | 'min'; note?: string } | undefined {
  const candidates = lengthCandidates(value, part).filter((c): c is Candidate<'mi' | 'min'> => c.value !== 'm');
  const chosen = weigh(candidates, written, part);
  if (!chosen || chosen.tie || candidates.find((c) => c.value === chosen.value)!.score !== 2) return undefined;
  return { value: chosen.value, ...(chosen.note ? { note: chosen.note } : {}) };
}

/**
 * A recovery's time over its rep's time: a 200 m jog after a 400 m rep is about
 * one; a 10 s rest after a mile, or 10 min after a 400, is no interval session.
 */
export const RATIO_NORM: Norm = { usual: [0.15, 3], possible: [0.05, 8] };

/** Rough speeds (m/s) to compare a length with a time: a rep run hard, a recovery jogged. */
export const ROUGH_SPEED = { rep: 4, jog: 2.5 } as const;

/**
 * How coaches round what they write without a unit: metres to a part of a lap
 * (100, 200, 400), seconds to a quarter minute (45, 60, 90). A number rounded
 * one way and not the other is likelier in that unit ("w/ 90" seconds, "w/ 200" metres).
 */
export const ROUND_BY: Record<'m' | 's', number> = { m: 100, s: 15 };

/**
 * Candidates scored on several counts, those that fit no norm left out: the
 * best (the first written, of equals), whether another scored as well, and a
 * note when another is possible at all. Undefined when none is possible.
 */
export function weigh<T>(candidates: readonly Candidate<T>[], written: string, part: Part): { value: T; tie: boolean; note?: string } | undefined {
  const ranked = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return undefined;
  if (!second) return { value: best.value, tie: false };
  const how = (second.usual ?? second.score === best.score) ? 'as usual a' : 'an unusual';
  return { value: best.value, tie: second.score === best.score, note: `read ${written} as ${best.words}; ${second.words} would be ${how} ${PART_WORDS[part]}` };
}

/**
 * How fast a run or rep goes, in m/s, whoever runs it: a jog to a miler's
 * race. "5 miles in 40-42" is minutes (3.3 m/s), never seconds (200 m/s).
 */
export const SPEED_NORM: Norm = { usual: [2.2, 6.5], possible: [1.2, 10.5] };

/**
 * A set of strides the coach names without counting or measuring it ("8 miles + strides",
 * "EZ half hour with strides"): the set most coaches mean, four of about 100 m.
 */
export const UNSAID_STRIDES = { count: 4, meters: 100 } as const;

/** A sprint: a rep this short ends an easy run as strides do, with no cool-down after it. */
export const SPRINT = { seconds: 30, meters: 200 } as const;

/** A race this long (metres) or longer is the whole day, run from the start line with no warm-up the plan did not write. */
export const RACED_ALONE = 5000;

/** How far apart the numbers of one list with its unit written once may be ("3000-2000-1000-500 meters" is six to one). */
export const LIST_SPREAD = 10;
