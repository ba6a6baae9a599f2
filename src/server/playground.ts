/**
 * What POST /api/compile answers, worked out from a checked request alone: a
 * session or a plan compiled for the athlete given, as JSON or as the FIT
 * file of one session. Pure, so it runs on the compile thread (compile-pool.ts).
 */
import type { z } from 'zod';
import type { Athlete } from '../athlete/athlete.js';
import { compilePlan, compileRuns, loadPlan } from '../compiler/index.js';
import type { CompiledPlan, Workout } from '../ir/workout.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import type { Units } from '../units/format.js';
import { guessAs } from '../writers/read-as.js';
import { isWriterError } from '../writers/errors.js';
import { getWriter } from '../writers/registry.js';
import { attachment, sessionFileName } from './content-disposition.js';
import { HttpError, publicDiagnostic, unprocessable } from './errors.js';
import { MEDIA_TYPES, findSession } from './outputs.js';
import { sessionView } from './pages/session-view.js';
import { planErrors } from './plans.js';
import { checkProfile } from './profile.js';
import type { compileRequest } from './schemas.js';

export type CompileRequest = z.output<typeof compileRequest>;

/** An answer ready to send: a status, its headers, and the body (JSON text or a file's bytes). */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/**
 * Sessions of a plan rendered (words and chart) in one answer. A chart is a
 * few kilobytes and a millisecond or so; a long plan's answer would otherwise
 * run to megabytes. The compiled plan itself is always complete.
 */
export const MAX_RENDERED_SESSIONS = 100;

/** A refused session: its diagnostics, and the compiler's best guess at it in the coach's notation when it made one. */
function refusedSession(workout: Workout, errors: Diagnostic[], units: Units): HttpError {
  const guess = guessAs(workout, units);
  if (!guess) return unprocessable('invalid_session', 'The session has errors.', errors);
  return new HttpError(422, 'invalid_session', 'The session has errors.', { diagnostics: errors.map(publicDiagnostic), guess });
}

export function playgroundAnswer(body: CompileRequest): Answer {
  const profile = checkProfile(body.athlete);
  if (!profile.ok) throw profile.error;
  const athlete = profile.athlete;
  const viewer = { paces: athlete.paces, units: athlete.profile.units };

  if (body.text !== undefined) {
    // "Recovery 5 miles a.m., 4 miles p.m.": a day of two runs answers the first as `workout`, and both as `runs`.
    const runs = compileRuns(body.text, athlete);
    const workout = runs[0]!;
    const errors = runs.flatMap((w) => w.diagnostics.filter((d) => d.severity === 'error'));
    if (errors.length > 0) throw refusedSession(workout, errors, viewer.units);
    if (body.format === 'fit') return fitAnswer(workout, lonePlan(workout, athlete), athlete.profile.device);
    return json({
      workout,
      ...(runs.length > 1 ? { runs } : {}),
      diagnostics: runs.flatMap((w) => w.diagnostics).map(publicDiagnostic),
      ...(body.render ? { rendered: sessionView(workout, viewer) } : {}),
    });
  }

  const loaded = loadPlan(body.plan!);
  const loadErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.plan || loadErrors.length > 0) throw unprocessable('invalid_plan', 'The plan has errors.', loaded.diagnostics);
  const plan = compilePlan(loaded.plan, athlete, body.start ? { start: body.start } : {});
  const errors = planErrors(plan, { strict: body.strict });
  if (errors.length > 0) throw unprocessable('invalid_plan', body.strict && plan.sessions.some((s) => s.asWritten) ? 'The plan has sessions runcast cannot read (strict).' : 'The plan has errors.', errors);
  if (body.format === 'fit') {
    const workout = findSession(plan, body.session!);
    if (!workout) throw new HttpError(404, 'no_session', `There is no session "${body.session}" in this plan.`);
    return fitAnswer(workout, plan, athlete.profile.device);
  }
  return json({
    plan,
    diagnostics: [...loaded.diagnostics, ...plan.diagnostics].map(publicDiagnostic),
    ...(body.render
      ? {
          rendered: {
            name: plan.name,
            total: plan.sessions.length,
            sessions: plan.sessions.slice(0, MAX_RENDERED_SESSIONS).map((s) => sessionView(s, viewer)),
          },
        }
      : {}),
  });
}

function json(value: unknown): Answer {
  return { status: 200, headers: { 'Content-Type': MEDIA_TYPES.json }, body: JSON.stringify(value) };
}

/** A lone session as the plan the writers expect: one week, no start date. */
function lonePlan(workout: Workout, athlete: Athlete): CompiledPlan {
  const { name, timezone, units } = athlete.profile;
  return { name: workout.title, athlete: { name, timezone, units }, weeks: 1, sessions: [workout], diagnostics: [] };
}

function fitAnswer(workout: Workout, plan: CompiledPlan, device?: string): Answer {
  const writer = getWriter('fit');
  if (!writer?.writeWorkout) throw new Error('no "fit" writer is registered');
  let data: Uint8Array | string;
  try {
    data = writer.writeWorkout(workout, plan, device ? { device } : {}).data;
  } catch (err) {
    // A session the watch cannot hold (too many steps, a rest day) is the text's problem, not the server's.
    if (isWriterError(err)) throw unprocessable('cannot_write', err.message, [err.diagnostic]);
    throw err;
  }
  return {
    status: 200,
    headers: {
      'Content-Type': MEDIA_TYPES.fit,
      'Content-Disposition': attachment(sessionFileName(workout.date ?? workout.id, workout.title, 'fit')),
    },
    body: typeof data === 'string' ? Buffer.from(data, 'utf8') : data,
  };
}
