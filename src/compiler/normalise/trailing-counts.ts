/**
 * "Run 8 min\nWalk 1 min\nrepeat 3x": a count after the parts it repeats, in a spelling the
 * grammar does not read, written "repeat 3 times" on the span of the coach's words.
 */
import type { Token } from '../lexer.js';
import { COUNT_VERBS, REPEAT_OPENERS, UNCOUNTED_REPS } from '../dialect/runs.js';
import { isWord, numberToken, replacement } from './tokens.js';

// A bracket after the count ("repeat 3x (total 21 min)") says more of the whole; the count still ends its part.
const ENDS = new Set(['stop', 'newline', 'eof', 'semicolon', 'lparen']);

export function trailingCounts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = repeatTimes(tokens, k) ?? countSentence(tokens, k);
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
  if (!isWord(tokens[k], REPEAT_OPENERS) || !whole(count) || tokens[k + 2]?.kind !== 'x' || !ENDS.has(tokens[k + 3]?.kind ?? 'eof')) return undefined;
  return { count: count!, end: k + 2 };
}

const whole = (t: Token | undefined) => t?.kind === 'number' && /^\d+$/.test(t.value);

/**
 * "300 meter repeats with rest in between. Do 6 to 8.": a sentence of a verb and a count alone, after reps written
 * with no count of their own, is their count (a range at its low end, as elsewhere).
 */
function countSentence(tokens: Token[], k: number): Count | undefined {
  if (!isWord(tokens[k], COUNT_VERBS) || !(k > 0 && SENTENCE_OPENS.has(tokens[k - 1]!.kind))) return undefined;
  const count = tokens[k + 1];
  let end = k + 1;
  if ((tokens[end + 1]?.kind === 'dash' || isWord(tokens[end + 1], ['to', 'or'])) && whole(tokens[end + 2])) end += 2;
  if (!whole(count) || !SENTENCE_ENDS.has(tokens[end + 1]?.kind ?? 'eof')) return undefined;
  const reps = tokens.slice(0, k).some((t, j) => isWord(t, UNCOUNTED_REPS) && tokens[j - 1]?.kind === 'word' && !tokens.slice(0, j).some((x) => x.kind === 'x'));
  return reps ? { count: count!, end } : undefined;
}

const SENTENCE_OPENS = new Set(['stop', 'newline']);
const SENTENCE_ENDS = new Set(['stop', 'newline', 'eof']);
