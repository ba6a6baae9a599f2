/**
 * The file_id of each FIT file, derived from what the file is rather than
 * from the clock or a counter: the same session of the same plan for the same
 * athlete always gets the same serial number and creation time, so rewriting
 * a plan yields identical bytes and a watch sees the same workout, not a
 * duplicate. The schedule file points at workouts through these values.
 */
import { createHash } from 'node:crypto';
import type { CompiledPlan, Workout } from '../../ir/workout.js';

/** FIT date_time counts seconds from 1989-12-31T00:00:00Z. */
export const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);

/** "development" in the FIT profile: the manufacturer id for software outside Garmin's list. */
export const MANUFACTURER = 'development';
/** Our product number under the development manufacturer ("RC"). */
export const PRODUCT = 0x5243;

/** When a session has no date (a lone workout, an undated plan), creation times sit on this day. */
const UNDATED = '2025-01-01';

export interface FileIdentity {
  manufacturer: typeof MANUFACTURER;
  product: number;
  /** uint32z: never 0, which FIT reads as "no serial number". */
  serialNumber: number;
  /** FIT date_time (seconds since the FIT epoch, UTC). */
  timeCreated: number;
}

/** Milliseconds since the Unix epoch for YYYY-MM-DD at 00:00 UTC, or undefined when not a real date. */
export function isoDateToUtcMs(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms;
}

/** FIT seconds for a day; the day must have been checked with isoDateToUtcMs. */
export function fitSecondsOfDay(date: string): number {
  return (isoDateToUtcMs(date)! - FIT_EPOCH_MS) / 1000;
}

function identityFrom(parts: readonly string[], day: string): FileIdentity {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest();
  const serialNumber = digest.readUInt32BE(0) || 1;
  // Within the first hour of the day, so two sessions on one day differ in
  // time_created too, and the creation time stays on the session's date.
  const timeCreated = fitSecondsOfDay(day) + (digest.readUInt32BE(4) % 3600);
  return { manufacturer: MANUFACTURER, product: PRODUCT, serialNumber, timeCreated };
}

export function workoutIdentity(workout: Workout, plan: CompiledPlan): FileIdentity {
  const day = workout.date ?? plan.start ?? UNDATED;
  return identityFrom(['workout', plan.athlete.name, plan.name, workout.id, workout.date ?? ''], day);
}

/** The schedule's own identity: the plan, the athlete and the first and last day it covers. */
export function scheduleIdentity(plan: CompiledPlan, from: string, to: string): FileIdentity {
  return identityFrom(['schedule', plan.athlete.name, plan.name, from, to], from);
}
