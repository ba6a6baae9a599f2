/** The words the shorthand knows, and "did you mean" suggestions for the ones it does not. */
import type { PaceName } from '../paces/types.js';

export const DISTANCE_UNITS: Record<string, number> = {
  m: 1,
  meter: 1,
  meters: 1,
  metre: 1,
  metres: 1,
  k: 1000,
  km: 1000,
  kms: 1000,
  kilometer: 1000,
  kilometers: 1000,
  kilometre: 1000,
  kilometres: 1000,
  mi: 1609.344,
  mile: 1609.344,
  miles: 1609.344,
  lap: 400,
  laps: 400,
  y: 0.9144,
  yd: 0.9144,
  yds: 0.9144,
  yard: 0.9144,
  yards: 0.9144,
};

export const TIME_UNITS: Record<string, number> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
};

/** Single words that name a pace after "@". */
export const PACE_WORDS: Record<string, PaceName> = {
  mile: 'Mile',
  hm: 'HM',
  hmp: 'HM',
  marathon: 'M',
  mp: 'M',
  m: 'M',
  e: 'E',
  easy: 'E',
  conversational: 'E',
  recovery: 'E',
  t: 'T',
  tempo: 'T',
  threshold: 'T',
  lt: 'T',
  i: 'I',
  interval: 'I',
  r: 'R',
  rep: 'R',
};

/**
 * Names of a pace read only where a pace is written ("@Mara Intensity", "at MAF
 * pace"): short enough to be taken for a typo of another word anywhere else, so
 * they are kept out of the known words that unknown words are compared with.
 */
export const PACE_ONLY_WORDS: Record<string, PaceName> = {
  mara: 'M',
  // Maffetone's aerobic pace, under his heart-rate ceiling: easy running.
  maf: 'E',
};

/** Race distances written as "5K", "10k" after a pace marker. */
export const K_PACES: Record<string, PaceName> = { '3': '3K', '5': '5K', '8': '8K', '10': '10K', '15': '15K' };

// "as you feel" is only ever written by the normalising pass, as one word, for a run a log reports (normalise/logged.ts).
export const EFFORT_WORDS = new Set(['max', 'best', 'hard', 'sprint', 'fast', 'quicker', 'moderate', 'steady', 'strong', 'controlled', 'relaxed', 'effort', 'all', 'as you feel']);

/** Words an athlete may write that only decorate (skipped where they cannot change meaning). */
export const FILLER = new Set(['of', 'the', 'a', 'an', 'in', 'between', 'each', 'every', 'rep', 'reps', 'interval', 'intervals', 'pace', 'time', 'run', 'running']);

export const KNOWN_WORDS = [
  ...Object.keys(DISTANCE_UNITS),
  ...Object.keys(TIME_UNITS),
  ...Object.keys(PACE_WORDS),
  ...EFFORT_WORDS,
  ...FILLER,
  'x', 'sets', 'set', 'jog', 'walk', 'rest', 'recovery', 'recoveries', 'rec', 'recover', 'with', 'w', 'and', 'then', 'or',
  'off', 'strides', 'stride', 'hill', 'hills', 'uphill', 'wu', 'cd', 'warm', 'up', 'warmup', 'cool', 'down', 'cooldown',
  'cut', 'cutdown', 'faster', 'goal', 'half', 'race', 'full', 'previous', 'distance', 'equal', 'same', 'cross', 'train',
  'training', 'xt', 'pt', 'strength', 'endurance', 'focused', 'lift', 'lifting', 'gym', 'yoga', 'bike', 'swim', 'for',
  'rhythm', 'form', 'focus', 'standing', 'vo', 'max', 'float', 'out', 'at', 'to', 'ie', 'eg', 'day', 'progression', 'zone',
];

/**
 * A word list indexed for typo search. Every unknown word of a session asks
 * for a suggestion, and prose asks again for each of its words whenever the
 * reader tries it from another place; so candidates are picked by length
 * before any is compared, the comparison gives up past the distance that
 * matters, and answers are remembered (a bounded number per list).
 */
class Index {
  private readonly byLength = new Map<number, readonly string[]>();
  private readonly answers = new Map<string, string | boolean | undefined>();

  constructor(private readonly words: readonly string[]) {}

  /** The words at most `gap` letters longer or shorter than `length`, in the list's order. */
  near(length: number, gap: number): readonly string[] {
    const key = length * 8 + gap;
    let near = this.byLength.get(key);
    if (!near) {
      near = this.words.filter((w) => Math.abs(w.length - length) <= gap);
      this.byLength.set(key, near);
    }
    return near;
  }

  remembered<T extends string | boolean | undefined>(key: string, find: () => T): T {
    if (this.answers.has(key)) return this.answers.get(key) as T;
    const answer = find();
    if (this.answers.size >= ANSWERS_KEPT) this.answers.delete(this.answers.keys().next().value!);
    this.answers.set(key, answer);
    return answer;
  }
}

/** Answers remembered per word list: far more than the different words of any real plan. */
const ANSWERS_KEPT = 2048;
const indexes = new WeakMap<readonly string[], Index>();

function indexOf(words: readonly string[]): Index {
  let index = indexes.get(words);
  if (!index) {
    index = new Index(words);
    indexes.set(words, index);
  }
  return index;
}

/** The known word nearest to `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[] = KNOWN_WORDS): string | undefined {
  const index = indexOf(candidates);
  return index.remembered(`s${word}`, () => nearest(word, index.near(word.length, 2)));
}

function nearest(word: string, candidates: readonly string[]): string | undefined {
  // Only distances up to `allowed` can answer, so no comparison needs to look further.
  const allowed = word.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = damerauLevenshtein(word, c, allowed);
    if (d === 0) return undefined;
    if (d < bestDistance || (d === bestDistance && best !== undefined && c.length > best.length)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}

/** Whether one edit turns `word` into a word of the list at most `gap` letters longer or shorter. */
export function oneEditFrom(word: string, words: readonly string[], gap: number): boolean {
  const index = indexOf(words);
  return index.remembered(`${gap}${word}`, () => index.near(word.length, gap).some((w) => damerauLevenshtein(word, w, 1) === 1));
}

/** Rows of the distance table, reused by every comparison and grown to the longest word compared. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edit distance counting a swap of neighbours ("mni" → "min") as one edit.
 * With `max`, any distance above it is answered as `max + 1`: only the band
 * of the table within `max` of its diagonal is filled, and the work stops at
 * the first two rows past `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Infinity): number {
  const m = a.length;
  const n = b.length;
  const limit = Math.min(max, Math.max(m, n));
  const beyond = limit + 1;
  if (Math.abs(m - n) > limit) return beyond;
  if (rows[0]!.length < n + 2) rows = rows.map(() => new Int32Array(n + 2));
  let [before, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j <= limit ? j : beyond;
  let prevLowest = 0;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(n, i + limit);
    cur[0] = i <= limit ? i : beyond;
    if (lo > 1) cur[lo - 1] = beyond;
    let lowest = lo > 1 ? beyond : cur[0];
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
      if (v > beyond) v = beyond;
      cur[j] = v;
      if (v < lowest) lowest = v;
    }
    if (hi < n) cur[hi + 1] = beyond;
    // Every later cell is built on this row or the one before: once both are past the limit, so is the answer.
    if (lowest > limit && prevLowest > limit) return beyond;
    prevLowest = lowest;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n]!, beyond);
}
