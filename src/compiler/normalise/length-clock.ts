/**
 * "1000m 4'00'' 200m recupero", "2 x 1000m 3:45", "1 mile 6:30": a clock written straight after a distance, with no
 * unit of its own, is that distance's time — a split the resolver turns into a pace — not a run of its own of a few
 * minutes. Runs after the passes that set logged results aside, so a log's "4.26 miles 33:34" stays a result.
 */
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { RECOVERY_MARKERS } from '../dialect/categories.js';

export function lengthClock(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'clock')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (timeOfLength(tokens, k)) out.push({ ...t, kind: 'at', value: '@', raw: '', length: 0, synthetic: true });
    out.push(t);
  }
  return out;
}

function timeOfLength(tokens: Token[], k: number): boolean {
  const [clock, unit, number, next] = [tokens[k], tokens[k - 1], tokens[k - 2], tokens[k + 1]];
  if (clock?.kind !== 'clock' || unit?.kind !== 'word' || DISTANCE_UNITS[unit.value] === undefined || number?.kind !== 'number') return false;
  // "1000m 4:00 min" is a time of its own, "8 x 400m 1:30 rest" a recovery, "1 mile 6:30 x 4" a count.
  // "1000m 4:00 pace" is a pace: "@" reads both.
  const own = next?.kind === 'word' && (TIME_UNITS[next.value] !== undefined || RECOVERY_MARKERS.has(next.value) || next.value === 'off');
  return !own && next?.kind !== 'x';
}
