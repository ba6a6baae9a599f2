/** Every session of a plan as a FIT workout, plus the schedule that puts the dated ones on the calendar. */
import type { CompiledPlan, Workout } from '../../ir/workout.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { resolveDeviceProfile, type DeviceProfile } from './profile.js';
import { encodeSchedule, type EncodedSchedule } from './schedule.js';
import { encodeWorkout, type EncodedWorkout } from './workout.js';

export interface PlanWorkout {
  workout: Workout;
  encoded: EncodedWorkout;
}

/** The device profile from writer options, or a WriterError saying what is wrong with them. */
export function profileFromOptions(options: Record<string, unknown>): DeviceProfile {
  const r = resolveDeviceProfile(options);
  if (!r.ok) throw new WriterError(writerDiagnostic(r.message));
  return r.profile;
}

/** Throws a WriterError for the first session that cannot be written whole. */
export function encodeSessions(plan: CompiledPlan, sessions: readonly Workout[], profile: DeviceProfile): PlanWorkout[] {
  return sessions.map((workout) => ({ workout, encoded: encodeWorkout(workout, plan, profile) }));
}

/** The schedule for the dated sessions among `encoded`, or undefined when none is dated. */
export function scheduleFor(plan: CompiledPlan, encoded: readonly PlanWorkout[]): EncodedSchedule | undefined {
  const dated = encoded.flatMap(({ workout, encoded: e }) =>
    workout.date ? [{ date: workout.date, identity: e.identity }] : [],
  );
  if (dated.length === 0) return undefined;
  const days = dated.map((d) => d.date).sort();
  return encodeSchedule(plan, dated, days[0]!, days[days.length - 1]!);
}
