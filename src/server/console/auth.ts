/**
 * Signing in and out, accepting an invitation (or setting up the owner), and
 * resetting a forgotten password. A failed sign-in says the same thing and
 * takes the same time whether or not the email has an account; attempts are
 * limited per address and per email.
 */
import { randomUUID } from 'node:crypto';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { resetMail } from '../../mail/index.js';
import type { Coach } from '../../store/accounts.js';
import type { ServiceContext } from '../context.js';
import { hashToken } from '../tokens.js';
import { audit } from './audit.js';
import { issueLink, linkPath, trySend } from './links.js';
import { sendConsoleError, sendConsolePage } from './pages.js';
import { hashPassword, MAX_PASSWORD, MIN_PASSWORD, passwordMatches, passwordProblem } from './passwords.js';
import { consoleCoach, csrfTokenFor, renewCsrfToken, SESSION_COOKIE } from './session.js';

const email = z.string().trim().toLowerCase().min(3).max(254).regex(/^[^\s@]+@[^\s@]+$/, 'not an email address');
const signInForm = z.object({ email: z.string().trim().max(254), password: z.string().max(4 * MAX_PASSWORD), next: z.string().max(2000).optional() });
const tokenQuery = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32}$/) });
const setPasswordForm = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{32}$/),
  password: z.string(),
  name: z.string().trim().min(1, 'Give your name.').max(100).optional(),
  email: email.optional(),
});

const FAILED = 'That email and password do not match an account that can sign in.';
const WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins for one email in WINDOW_MS before it is locked for the rest of the window. */
export const SIGN_IN_FAILURES_PER_EMAIL = 5;
const RESETS_PER_EMAIL = 3;

/** Where to go after signing in: a console page of this service, never another site. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/console(?:[/?#]|$)/.test(next) && !/[\\\s]/.test(next) ? next : '/console';
}

/** A new session id for the coach (the one used before signing in is dropped), with a new CSRF token. */
export function startSession(req: Request, coachId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.regenerate((err) => {
      if (err) return reject(err);
      req.session.coachId = coachId;
      renewCsrfToken(req);
      req.session.save((e) => (e ? reject(e) : resolve()));
    });
  });
}

function limiter(windowMs: number, limit: number, key: ((req: Request) => string) | undefined, countAll: boolean, message: string): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: false,
    legacyHeaders: false,
    ...(key ? { keyGenerator: key } : {}),
    ...(countAll ? {} : { skipSuccessfulRequests: true, requestWasSuccessful: (_req, res) => res.statusCode < 400 }),
    handler: (req, res) => {
      res.setHeader('Retry-After', String(Math.ceil(windowMs / 1000)));
      sendConsoleError(req, res, 429, 'rate_limited', message);
    },
  });
}

const emailKey = (req: Request) => `email:${String((req.body as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase()}`;

export function authRoutes(ctx: ServiceContext): Router {
  const r = Router();
  const tooMany = `Too many sign-in attempts. Wait ${WINDOW_MS / 60_000} minutes and try again, or reset your password.`;
  const signInLimits = [
    limiter(60_000, ctx.config.rateLimits.authFailures, undefined, false, tooMany),
    limiter(WINDOW_MS, SIGN_IN_FAILURES_PER_EMAIL, emailKey, false, tooMany),
  ];
  const resetLimits = [
    limiter(60_000, ctx.config.rateLimits.authFailures, undefined, true, 'Too many password reset requests. Wait a minute and try again.'),
    limiter(WINDOW_MS, RESETS_PER_EMAIL, emailKey, true, `Too many password reset requests for this email. Wait ${WINDOW_MS / 60_000} minutes and try again.`),
  ];

  r.get('/sign-in', (req, res) => {
    const next = safeNext(req.query.next);
    if (res.locals.sessionCoach) return res.redirect(303, next);
    const notice = req.query.reset === '1' ? 'Your password is set: sign in with it.' : undefined;
    sendConsolePage(res, 'sign-in', { csrfToken: csrfTokenFor(req), next, notice });
  });

  r.post('/sign-in', ...signInLimits, async (req, res) => {
    const form = signInForm.safeParse(req.body);
    const given = form.success ? form.data : { email: '', password: '', next: undefined };
    const found = given.email ? await ctx.store.accounts.coachForSignIn(given.email) : undefined;
    // The hash is checked in every case, so that a refusal takes as long whoever it is for.
    const matches = await passwordMatches(found?.passwordHash, given.password);
    if (!found || !matches || found.disabledAt || !found.active) {
      return sendConsolePage(res, 'sign-in', { csrfToken: csrfTokenFor(req), next: safeNext(given.next), email: given.email, error: FAILED }, 401);
    }
    await startSession(req, found.id);
    await audit(ctx, consoleCoach(found), 'coach.sign-in', { kind: 'coach', id: found.id, name: found.name });
    res.redirect(303, safeNext(given.next));
  });

  r.post('/sign-out', (req, res, next) => {
    req.session.destroy((err) => {
      if (err) return next(err);
      res.clearCookie(SESSION_COOKIE, { path: '/console' });
      res.redirect(303, '/console/sign-in');
    });
  });

  r.get('/invite', (req, res) => showSetPassword(ctx, req, res, 'invite'));
  r.post('/invite', (req, res) => setPassword(ctx, req, res, 'invite'));
  r.get('/reset/password', (req, res) => showSetPassword(ctx, req, res, 'reset'));
  r.post('/reset/password', (req, res) => setPassword(ctx, req, res, 'reset'));

  r.get('/reset', (req, res) => sendConsolePage(res, 'reset-request', { csrfToken: csrfTokenFor(req) }));
  r.post('/reset', ...resetLimits, async (req, res) => {
    const given = email.safeParse((req.body as { email?: unknown } | undefined)?.email);
    if (!ctx.mailer) {
      return sendConsolePage(res, 'message', { title: 'Ask your owner', message: 'This runcast sends no mail, so it cannot send you a link. Ask an owner of this runcast for a password reset link (from the Coaches page).' });
    }
    const coach = given.success ? await ctx.store.accounts.coachForSignIn(given.data) : undefined;
    if (coach && coach.active && !coach.disabledAt) {
      const link = await issueLink(ctx, 'reset', coach.id);
      await trySend(ctx, coach.email, resetMail({ link: link.url, expires: link.expires }));
    }
    // The same answer whether or not the email has an account.
    sendConsolePage(res, 'message', { title: 'Check your mail', message: 'If that email has an account, a link to choose a new password is on its way. It works once, for an hour. If no message arrives, ask an owner of this runcast for a reset link.' });
  });
  return r;
}

