/**
 * "a minute and 30 seconds", "1 hour and 10 minutes", "2 minutes and 30 secs": one time
 * said in two units joined by "and". Read as two parts it would make a 1-minute part and
 * a 30-second one, a workout no coach set; without the "and" ("1 min 30 sec") the grammar
 * already reads one time, so the "and" goes.
 */
import type { Token } from '../lexer.js';
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
