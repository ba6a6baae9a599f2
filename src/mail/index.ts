/**
 * Mail from the service: invitations, password resets and athletes' links,
 * sent through the SMTP server named by RUNCAST_SMTP_URL (smtp://, or smtps://
 * for TLS from the start; user and password in the URL) from
 * RUNCAST_MAIL_FROM. Without RUNCAST_SMTP_URL there is no mailer, and the
 * console shows each link to copy instead.
 */
import nodemailer from 'nodemailer';

export interface MailMessage {
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the SMTP server took the message; rejects with a MailError saying why it did not. */
  send(to: string, message: MailMessage): Promise<void>;
}

/** The SMTP server refused the message or could not be reached; the message is safe to show a coach. */
export class MailError extends Error {
  override name = 'MailError';
}

export interface MailSettings {
  RUNCAST_SMTP_URL?: string;
  RUNCAST_MAIL_FROM?: string;
}

/** How long a send may wait for the SMTP server before the coach is told it failed. */
const SMTP_TIMEOUT_MS = 15_000;

export function mailerFrom(env: MailSettings): Mailer | undefined {
  const url = env.RUNCAST_SMTP_URL?.trim();
  if (!url) return undefined;
  const from = env.RUNCAST_MAIL_FROM?.trim() || 'runcast <runcast@localhost>';
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    async send(to, message) {
      try {
        await transport.sendMail({ from, to, subject: message.subject, text: message.text, html: message.html });
      } catch (err) {
        // The server's own words (a refused address, a lost connection), never the URL with its password.
        const why = (err as { response?: string; code?: string; message?: string }).response ?? (err as Error).message;
        throw new MailError(`The mail server did not take the message: ${String(why).replace(/\s+/g, ' ').slice(0, 200)}`);
      }
    },
  };
}

export { athleteLinksMail, inviteMail, resetMail } from './messages.js';
