/**
 * The athlete's private links under /a/<token>: the token is the only
 * credential. Unknown, malformed and revoked tokens all get the very same 404
 * as a page that does not exist, so the response says nothing about tokens.
 *
 * A calendar poll of an unchanged feed is most of this service's traffic, so
 * its path is kept short: one synchronous per-address count, one token hash,
 * the store's lookup that also reads the athlete's version (on SQLite answered
 * at once, from memory while nothing was committed), one cache lookup under
 * that version, and the cached bytes sent with their precomputed ETag.
 */
import { timingSafeEqual } from 'node:crypto';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { AthleteRecord } from '../../store/store.js';
import type { RateLimitConfig } from '../config.js';
import type { ServiceContext } from '../context.js';
import { HttpError, sendError, sendNotFound } from '../errors.js';
import { defaultBundleFrom } from '../dates.js';
import { MEDIA_TYPES } from '../outputs.js';
import { bundleQuery } from '../schemas.js';
import { sendArtifact, sendIfNotModified } from '../send-artifact.js';
import { hashToken, isWellFormedToken } from '../tokens.js';
import { parseQuery } from '../validate.js';

interface Located {
  athlete: AthleteRecord;
  token: string;
}

const located = (res: Response) => res.locals as Located;

/**
 * Finds the token's athlete and calls `admitted` with it in `res.locals`, or
 * sends the 404; a failed lookup goes to `failed` (Express's error handling).
 * On the embedded database the lookup answers at once and the whole request
 * runs without a promise; on PostgreSQL it waits for the query.
 */
function resolveToken(ctx: ServiceContext, req: Request, res: Response, admitted: () => void, failed: NextFunction): void {
  const token = String(req.params.token ?? '');
  if (!isWellFormedToken(token)) return sendNotFound(res);
  const hash = hashToken(token);
  const found = ctx.store.findAthleteByTokenHash(hash);
  // A throw from `admitted` after an asynchronous lookup is an error of this request too, never an unhandled rejection.
  if (found instanceof Promise) found.then((athlete) => admit(athlete, hash, token, res, admitted)).catch(failed);
  else admit(found, hash, token, res, admitted);
}

// Module-level rather than a closure per request: the hot path allocates as little as it can.
function admit(athlete: AthleteRecord | undefined, hash: Buffer, token: string, res: Response, admitted: () => void): void {
  // The lookup is by hash already; the constant-time comparison keeps that true whatever index the database uses.
  if (!athlete || athlete.tokenHash.length !== hash.length || !timingSafeEqual(hash, athlete.tokenHash)) return sendNotFound(res);
  res.locals.athlete = athlete;
  res.locals.token = token;
  admitted();
}

const WINDOW_MS = 60_000;

interface AddressWindow {
  /** When this address's minute ends (it starts at its first request, as express-rate-limit's memory store does). */
  resetAt: number;
  requests: number;
  /** 404 answers: unknown, malformed or revoked tokens, missing files. */
  failures: number;
}

/**
 * The per-address limits of the token links (`feed`: every request;
 * `feedFailures`: 404 answers only), counted in one synchronous step.
 * express-rate-limit, which guards the admin API, cost two asynchronous
 * middlewares, two client-address computations and a hashed RateLimit header
 * per poll: more than the token lookup and the cache together. The rules are
 * its rules (per client address, IPv6 by /56, a window per address, 429 with
 * Retry-After), without the RateLimit headers no calendar client reads.
 */
export class TokenGuard {
  private readonly windows = new Map<string, AddressWindow>();
  private nextSweep = 0;

  constructor(
    private readonly limits: Pick<RateLimitConfig, 'feed' | 'feedFailures'>,
    private readonly now: () => number = Date.now,
    /** Express's "trust proxy": when off, the client is the socket's peer, and X-Forwarded-For need not be parsed. */
    private readonly trustProxy: unknown = false,
  ) {}

