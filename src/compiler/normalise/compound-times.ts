/**
 * "a minute and 30 seconds", "1 hour and 10 minutes", "2 minutes and 30 secs": one time
 * said in two units joined by "and". Read as two parts it would make a 1-minute part and
 * a 30-second one, a workout no coach set; without the "and" ("1 min 30 sec") the grammar
 * already reads one time, so the "and" goes.
 */
import type { Token } from '../lexer.js';
import { writtenText } from './tokens.js';
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
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const glued = gluedAt(tokens, k);
    if (!glued) {
      out.push(tokens[k]!);
      continue;
    }
    const first = tokens[k]!;
    const last = tokens[glued.end]!;
    // "1h05m": hours and minutes the grammar reads as one time once "m" is known to be minutes ("1h05min").
    if (glued.clock === undefined) {
      out.push(...tokens.slice(k, glued.end + 1).map((t) => (t.kind === 'word' && t.value === 'm' ? { ...t, value: 'min', synthetic: true as const } : t)));
      k = glued.end;
      continue;
    }
    out.push({ kind: 'clock', value: glued.clock, raw: writtenText(tokens, k, glued.end), offset: first.offset, length: last.offset + last.length - first.offset, spaced: first.spaced, synthetic: true });
    k = glued.end;
  }
  return out;
}

/** Units in the order a time is written, each with the most its figure may be after a larger unit. */
const GLUED: readonly { words: ReadonlySet<string>; seconds: number }[] = [
  { words: new Set(['h']), seconds: 3600 },
  { words: new Set(['m', 'min']), seconds: 60 },
  { words: new Set(['s', 'sec']), seconds: 1 },
];

function gluedAt(t: Token[], k: number): { clock?: string; end: number } | undefined {
  const parts: { unit: number; value: number }[] = [];
  let j = k;
  while (t[j]?.kind === 'number' && /^\d{1,2}$/.test(t[j]!.value) && (j === k || !t[j]!.spaced)) {
    const unit = t[j + 1]?.kind === 'word' && !t[j + 1]!.spaced ? GLUED.findIndex((g) => g.words.has(t[j + 1]!.value)) : -1;
    const prev = parts[parts.length - 1];
    if (unit < 0 || (prev && unit !== prev.unit + 1) || (prev && Number(t[j]!.value) >= 60)) break;
    parts.push({ unit, value: Number(t[j]!.value) });
    j += 2;
  }
  // A lone "53m" or "30s" says nothing new; "53m28s" and "1h05m" are one time.
  const lastUnit = parts[parts.length - 1]?.unit;
  if (parts.length < 2 || (lastUnit !== 2 && parts[0]!.unit !== 0)) return undefined;
  if (t[j]?.kind === 'word' && !t[j]!.spaced) return undefined;
  if (lastUnit !== 2) return { end: j - 1 };
  const seconds = parts.reduce((sum, p) => sum + p.value * GLUED[p.unit]!.seconds, 0);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const clock = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
  return { clock, end: j - 1 };
}
