/**
 * A day headed by its total time ("22 min: Run 10, walk 1, repeat", "25 min: Run 17, walk 1, run 7",
 * "24 min: Run 24"): the header gives the unit of the bare figures after "run", "walk" and "jog",
 * and the total the parts make. Parts that add up to it are the day as written (the header said
 * it again); parts closed by "repeat" go round until the total is done, read as "…, for a total of
 * 22 min". Parts that neither add up nor say "repeat" are left as written: how often they go round
 * is not said.
 */
import { HEADED_REPEAT, HEADED_VERBS } from '../dialect/runs.js';
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';
import { replacement } from './tokens.js';

export function headedTotal(tokens: Token[]): Token[] {
  const [total, unit, colon] = tokens;
  const seconds = unit?.kind === 'word' ? TIME_UNITS[unit.value] : undefined;
  if (total?.kind !== 'number' || seconds === undefined || colon?.kind !== 'colon') return tokens;
  let from = 3;
  while (tokens[from]?.kind === 'newline') from++;
  const body = withUnits(tokens.slice(from), unit!);
  if (!body) return tokens;
  const last = body.length - 2; // before eof
  const repeat = body[last]?.kind === 'word' && body[last]!.value === HEADED_REPEAT && body[last - 1]?.kind === 'comma';
  if (repeat) return [...body.slice(0, last), ...replacement('for a total of', body[last]!), total!, unit!, ...body.slice(last + 1)];
  const sum = body.filter((t) => t.kind === 'number').reduce((a, t) => a + Number(t.value), 0);
  return sum === Number(total!.value) ? body : tokens;
}

/**
 * The body with the header's unit after each bare figure that follows a verb ("Run 10" → "Run 10
 * min"), or undefined when the body holds anything but verbs, figures, units and commas.
 */
function withUnits(body: Token[], unit: Token): Token[] | undefined {
  const out: Token[] = [];
  for (let k = 0; k < body.length; k++) {
    const t = body[k]!;
    const verb = t.kind === 'word' && HEADED_VERBS.has(t.value);
    const plain = t.kind === 'comma' || t.kind === 'eof' || (t.kind === 'word' && (TIME_UNITS[t.value] !== undefined || t.value === HEADED_REPEAT));
    if (!verb && !plain && t.kind !== 'number') return undefined;
    out.push(t);
    const next = body[k + 1];
    if (t.kind === 'number' && body[k - 1]?.kind === 'word' && HEADED_VERBS.has(body[k - 1]!.value) && !(next?.kind === 'word' && TIME_UNITS[next.value] !== undefined)) {
      out.push({ ...unit, offset: t.offset, length: t.length, spaced: true, synthetic: true });
    }
  }
  return out;
}
