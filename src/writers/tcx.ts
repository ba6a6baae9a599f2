/**
 * TCX (Garmin Training Center v2) workouts: one document per session, or one
 * `plan.tcx` holding every session of a plan. Sessions longer than the
 * format's 20 steps are split into parts, never cut. Rest days, as for FIT,
 * are no workout unless `restDays` asks for them (see rest-days.ts).
 */
import type { CompiledPlan, Workout } from '../ir/workout.js';
import { registerWriter, type OutputFile, type Writer } from './registry.js';
import { databaseDocument, workoutElements } from './tcx/document.js';
import { NameRegistry } from './tcx/names.js';
import { watchSessions } from './fit/plan.js';
import { refuseRestDay, restDaysLeftNote, restDaysWanted } from './rest-days.js';

export const TCX_MEDIA_TYPE = 'application/vnd.garmin.tcx+xml';

/** "2026-11-30-w1-mon-0.tcx"; only characters safe in any file system and URL. */
export function workoutFileName(workout: Workout): string {
  const id = workout.id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'session';
  return `${workout.date ? `${workout.date}-` : ''}${id}.tcx`;
}

export function tcxForWorkout(workout: Workout, plan: CompiledPlan): string {
  return databaseDocument(workoutElements(workout, plan, new NameRegistry()));
}

export function tcxForPlan(plan: CompiledPlan): string {
  const names = new NameRegistry();
  return databaseDocument(plan.sessions.flatMap((w) => workoutElements(w, plan, names)));
}

export const tcxWriter: Writer = {
  name: 'tcx',
  description: 'Garmin Training Center (TCX) workouts with pace targets; one file per session or the whole plan',
  mediaType: TCX_MEDIA_TYPE,
  extension: 'tcx',
  writeWorkout(workout, plan, options = {}): OutputFile {
    if (workout.sport === 'rest' && !restDaysWanted(options)) refuseRestDay(workout);
    return { path: workoutFileName(workout), mediaType: TCX_MEDIA_TYPE, data: tcxForWorkout(workout, plan) };
  },
  writePlan(plan, options = {}): OutputFile[] {
    const sessions = watchSessions(plan.sessions, restDaysWanted(options));
    const notes = restDaysLeftNote(plan.sessions.length - sessions.length);
    return [{ path: 'plan.tcx', mediaType: TCX_MEDIA_TYPE, data: tcxForPlan({ ...plan, sessions }), ...(notes.length > 0 ? { notes } : {}) }];
  },
};

registerWriter(tcxWriter);
