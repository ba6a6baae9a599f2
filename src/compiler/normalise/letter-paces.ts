/**
 * Daniels' letters for paces after a length: "2 E + 3 T + 2 E", "5 x 3 min I w/ 2 min jg",
 * "16 E + 2 x 3 T mit 2 min Pause + 3 E". Each letter becomes the pace it names ("@ t"), and a
 * number with no unit before one is a distance in the plan's unit, as Daniels writes them.
 * "6 M" alone is six miles: the letters are read only in a line that writes two of them, or one
 * that can be no unit.
 */
import { LETTER_PACES } from '../dialect/efforts.js';
import type { Token, TokenKind } from '../lexer.js';
import { isUnitWord, isWord } from './tokens.js';

/** What may follow a letter: the end of the part, or the recovery after reps. */
const AFTER: ReadonlySet<TokenKind> = new Set(['eof', 'plus', 'comma', 'newline', 'stop', 'semicolon', 'lparen', 'rparen']);
const JOINS = ['w', 'with', 'mit', 'and', 'then'];

export function letterPaces(tokens: Token[]): Token[] {
  const letters = new Set(tokens.flatMap((_t, k) => (isLetterPace(tokens, k) ? [k] : [])));
  if (letters.size === 0 || (letters.size === 1 && [...letters].every((k) => tokens[k]!.raw === 'M'))) return tokens;
  const out: Token[] = [];
  tokens.forEach((t, k) => {
    if (!letters.has(k)) return void out.push(t);
    const before = out[out.length - 1]!;
    if (before.kind === 'number') out[out.length - 1] = { ...before, planDistance: true };
    out.push({ ...t, kind: 'at', value: '@', length: 0, synthetic: true }, { ...t, value: LETTER_PACES[t.raw]!, synthetic: true });
  });
  return out;
}

/** A capital letter of Daniels' after a number or a length, at the end of its part. */
function isLetterPace(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || LETTER_PACES[t.raw] === undefined || !t.spaced) return false;
  const before = tokens[k - 1];
  // "with 1:30min E": a clock with its unit is a length as a number is; "at 5:00 E" is a pace, not read as E's.
  const length = before?.kind === 'number' || (isUnitWord(before) && (tokens[k - 2]?.kind === 'number' || tokens[k - 2]?.kind === 'clock'));
  const next = tokens[k + 1];
  return length && (next === undefined || AFTER.has(next.kind) || isWord(next, JOINS));
}
