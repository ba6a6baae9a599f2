/**
 * A heart rate as the coach wrote it ("Z2", "70-78% HRmax", "HR 140-150"),
 * for one athlete: a heart-rate target in beats per minute when the profile
 * has heart-rate data, else the pace of that effort with a note saying that
 * heart-rate data would give a heart-rate target. Beats per minute need no
 * profile: they are a heart-rate target for every athlete.
 */
import type { HeartRateTarget, PaceTarget } from '../../ir/workout.js';
import { zonesSource, type HeartRateZones, type ZoneNumber } from '../../paces/heart-rate.js';
import { ZONE_PACES, type HeartRateRef } from '../dialect/efforts.js';
import type { ResolveContext } from './context.js';

const NO_DATA = "heart-rate data in the athlete's profile (max HR, threshold HR or zones) would make it a heart-rate target";

/** `pace`: the pace of the same effort, the target when the profile has no heart-rate data. */
export function heartRateTarget(ref: HeartRateRef, pace: PaceTarget, ctx: ResolveContext): PaceTarget | HeartRateTarget {
  const zones = ctx.heartRateZones;
  const name = heartRateName(ref);
  if (ref.kind === 'zone') {
    if (!zones) return fallback(`read ${name} as ${pace.name} pace: a heart-rate zone, run at the pace of that effort; ${NO_DATA}`, pace, ctx);
    const [low, high] = [zones.bounds[ref.low as ZoneNumber][0], zones.bounds[ref.high as ZoneNumber][1]];
    ctx.note(`${name} is ${low}–${high} bpm: ${zonesSource(zones)}`);
    return { ...band(low, high, name, zones, pace), zones: { low: ref.low, high: ref.high } };
  }
  if (ref.kind === 'max') {
    const max = zones?.max;
    if (max === undefined) return fallback(`read ${name} as ${pace.name} pace: a share of maximum heart rate, run at the pace of that effort (Daniels); ${NO_DATA}`, pace, ctx);
    const [low, high] = [Math.round((ref.low * max) / 100), Math.round((ref.high * max) / 100)];
    ctx.note(`${name} is ${low}–${high} bpm of a maximum heart rate of ${max} bpm`);
    return { ...band(low, high, name, zones, pace), share: { of: 'max', low: ref.low, high: ref.high } };
  }
  return beats(ref, name, zones, ctx);
}

/** "HR 140-150", "under 150 bpm", "145 bpm": a ceiling reaches down to Z1's floor, one number is a band of ±5 bpm. */
function beats(ref: Extract<HeartRateRef, { kind: 'bpm' }>, name: string, zones: HeartRateZones | undefined, ctx: ResolveContext): HeartRateTarget {
  const single = ref.low === ref.high;
  const low = ref.low === undefined ? Math.min(zones?.bounds[1][0] ?? Math.round(ref.high * 0.75), ref.high - 10) : single ? ref.low - 5 : ref.low;
  const high = single ? ref.high + 5 : ref.high;
  if (ref.low === undefined) ctx.note(`${name}: ${low}–${high} bpm on the watch, which alerts above ${high}`);
  else if (single) ctx.note(`${name}: ${low}–${high} bpm on the watch`);
  const pace = zones ? paceOfZone(zoneOf((low + high) / 2, zones), ctx) : undefined;
  return band(low, high, name, zones, pace);
}

function band(low: number, high: number, name: string, zones: HeartRateZones | undefined, pace: PaceTarget | undefined): HeartRateTarget {
  const t: HeartRateTarget = { kind: 'heartRate', low, high, name };
  const of = zones?.max !== undefined ? 'max' : zones?.threshold !== undefined ? 'threshold' : undefined;
  const ref = of === 'max' ? zones!.max! : zones?.threshold;
  if (of && ref) t.share = { of, low: Math.round((low / ref) * 100), high: Math.round((high / ref) * 100) };
  if (pace) t.pace = { low: pace.low, high: pace.high };
  return t;
}

function fallback(note: string, pace: PaceTarget, ctx: ResolveContext): PaceTarget {
  ctx.note(note);
  return pace;
}

/** The zone a heart rate falls in (the highest whose floor it reaches). */
function zoneOf(bpm: number, zones: HeartRateZones): ZoneNumber {
  return ([5, 4, 3, 2, 1] as const).find((z) => bpm >= zones.bounds[z][0]) ?? 1;
}

function paceOfZone(zone: ZoneNumber, ctx: ResolveContext): PaceTarget {
  const name = ZONE_PACES[zone]!;
  const e = ctx.paces.paces[name];
  return { kind: 'pace', low: e.low, high: e.high, name };
}

/** "Z2", "Z2–Z3", "70–78% HRmax", "140–150 bpm", "under 150 bpm". */
export function heartRateName(ref: HeartRateRef): string {
  if (ref.kind === 'zone') return ref.low === ref.high ? `Z${ref.low}` : `Z${ref.low}–Z${ref.high}`;
  const range = (a: number, b: number) => (a === b ? `${a}` : `${a}–${b}`);
  if (ref.kind === 'max') return `${range(ref.low, ref.high)}% HRmax`;
  return ref.low === undefined ? `under ${ref.high} bpm` : `${range(ref.low, ref.high)} bpm`;
}
