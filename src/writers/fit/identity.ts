/**
 * The file_id of each FIT file. Garmin's workout files are told apart by
 * type, manufacturer, product and serial number, and a schedule points at a
 * workout by those and its creation time; so both numbers are derived from
 * what the watch will run, never from the clock or a counter:
 * - a workout's from its slot in the plan, its date and every message the
 *   file holds after file_id (name, sport, description, each step): an edited
 *   session gets a new identity and replaces nothing it should not, an
 *   unchanged one keeps its identity and its bytes, and two lone workouts of
 *   different text differ;
 * - a schedule's from the days it covers and the workouts it places.
 * Neither depends on the athlete's or the plan's name, which the watch never shows.
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

function identityFrom(parts: unknown, day: string): FileIdentity {
  const digest = createHash('sha256').update(JSON.stringify(parts)).digest();
  const serialNumber = digest.readUInt32BE(0) || 1;
  // Within the first hour of the day, so two files of one day differ in
  // time_created too, and the creation time stays on the file's date.
  const timeCreated = fitSecondsOfDay(day) + (digest.readUInt32BE(4) % 3600);
  return { manufacturer: MANUFACTURER, product: PRODUCT, serialNumber, timeCreated };
}

/**
 * A workout's identity. `content` is every message after file_id, as
 * written: what the watch shows and runs.
 */
export function workoutIdentity(workout: Workout, plan: CompiledPlan, content: unknown): FileIdentity {
  const day = workout.date ?? plan.start ?? UNDATED;
  return identityFrom(['workout', workout.id, day, content], day);
}

/** A schedule's identity: the first and last day it covers and the entries it holds. */
export function scheduleIdentity(from: string, to: string, entries: unknown): FileIdentity {
  return identityFrom(['schedule', from, to, entries], from);
}
