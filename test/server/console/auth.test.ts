/**
 * The ways into the console, end to end over real HTTP with a real SMTP
 * server on 127.0.0.1: the owner's set-up link printed at the first start,
 * an invitation received by mail whose link makes the coach, a password
 * reset by mail, a mail server that fails (a clear message and the link to
 * copy, never a 500), no mail server at all, and sign-in limited per email
 * and per address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { banner } from '../../../src/server/banner.js';
import { removeDir, startTestService, type TestService } from '../support/service.js';
import { ConsoleBrowser, linkIn, pathOf } from '../support/console.js';
import { startSmtp, type TestSmtp } from '../../helpers/smtp.js';
import { makeCoach, PASSWORD } from './support.js';

let smtp: TestSmtp;
let svc: TestService;

beforeAll(async () => {
  smtp = await startSmtp();
  svc = await startTestService({ config: { smtpUrl: smtp.url, mailFrom: 'runcast <runcast@club.example>' } });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
  await smtp.close();
});

describe('the first owner', () => {
  it('is made with the set-up link printed once at the first start; the link then works no more', async () => {
    const link = svc.console.ownerLink!;
    expect(link.url).toMatch(/\/console\/invite\?token=[A-Za-z0-9_-]{32}$/);
    const text = banner({ url: svc.url, publicUrl: svc.ctx.publicUrl(), dataDir: svc.dir, admin: svc.ctx.admin, workers: 1, console: svc.console });
    expect(text).toContain(link.url);
    expect(text).toContain('runcast owner create --email');
    const browser = new ConsoleBrowser(svc.url);
    const form = await browser.get(pathOf(link.url));
    expect(form.status).toBe(200);
    expect(form.html).toContain('Set up the owner account');
    const short = await browser.post('/console/invite', { token: new URL(link.url).searchParams.get('token')!, email: 'owner@club.example', name: 'Olga Owner', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.html).toContain('at least 10 characters');
    const done = await browser.post('/console/invite', { token: new URL(link.url).searchParams.get('token')!, email: 'owner@club.example', name: 'Olga Owner', password: PASSWORD });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/console');
    const coaches = await browser.get('/console/coaches');
    expect(coaches.status).toBe(200);
    expect(coaches.html).toContain('Olga Owner');
    expect((await new ConsoleBrowser(svc.url).get(pathOf(link.url))).status).toBe(404);
    // A later start prints how to sign in instead.
    const later = banner({ url: svc.url, publicUrl: svc.ctx.publicUrl(), dataDir: svc.dir, admin: svc.ctx.admin, workers: 1, console: { coaches: 1 } });
    expect(later).toContain(`Coach console: sign in at ${svc.ctx.publicUrl()}/console/sign-in`);
  });
});

describe('an invitation', () => {
  it('arrives by mail, and its link makes the coach, signed in; the link works once', async () => {
    const owner = new ConsoleBrowser(svc.url);
    await owner.signIn('owner@club.example', PASSWORD);
    await owner.get('/console/coaches');
    const sent = await owner.post('/console/coaches/invite', { email: 'Casey@Club.example', role: 'coach' });
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('An invitation sent to casey@club.example');
    const mail = await smtp.next();
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe('casey@club.example');
    expect(mail.from?.text).toContain('runcast@club.example');
    expect(mail.subject).toBe('Olga Owner invites you to runcast');
    const link = linkIn(mail.text!, '/console/invite');
    expect(mail.html).toContain(`href="${link}"`);

    const coach = new ConsoleBrowser(svc.url);
    const form = await coach.get(pathOf(link));
    expect(form.status).toBe(200);
    expect(form.html).toContain('casey@club.example');
    const token = new URL(link).searchParams.get('token')!;
    const joined = await coach.post('/console/invite', { token, name: 'Casey Coach', password: PASSWORD });
    expect(joined.status).toBe(303);
    expect((await coach.get('/console/tokens')).html).toContain('casey@club.example');
    // A coach is not an owner: the Coaches page and the audit log are not theirs.
    expect((await coach.get('/console/coaches')).status).toBe(403);
    expect((await coach.get('/console/audit')).status).toBe(403);
    const again = new ConsoleBrowser(svc.url);
    expect((await again.get(pathOf(link))).status).toBe(404);
    await again.get('/console/sign-in');
    expect((await again.post('/console/invite', { token, name: 'Mallory', password: 'another long password' })).status).toBe(404);
    expect((await new ConsoleBrowser(svc.url).signIn('casey@club.example', PASSWORD)).status).toBe(303);
  });
});

describe('a password reset', () => {
  it('arrives by mail; its link sets the new password once; the old one stops working', async () => {
    await makeCoach(svc.ctx, 'forgetful@club.example');
    const browser = new ConsoleBrowser(svc.url);
    await browser.get('/console/reset');
    const asked = await browser.post('/console/reset', { email: 'FORGETFUL@club.example' });
    expect(asked.status).toBe(200);
    expect(asked.html).toContain('If that email has an account');
    // An unknown email gets the same answer, and no mail.
    const unknown = await browser.post('/console/reset', { email: 'nobody@club.example' });
    expect(unknown.html).toContain('If that email has an account');
    const mail = await smtp.next();
    expect(mail.subject).toBe('Your runcast password');
    const link = linkIn(mail.text!, '/console/reset/password');
    const form = await browser.get(pathOf(link));
    expect(form.html).toContain('Choose a new password');
    const token = new URL(link).searchParams.get('token')!;
    // A reset link is not an invitation.
    expect((await browser.get(`/console/invite?token=${token}`)).status).toBe(404);
    const set = await browser.post('/console/reset/password', { token, password: 'a brand new password' });
    expect(set.status).toBe(303);
    expect(set.location).toBe('/console/sign-in?reset=1');
    expect((await new ConsoleBrowser(svc.url).signIn('forgetful@club.example', PASSWORD)).status).toBe(401);
    expect((await new ConsoleBrowser(svc.url).signIn('forgetful@club.example', 'a brand new password')).status).toBe(303);
    expect((await browser.post('/console/reset/password', { token, password: 'yet another password' })).status).toBe(404);
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages.filter((m) => m.text?.includes('nobody@club.example') || (m.to && 'text' in m.to && m.to.text === 'nobody@club.example'))).toEqual([]);
  });
});

/** A new owner of the service, signed in, invites someone on the Coaches page: the page that answers. */
async function ownerInvites(local: TestService, email: string) {
  await makeCoach(local.ctx, 'boss@club.example', 'owner');
  const owner = new ConsoleBrowser(local.url);
  await owner.signIn('boss@club.example', PASSWORD);
  await owner.get('/console/coaches');
  return owner.post('/console/coaches/invite', { email });
}

