/**
 * Coaches' passwords, session ids, CSRF tokens and one-time links never
 * appear in a log line, though every way of using them was taken with the
 * most verbose log (and the service's logger is handed them directly).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, startTestService, type TestService } from '../support/service.js';
import { ConsoleBrowser, linkIn, pathOf } from '../support/console.js';
import { startSmtp, type TestSmtp } from '../../helpers/smtp.js';
import { makeCoach } from './support.js';

let smtp: TestSmtp;
let svc: TestService;

beforeAll(async () => {
  smtp = await startSmtp();
  svc = await startTestService({ config: { logLevel: 'trace', smtpUrl: smtp.url } });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
  await smtp.close();
});

/** The session id inside a `runcast_session=s:<id>.<signature>` cookie. */
const sidOf = (cookie: string) => /^runcast_session=s%3A([^.]+)\./.exec(cookie)![1]!;

describe('logs of the console', () => {
  it('hold no password, session id, CSRF token, API token or link token', async () => {
    const secrets: string[] = [];
    const ownerPassword = 'OWNER-PASSWORD-secret-1';
    await makeCoach(svc.ctx, 'owner@club.example', 'owner', ownerPassword);
    secrets.push(ownerPassword);
    const owner = new ConsoleBrowser(svc.url);
    await owner.get('/console/sign-in');
    secrets.push(sidOf(owner.cookie!), owner.csrf!);
    await owner.post('/console/sign-in', { email: 'owner@club.example', password: 'WRONG-PASSWORD-secret-2' });
    await owner.post('/console/sign-in', { email: 'nobody@club.example', password: 'WRONG-PASSWORD-secret-3' });
    secrets.push('WRONG-PASSWORD-secret-2', 'WRONG-PASSWORD-secret-3');
    await owner.post('/console/sign-in', { email: 'owner@club.example', password: ownerPassword });
    await owner.get('/console/tokens');
    secrets.push(sidOf(owner.cookie!), owner.csrf!);
    // A form with a wrong token, a JSON body with a password in it, and one that is not JSON at all.
    await owner.post('/console/tokens', { name: 'x', _csrf: 'FORGED-CSRF-secret-4' });
    await fetch(`${svc.url}/console/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: owner.cookie! }, body: '{"password":"JSON-PASSWORD-secret-5"' });
    secrets.push('FORGED-CSRF-secret-4', 'JSON-PASSWORD-secret-5');
    const made = await owner.post('/console/tokens', { name: 'script' });
    secrets.push(/value="([A-Za-z0-9_-]{32})"/.exec(made.html)![1]!);
    await owner.post('/console/coaches/invite', { email: 'casey@club.example' });
    const invite = linkIn((await smtp.next()).text!, '/console/invite');
    const inviteToken = new URL(invite).searchParams.get('token')!;
    const coach = new ConsoleBrowser(svc.url);
    await coach.get(pathOf(invite));
    await coach.post('/console/invite', { token: inviteToken, name: 'Casey', password: 'COACH-PASSWORD-secret-6' });
    secrets.push(inviteToken, 'COACH-PASSWORD-secret-6', sidOf(coach.cookie!));
    await coach.get('/console/reset');
    await coach.post('/console/reset', { email: 'casey@club.example' });
    const reset = linkIn((await smtp.next()).text!, '/console/reset/password');
    const resetToken = new URL(reset).searchParams.get('token')!;
    await coach.get(pathOf(reset));
    await coach.post('/console/reset/password', { token: resetToken, password: 'RESET-PASSWORD-secret-7' });
    secrets.push(resetToken, 'RESET-PASSWORD-secret-7');
    await owner.post('/console/sign-out');
    // Whatever a caller hands the logger by mistake.
    svc.ctx.logger.info({ password: 'DIRECT-PASSWORD-secret-8', body: { password: 'x' }, req: { headers: { cookie: owner.cookie } }, sid: 'DIRECT-SID-secret-9' }, 'careless');
    secrets.push('DIRECT-PASSWORD-secret-8', 'DIRECT-SID-secret-9');

    await new Promise((r) => setTimeout(r, 300));
    const log = svc.logs.join('');
    // The requests were logged, each with its path and without its query.
    for (const path of ['/console/sign-in', '/console/invite', '/console/reset/password', '/console/tokens']) expect(log).toContain(`"path":"${path}"`);
    expect(log).toContain('"msg":"careless"');
    expect(log).toContain('[redacted]');
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
    expect(log).not.toMatch(/secret-\d/);
  });
});
