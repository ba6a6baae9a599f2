/** The service's messages, each as plain text and as simple HTML (every value escaped). */
import type { AthleteLinks } from '../server/links.js';
import type { MailMessage } from './index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Paragraphs and links, the same words in both parts. */
type Part = string | { label: string; url: string };

function message(subject: string, parts: Part[]): MailMessage {
  const text = parts.map((p) => (typeof p === 'string' ? p : `${p.label}:\n${p.url}`)).join('\n\n');
  const body = parts.map((p) => (typeof p === 'string' ? `<p>${esc(p)}</p>` : `<p>${esc(p.label)}:<br><a href="${esc(p.url)}">${esc(p.url)}</a></p>`)).join('\n');
  const html = `<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em">\n${body}\n</body></html>`;
  return { subject, text: `${text}\n`, html };
}

export function inviteMail(input: { link: string; invitedBy: string; role: 'owner' | 'coach'; expires: string }): MailMessage {
  return message(`${input.invitedBy} invites you to runcast`, [
    `${input.invitedBy} invites you to coach on runcast${input.role === 'owner' ? ' as an owner' : ''}.`,
    { label: 'Choose your name and password here', url: input.link },
    `The link works once, until ${input.expires}. If you did not expect this, ignore this message.`,
  ]);
}

export function resetMail(input: { link: string; expires: string }): MailMessage {
  return message('Your runcast password', [
    'Someone (we hope you) asked to set a new password for your runcast account.',
    { label: 'Choose a new password here', url: input.link },
    `The link works once, until ${input.expires}. If you did not ask, ignore this message: your password stays as it is.`,
  ]);
}

/** An athlete's links, from their coach: the page, the calendar to subscribe to, the watch files. */
export function athleteLinksMail(athlete: { name: string }, links: AthleteLinks, coach?: { name: string }): MailMessage {
  const from = coach?.name ? `${coach.name}, your coach,` : 'Your coach';
  return message(`Your training plan, ${athlete.name}`, [
    `Hello ${athlete.name}, ${from} has put your training plan on runcast.`,
    { label: 'Your plan, today and week by week', url: links.page },
    { label: 'Subscribe to it in your calendar', url: links.webcal },
    { label: 'Or add this address as a calendar subscription', url: links.feed },
    { label: 'Workouts for your watch (FIT, four weeks)', url: links.bundle },
    'These links are yours alone: anyone who has them can see your plan.',
  ]);
}
