/**
 * "Send by email": an athlete's links to an address the coach gives. Mail needs the service's mailer
 * (SMTP set by environment), which this module does not open: without one the coach is told mail is not
 * configured and copies the links from the page instead.
 */
import type { AthleteRecord } from '../../store/store.js';
import type { ServiceContext } from '../context.js';
import type { AthleteLinks } from '../links.js';

export type LinksSent = { sent: true; to: string } | { sent: false; reason: string };

export async function sendAthleteLinks(_ctx: ServiceContext, _athlete: AthleteRecord, _links: AthleteLinks, _to: string): Promise<LinksSent> {
  return { sent: false, reason: 'Mail is not configured on this server: copy the links below and send them yourself.' };
}
