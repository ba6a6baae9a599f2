/**
 * Format "fit": Garmin FIT workout files. One session gives one .fit; a plan
 * gives one .fit per session and `schedule.fit` placing the dated ones on
 * their days. Options: `device` ("conservative" | "modern"), `maxSteps`,
 * `nestedRepeats` (see fit/profile.ts).
 */
import { registerWriter, type OutputFile } from './registry.js';
import { downloadFileName } from './fit/names.js';
import { encodeSessions, profileFromOptions, scheduleFor } from './fit/plan.js';
import { encodeWorkout } from './fit/workout.js';

export const FIT_MEDIA_TYPE = 'application/vnd.ant.fit';

registerWriter({
  name: 'fit',
  description: 'Garmin FIT workout files (one per session) and a FIT schedule for the plan',
  mediaType: FIT_MEDIA_TYPE,
  extension: 'fit',
  writeWorkout(workout, plan, options) {
    const encoded = encodeWorkout(workout, plan, profileFromOptions(options));
    return { path: downloadFileName(workout), mediaType: FIT_MEDIA_TYPE, data: encoded.bytes };
  },
  writePlan(plan, options) {
    const encoded = encodeSessions(plan, plan.sessions, profileFromOptions(options));
    const files: OutputFile[] = encoded.map(({ workout, encoded: e }) => ({
      path: downloadFileName(workout),
      mediaType: FIT_MEDIA_TYPE,
      data: e.bytes,
    }));
    const schedule = scheduleFor(plan, encoded);
    if (schedule) files.push({ path: 'schedule.fit', mediaType: FIT_MEDIA_TYPE, data: schedule.bytes });
    return files;
  },
});
