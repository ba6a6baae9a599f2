/**
 * The console's pages on a real HTTP server on 127.0.0.1, behind a stand-in for the accounts module: a
 * middleware that sets the signed-in coach and the CSRF token as it does, and refuses (403) any POST whose
 * `_csrf` field is not that token, so every form must carry it. The service under test is the real one
 * (its store, compile thread and athletes' links); sessions and sign-in are tested with the accounts module.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import express from 'express';
import { athleteConsole } from '../../src/server/console/athletes.js';
import { planConsole } from '../../src/server/console/plans.js';
import { formBodies } from '../../src/server/console/view.js';
import { errorHandler } from '../../src/server/errors.js';
import { loadAssets } from '../../src/server/pages/assets.js';
import { publicCompileRoutes } from '../../src/server/routes/compile.js';
import { setSecurityHeaders } from '../../src/server/security-headers.js';
import type { TestService } from '../server/support/service.js';

export const TEST_COACH = { id: 'coach-1', email: 'coach@example.com', name: 'Casey Coach', role: 'owner' as const };
export const TEST_CSRF = 'test-csrf-token-0123456789';

export interface ConsoleUnderTest {
  url: string;
  /** GET a console page. */
  page(path: string): Promise<Response>;
  /** POST a form as a browser does (urlencoded, with the CSRF field unless given), not following the redirect. */
  post(path: string, fields: Record<string, string | string[]>): Promise<Response>;
  close(): Promise<void>;
}

export async function startConsole(svc: TestService): Promise<ConsoleUnderTest> {
  // The coach is a real account: what it creates is recorded under it, and the audit log names it.
  const made = await svc.ctx.store.accounts.createOwner({ id: TEST_COACH.id, email: TEST_COACH.email, name: TEST_COACH.name, passwordHash: null, now: new Date().toISOString() });
  if (made === 'email_taken') throw new Error('the test coach exists already');
  const app = express();
  // The service's own security headers (its content security policy above all), as the console will have them.
  app.use((_req, res, next) => {
    setSecurityHeaders(res);
    next();
  });
  app.use(loadAssets().router);
  // The plan editor reads as the coach types through the playground's compile.
  app.use('/api', publicCompileRoutes(svc.ctx));
  app.use('/console', formBodies, (req, res, next) => {
    res.locals.coach = TEST_COACH;
    res.locals.csrfToken = TEST_CSRF;
    if (req.method === 'POST' && (req.body as { _csrf?: unknown } | undefined)?._csrf !== TEST_CSRF) {
      res.status(403).type('text/plain').send('CSRF token missing or wrong');
      return;
    }
    next();
  });
  app.use('/console', athleteConsole(svc.ctx), planConsole(svc.ctx));
  app.use(errorHandler(svc.ctx.logger));
  const server = createServer(app).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    page: (path) => fetch(`${url}${path}`, { redirect: 'manual' }),
    post: (path, fields) => {
      const body = new URLSearchParams();
      if (!('_csrf' in fields)) body.append('_csrf', TEST_CSRF);
      for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
      return fetch(`${url}${path}`, { method: 'POST', body, redirect: 'manual' });
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
