/**
 * "Send by email": an athlete's links to an address the coach gives, through the service's mailer (SMTP set
 * by environment). Without one, or when the mail server refuses, the coach is told why and copies the links
 * from the page instead: never a 500.
 */
import { athleteLinksMail } from '../../mail/index.js';
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import type { AthleteLinks } from '../links.js';
import { trySend } from './links.js';

export type LinksSent = { sent: true; to: string } | { sent: false; reason: string };

export async function sendAthleteLinks(ctx: ServiceContext, athlete: AthleteRecord, links: AthleteLinks, to: string, coach?: { name: string }): Promise<LinksSent> {
  const outcome = await trySend(ctx, to, athleteLinksMail(athlete, links, coach));
  return outcome.sent ? { sent: true, to } : { sent: false, reason: outcome.reason };
}
