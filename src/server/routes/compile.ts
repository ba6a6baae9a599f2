/**
 * Try shorthand or a plan against an athlete without storing anything. The
 * admin API and the playground share it: with the admin token it is an API
 * route like the others; without any Authorization header it is the
 * playground's, with a smaller body limit and its own rate limit, since
 * compiling costs CPU and anyone may call it.
 */
import express, { Router, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { ServiceContext } from '../context.js';
import { HttpError, sendError } from '../errors.js';
import { compileRequest } from '../schemas.js';
import { parseBody } from '../validate.js';

/** What the playground may send: a session is a line, the eight-week template 3.4 KB of YAML. */
export const PLAYGROUND_BODY_LIMIT = 32 * 1024;
/** Requests per minute and address without the admin token; the playground asks once per pause in typing. */
export const PLAYGROUND_PER_MINUTE = 120;
export { MAX_RENDERED_SESSIONS } from '../playground.js';

/** The answer is worked out on the compile thread: whatever the text, this thread keeps answering others meanwhile. */
function compileHandler(ctx: ServiceContext): RequestHandler {
  return async (req, res) => {
    const body = parseBody(req, compileRequest);
    const answer = await ctx.compiler.run({ kind: 'playground', body });
    const bytes = typeof answer.body === 'string' ? Buffer.from(answer.body, 'utf8') : Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength);
    for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
    res.setHeader('Content-Length', String(bytes.length));
    res.status(answer.status).end(bytes);
  };
}

/** The admin API's route: mounted after the admin check and the API's JSON parser. */
export function compileRoutes(ctx: ServiceContext): Router {
  const r = Router();
  r.post('/compile', compileHandler(ctx));
  return r;
}

/**
 * The playground's route: requests with no Authorization header at all. One
 * with a header, right or wrong, goes on to the admin check as before.
 */
export function publicCompileRoutes(ctx: ServiceContext): Router {
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
    compileHandler(ctx),
  );
  return r;
}
