/**
 * The owner's Coaches page: invite a coach by email (the link is mailed, or
 * shown to copy when there is no mail server or the mail failed), see every
 * coach, disable or enable one, withdraw an invitation, and make a password
 * reset link for a coach who cannot receive mail.
 */
import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { inviteMail, resetMail } from '../../mail/index.js';
import type { Coach } from '../../store/accounts.js';
import type { ServiceContext } from '../context.js';
import { audit } from './audit.js';
import { issueLink, trySend, type IssuedLink, type MailOutcome } from './links.js';
import { sendConsoleError, sendConsolePage } from './pages.js';
import { requireOwner } from './roles.js';
import type { ConsoleCoach } from './session.js';

const inviteForm = z.object({
  email: z.string().trim().toLowerCase().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Give an email address such as coach@example.com.'),
  role: z.enum(['coach', 'owner']).default('coach'),
});
const idParams = z.object({ id: z.uuid() });

/** What the page says after an action: a line, and a link to copy when mail did not carry it. */
interface Flash {
  message: string;
  link?: IssuedLink;
  error?: boolean;
}

async function showCoaches(ctx: ServiceContext, res: Response, flash?: Flash, status = 200): Promise<void> {
  const coaches = await ctx.store.accounts.listCoaches();
  sendConsolePage(res, 'coaches', { active: 'coaches', coaches, flash, mail: ctx.mailer !== undefined }, status);
}

function mailed(outcome: MailOutcome, to: string, link: IssuedLink, what: string): Flash {
  return outcome.sent ? { message: `${what} sent to ${to}. The link works once, until ${link.expires}.` } : { message: outcome.reason, link };
}

export function coachRoutes(ctx: ServiceContext): Router {
  const r = Router();
  r.use('/coaches', requireOwner);
  const me = (res: Response) => res.locals.coach as ConsoleCoach;

  r.get('/coaches', (_req, res) => showCoaches(ctx, res));

  r.post('/coaches/invite', async (req, res) => {
    const form = inviteForm.safeParse(req.body);
    if (!form.success) return showCoaches(ctx, res, { message: form.error.issues[0]!.message, error: true }, 400);
    const invited = await invitee(ctx, form.data.email, form.data.role);
    if (!invited) return showCoaches(ctx, res, { message: `${form.data.email} already has an account.`, error: true }, 409);
    const link = await issueLink(ctx, 'invite', invited.id);
    const outcome = await trySend(ctx, invited.email, inviteMail({ link: link.url, invitedBy: me(res).name || me(res).email, role: invited.role, expires: link.expires }));
    await audit(ctx, me(res), 'coach.invite', { kind: 'coach', id: invited.id, name: invited.email }, { role: invited.role, mailed: outcome.sent });
    await showCoaches(ctx, res, mailed(outcome, invited.email, link, 'An invitation'));
  });

  r.post('/coaches/:id/:action', async (req, res) => {
    const params = idParams.safeParse(req.params);
    const coach = params.success ? await ctx.store.accounts.coach(params.data.id) : undefined;
    if (!coach) return sendConsoleError(req, res, 404, 'not_found', 'There is no such coach.');
    const flash = await act(ctx, req, me(res), coach);
    if (!flash) return sendConsoleError(req, res, 404, 'not_found', 'Nothing to do here.');
    await showCoaches(ctx, res, flash, flash.error ? 409 : 200);
  });
  return r;
}

/** A new invited coach, or the same one again when an invitation was not yet accepted; undefined when the email has an account. */
async function invitee(ctx: ServiceContext, email: string, role: 'owner' | 'coach'): Promise<Coach | undefined> {
  const made = await ctx.store.accounts.createCoach({ id: randomUUID(), email, name: '', role, passwordHash: null, now: ctx.now().toISOString() });
  if (made !== 'email_taken') return made;
  const existing = await ctx.store.accounts.coachForSignIn(email);
  return existing && !existing.active ? existing : undefined;
}

async function act(ctx: ServiceContext, req: Request, me: ConsoleCoach, coach: Coach): Promise<Flash | undefined> {
  const target = { kind: 'coach' as const, id: coach.id, name: coach.email };
  const now = ctx.now().toISOString();
  switch (req.params.action) {
    case 'disable':
      if (coach.id === me.id) return { message: 'You cannot disable your own account.', error: true };
      if (!(await ctx.store.accounts.disableCoach(coach.id, now))) return { message: `${coach.email} was already disabled.` };
      await audit(ctx, me, 'coach.disable', target);
      return { message: `${coach.email} is disabled: signed out everywhere, and their API tokens no longer work.` };
    case 'enable':
      await ctx.store.accounts.enableCoach(coach.id);
      await audit(ctx, me, 'coach.enable', target);
      return { message: `${coach.email} can sign in again.` };
    case 'remove':
      if (!(await ctx.store.accounts.removeInvited(coach.id))) return { message: `${coach.email} has accepted the invitation: disable the account instead.`, error: true };
      await audit(ctx, me, 'coach.invitation-withdrawn', target);
      return { message: `The invitation to ${coach.email} is withdrawn.` };
    case 'reset-link': {
      if (!coach.active || coach.disabledAt) return { message: `${coach.email} cannot sign in: there is no password to reset.`, error: true };
      const link = await issueLink(ctx, 'reset', coach.id);
      const outcome = await trySend(ctx, coach.email, resetMail({ link: link.url, expires: link.expires }));
      await audit(ctx, me, 'coach.reset-link', target, { mailed: outcome.sent });
      return mailed(outcome, coach.email, link, 'A password reset link');
    }
    default:
      return undefined;
  }
}
