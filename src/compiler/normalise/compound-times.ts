/**
 * "a minute and 30 seconds", "1 hour and 10 minutes", "2 minutes and 30 secs": one time
 * said in two units joined by "and". Read as two parts it would make a 1-minute part and
 * a 30-second one, a workout no coach set; without the "and" ("1 min 30 sec") the grammar
 * already reads one time, so the "and" goes.
 */
import type { Token } from '../lexer.js';
import { clockToken, isWord, rewriteEach } from './tokens.js';
import { formatClock } from '../../units/format.js';
import { NORMS } from '../dialect/norms.js';
import { TIME_UNITS } from '../vocabulary.js';
import { ROLE_WORDS } from '../dialect/categories.js';

export function compoundTimes(tokens: Token[]): Token[] {
  return tokens.filter((_, k) => !joinsTimes(tokens, k));
}

/** The token at `k` is an "and" between a time and a shorter one. */
function joinsTimes(t: Token[], k: number): boolean {
  if (t[k]?.kind !== 'word' || t[k]!.value !== 'and') return false;
  const before = unitSeconds(t[k - 1]);
  const after = unitSeconds(t[k + 2]);
  // "10 min and 30 sec strides": the second time is a part of its own, named by the word after it.
  const role = t[k + 3]?.kind === 'word' ? ROLE_WORDS[t[k + 3]!.value] : undefined;
  const named = role !== undefined && role !== 'easy';
  return t[k - 2]?.kind === 'number' && t[k + 1]?.kind === 'number' && before !== undefined && after !== undefined && after < before && !named;
}

const unitSeconds = (t: Token | undefined) => (t?.kind === 'word' ? TIME_UNITS[t.value] : undefined);

/**
 * "53m28s", "1h05m20s", "1h05m": a time as watches and logs print it, each unit's letter glued to its
 * figure. Read apart, "53m" would be 53 miles and "28s" a second run. Only whole runs of glued units
 * descending to seconds (or from hours to minutes) are one time: "400m30s" is no time a runner writes.
 * Runs after the intervals.icu pass, which reads its own "1m30s".
 */
export function gluedTimes(tokens: Token[]): Token[] {
  return rewriteEach(tokens, (t, k) => {
    const glued = gluedAt(t, k);
    if (!glued) return undefined;
    if (glued.clock !== undefined) return { read: [clockToken(glued.clock, t, k, glued.end)], end: glued.end };
    // "1h05m": hours and minutes the grammar reads as one time once "m" is known to be minutes ("1h05min");
    // "1h00m" is the hours alone.
    const last = t[glued.end]!;
    const [hours, h] = [t[k]!, t[k + 1]!];
    const read = Number(t[k + 2]!.value) === 0 ? [hours, { ...h, length: last.offset + last.length - h.offset }] : t.slice(k, glued.end + 1);
    return { read: read.map((x) => (x.kind === 'word' && x.value === 'm' ? { ...x, value: 'min', synthetic: true as const } : x)), end: glued.end };
  });
}

const MINUTE_WORDS: ReadonlySet<string> = new Set(['min', 'mins', 'minute', 'minutes']);
const SECOND_WORDS: ReadonlySet<string> = new Set(['s', 'sec', 'secs', 'second', 'seconds']);
const PER_WORDS: ReadonlySet<string> = new Set(['pace', 'per']);

/**
 * "5.3 miles at a 9min 16sec. pace", "@ 9 min 16 sec per mile": minutes and seconds said in words before "pace" or
 * "per" are the pace's clock, as "9:16 pace" is; read apart, "9" would be a pace with no seconds.
 */
export function spokenPaces(tokens: Token[]): Token[] {
  return rewriteEach(tokens, (t, k) => {
    const minutes = t[k]?.kind === 'number' && /^\d{1,2}$/.test(t[k]!.value) && isWord(t[k + 1], MINUTE_WORDS);
    const seconds = t[k + 2]?.kind === 'number' && /^[0-5]?\d$/.test(t[k + 2]!.value) && isWord(t[k + 3], SECOND_WORDS);
    // "16sec.": the abbreviation's full stop.
    const end = t[k + 4]?.kind === 'stop' || t[k + 4]?.kind === 'dot' ? k + 4 : k + 3;
    const per = isWord(t[end + 1], PER_WORDS) || t[end + 1]?.kind === 'slash';
    if (!minutes || !seconds || !per) return undefined;
    return { read: [clockToken(`${Number(t[k]!.value)}:${t[k + 2]!.value.padStart(2, '0')}`, t, k, end)], end };
  });
}

/** The units a glued time is written in, largest first, and the seconds each counts. */
const GLUED: readonly { words: ReadonlySet<string>; seconds: number }[] = [
  { words: new Set(['h']), seconds: 3600 },
  { words: new Set(['m', 'min']), seconds: 60 },
  { words: new Set(['s', 'sec']), seconds: 1 },
];

function gluedAt(t: Token[], k: number): { clock?: string; end: number } | undefined {
  const parts: { unit: number; value: number }[] = [];
  let j = k;
  for (;;) {
    const figure = t[j];
    // Each figure after the first is glued to the unit before it, and each unit to its figure.
    const glued = figure?.kind === 'number' && /^\d{1,2}$/.test(figure.value) && (j === k || !figure.spaced);
    const word = t[j + 1];
    const unit = glued && word?.kind === 'word' && !word.spaced ? GLUED.findIndex((g) => g.words.has(word.value)) : -1;
    const prev = parts[parts.length - 1];
    // Hours, then minutes, then seconds, each after the first under 60.
    if (unit < 0 || (prev && (unit !== prev.unit + 1 || Number(figure!.value) >= 60))) break;
    parts.push({ unit, value: Number(figure!.value) });
    j += 2;
  }
  // A lone "53m" or "30s" says nothing new; "53m28s" and "1h05m" are one time.
  const lastUnit = parts[parts.length - 1]?.unit;
  if (parts.length < 2 || (lastUnit !== 2 && parts[0]!.unit !== 0)) return undefined;
  if (t[j]?.kind === 'word' && !t[j]!.spaced) return undefined;
  if (lastUnit !== 2) return { end: j - 1 };
  const seconds = parts.reduce((sum, p) => sum + p.value * GLUED[p.unit]!.seconds, 0);
  // "10 x 50m30s": after a count, a time longer than any usual rep is a rep's length and its rest, glued.
  if (t[k - 1]?.kind === 'x' && seconds > NORMS.rep.seconds.usual[1]) return undefined;
  return { clock: formatClock(seconds), end: j - 1 };
}
