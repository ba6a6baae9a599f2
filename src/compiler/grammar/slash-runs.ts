/**
 * "3M/3M", "5M/5M/3M", "6 mi / 4 mi": lengths that are each a run of their own, parted only by
 * slashes, are the day's runs (a double or a triple), not a run and its recovery: no recovery
 * between reps is that long after a rep as short, and the norms table's usual run is the test.
 * One unit for all of them ("10 km / 6 mi" is one run said in two units) and no more runs than a
 * day holds.
 */
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import { NORMS } from '../dialect/norms.js';

/** More runs than this in a day are no runner's day: "5 mi/5 mi/…" written on is something else. */
const MOST_RUNS_A_DAY = 3;

/** The tokens of each run, each closed by an end of its own; undefined unless the whole text is such runs. */
export function slashRuns(tokens: readonly Token[]): Token[][] | undefined {
  const eof = tokens[tokens.length - 1]!;
  const runs: Token[][] = [];
  for (let k = 0; runs.length < MOST_RUNS_A_DAY; k += 3) {
    const [n, unit, after] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (n?.kind !== 'number' || unit?.kind !== 'word' || unit.value !== tokens[1]?.value || !aRun(Number(n.value), unit.value)) return undefined;
    runs.push([n, unit, { ...eof, offset: unit.offset + unit.length, length: 0 }]);
    if (after?.kind === 'eof') return runs.length > 1 ? runs : undefined;
    if (after?.kind !== 'slash') return undefined;
  }
  return undefined;
}

/** A length a coach sets as a run of its own without a second thought (NORMS.run's usual range). */
function aRun(value: number, unit: string): boolean {
  const per = DISTANCE_UNITS[unit];
  if (per === undefined) return false;
  const [low, high] = NORMS.run.meters.usual;
  return value * per >= low && value * per <= high;
}
