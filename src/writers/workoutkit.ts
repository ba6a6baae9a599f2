/**
 * Format "workoutkit": Apple WorkoutKit `.workout` files, one per running
 * session, for the Workout app on an iPhone ("Add to Workouts") and the
 * Apple Watch paired with it. See workoutkit/from-ir.ts for what a session
 * becomes and workoutkit/codec.ts for the bytes.
 *
 * Only running sessions are written: a rest day is nothing to start, and
 * strength and cross-training days stay on the calendar (a custom workout
 * here is outdoor running). A plan's files leave them out and say so.
 */
import { createHash } from 'node:crypto';
import type { CompiledPlan, Workout } from '../ir/workout.js';
import { WriterError, writerDiagnostic } from './errors.js';
import { slug } from './fit/names.js';
import { sessionName } from './fit/workout.js';
import { registerWriter, type OutputFile } from './registry.js';
import { encodePlan } from './workoutkit/codec.js';
import { customWorkoutFor } from './workoutkit/from-ir.js';
import type { CustomWorkout } from './workoutkit/plan.js';

/**
 * Apple registers no MIME type for `.workout` files; iOS knows them by their
 * name's extension (the system type com.apple.workout). The generic binary
 * type leaves that choice to the extension, where a known type would take
 * precedence over it. docs/service.md gives the sources.
 */
export const WORKOUTKIT_MEDIA_TYPE = 'application/octet-stream';

/** "2026-03-03-w1-tue-0.workout": sorts by date in a file listing. */
export function workoutFileName(workout: Workout): string {
  return `${workout.date ? `${workout.date}-` : ''}${slug(workout.id) || 'session'}.workout`;
}

/**
 * The plan's UUID, from the session's slot, date and everything the watch
 * shows: an edited session is a new workout, an unchanged one keeps its id
 * (and its bytes). A name-based UUID (version 8, RFC 9562) from SHA-256.
 */
function referenceId(workout: Workout, custom: CustomWorkout): string {
  const hex = createHash('sha256').update(JSON.stringify(['workoutkit', workout.id, workout.date ?? '', custom])).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function checkSession(workout: Workout): void {
  const error = workout.asWritten ? undefined : workout.diagnostics.find((d) => d.severity === 'error');
  if (error) throw new WriterError({ ...error, message: `${sessionName(workout)}: ${error.message}` });
  if (workout.sport !== 'running') {
    const what = workout.sport === 'rest' ? 'a rest day: there is nothing to run' : `a ${workout.sport.replace('_', '-')} session`;
    throw new WriterError(
      writerDiagnostic(
        `${sessionName(workout)} is ${what}, and WorkoutKit files from runcast are running workouts`,
        'it stays on the calendar feed and the athlete page',
      ),
    );
  }
}

/** One session's `.workout` file, with what the watch shows differently in its notes. */
export function workoutKitFile(workout: Workout, plan: CompiledPlan): OutputFile {
  checkSession(workout);
  const { workout: custom, notes } = customWorkoutFor(workout, plan);
  const data = encodePlan({ referenceId: referenceId(workout, custom), custom });
  return { path: workoutFileName(workout), mediaType: WORKOUTKIT_MEDIA_TYPE, data, ...(notes.length > 0 ? { notes } : {}) };
}

registerWriter({
  name: 'workoutkit',
  description: 'Apple WorkoutKit .workout files for the Apple Watch (one per running session)',
  mediaType: WORKOUTKIT_MEDIA_TYPE,
  extension: 'workout',
  writeWorkout: (workout, plan) => workoutKitFile(workout, plan),
  writePlan(plan) {
    const running = plan.sessions.filter((s) => s.sport === 'running');
    // Each file's notes name it: a plan's notes are read together.
    const files = running.map((s) => {
      const file = workoutKitFile(s, plan);
      if (file.notes) file.notes = file.notes.map((n) => `${file.path}: ${n}`);
      return file;
    });
    const left = plan.sessions.length - running.length;
    if (left > 0 && files.length > 0) {
      const last = files[files.length - 1]!;
      const note = `${left === 1 ? 'one session is' : `${left} sessions are`} not running (rest, strength or cross-training): they stay on the calendar feed`;
      last.notes = [...(last.notes ?? []), note];
    }
    return files;
  },
});
