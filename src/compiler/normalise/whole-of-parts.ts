/**
 * "I was supposed to run 5 miles this morning; 1 mile warm up, 3 miles at a 9:04 minute mile,
 * and a mile cool down": a run's whole length, then after ";" or ":" the parts it is made of.
 * When the parts add up to the whole, the whole restates them and is set aside with a note, so
 * the day is run once, as its parts; parts that do not add up leave the text as written.
 */
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import { ONE_UNIT_ARTICLES } from '../dialect/pace-words.js';
import { aside, isWord } from './tokens.js';

/** How far the parts' sum may be from the whole and still be its parts. */
const SUM_AGREES = 0.01;

export function wholeOfParts(tokens: Token[]): Token[] {
  const split = tokens.findIndex((t) => t.kind === 'semicolon' || t.kind === 'colon');
  if (split < 0) return tokens;
  const from = lastLength(tokens, split);
  const parts = lengthsAfter(tokens, split + 1);
  if (from === undefined || parts.length < 2) return tokens;
  const whole = meters(tokens, from)!;
  const sum = parts.reduce((s, m) => s + m, 0);
  if (Math.abs(sum - whole) > whole * SUM_AGREES) return tokens;
  const written = tokens.slice(from, from + 2).map((t) => t.raw).join(' ');
  const note = `read ${written} as the whole of the parts after it, which add up to it`;
  return [...tokens.slice(0, from), aside(tokens[from]!, tokens[split]!, note), ...tokens.slice(split + 1)];
}

/** The distance a number and its unit give at `k` ("5 miles"), or "a mile"; undefined for anything else. */
function meters(tokens: Token[], k: number): number | undefined {
  const [t, u] = [tokens[k], tokens[k + 1]];
  const unit = u?.kind === 'word' ? DISTANCE_UNITS[u.value] : undefined;
  if (unit === undefined || tokens[k - 1]?.kind === 'slash') return undefined;
  if (t?.kind === 'number') return Number(t.value) * unit;
  return isWord(t, ONE_UNIT_ARTICLES) && !/s$/.test(u!.value) ? unit : undefined;
}

/** The last distance written before `end`, in the same sentence. */
function lastLength(tokens: Token[], end: number): number | undefined {
  for (let k = end - 1; k >= 0 && tokens[k]!.kind !== 'stop' && tokens[k]!.kind !== 'newline'; k--) {
    if (tokens[k]!.kind === 'number' && meters(tokens, k) !== undefined) return k;
  }
  return undefined;
}

/** The distances written from `k` to the end of the sentence. */
function lengthsAfter(tokens: Token[], k: number): number[] {
  const out: number[] = [];
  for (let j = k; j < tokens.length && tokens[j]!.kind !== 'stop' && tokens[j]!.kind !== 'newline' && tokens[j]!.kind !== 'eof'; j++) {
    const m = meters(tokens, j);
    if (m !== undefined) out.push(m);
  }
  return out;
}
