/**
 * The service's mail through a real SMTP server on 127.0.0.1: what a
 * message says in text and HTML (every value escaped), who it is from, and
 * a refusal by the server as a MailError a coach can read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { athleteLinksMail, inviteMail, MailError, mailerFrom, resetMail } from '../../src/mail/index.js';
import { athleteLinks } from '../../src/server/links.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';

let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startSmtp();
});

afterAll(() => smtp.close());

describe('mailerFrom', () => {
  it('is undefined without RUNCAST_SMTP_URL, so the console shows links to copy', () => {
    expect(mailerFrom({})).toBeUndefined();
    expect(mailerFrom({ RUNCAST_SMTP_URL: '  ' })).toBeUndefined();
  });

  it("sends an athlete's links in text and HTML, from RUNCAST_MAIL_FROM, every value escaped", async () => {
    const mailer = mailerFrom({ RUNCAST_SMTP_URL: smtp.url, RUNCAST_MAIL_FROM: 'Club runcast <plans@club.example>' })!;
    const links = athleteLinks('https://runcast.club.example', 'A'.repeat(32));
    await mailer.send('jo@club.example', athleteLinksMail({ name: 'Jo <b>Miles</b>' }, links, { name: 'Casey' }));
    const mail = await smtp.next();
    expect(mail.from?.text).toBe('"Club runcast" <plans@club.example>');
    expect(mail.subject).toBe('Your training plan, Jo <b>Miles</b>');
    expect(mail.text).toContain(links.page);
    expect(mail.text).toContain(links.webcal);
    expect(mail.text).toContain('Casey, your coach,');
    expect(mail.html).toContain(`<a href="${links.feed}">`);
    expect(mail.html).toContain('Jo &lt;b&gt;Miles&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>Miles');
  });

  it('says when the link of an invitation or a reset stops working', () => {
    const invite = inviteMail({ link: 'https://x/console/invite?token=t', invitedBy: 'Olga', role: 'coach', expires: '2026-12-13 10:00 UTC' });
    expect(invite.subject).toBe('Olga invites you to runcast');
    expect(invite.text).toContain('until 2026-12-13 10:00 UTC');
    expect(resetMail({ link: 'https://x/console/reset/password?token=t', expires: '2026-12-06 11:00 UTC' }).text).toContain('https://x/console/reset/password?token=t');
  });

  it("turns the server's refusal into a MailError with its words, without the URL's password", async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, done) {
        done(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const { port } = refusing.server.address() as AddressInfo;
    try {
      const mailer = mailerFrom({ RUNCAST_SMTP_URL: `smtp://user:SMTP-PASSWORD@127.0.0.1:${port}` })!;
      const sent = mailer.send('jo@club.example', resetMail({ link: 'https://x', expires: 'soon' }));
      await expect(sent).rejects.toBeInstanceOf(MailError);
      const message = await sent.catch((e: Error) => e.message);
      expect(message).toMatch(/^The mail server did not take the message: .*mailbox unavailable/);
      expect(message).not.toContain('SMTP-PASSWORD');
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});
