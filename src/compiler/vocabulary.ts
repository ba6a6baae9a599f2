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

/** Race distances written as "5K", "10k" after a pace marker. */
export const K_PACES: Record<string, PaceName> = { '3': '3K', '5': '5K', '8': '8K', '10': '10K', '15': '15K' };

export const EFFORT_WORDS = new Set(['max', 'hard', 'sprint', 'fast', 'moderate', 'steady', 'strong', 'controlled', 'relaxed', 'effort', 'all']);

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
  'rhythm', 'form', 'focus', 'standing', 'vo', 'max', 'float', 'out', 'at', 'to', 'ie', 'eg', 'day', 'progression',
];

/** The known word nearest to `word`, if it is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[] = KNOWN_WORDS): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > 2) continue;
    const d = damerauLevenshtein(word, c);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c.length > best.length)) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = word.length <= 3 ? 1 : 2;
  return bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}

/** Edit distance counting a swap of neighbours ("mni" → "min") as one edit. */
export function damerauLevenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
