/**
 * "3M/3M", "5M/5M/3M", "6 mi / 4 mi": lengths that are each a run of their own, parted only by
 * slashes, are the day's runs (a double or a triple), not a run and its recovery: no recovery
 * between reps is as long as a run on its own (the NORMS table), so the slash can only part runs.
 */
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import { NORMS } from '../dialect/norms.js';

/** The tokens of each run, each closed by an end of its own; undefined unless the whole text is such runs. */
export function slashRuns(tokens: readonly Token[]): Token[][] | undefined {
  const eof = tokens[tokens.length - 1]!;
  const runs: Token[][] = [];
  for (let k = 0; ; k += 3) {
    const [n, unit, after] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (n?.kind !== 'number' || unit?.kind !== 'word') return undefined;
    const per = DISTANCE_UNITS[unit.value];
    if (per === undefined || Number(n.value) * per < NORMS.run.meters.usual[0]) return undefined;
    runs.push([n, unit, { ...eof, offset: unit.offset + unit.length, length: 0 }]);
    if (after?.kind === 'eof') return runs.length > 1 ? runs : undefined;
    if (after?.kind !== 'slash') return undefined;
  }
}