  readonly middleware: RequestHandler = (req, res, next) => {
    const now = this.now();
    if (now >= this.nextSweep) this.sweep(now);
    const address = this.trustProxy === false ? req.socket.remoteAddress : req.ip;
    const key = ipKeyGenerator(address ?? '');
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { resetAt: now + WINDOW_MS, requests: 0, failures: 0 };
      this.windows.set(key, window);
    }
    window.requests++;
    if (window.requests > this.limits.feed || window.failures >= this.limits.feedFailures) {
      res.setHeader('Retry-After', String(Math.ceil((window.resetAt - now) / 1000)));
      return sendError(res, new HttpError(429, 'rate_limited', 'Too many requests; slow down and retry later.'));
    }
    const counted = window;
    res.once('finish', () => {
      if (res.statusCode === 404) counted.failures++;
    });
    next();
  };

  /** Forgets addresses whose minute is over, once a minute, so the map holds only this minute's clients. */
  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
    this.nextSweep = now + WINDOW_MS;
  }
}

const guards = new WeakMap<ServiceContext, TokenGuard>();

/** One guard per service, so every route under /a/<token> shares the same counts. */
export function tokenGuard(ctx: ServiceContext): RequestHandler {
  let guard = guards.get(ctx);
  if (!guard) guards.set(ctx, (guard = new TokenGuard(ctx.config.rateLimits, Date.now, ctx.config.trustProxy)));
  return guard.middleware;
}

/** The rate limits and the token lookup every /a/<token> route goes through: `res.locals` gets the athlete and token. */
export function tokenRoute(ctx: ServiceContext): RequestHandler[] {
  return [tokenGuard(ctx), (req, res, next) => resolveToken(ctx, req, res, () => next(), next)];
}

/** Days a schedule download covers when the plan is over: the watch shows about four weeks. */
const SCHEDULE_DAYS = 28;

export function athleteLinkRoutes(ctx: ServiceContext): Router {
  const r = Router();
  const limit = tokenGuard(ctx);
  const guard = tokenRoute(ctx);

  // The hot path, as one handler rather than three: Express dispatches each handler of a route on its own.
  r.get('/a/:token/calendar.ics', (req, res, next) => {
    limit(req, res, () => {
      resolveToken(ctx, req, res, () => {
        const { athlete, token } = located(res);
        // A client that has this version's feed needs no bytes, even if they left the cache.
        const tag = ctx.outputs.feedEtag(athlete);
        if (tag && sendIfNotModified(req, res, tag)) return;
        // Served inline (the artifact has no file name): calendar clients subscribe to it rather than download it.
        const cached = ctx.outputs.cachedFeed(athlete);
        if (cached) return sendArtifact(req, res, cached);
        ctx.outputs
          .feed(athlete, token)
          .then((artifact) => sendArtifact(req, res, artifact))
          .catch(next);
      }, next);
    });
  });

  r.get('/a/:token/sessions/:file', ...guard, (req, res) => {
    const m = /^(.+)\.(fit|tcx)$/.exec(String(req.params.file));
    if (!m) return sendNotFound(res);
    const { athlete } = located(res);
    sendArtifact(req, res, ctx.outputs.session(athlete, m[1]!, m[2] as 'fit' | 'tcx'));
  });

  r.get('/a/:token/schedule.fit', ...guard, (req, res) => {
    const { athlete } = located(res);
    // A watch's calendar shows a few weeks: the schedule starts today; once the plan is over, its last weeks, as the bundle.
    const today = ctx.outputs.today(athlete);
    const plan = ctx.outputs.compiled(athlete);
    let from = today > athlete.start ? today : athlete.start;
    if (!plan.sessions.some((s) => s.date !== undefined && s.date >= from && s.sport !== 'rest')) from = defaultBundleFrom(plan, athlete.start, today, SCHEDULE_DAYS);
    const artifact = ctx.outputs.planFile(athlete, 'fit', MEDIA_TYPES.fit, { from }, `schedule:${from}`, (p) => /schedule/i.test(p));
    sendArtifact(req, res, artifact);
  });

  r.get('/a/:token/bundle.zip', ...guard, (req, res) => {
    const { athlete } = located(res);
    const query = parseQuery(req, bundleQuery);
    const from = query.from ?? defaultBundleFrom(ctx.outputs.compiled(athlete), athlete.start, ctx.outputs.today(athlete), query.days);
    const artifact = ctx.outputs.planFile(athlete, 'zip', MEDIA_TYPES.zip, { from, days: query.days }, `zip:${from}:${query.days}`);
    sendArtifact(req, res, artifact);
  });

  // Anything else under a token: the same 404, but still counted by the limits.
  r.use('/a/:token', limit, (_req, res) => sendNotFound(res));

  return r;
}