describe('when mail does not go out', () => {
  it('a failing mail server is a clear message with the link to copy, not a 500; the link works', async () => {
    const dead = await startSmtp();
    const url = dead.url;
    await dead.close();
    const local = await startTestService({ config: { smtpUrl: url } });
    try {
      const page = await ownerInvites(local, 'new@club.example');
      expect(page.status).toBe(200);
      expect(page.html).toContain('The mail server did not take the message');
      expect(page.html).toContain('Copy the link and send it yourself.');
      const link = /value="(http[^"]+\/console\/invite\?token=[^"]+)"/.exec(page.html)![1]!;
      expect((await new ConsoleBrowser(local.url).get(pathOf(link.replace(/&amp;/g, '&')))).status).toBe(200);
    } finally {
      await local.stop();
      removeDir(local.dir);
    }
  });

  it('without a mail server the invitation link is shown to copy, and a reset request says to ask an owner', async () => {
    const local = await startTestService();
    try {
      const page = await ownerInvites(local, 'new@club.example');
      expect(page.html).toContain('This runcast sends no mail');
      expect(page.html).toMatch(/value="http[^"]+\/console\/invite\?token=/);
      const anyone = new ConsoleBrowser(local.url);
      await anyone.get('/console/reset');
      const reset = await anyone.post('/console/reset', { email: 'boss@club.example' });
      expect(reset.html).toContain('Ask an owner of this runcast for a password reset link');
      expect(reset.html).not.toContain('token=');
    } finally {
      await local.stop();
      removeDir(local.dir);
    }
  });
});

describe('sign-in attempts', () => {
  it('are limited per email: after 5 failures a clear 429 page, even with the right password', async () => {
    await makeCoach(svc.ctx, 'target@club.example');
    const browser = new ConsoleBrowser(svc.url);
    await browser.get('/console/sign-in');
    for (let i = 0; i < 5; i++) expect((await browser.post('/console/sign-in', { email: 'target@club.example', password: `guess ${i}` })).status).toBe(401);
    const limited = await browser.post('/console/sign-in', { email: 'Target@club.example', password: PASSWORD });
    expect(limited.status).toBe(429);
    expect(limited.html).toContain('Too many sign-in attempts. Wait 15 minutes and try again, or reset your password.');
    expect(limited.headers.get('retry-after')).toBe('900');
    // Another email from the same address is not locked by it.
    expect((await browser.post('/console/sign-in', { email: 'casey@club.example', password: PASSWORD })).status).toBe(303);
  });

  it('are limited per address across emails', async () => {
    const local = await startTestService({ config: { rateLimits: { api: 100_000, authFailures: 4, feed: 100_000, feedFailures: 100_000 } } });
    try {
      const browser = new ConsoleBrowser(local.url);
      await browser.get('/console/sign-in');
      for (let i = 0; i < 4; i++) expect((await browser.post('/console/sign-in', { email: `user${i}@club.example`, password: 'guess' })).status).toBe(401);
      expect((await browser.post('/console/sign-in', { email: 'user9@club.example', password: 'guess' })).status).toBe(429);
    } finally {
      await local.stop();
      removeDir(local.dir);
    }
  });
});
