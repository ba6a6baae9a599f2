/**
 * Try shorthand or a plan against an athlete without storing anything. The
 * admin API and the playground share it: with the admin token it is an API
 * route like the others; without any Authorization header it is the
 * playground's, with a smaller body limit and its own rate limit, since
 * compiling costs CPU and anyone may call it.
 */
import express, { Router, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Athlete } from '../../athlete/athlete.js';
import { compilePlan, compileRuns, loadPlan } from '../../compiler/index.js';
import type { CompiledPlan, Workout } from '../../ir/workout.js';
import { isWriterError } from '../../writers/errors.js';
import { getWriter } from '../../writers/registry.js';
import { sessionFileName, attachment } from '../content-disposition.js';
import type { ServiceContext } from '../context.js';
import { HttpError, publicDiagnostic, sendError, unprocessable } from '../errors.js';
import { MEDIA_TYPES, findSession } from '../outputs.js';
import { sessionView } from '../pages/session-view.js';
import { planErrors } from '../plans.js';
import { checkProfile } from '../profile.js';
import { compileRequest } from '../schemas.js';
import { parseBody } from '../validate.js';

/** What the playground may send: a session is a line, the eight-week template 3.4 KB of YAML. */
export const PLAYGROUND_BODY_LIMIT = 32 * 1024;
/** Requests per minute and address without the admin token; the playground asks once per pause in typing. */
export const PLAYGROUND_PER_MINUTE = 120;
/**
 * Sessions of a plan rendered (words and chart) in one answer. A chart is a
 * few kilobytes and a millisecond or so; a long plan's answer would otherwise
 * run to megabytes. The compiled plan itself is always complete.
 */
export const MAX_RENDERED_SESSIONS = 100;


function compileHandler(): RequestHandler {
  return (req, res) => {
    const body = parseBody(req, compileRequest);
    const profile = checkProfile(body.athlete);
    if (!profile.ok) throw profile.error;
    const athlete = profile.athlete;
    const viewer = { paces: athlete.paces, units: athlete.profile.units };

    if (body.text !== undefined) {
      // "Recovery 5 miles a.m., 4 miles p.m.": a day of two runs answers the first as `workout`, and both as `runs`.
      const runs = compileRuns(body.text, athlete);
      const workout = runs[0]!;
      const errors = runs.flatMap((w) => w.diagnostics.filter((d) => d.severity === 'error'));
      if (errors.length > 0) throw unprocessable('invalid_session', 'The session has errors.', errors);
      if (body.format === 'fit') return sendFit(res, workout, lonePlan(workout, athlete), athlete.profile.device);
      return res.json({
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
      return sendFit(res, workout, plan, athlete.profile.device);
    }
    res.json({
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
  };
}

/** A lone session as the plan the writers expect: one week, no start date. */
function lonePlan(workout: Workout, athlete: Athlete): CompiledPlan {
  const { name, timezone, units } = athlete.profile;
  return { name: workout.title, athlete: { name, timezone, units }, weeks: 1, sessions: [workout], diagnostics: [] };
}

function sendFit(res: Response, workout: Workout, plan: CompiledPlan, device?: string): void {
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
  const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  res.setHeader('Content-Type', MEDIA_TYPES.fit);
  res.setHeader('Content-Disposition', attachment(sessionFileName(workout.date ?? workout.id, workout.title, 'fit')));
  res.setHeader('Content-Length', String(body.length));
  res.status(200).end(body);
}

/** The admin API's route: mounted after the admin check and the API's JSON parser. */
export function compileRoutes(_ctx: ServiceContext): Router {
  const r = Router();
  r.post('/compile', compileHandler());
  return r;
}

/**
 * The playground's route: requests with no Authorization header at all. One
 * with a header, right or wrong, goes on to the admin check as before.
 */
export function publicCompileRoutes(_ctx: ServiceContext): Router {
  const r = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: PLAYGROUND_PER_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The policy's name in the RateLimit headers, beside the API limiter's; each limiter keeps its own counts.
    identifier: 'playground',
    handler: (_req, res) => {
      res.setHeader('Retry-After', '60');
      sendError(res, new HttpError(429, 'rate_limited', 'Too many requests; slow down and retry later.'));
    },
  });
  r.post(
    '/compile',
    (req, _res, next) => next(req.get('authorization') === undefined ? undefined : 'router'),
    limiter,
    express.json({ limit: PLAYGROUND_BODY_LIMIT, strict: true }),
    compileHandler(),
  );
  return r;
}
