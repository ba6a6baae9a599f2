/**
 * A rest day is not a workout on the watch: there is nothing to run, and a
 * "Rest" workout in the watch's list only crowds out the real ones. The FIT and
 * TCX writers alike write none unless asked (`restDays`); the day stays on the
 * calendar feed.
 */
import type { Workout } from '../ir/workout.js';
import { WriterError, writerDiagnostic } from './errors.js';
import { boolish } from './fit/profile.js';
import { sessionName } from './fit/workout.js';

/** Whether the writer options ask for rest days as workouts; a WriterError for a value that is not a boolean. */
export function restDaysWanted(options: Record<string, unknown>): boolean {
  const parsed = boolish.optional().safeParse(options.restDays);
  if (!parsed.success) throw new WriterError(writerDiagnostic('invalid option restDays: expected true or false'));
  return parsed.data ?? false;
}

/** The refusal of a lone rest day, the same words whichever file was asked for. */
export function refuseRestDay(workout: Workout): never {
  throw new WriterError(
    writerDiagnostic(
      `${sessionName(workout)} is a rest day: there is nothing to run, so no workout is written for the watch`,
      'it stays on the calendar; ask for rest days (restDays) to put a "Rest" workout on the watch anyway',
    ),
  );
}

/** What a plan's file says of the rest days it leaves out: "the 8 rest days are not on the watch: …". */
export function restDaysLeftNote(left: number): string[] {
  if (left <= 0) return [];
  return [`${left === 1 ? 'the rest day is' : `the ${left} rest days are`} not on the watch: they stay on the calendar feed`];
}
