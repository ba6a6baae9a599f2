/**
 * The athlete's private links under /a/<token>: the page, the calendar feed,
 * FIT, TCX and WorkoutKit (Apple Watch) sessions, the watch schedule and the USB bundle. The token is
 * the only credential. Unknown, malformed and revoked tokens all get the very
 * same 404 as a page that does not exist, so the response says nothing about
 * tokens.
 *
 * A calendar poll of an unchanged feed is most of this service's traffic, so
 * these links are answered on a lean path, before the Express app: the
 * per-address count, one token hash, the store's lookup that also reads the
 * athlete's version (on SQLite answered at once, from memory while nothing
 * was committed), one cache lookup under that version, the conditional
 * request, and the bytes in the coding the client accepts with headers
 * written out in advance (the security block included). The request log line
 * is written as the answer is sent. Anything else, and every other method,
 * goes on to the Express app.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parse as parseQueryString } from 'node:querystring';
import { Router, type RequestHandler } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import proxyaddr from 'proxy-addr';
import type { AthleteRecord } from '../../store/store.js';
import type { RateLimitConfig } from '../config.js';
import type { ServiceContext } from '../context.js';
import { storedPlan } from '../compile-jobs.js';
import { FeedFetches } from '../feed-fetches.js';
import { errorBody, HttpError, sendError, sendFailure, sendNotFound } from '../errors.js';
import { logRequest } from '../logging.js';
import { MEDIA_TYPES, type SessionExtension } from '../outputs.js';
import type { AssetUrls } from '../pages/assets.js';
import { bundleQuery } from '../schemas.js';
import { setSecurityHeaders } from '../security-headers.js';
import { formReady, sendArtifact, sendIfNotModified, type Artifact } from '../send-artifact.js';
import { hashToken, isWellFormedToken } from '../tokens.js';
import { parseQuery } from '../validate.js';
import { athletePage } from './athlete-page.js';

const WINDOW_MS = 60_000;

export interface AddressWindow {
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
  /** Client address → its key (an IPv6 address's /56), worked out once a minute per address. */
  private readonly keys = new Map<string, string>();
  private nextSweep = 0;

  constructor(
    private readonly limits: Pick<RateLimitConfig, 'feed' | 'feedFailures'>,
    private readonly now: () => number = Date.now,
    /** Express's "trust proxy": when off, the client is the socket's peer, and X-Forwarded-For need not be parsed. */
    private readonly trustProxy: unknown = false,
  ) {}

  /** Counts a request from the address; its window, over the limits or not (`retryAfter`). */
  enter(address: string): AddressWindow {
    const now = this.now();
    if (now >= this.nextSweep) this.sweep(now);
    let key = this.keys.get(address);
    if (key === undefined) this.keys.set(address, (key = ipKeyGenerator(address)));
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { resetAt: now + WINDOW_MS, requests: 0, failures: 0 };
      this.windows.set(key, window);
    }
    window.requests++;
    return window;
  }

  /** Seconds until the window lets requests through again, or 0 when it does now. */
  retryAfter(window: AddressWindow): number {
    if (window.requests <= this.limits.feed && window.failures < this.limits.feedFailures) return 0;
    return Math.max(1, Math.ceil((window.resetAt - this.now()) / 1000));
  }

  /** The same limits as Express middleware, for the requests under a token that the lean path leaves to the app. */
  readonly middleware: RequestHandler = (req, res, next) => {
    const address = this.trustProxy === false ? req.socket.remoteAddress : req.ip;
    const window = this.enter(address ?? '');
    const wait = this.retryAfter(window);
    if (wait > 0) {
      res.setHeader('Retry-After', String(wait));
      return void res.status(429).json(errorBody(rateLimited()));
    }
    res.once('finish', () => {
      if (res.statusCode === 404) window.failures++;
    });
    next();
  };

  /** Forgets addresses whose minute is over, once a minute, so the maps hold only this minute's clients. */
  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
    this.keys.clear();
    this.nextSweep = now + WINDOW_MS;
  }
}

const rateLimited = () => new HttpError(429, 'rate_limited', 'Too many requests; slow down and retry later.');

const guards = new WeakMap<ServiceContext, TokenGuard>();

