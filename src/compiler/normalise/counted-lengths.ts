/**
 * "3 half mile repeats", "did 3 1 mile repeats": a small count, then a length, then a word
 * naming reps, is that many reps of the length ("3 x 1/2 mile repeats"). The repeat sign is
 * written between the count and the length; without the word for reps the two figures stay
 * as they are ("3 1 mile" could be a list).
 */
import { REP_NOUNS } from '../dialect/markers.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { isUnitWord, isWord, repeatSign } from './tokens.js';
import { COUNTED_REPS } from '../dialect/words.js';

export function countedLengths(given: Token[]): Token[] {
  const tokens = repsOfLength(given);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    out.push(tokens[k]!);
    if (countsLength(tokens, k)) out.push(repeatSign(tokens[k + 1]!));
  }
  return out;
}

/** The number at `k` is a count of the length after it, which a word for reps follows. */
function countsLength(tokens: Token[], k: number): boolean {
  const count = tokens[k]!;
  const length = tokens[k + 1];
  const unit = tokens[k + 2];
  if (count.kind !== 'number' || !/^\d+$/.test(count.value) || Number(count.value) < 2 || Number(count.value) > 30) return false;
  if (length?.kind !== 'number' || !length.spaced || unit?.kind !== 'word') return false;
  if (DISTANCE_UNITS[unit.value] === undefined && TIME_UNITS[unit.value] === undefined) return false;
  // "x 3 1 mile repeats", "7 miles: 3 1 mile repeats" read already; a count after a length or a sign is not this.
  const before = tokens[k - 1];
  if (before && (before.kind === 'x' || before.kind === 'number' || before.kind === 'dash' || before.kind === 'slash')) return false;
  return isWord(tokens[k + 3], REP_NOUNS);
}

/**
 * "6 strides of 80m", "6 rectas de 80m": reps named, then "of" and their length, are reps of that length
 * ("6 x 80 m strides").
 */
function repsOfLength(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const [count, name, of, length, unit] = tokens.slice(k, k + 5);
    const named = count?.kind === 'number' && /^\d+$/.test(count.value) && isWord(name, COUNTED_REPS) && isWord(of, ['of']);
    if (!named || length?.kind !== 'number' || !isUnitWord(unit)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(count!, repeatSign(name!), length, unit!, name!);
    k += 4;
  }
  return out;
}
