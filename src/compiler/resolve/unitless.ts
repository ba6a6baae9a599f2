/**
 * A run written with no unit ("Mo: 7"): the reader holds it in miles; here it
 * is run in the plan's unit, or the athlete's when the plan names none.
 */
import type { Quantity } from '../ast.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import type { ResolveContext } from './context.js';

const MILE = DISTANCE_UNITS.mi!;

/** The distance in the unit the text is written in, with a note saying whose unit that is. */
export function inWrittenUnit(q: Extract<Quantity, { kind: 'distance' }>, ctx: ResolveContext): Quantity {
  const low = Math.round((q.low / MILE) * 1000) / 1000;
  const high = Math.round((q.high / MILE) * 1000) / 1000;
  ctx.note(`${low === high ? low : `${low}-${high}`} with no unit is run in ${ctx.writtenUnits}, ${ctx.writtenUnitsWhose}`);
  return { kind: 'distance', low: writtenMeters(q.low, ctx), high: writtenMeters(q.high, ctx), span: q.span };
}

/** Metres held in miles for a number written with no unit, in the unit the text is written in. */
export function writtenMeters(held: number, ctx: ResolveContext): number {
  return (Math.round((held / MILE) * 1000) / 1000) * (ctx.writtenUnits === 'km' ? 1000 : MILE);
}
