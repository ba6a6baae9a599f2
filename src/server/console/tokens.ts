/**
 * A coach's API tokens for the JSON API: made with a name, shown once (only
 * the hash is kept), listed with when they were last used, and revoked. A
 * token reaches what its coach reaches.
 */
import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { ServiceContext } from '../context.js';
import { hashToken, newToken } from '../tokens.js';
import { audit } from './audit.js';
import { sendConsoleError, sendConsolePage } from './pages.js';
import type { ConsoleCoach } from './session.js';

const tokenForm = z.object({ name: z.string().trim().min(1, 'Give the token a name, such as "laptop" or "spreadsheet import".').max(80) });
const idParams = z.object({ id: z.uuid() });

async function showTokens(ctx: ServiceContext, res: Response, extra: object = {}, status = 200): Promise<void> {
  const coach = res.locals.coach as ConsoleCoach;
  const tokens = await ctx.store.accounts.apiTokens(coach.id);
  sendConsolePage(res, 'tokens', { active: 'tokens', tokens, apiUrl: `${ctx.publicUrl()}/api`, ...extra }, status);
}

export function tokenRoutes(ctx: ServiceContext): Router {
  const r = Router();
  const me = (res: Response) => res.locals.coach as ConsoleCoach;

  r.get('/tokens', (_req, res) => showTokens(ctx, res));

  r.post('/tokens', async (req, res) => {
    const form = tokenForm.safeParse(req.body);
    if (!form.success) return showTokens(ctx, res, { error: form.error.issues[0]!.message }, 400);
    const token = newToken();
    const made = await ctx.store.accounts.createApiToken({ id: randomUUID(), coachId: me(res).id, name: form.data.name, tokenHash: hashToken(token), now: ctx.now().toISOString() });
    await audit(ctx, me(res), 'token.create', { kind: 'token', id: made.id, name: made.name });
    await showTokens(ctx, res, { created: { name: made.name, token } });
  });

  r.post('/tokens/:id/revoke', async (req, res) => {
    const params = idParams.safeParse(req.params);
    const name = params.success ? await ctx.store.accounts.revokeApiToken(me(res).id, params.data.id, ctx.now().toISOString()) : undefined;
    if (name === undefined) return sendConsoleError(req, res, 404, 'not_found', 'You have no such token, or it was revoked already.');
    await audit(ctx, me(res), 'token.revoke', { kind: 'token', id: params.data!.id, name });
    await showTokens(ctx, res, { notice: `The token "${name}" is revoked: it no longer works.` });
  });
  return r;
}
