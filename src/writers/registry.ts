/**
 * Writers are registered by format name; adding a format is adding one file
 * that calls `registerWriter` and one import line in `writers/index.ts`.
 */
import type { CompiledPlan, Workout } from '../ir/workout.js';

export interface WriterOptions {
  /** Public base URL of the service, for links inside outputs (ICS descriptions). */
  baseUrl?: string;
  /** Free-form writer options (device profile, date range, …), validated by each writer. */
  [key: string]: unknown;
}

export interface OutputFile {
  /** A safe relative path ("2026-11-30-w1-mon.fit", "GARMIN/NewFiles/…"). */
  path: string;
  mediaType: string;
  data: Uint8Array | string;
  /** What the user should know about this file ("holds the first 28 sessions…"), in words. */
  notes?: string[];
}

export interface Writer {
  /** Format name used on the command line and in the service: "fit", "tcx", "ics", "json", … */
  name: string;
  description: string;
  mediaType: string;
  extension: string;
  /** One session (absent for whole-plan formats such as ICS). */
  writeWorkout?(workout: Workout, plan: CompiledPlan, options: WriterOptions): OutputFile;
  /** The whole plan: one or many files. */
  writePlan(plan: CompiledPlan, options: WriterOptions): OutputFile[];
}

const writers = new Map<string, Writer>();

export function registerWriter(writer: Writer): void {
  if (writers.has(writer.name)) throw new Error(`writer "${writer.name}" is registered twice`);
  writers.set(writer.name, writer);
}

export function getWriter(name: string): Writer | undefined {
  return writers.get(name);
}

export function writerNames(): string[] {
  return [...writers.keys()].sort();
}
