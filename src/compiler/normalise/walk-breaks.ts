/**
 * "Easy 40 min with 30 sec walk every 5 min": a run with walk breaks at a fixed interval (the run/walk method) is that
 * many rounds of the interval's running and the walk, as a coach would write them out: "8 x (run 5 min, walk 30 sec)".
 * The running adds up to the time said; the walks come on top of it, one after each round.
 */
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';
import { isWord, replacement } from './tokens.js';

/** At most this many rounds: a break every few seconds is no run/walk. */
const MOST_ROUNDS = 60;

export function walkBreaks(tokens: Token[]): Token[] {
  for (let k = 0; k < tokens.length; k++) {
    const total = timeAt(tokens, k);
    if (total === undefined || !isWord(tokens[k + 2], ['with'])) continue;
    const a = isWord(tokens[k + 3], ['a']) ? 1 : 0;
    const walk = timeAt(tokens, k + 3 + a);
    const w = k + 5 + a;
    if (walk === undefined || !isWord(tokens[w], ['walk', 'walking'])) continue;
    const b = isWord(tokens[w + 1], ['break', 'breaks']) ? 1 : 0;
    const every = isWord(tokens[w + 1 + b], ['every']) ? timeAt(tokens, w + 2 + b) : undefined;
    const rounds = every ? total / every : 0;
    if (!every || !Number.isInteger(rounds) || rounds < 2 || rounds > MOST_ROUNDS || walk >= every) continue;
    const [n, unit] = [tokens[w + 2 + b]!, tokens[w + 3 + b]!];
    const text = `${rounds} x ( run ${n.value} ${unit.value} , walk ${tokens[k + 3 + a]!.value} ${tokens[k + 4 + a]!.value} )`;
    return [...tokens.slice(0, k), ...replacement(text, tokens[k]!, unit), ...tokens.slice(w + 4 + b)];
  }
  return tokens;
}

/** The time written at `k` as a number and its unit, in seconds. */
function timeAt(tokens: Token[], k: number): number | undefined {
  const [n, unit] = [tokens[k], tokens[k + 1]];
  if (n?.kind !== 'number' || unit?.kind !== 'word' || TIME_UNITS[unit.value] === undefined) return undefined;
  return Number(n.value) * TIME_UNITS[unit.value]!;
}