const GONE = 'This link has expired or has already been used. Ask for a new one.';

async function showSetPassword(ctx: ServiceContext, req: Request, res: Response, via: 'invite' | 'reset'): Promise<void> {
  const query = tokenQuery.safeParse(req.query);
  const link = query.success ? await ctx.store.accounts.openLink(hashToken(query.data.token), ctx.now().toISOString()) : undefined;
  if (!link || (via === 'reset') !== (link.purpose === 'reset')) return sendConsoleError(req, res, 404, 'link_gone', GONE);
  sendConsolePage(res, 'set-password', { ...formView(req, link.purpose, query.data!.token), email: link.coach?.email, name: link.coach?.name || undefined });
}

function formView(req: Request, purpose: 'owner' | 'invite' | 'reset', token: string) {
  return { csrfToken: csrfTokenFor(req), purpose, token, action: linkPath(purpose), minPassword: MIN_PASSWORD };
}

async function setPassword(ctx: ServiceContext, req: Request, res: Response, via: 'invite' | 'reset'): Promise<void> {
  const form = setPasswordForm.safeParse(req.body);
  const now = ctx.now().toISOString();
  const link = form.success ? await ctx.store.accounts.openLink(hashToken(form.data.token), now) : undefined;
  if (!form.success || !link || (via === 'reset') !== (link.purpose === 'reset')) {
    const problem = !form.success && link ? form.error.issues[0]!.message : GONE;
    return sendConsoleError(req, res, link ? 400 : 404, 'link_gone', problem);
  }
  const f = form.data;
  const address = link.coach?.email ?? f.email ?? '';
  const refuse = (error: string) => sendConsolePage(res, 'set-password', { ...formView(req, link.purpose, f.token), email: address, name: f.name, error }, 400);
  const problem = passwordProblem(f.password, address) ?? (link.purpose !== 'reset' && !f.name ? 'Give your name.' : undefined) ?? (link.purpose === 'owner' && !f.email ? 'Give the email you will sign in with.' : undefined);
  if (problem) return refuse(problem);
  const passwordHash = await hashPassword(f.password);
  const coach = await redeem(ctx, link.purpose, f, passwordHash, now);
  if (coach === 'email_taken') return refuse('That email already has an account: sign in with it, or choose another.');
  if (coach === 'owner_exists') return sendConsoleError(req, res, 409, 'owner_exists', 'This runcast has an owner already: sign in, or ask the owner for an invitation.');
  if (!coach) return sendConsoleError(req, res, 404, 'link_gone', GONE);
  const action = link.purpose === 'owner' ? 'coach.owner-created' : link.purpose === 'invite' ? 'coach.joined' : 'coach.password-reset';
  await audit(ctx, consoleCoach(coach), action, { kind: 'coach', id: coach.id, name: coach.name });
  if (link.purpose === 'reset') return void res.redirect(303, '/console/sign-in?reset=1');
  await startSession(req, coach.id);
  res.redirect(303, '/console');
}

function redeem(ctx: ServiceContext, purpose: 'owner' | 'invite' | 'reset', f: z.infer<typeof setPasswordForm>, passwordHash: string, now: string): Promise<Coach | 'email_taken' | 'owner_exists' | undefined> {
  const tokenHash = hashToken(f.token);
  if (purpose === 'owner') return ctx.store.accounts.redeemOwnerLink(tokenHash, { id: randomUUID(), email: f.email!, name: f.name!, passwordHash, now });
  return ctx.store.accounts.redeemLink(tokenHash, purpose, { passwordHash, ...(f.name ? { name: f.name } : {}) }, now);
}
