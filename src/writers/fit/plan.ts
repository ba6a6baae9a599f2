/**
 * A plan's sessions as FIT workouts, and the schedule that puts the dated
 * ones on the watch's calendar.
 *
 * Rest days stay off the watch unless asked for (`restDays`): a "Rest"
 * workout is nothing to start, and it would take a place in the workout list
 * and the calendar. They stay on the calendar feed. Strength and
 * cross-training days are written.
 *
 * A schedule holds at most the sessions the device profile's calendar shows,
 * the first ones from `from` (default the plan's first day) in whole days,
 * and says in words when it left sessions out.
 */
import { z } from 'zod';
import type { CompiledPlan, Workout } from '../../ir/workout.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { isoDateToUtcMs } from './identity.js';
import { boolish, resolveDeviceProfile, type DeviceProfile } from './profile.js';
import { encodeSchedule, type EncodedSchedule } from './schedule.js';
import { encodeWorkout, type EncodedWorkout } from './workout.js';

export interface PlanWorkout {
  workout: Workout;
  encoded: EncodedWorkout;
}

export interface WatchOptions {
  profile: DeviceProfile;
  /** Whether rest days become workouts too. */
  restDays: boolean;
  /** The schedule's first day, when given. */
  from?: string;
  /** Write the schedule alone, encoding only the sessions it holds (the service's schedule.fit). */
  scheduleOnly: boolean;
}

const isoDate = z.string().refine((s) => isoDateToUtcMs(s) !== undefined, { message: 'expected a YYYY-MM-DD date' });
const OptionsSchema = z.object({ restDays: boolish.optional(), from: isoDate.optional(), scheduleOnly: boolish.optional() });

const fail = (message: string): never => {
  throw new WriterError(writerDiagnostic(message));
};

/** The device profile from writer options, or a WriterError saying what is wrong with them. */
export function profileFromOptions(options: Record<string, unknown>): DeviceProfile {
  const r = resolveDeviceProfile(options);
  return r.ok ? r.profile : fail(r.message);
}

/** Device profile, rest days and first day from writer options; a WriterError for bad ones. */
export function watchOptions(options: Record<string, unknown>): WatchOptions {
  const parsed = OptionsSchema.safeParse({ restDays: options.restDays, from: options.from, scheduleOnly: options.scheduleOnly });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`invalid FIT option ${issue.path.join('.')}: ${issue.message}`);
  }
  const out: WatchOptions = { profile: profileFromOptions(options), restDays: parsed.data.restDays ?? false, scheduleOnly: parsed.data.scheduleOnly ?? false };
  if (parsed.data.from !== undefined) out.from = parsed.data.from;
  return out;
}

/** The sessions that become workouts on the watch. */
export function watchSessions(sessions: readonly Workout[], restDays: boolean): Workout[] {
  return restDays ? [...sessions] : sessions.filter((s) => s.sport !== 'rest');
}

/** Throws a WriterError for the first session that cannot be written whole. */
export function encodeSessions(plan: CompiledPlan, sessions: readonly Workout[], profile: DeviceProfile): PlanWorkout[] {
  return sessions.map((workout) => ({ workout, encoded: encodeWorkout(workout, plan, profile) }));
}

export interface PlanSchedule {
  schedule: EncodedSchedule;
  /** The sessions it places, in order. */
  entries: PlanWorkout[];
  from: string;
  to: string;
  /** Set when dated sessions after `to` were left out for the device's limit. */
  cut?: { left: number; next: string };
}

/**
 * The schedule of the dated sessions among `sessions` from `from` on: the
 * first `profile.scheduleEntries` of them. Undefined when none is dated. Only
 * the sessions it holds are encoded (those in `encoded` are taken from it):
 * a plan of five years has a schedule of a few weeks.
 */
export function scheduleFor(
  plan: CompiledPlan,
  sessions: readonly Workout[],
  profile: DeviceProfile,
  from?: string,
  encoded: ReadonlyMap<Workout, EncodedWorkout> = new Map(),
): PlanSchedule | undefined {
  const dated = sessions.filter((w) => w.date !== undefined && (from === undefined || w.date >= from)).sort((a, b) => a.date!.localeCompare(b.date!));
  if (dated.length === 0) return undefined;
  let held = dated.slice(0, profile.scheduleEntries);
  // A cut never splits a day, so the next schedule can start on the day after the last one.
  const next = dated[held.length]?.date;
  const whole = held.filter((w) => w.date !== next);
  if (next !== undefined && whole.length > 0) held = whole;
  const entries = held.map((workout) => ({ workout, encoded: encoded.get(workout) ?? encodeWorkout(workout, plan, profile) }));
  const first = from ?? held[0]!.date!;
  const last = held[held.length - 1]!.date!;
  const schedule = encodeSchedule(
    entries.map(({ workout, encoded: e }) => ({ date: workout.date!, identity: e.identity })),
    first,
    last,
  );
  const out: PlanSchedule = { schedule, entries, from: first, to: last };
  if (dated.length > held.length) out.cut = { left: dated.length - held.length, next: dated[held.length]!.date! };
  return out;
}

/** What a cut schedule says: how many sessions it holds, why, and where the rest begin. */
export function scheduleCutNote(s: PlanSchedule, profile: DeviceProfile, file: string): string | undefined {
  if (!s.cut) return undefined;
  return (
    `${file} holds the first ${s.entries.length} sessions (${s.from} to ${s.to}): the device profile "${profile.name}" ` +
    `shows ${profile.scheduleEntries} on the calendar. ${s.cut.left} more from ${s.cut.next} on need a schedule from that day`
  );
}
