/**
 * "Repeat eight times.\n• 200-meter sprint\n• 200 meters easy", "Repeat 8 times: 200m sprint, 200m
 * easy": a count that opens the session, closed by a mark, repeats everything written after it. It
 * is written as the shorthand's "8 x ( … )" over the coach's words, so the parts after it are one
 * set, not a first part repeated and the others run once.
 */
import { REPEAT_OPENERS } from '../dialect/runs.js';
import { NUMBER_WORDS } from '../dialect/words.js';
import type { Token, TokenKind } from '../lexer.js';
import { isWord, numberToken, repeatSign } from './tokens.js';

const MARKS: ReadonlySet<TokenKind> = new Set(['stop', 'colon', 'newline']);

export function leadingCounts(tokens: Token[]): Token[] {
  const read = openingCount(tokens);
  if (!read) return tokens;
  const first = tokens[0]!;
  const last = tokens[tokens.length - 2]!;
  const close: Token = { ...last, kind: 'rparen', value: ')', raw: '', offset: last.offset + last.length, length: 0, synthetic: true };
  const open: Token = { ...tokens[read.body]!, kind: 'lparen', value: '(', raw: '', length: 0, synthetic: true };
  return [numberToken(read.count, first, tokens[read.body - 1]!), repeatSign(first), open, ...tokens.slice(read.body, -1), close, tokens[tokens.length - 1]!];
}

/** "Repeat N times" (or "Repeat N x", "Repeat the following N times") and its mark, first in the session, with parts after it. */
function openingCount(tokens: Token[]): { count: number; body: number } | undefined {
  if (!isWord(tokens[0], REPEAT_OPENERS)) return undefined;
  let k = 1;
  if (isWord(tokens[k], ['the']) && isWord(tokens[k + 1], ['following'])) k += 2;
  const count = countOf(tokens[k]);
  if (count === undefined || !(isWord(tokens[k + 1], ['times']) || tokens[k + 1]?.kind === 'x')) return undefined;
  k += 2;
  if (!MARKS.has(tokens[k]?.kind ?? 'eof')) return undefined;
  while (MARKS.has(tokens[k]?.kind ?? 'eof')) k++;
  // Something to repeat after the count.
  if (k >= tokens.length - 1) return undefined;
  return count >= 2 ? { count, body: k } : undefined;
}

function countOf(t: Token | undefined): number | undefined {
  if (t?.kind === 'number' && /^\d+$/.test(t.value)) return Number(t.value);
  return t?.kind === 'word' ? NUMBER_WORDS[t.value] : undefined;
}
