/**
 * Format "fit": Garmin FIT workout files. One session gives one .fit; a plan
 * gives one .fit per session (rest days left out) and `schedule.fit` placing
 * the dated ones on their days, as many as the device shows. Options:
 * `device` ("conservative" | "modern"), `maxSteps`, `nestedRepeats` (see
 * fit/profile.ts), `restDays` (write rest days too), `from` (the schedule's
 * first day; see fit/plan.ts), `scheduleOnly` (`schedule.fit` alone, only
 * the sessions it holds encoded).
 */
import { registerWriter, type OutputFile } from './registry.js';
import { WriterError, writerDiagnostic } from './errors.js';
import { downloadFileName } from './fit/names.js';
import { encodeSessions, scheduleCutNote, scheduleFor, watchOptions, watchSessions } from './fit/plan.js';
import { encodeWorkout } from './fit/workout.js';
import { refuseRestDay } from './rest-days.js';

export const FIT_MEDIA_TYPE = 'application/vnd.ant.fit';

registerWriter({
  name: 'fit',
  description: 'Garmin FIT workout files (one per session) and a FIT schedule for the plan',
  mediaType: FIT_MEDIA_TYPE,
  extension: 'fit',
  writeWorkout(workout, plan, options) {
    const { profile, restDays } = watchOptions(options);
    if (workout.sport === 'rest' && !restDays) refuseRestDay(workout);
    const encoded = encodeWorkout(workout, plan, profile);
    return { path: downloadFileName(workout), mediaType: FIT_MEDIA_TYPE, data: encoded.bytes };
  },
  writePlan(plan, options) {
    const { profile, restDays, from, scheduleOnly } = watchOptions(options);
    const sessions = watchSessions(plan.sessions, restDays);
    const encoded = scheduleOnly ? [] : encodeSessions(plan, sessions, profile);
    const files: OutputFile[] = encoded.map(({ workout, encoded: e }) => ({
      path: downloadFileName(workout),
      mediaType: FIT_MEDIA_TYPE,
      data: e.bytes,
    }));
    const s = scheduleFor(plan, sessions, profile, from, new Map(encoded.map((e) => [e.workout, e.encoded])));
    if (!s && from !== undefined) throw new WriterError(writerDiagnostic(`the plan has no sessions for the watch from ${from} on`));
    if (s) {
      const notes: string[] = [];
      const cut = scheduleCutNote(s, profile, 'schedule.fit');
      if (cut) notes.push(cut);
      const rest = plan.sessions.length - sessions.length;
      if (rest > 0) notes.push(`${rest === 1 ? 'the rest day is' : `the ${rest} rest days are`} not on the watch: they stay on the calendar feed`);
      files.push({ path: 'schedule.fit', mediaType: FIT_MEDIA_TYPE, data: s.schedule.bytes, ...(notes.length > 0 ? { notes } : {}) });
    }
    return files;
  },
});
