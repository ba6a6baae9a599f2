/** Small constructors for IR steps, so every stage labels steps the same way. */
import type { Duration, Intensity, Step, Target } from '../../ir/workout.js';
import { formatDistance, formatSeconds, type Units } from '../../units/format.js';
import type { Quantity } from '../ast.js';
import type { ResolveContext } from './context.js';
import { inWrittenUnit } from './unitless.js';

export function step(intensity: Intensity, duration: Duration, target: Target, label: string, notes: string[] = []): Step {
  return { type: 'step', intensity, duration, target, label, notes };
}

/**
 * A written quantity as one duration, choosing within a range as the athlete's settings say.
 * `speed` (m/s) decides "lesser of 15 miles & 100 min": whichever ends first at that speed.
 */
export function chooseDuration(q: Quantity, ctx: ResolveContext, speed?: number): Duration {
  if (q.kind === 'open') return { kind: 'open' };
  if (q.kind === 'lesser') {
    const v = speed ?? ctx.paces.paces.E.speed;
    const options = q.options.map((o) => chooseDuration(o, ctx, v));
    const seconds = (d: Duration) => (d.kind === 'time' ? d.seconds : d.kind === 'distance' ? d.meters / v : Infinity);
    const best = options.reduce((a, b) => (seconds(b) < seconds(a) ? b : a));
    ctx.note(`the lesser of ${options.map((o) => durationWords(o, ctx.units)).join(' and ')} at this pace: ${durationWords(best, ctx.units)}`);
    return best;
  }
  if (q.kind === 'distance' && q.unitless) return chooseDuration(inWrittenUnit(q, ctx), ctx, speed);
  if (q.kind === 'time') {
    return { kind: 'time', seconds: ctx.choose(q.low, q.high, (v) => formatSeconds(v)) };
  }
  return { kind: 'distance', meters: ctx.choose(q.low, q.high, (v) => formatDistance(v, ctx.units)) };
}

export function durationWords(d: Duration, units: Units): string {
  return d.kind === 'time' ? formatSeconds(d.seconds) : d.kind === 'distance' ? formatDistance(d.meters, units) : 'until lap';
}
