/**
 * The console's sessions: express-session with its sessions in runcast's own
 * database (every instance and worker sees the same, and they survive a
 * restart), keyed there by the sha256 of the session id, and csrf-sync's
 * synchroniser token checked on every state-changing request. The cookie
 * `runcast_session` is HttpOnly, SameSite=Lax, limited to /console, and
 * Secure when PUBLIC_URL is https.
 */
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import express, { type Request, type RequestHandler, type Response } from 'express';
import session from 'express-session';
import { csrfSync } from 'csrf-sync';
import type { Accounts, Coach } from '../../store/accounts.js';
import type { ServiceContext } from '../context.js';
import { sendConsoleError } from './pages.js';

declare module 'express-session' {
  interface SessionData {
    coachId?: string;
  }
}

/** What every signed-in handler reads from `res.locals.coach`. */
export interface ConsoleCoach {
  id: string;
  email: string;
  name: string;
  role: 'owner' | 'coach';
}

export const SESSION_COOKIE = 'runcast_session';
/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
const SECRET_SETTING = 'console_session_secret';
const PRUNE_EVERY_MS = 10 * 60 * 1000;

const sidHash = (sid: string) => hash('sha256', sid, 'buffer');

/** express-session's Store over the accounts tables. */
export class DatabaseSessionStore extends session.Store {
  private lastPrune = 0;

  constructor(private readonly accounts: Accounts) {
    super();
  }

  override get(sid: string, done: (err: unknown, data?: session.SessionData | null) => void): void {
    this.accounts.session(sidHash(sid), new Date().toISOString()).then(
      (data) => done(null, data ? (JSON.parse(data) as session.SessionData) : null),
      (err) => done(err),
    );
  }

  override set(sid: string, data: session.SessionData, done?: (err?: unknown) => void): void {
    const now = Date.now();
    const work = this.accounts.saveSession(sidHash(sid), JSON.stringify(data), data.coachId ?? null, expiry(data, now));
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      void this.accounts.pruneSessions(new Date(now).toISOString()).catch(() => undefined);
    }
    work.then(() => done?.(), (err) => done?.(err));
  }

  override touch(sid: string, data: session.SessionData, done?: () => void): void {
    // A failed touch only shortens the session; the request goes on.
    this.accounts.touchSession(sidHash(sid), expiry(data, Date.now())).then(() => done?.(), () => done?.());
  }

  override destroy(sid: string, done?: (err?: unknown) => void): void {
    this.accounts.destroySession(sidHash(sid)).then(() => done?.(), (err) => done?.(err));
  }
}

function expiry(data: session.SessionData, now: number): string {
  const expires = data.cookie?.expires;
  return (expires ? new Date(expires) : new Date(now + SESSION_IDLE_MS)).toISOString();
}

const csrf = csrfSync({
  size: 32,
  getTokenFromRequest: (req) => {
    const header = req.get('x-csrf-token');
    if (header) return header;
    const field = (req.body as Record<string, unknown> | undefined)?._csrf;
    return typeof field === 'string' ? field : undefined;
  },
});

/** The session's CSRF token, made on first use; every form sends it back as `_csrf`, every fetch as `x-csrf-token`. */
export function csrfTokenFor(req: Request): string {
  return csrf.generateToken(req);
}

/** A fresh token: after signing in, a token seen before is no longer accepted. */
export function renewCsrfToken(req: Request): string {
  return csrf.generateToken(req, true);
}

function csrfValid(req: Request): boolean {
  const sent = csrf.getTokenFromRequest(req);
  const kept = req.session ? csrf.getTokenFromState(req) : undefined;
  if (typeof sent !== 'string' || typeof kept !== 'string') return false;
  const [a, b] = [Buffer.from(sent), Buffer.from(kept)];
  return a.length === b.length && timingSafeEqual(a, b);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The session middleware, made once the shared signing secret is read (or made) in the database. */
function sessionMiddleware(ctx: ServiceContext): RequestHandler {
  let made: Promise<RequestHandler> | undefined;
  const make = async () => {
    const secret = await ctx.store.setSettingIfAbsent(SECRET_SETTING, randomBytes(32).toString('base64url'));
    return session({
      name: SESSION_COOKIE,
      secret,
      store: new DatabaseSessionStore(ctx.store.accounts),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      // The Secure flag follows PUBLIC_URL; behind a proxy that ends TLS, TRUST_PROXY lets the cookie be sent.
      cookie: { path: '/console', httpOnly: true, sameSite: 'lax', secure: ctx.publicUrl().startsWith('https:'), maxAge: SESSION_IDLE_MS },
    });
  };
  return (req, res, next) => {
    made ??= make();
    made.then((handler) => handler(req, res, next), (err) => {
      made = undefined;
      next(err);
    });
  };
}

/** Reads the signed-in coach for this request: one still enabled and with a password. */
function loadCoach(ctx: ServiceContext): RequestHandler {
  return (req, res, next) => {
    const id = req.session?.coachId;
    if (!id) return next();
    ctx.store.accounts.coach(id).then((coach) => {
      if (coach && coach.active && !coach.disabledAt) res.locals.sessionCoach = consoleCoach(coach);
      else delete req.session.coachId;
      next();
    }, next);
  };
}

export function consoleCoach(coach: Coach): ConsoleCoach {
  return { id: coach.id, email: coach.email, name: coach.name, role: coach.role };
}

/** Every state-changing request carries the session's CSRF token: 403 otherwise. */
const checkCsrf: RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method) || csrfValid(req)) return next();
  sendConsoleError(req, res, 403, 'csrf', 'This form has expired or did not come from runcast. Go back, reload the page and try again.');
};

/** Body parsing, the session, the signed-in coach and the CSRF check, in that order, for everything under /console. */
export function consoleSessions(ctx: ServiceContext): RequestHandler[] {
  return [
    express.urlencoded({ extended: false, limit: ctx.config.bodyLimit }),
    express.json({ limit: ctx.config.bodyLimit, strict: true }),
    sessionMiddleware(ctx),
    loadCoach(ctx),
    checkCsrf,
  ];
}

function wantsJson(req: Request): boolean {
  return (req.get('accept') ?? '').includes('application/json');
}

/**
 * Lets only a signed-in coach through, with `res.locals.coach` and
 * `res.locals.csrfToken` set. Without a session a page is sent to sign in
 * (and back here after); a JSON request gets 401.
 */
export const requireCoach: RequestHandler = (req, res, next) => {
  const coach = (res as Response<unknown, { sessionCoach?: ConsoleCoach }>).locals.sessionCoach;
  if (coach) {
    res.locals.coach = coach;
    res.locals.csrfToken = csrfTokenFor(req);
    return next();
  }
  if (wantsJson(req)) return sendConsoleError(req, res, 401, 'unauthorized', 'Sign in to the console first.');
  const next_ = req.method === 'GET' ? req.originalUrl : '/console';
  res.redirect(303, `/console/sign-in?next=${encodeURIComponent(next_)}`);
};

export { wantsJson };
