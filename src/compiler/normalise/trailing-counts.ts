/**
 * Counts written after the parts they repeat, in the spellings the grammar does not read:
 * "repeat 3x" (for "repeat 3 times"), and "walk 3 minutes, jog 3 minutes; 5 cycles", where a
 * count of cycles or rounds closes a list of two parts or more. Both are written
 * "repeat N times", on the span of the coach's words.
 */
import { CYCLE_NOUNS } from '../dialect/figures.js';
import type { Token } from '../lexer.js';
import { TIME_UNITS, DISTANCE_UNITS } from '../vocabulary.js';
import { isWord, numberToken, replacement } from './tokens.js';

const JOINS = new Set(['comma', 'semicolon', 'stop', 'newline']);
const ENDS = new Set(['stop', 'newline', 'eof', 'semicolon']);

export function trailingCounts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = repeatTimes(tokens, k) ?? cycles(tokens, k, out);
    if (!read) {
      out.push(tokens[k]!);
      continue;
    }
    const last = tokens[read.end]!;
    out.push(...replacement('repeat', tokens[k]!, last), numberToken(Number(read.count.value), read.count), ...replacement('times', last));
    k = read.end;
  }
  return out;
}

interface Count {
  count: Token;
  end: number;
}

/** "repeat 3x" at the end of its part. */
function repeatTimes(tokens: Token[], k: number): Count | undefined {
  const count = tokens[k + 1];
  if (!isWord(tokens[k], ['repeat']) || !whole(count) || tokens[k + 2]?.kind !== 'x' || !ENDS.has(tokens[k + 3]?.kind ?? 'eof')) return undefined;
  return { count: count!, end: k + 2 };
}

/** "; 5 cycles" at the end of a sentence, after a list of two parts or more. */
function cycles(tokens: Token[], k: number, before: Token[]): Count | undefined {
  const count = tokens[k];
  if (!whole(count) || !isWord(tokens[k + 1], CYCLE_NOUNS) || !ENDS.has(tokens[k + 2]?.kind ?? 'eof')) return undefined;
  if (!JOINS.has(before[before.length - 1]?.kind ?? '') || lengthsInSentence(before) < 2) return undefined;
  return { count: count!, end: k + 1 };
}

const whole = (t: Token | undefined) => t?.kind === 'number' && /^\d+$/.test(t.value);

/** How many lengths (a figure and its unit, or a clock) the sentence before the count holds. */
function lengthsInSentence(before: Token[]): number {
  let n = 0;
  for (let j = before.length - 2; j >= 0; j--) {
    const t = before[j]!;
    if (t.kind === 'stop' || t.kind === 'newline') break;
    const unit = before[j + 1];
    if (t.kind === 'clock' || (t.kind === 'number' && unit?.kind === 'word' && (TIME_UNITS[unit.value] !== undefined || DISTANCE_UNITS[unit.value] !== undefined))) n++;
  }
  return n;
}
