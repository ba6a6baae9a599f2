/**
 * "8 km a 5'40\"", "12 km à 5:35/km", "e 2 a 5'30": after a length, the Romance "a" or "à" before a clock is "at" —
 * the pace the length is run at. An English article never stands before a bare clock, so the reading is safe in any
 * language the session is written in.
 */
import { PACE_AT_WORDS } from '../dialect/pace-words.js';
import type { Token } from '../lexer.js';
import { isUnitWord, isWord } from './tokens.js';

export function atPace(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'clock')) return tokens;
  const length = (t: Token | undefined) => isUnitWord(t) || t?.kind === 'number';
  return tokens.map((t, k) => (isWord(t, PACE_AT_WORDS) && length(tokens[k - 1]) && tokens[k + 1]?.kind === 'clock' ? { ...t, value: 'at' } : t));
}
