/**
 * The coach's console under /console: sessions and CSRF first, then the
 * pages that need no session (sign-in, invitations, password reset), then
 * the signed-in pages (the account pages here; athletes and plans in
 * `athletes.ts` and `plans.ts`, each scoped to the coach through `scope.ts`).
 */
import { Router, type ErrorRequestHandler } from 'express';
import { HttpError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { athleteConsole } from './athletes.js';
import { auditRoutes } from './audit.js';
import { planConsole } from './plans.js';
import { authRoutes } from './auth.js';
import { coachRoutes } from './coaches.js';
import { consoleSessions, requireCoach } from './session.js';
import { tokenRoutes } from './tokens.js';
import { sendConsoleError } from './pages.js';

export function consoleApp(ctx: ServiceContext): Router {
  const r = Router();
  r.use((_req, res, next) => {
    // Pages with CSRF tokens and one-time links: no cache may keep them.
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  r.use(...consoleSessions(ctx));
  r.use(authRoutes(ctx));
  r.use(requireCoach);
  r.get('/', (_req, res) => res.redirect(303, '/console/athletes'));
  r.use(coachRoutes(ctx));
  r.use(tokenRoutes(ctx));
  r.use(auditRoutes(ctx));
  r.use(athleteConsole(ctx));
  r.use(planConsole(ctx));
  r.use((req, res) => sendConsoleError(req, res, 404, 'not_found', 'There is no such page in the console.'));
  // A refusal of the request (a bad query, a body too large) is a page too; anything else goes on to the service's handler.
  r.use(((err, req, res, next) => {
    if (err instanceof HttpError && err.status < 500) return sendConsoleError(req, res, err.status, err.code, err.message);
    next(err);
  }) as ErrorRequestHandler);
  return r;
}
