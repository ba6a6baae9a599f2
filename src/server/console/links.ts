/**
 * One-time links for coaches: the owner's set-up, an invitation, a password
 * reset. The token is in the link's query (never in a log line: request
 * lines drop the query) and only its sha256 is stored.
 */
import type { LinkPurpose } from '../../store/accounts.js';
import { MailError, type MailMessage } from '../../mail/index.js';
import type { ServiceContext } from '../context.js';
import { hashToken, newToken } from '../tokens.js';

const HOUR = 60 * 60 * 1000;
/** How long each kind of link works: a reset briefly, an invitation for a week. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = { owner: 7 * 24 * HOUR, invite: 7 * 24 * HOUR, reset: 1 * HOUR };

export interface IssuedLink {
  url: string;
  /** When it stops working, as a person reads it (UTC). */
  expires: string;
}

export function linkPath(purpose: LinkPurpose): string {
  return purpose === 'reset' ? '/console/reset/password' : '/console/invite';
}

export async function issueLink(ctx: Pick<ServiceContext, 'store' | 'now' | 'publicUrl'>, purpose: LinkPurpose, coachId: string | null): Promise<IssuedLink> {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await ctx.store.accounts.createLink({ tokenHash: hashToken(token), purpose, coachId, now: now.toISOString(), expiresAt: expiresAt.toISOString() });
  return { url: `${ctx.publicUrl()}${linkPath(purpose)}?token=${token}`, expires: `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` };
}

/** What became of a message: sent, not sent for a reason a coach can read, or no mail server to send it. */
export type MailOutcome = { sent: true } | { sent: false; reason: string };

export const NO_MAIL = 'This runcast sends no mail (RUNCAST_SMTP_URL is not set): copy the link and send it yourself.';

export async function trySend(ctx: ServiceContext, to: string, message: MailMessage): Promise<MailOutcome> {
  if (!ctx.mailer) return { sent: false, reason: NO_MAIL };
  try {
    await ctx.mailer.send(to, message);
    return { sent: true };
  } catch (err) {
    if (!(err instanceof MailError)) throw err;
    ctx.logger.warn({ reason: err.message }, 'mail not sent');
    return { sent: false, reason: `${err.message} Copy the link and send it yourself.` };
  }
}

/**
 * On a start with no coach account and no owner set-up link waiting: a new
 * link, to print once (like the admin token). Undefined otherwise.
 */
export async function ownerSetupLink(ctx: ServiceContext): Promise<IssuedLink | undefined> {
  if ((await ctx.store.accounts.countCoaches()) > 0) return undefined;
  if (await ctx.store.accounts.ownerLinkOpen(ctx.now().toISOString())) return undefined;
  return issueLink(ctx, 'owner', null);
}
