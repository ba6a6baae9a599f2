/**
 * An athlete is stored only if every link it is given can be served: the
 * plan compiles (checked before this), and every session can be written as
 * the FIT and TCX files its links download. A session a watch cannot hold
 * (more steps than the device stores, a step longer than TCX can say), or
 * a plan of rest days alone, is refused when the plan is stored, pointing at
 * the session in the plan, rather than answering 422 to the athlete later. The feed, the page, the
 * schedule and the bundle are built from the same sessions and from fields
 * the schemas check.
 *
 * Sessions with the same text share their compiled steps, so each different
 * session is written once; the work is done in slices, giving way to other
 * requests between them, so a long plan cannot hold the service up.
 */
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { CompiledPlan, Node, Workout } from '../ir/workout.js';
import type { LoadedPlan } from '../plan/load.js';
import { isWriterError } from '../writers/errors.js';
import { getWriter, type WriterOptions } from '../writers/registry.js';
import { unprocessable } from './errors.js';

/** Milliseconds of writing before other requests get their turn. */
const SLICE_MS = 10;
const FORMATS = ['fit', 'tcx'] as const;

/** `options`: the athlete's watch (its device profile), as the downloads will be written. */
export async function checkServable(loaded: LoadedPlan, plan: CompiledPlan, options: WriterOptions = {}): Promise<void> {
  requireARun(loaded, plan);
  const written = new WeakSet<readonly Node[]>();
  let sliceStart = performance.now();
  for (const workout of plan.sessions) {
    if (written.has(workout.steps)) continue;
    written.add(workout.steps);
    for (const format of FORMATS) {
      // Rest days stay off the watch: neither file is written, and no link to one is offered.
      if (workout.sport === 'rest') continue;
      const writer = getWriter(format);
      if (!writer?.writeWorkout) throw new Error(`no "${format}" writer is registered`);
      try {
        writer.writeWorkout(workout, plan, options);
      } catch (err) {
        if (!isWriterError(err)) throw err;
        const d = inPlan(err.diagnostic, workout, loaded);
        throw unprocessable('cannot_write', `A session of the plan cannot be written as a ${format.toUpperCase()} file.`, [d]);
      }
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToOthers();
      sliceStart = performance.now();
    }
  }
}

/**
 * A plan of rest days alone is a mistake, not a plan: nothing would reach the
 * watch, and its schedule and bundle would hold nothing. Refused at its first
 * day, where the coach will write a run.
 */
function requireARun(loaded: LoadedPlan, plan: CompiledPlan): void {
  if (plan.sessions.some((w) => w.sport !== 'rest')) return;
  const d: Diagnostic = {
    severity: 'error',
    line: 1,
    column: 1,
    offset: 0,
    length: 1,
    message: 'every day of the plan is a rest day: there is nothing to run',
    hint: 'write at least one session (such as "30 min easy") on one of its days',
  };
  const first = plan.sessions[0];
  throw unprocessable('invalid_plan', 'The plan has no session to run: every day of it is a rest day.', [first ? inPlan(d, first, loaded) : d]);
}

/** The writer's diagnostic, placed on the session's text in the plan document. */
function inPlan(d: Diagnostic, workout: Workout, loaded: LoadedPlan): Diagnostic {
  const slot = workout.slot;
  const cell = slot && loaded.cells.find((c) => c.week === slot.week && c.day === slot.day && c.index === slot.index);
  if (!cell) return d;
  const { origin } = cell;
  const at = origin.at ? origin.at(0) : { line: origin.line, column: origin.column, offset: origin.offset };
  const sourceLine = origin.lines?.[at.line - 1];
  return {
    ...d,
    ...at,
    length: Math.max(1, Math.min(cell.text.length, (sourceLine?.length ?? cell.text.length) - (at.column - 1))),
    ...(origin.file ? { file: origin.file } : {}),
    ...(sourceLine !== undefined ? { sourceLine } : {}),
  };
}