/** One guard per service, so every request under /a/<token> shares the same counts. */
export function tokenGuard(ctx: ServiceContext): TokenGuard {
  let guard = guards.get(ctx);
  if (!guard) guards.set(ctx, (guard = new TokenGuard(ctx.config.rateLimits, Date.now, ctx.config.trustProxy)));
  return guard;
}

/**
 * The links as Express routes them (its defaults: any case, an optional
 * trailing slash, parameters percent-decoded): the page, a file, or a session.
 */
const LINK = /^\/a\/([^/]+)(?:\/(?:(calendar\.ics|schedule\.fit|bundle\.zip)|sessions\/([^/]+)))?\/?$/i;
const SESSION_FILE = /^(.+)\.(fit|tcx|workout)$/;

/** One request on a link, from its arrival to its log line. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  started: number;
  /** The client's address, read as TRUST_PROXY says; and the athlete, once the token matched one. */
  client: string;
  athlete?: string;
  window?: AddressWindow;
  /** The link's file in lower case (`calendar.ics`, …), `sessions/<name>`, or '' for the page. */
  what: string;
  query: string;
}

export class AthleteLinks {
  private readonly guard: TokenGuard;
  private readonly clientAddress: (req: IncomingMessage) => string;
  private readonly fetches: FeedFetches;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly assets: AssetUrls,
    /** Express's compiled "trust proxy", so a client is the address Express's `req.ip` would say. */
    trust: (address: string, hop: number) => boolean,
  ) {
    this.guard = tokenGuard(ctx);
    this.fetches = new FeedFetches(ctx.store, ctx.logger, ctx.writes, () => ctx.now());
    this.clientAddress = ctx.config.trustProxy === false ? (req) => req.socket.remoteAddress ?? '' : (req) => proxyaddr(req, trust);
  }

  /** Answers the request if it is a GET or HEAD of an athlete link; false when it is the Express app's. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '';
    // "/a/" or "/A/": anything else is not a link, decided without a regular expression.
    if (url.charCodeAt(0) !== 47 || (url.charCodeAt(1) | 32) !== 97 || url.charCodeAt(2) !== 47) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const q = url.indexOf('?');
    const m = LINK.exec(q < 0 ? url : url.slice(0, q));
    if (!m) return false;
    const x: Exchange = { req, res, started: performance.now(), client: this.clientAddress(req), what: '', query: q < 0 ? '' : url.slice(q + 1) };
    let token: string;
    try {
      token = decodeParam(m[1]!);
      x.what = m[2] !== undefined ? m[2].toLowerCase() : m[3] !== undefined ? `sessions/${decodeParam(m[3])}` : '';
    } catch (err) {
      // A badly encoded parameter never reaches a route in Express either: 400, not counted by the limits.
      this.fail(x, err);
      return true;
    }
    x.window = this.guard.enter(x.client);
    const wait = this.guard.retryAfter(x.window);
    if (wait > 0) {
      this.prepare(x);
      setSecurityHeaders(res);
      res.setHeader('Retry-After', String(wait));
      sendError(res, rateLimited());
      this.done(x, Number(res.getHeader('content-length') ?? 0));
      return true;
    }
    if (!isWellFormedToken(token)) {
      this.notFound(x);
      return true;
    }
    const hash = hashToken(token);
    let found;
    try {
      found = this.ctx.store.findAthleteByTokenHash(hash);
    } catch (err) {
      this.fail(x, err);
      return true;
    }
    if (found instanceof Promise) found.then((athlete) => this.admit(x, athlete, hash, token), (err: unknown) => this.fail(x, err));
    else this.admit(x, found, hash, token);
    return true;
  }

  private admit(x: Exchange, athlete: AthleteRecord | undefined, hash: Buffer, token: string): void {
    // The lookup is by hash already; the constant-time comparison keeps that true whatever index the database uses.
    if (!athlete || athlete.tokenHash.length !== hash.length || !timingSafeEqual(hash, athlete.tokenHash)) return this.notFound(x);
    x.athlete = athlete.id;
    try {
      const answer = this.route(x, athlete, token);
      if (answer instanceof Promise) answer.then((artifact) => this.send(x, artifact), (err: unknown) => this.fail(x, err));
      else if (answer) this.send(x, answer);
    } catch (err) {
      this.fail(x, err);
    }
  }

  /** The artifact to send, or undefined when the answer was sent already (a 304, a 404). */
  private route(x: Exchange, athlete: AthleteRecord, token: string): Artifact | Promise<Artifact> | undefined {
    const outputs = this.ctx.outputs;
    switch (x.what) {
      case 'calendar.ics': {
        // A client that has this version's feed needs no bytes, even if they left the cache.
        const validators = outputs.feedValidators(athlete);
        if (validators) {
          this.prepare(x);
          if (sendIfNotModified(x.req, x.res, validators)) return void this.done(x, 0);
        }
        // Written on the compile thread, served inline (the artifact has no file name): calendar clients subscribe to it.
        return outputs.cachedFeed(athlete) ?? outputs.feed(athlete, token);
      }
      case '':
        return athletePage(this.ctx, this.assets, athlete, token);
      case 'schedule.fit': {
        // Written on the compile thread; a schedule depends on the version and the day only.
        const today = outputs.today(athlete);
        return outputs.fileFrom(athlete, `schedule:${today}`, MEDIA_TYPES.fit, () =>
          this.ctx.compiler.run({ kind: 'file', file: 'schedule', today, ...storedPlan(athlete) }),
        );
      }
      case 'bundle.zip': {
        const query = parseQuery({ query: parseQueryString(x.query) }, bundleQuery);
        const today = outputs.today(athlete);
        const from = query.from ?? `today:${today}`;
        return outputs.fileFrom(athlete, `zip:${from}:${query.days}`, MEDIA_TYPES.zip, () =>
          this.ctx.compiler.run({ kind: 'file', file: 'bundle', today, days: query.days, ...(query.from ? { from: query.from } : {}), ...storedPlan(athlete) }),
        );
      }
      default: {
        const m = SESSION_FILE.exec(x.what.slice('sessions/'.length));
        if (!m) return void this.notFound(x);
        return outputs.session(athlete, m[1]!, m[2] as SessionExtension);
      }
    }
  }

  /** What every answer carries whatever it is: the security block, and Connection: close while draining. */
  private prepare(x: Exchange): void {
    if (this.ctx.draining) x.res.setHeader('Connection', 'close');
  }

  private send(x: Exchange, artifact: Artifact): void {
    // The first request for a coding waits for it to be compressed off this thread.
    const ready = formReady(x.req, artifact);
    if (ready) return void ready.then(() => this.send(x, artifact), (err: unknown) => this.fail(x, err));
    this.prepare(x);
    this.done(x, sendArtifact(x.req, x.res, artifact));
  }

  private notFound(x: Exchange): void {
    this.prepare(x);
    setSecurityHeaders(x.res);
    sendNotFound(x.res);
    this.done(x, Number(x.res.getHeader('content-length') ?? 0));
  }

  private fail(x: Exchange, err: unknown): void {
    if (!x.res.headersSent) {
      this.prepare(x);
      setSecurityHeaders(x.res);
    }
    sendFailure(x.res, err, this.ctx.logger, this.ctx.writes);
    this.done(x, Number(x.res.getHeader('content-length') ?? 0));
  }

  /** The answer is sent: 404s count against the address, a feed answered is noted for the coach, and the request is logged. */
  private done(x: Exchange, bytes: number): void {
    const status = x.res.statusCode;
    if (status === 404 && x.window) x.window.failures++;
    if (x.athlete && x.what === 'calendar.ics' && (status === 200 || status === 304)) this.fetches.fetched(x.athlete);
    logRequest(this.ctx.requestLog, x.req.method, x.req.url ?? '', x.res.statusCode, x.started, bytes, { athlete: x.athlete, client: x.client, userAgent: x.req.headers['user-agent'] });
  }
}

function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new HttpError(400, 'bad_request', 'The request is not valid.');
  }
}

/**
 * What the lean path leaves under a token (other methods, other paths): the
 * same 404, still counted by the limits.
 */
export function athleteLinkFallback(ctx: ServiceContext): Router {
  const r = Router();
  r.use('/a/:token', tokenGuard(ctx).middleware, (_req, res) => sendNotFound(res));
  return r;
}
