/**
 * SVG charts of workouts: time along the bottom, speed up the side (faster is
 * higher), every step as run drawn as a block. Static markup with its words in
 * <title>/<desc>, so the athlete's page shows it without JavaScript and screen
 * readers announce it; the same IR as every other writer.
 */
import type { CompiledPlan, Workout } from '../ir/workout.js';
import type { PaceTable } from '../paces/types.js';
import type { Units } from '../units/format.js';
import { WriterError, writerDiagnostic } from './errors.js';
import { registerWriter, type OutputFile, type WriterOptions } from './registry.js';
import { chartSvg } from './svg/chart.js';
import { inferredTable, isPaceTable } from './svg/paces.js';
import { placeholderSvg, type PlaceholderKind } from './svg/placeholder.js';
import { countRunSteps, runSteps, toBlocks } from './svg/timeline.js';
import { idBase } from './svg/xml.js';

export const SVG_MEDIA_TYPE = 'image/svg+xml';

/** Beyond this many blocks a chart is unreadable and its markup large; a plan asking for more gets a placeholder. */
export const MAX_BLOCKS = 2000;

export interface SvgOptions {
  /**
   * The athlete's pace table, for the speed of steps without a pace (an easy
   * warm-up, a 400 m jog). Without it the speeds are inferred from the
   * workout's own estimate (see svg/paces.ts).
   */
  paces?: PaceTable;
  /** Prefix of ids inside the chart (default "rc"): give a different one when a page shows one workout twice. */
  idPrefix?: string;
}

/** The chart of one workout as an SVG document, for a file or for inlining in HTML. */
export function workoutSvg(workout: Workout, units: Units, options: SvgOptions = {}): string {
  const error = workout.diagnostics.find((d) => d.severity === 'error');
  if (error) return placeholderSvg(workout, 'error', error.message);
  if (workout.sport !== 'running') return placeholderSvg(workout, placeholderKind(workout.sport));
  const count = countRunSteps(workout.steps);
  if (count > MAX_BLOCKS) return placeholderSvg(workout, 'too-many', `${count} steps`);
  const run = runSteps(workout.steps);
  const paces = options.paces ?? inferredTable(workout, run);
  const blocks = toBlocks(run, paces).filter((b) => b.seconds > 0);
  if (blocks.length === 0) return placeholderSvg(workout, 'empty');
  return chartSvg({ workout, blocks, units, id: idBase(options.idPrefix ?? 'rc', workout.id) });
}

/** A sport from JSON may be any string; only the known ones get their own words and class. */
function placeholderKind(sport: string): PlaceholderKind {
  return sport === 'rest' || sport === 'strength' || sport === 'cross_training' ? sport : 'other-sport';
}

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

function svgOptions(options: WriterOptions): SvgOptions {
  const out: SvgOptions = {};
  if (options['paces'] !== undefined) {
    if (!isPaceTable(options['paces'])) {
      throw new WriterError(writerDiagnostic('svg: the "paces" option is not a pace table', 'pass the athlete\'s pace table (athlete.paces), or leave it out'));
    }
    out.paces = options['paces'];
  }
  if (options['idPrefix'] !== undefined) {
    if (typeof options['idPrefix'] !== 'string' || !ID_PREFIX.test(options['idPrefix'])) {
      throw new WriterError(writerDiagnostic('svg: "idPrefix" must be a letter followed by up to 31 letters, digits, "-" or "_"'));
    }
    out.idPrefix = options['idPrefix'];
  }
  return out;
}

/** "2026-03-04-w1-wed-0.svg": date first so files sort by day, the id so two sessions of one day do not collide. */
export function svgFileName(workout: Workout): string {
  const id = workout.id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'session';
  return `${workout.date ? `${workout.date}-` : ''}${id}.svg`;
}

function file(workout: Workout, plan: CompiledPlan, options: SvgOptions): OutputFile {
  return { path: svgFileName(workout), mediaType: SVG_MEDIA_TYPE, data: workoutSvg(workout, plan.athlete.units, options) };
}

registerWriter({
  name: 'svg',
  description: 'a chart of each session (SVG): time along the bottom, pace up the side, every rep as a block',
  mediaType: SVG_MEDIA_TYPE,
  extension: 'svg',
  writeWorkout: (workout, plan, options) => file(workout, plan, svgOptions(options)),
  writePlan: (plan, options) => {
    const o = svgOptions(options);
    return plan.sessions.map((w) => file(w, plan, o));
  },
});
