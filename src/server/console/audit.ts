/**
 * The audit log: who changed which athlete, plan, coach or token, and when.
 * Written by the console's account pages and by every change made through
 * the JSON API (`../api-accounts.ts`); read by the owner, newest first.
 */
import { Router } from 'express';
import { z } from 'zod';
import type { ServiceContext } from '../context.js';
import { parseQuery } from '../validate.js';
import { sendConsolePage } from './pages.js';
import type { ConsoleCoach } from './session.js';
import { requireOwner } from './roles.js';

export interface AuditTarget {
  kind: 'athlete' | 'plan' | 'coach' | 'token';
  id: string;
  name?: string;
}

/** Who the admin token's changes are recorded under before there is an owner account. */
export const ADMIN_TOKEN_EMAIL = 'admin token';

export async function audit(ctx: ServiceContext, coach: ConsoleCoach, action: string, target: AuditTarget, detail?: object): Promise<void> {
  await ctx.store.accounts.addAudit({
    at: ctx.now().toISOString(),
    coachId: coach.id || null,
    coachEmail: coach.email || ADMIN_TOKEN_EMAIL,
    action,
    target,
    detail: { ...(detail ?? {}) },
  });
}

const PAGE = 50;
const auditQuery = z.object({ before: z.string().regex(/^\d{1,15}$/).optional() });

/** GET /audit: the owner's view of the log, a page of 50 at a time. */
export function auditRoutes(ctx: ServiceContext): Router {
  const r = Router();
  r.get('/audit', requireOwner, async (req, res) => {
    const { before } = parseQuery(req, auditQuery);
    const page = await ctx.store.accounts.auditPage(PAGE, before);
    sendConsolePage(res, 'audit', { active: 'audit', entries: page.entries, next: page.next, first: before === undefined });
  });
  return r;
}
