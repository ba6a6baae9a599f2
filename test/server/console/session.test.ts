/**
 * The console's sessions and CSRF protection over real HTTP: no page or form
 * works without a session, every form's token is checked, the session id is
 * new at sign-in and gone at sign-out, the cookie's flags, and a session that
 * outlives a restart of the service on the same database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, startTestService, tempDir, type TestService } from '../support/service.js';
import { ConsoleBrowser } from '../support/console.js';
import { makeCoach, PASSWORD } from './support.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startTestService();
  await makeCoach(svc.ctx, 'owner@example.com', 'owner');
  await makeCoach(svc.ctx, 'coach@example.com');
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const SIGNED_IN_PAGES = ['/console', '/console/coaches', '/console/tokens', '/console/audit', '/console/athletes'];

describe('without a session', () => {
  it('every signed-in page sends the browser to sign in, and back after', async () => {
    const browser = new ConsoleBrowser(svc.url);
    for (const path of SIGNED_IN_PAGES) {
      const page = await browser.get(path);
      expect(page.status, path).toBe(303);
      expect(page.location, path).toBe(`/console/sign-in?next=${encodeURIComponent(path)}`);
    }
    // Nothing was stored for these visits: no cookie was handed out.
    expect(browser.cookie).toBeUndefined();
  });

  it('a script asking for JSON gets 401', async () => {
    const res = await fetch(`${svc.url}/console/tokens`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('no form does anything: without a token 403, with the sign-in page token still no coach', async () => {
    const browser = new ConsoleBrowser(svc.url);
    const forms = ['/console/tokens', '/console/coaches/invite', '/console/sign-out'];
    for (const path of forms) expect((await browser.post(path, { name: 'x', email: 'x@example.com' })).status, path).toBe(403);
    // A real token from an anonymous session (the sign-in page's) passes the CSRF check but not the sign-in check.
    await browser.get('/console/sign-in');
    for (const path of ['/console/tokens', '/console/coaches/invite']) {
      const page = await browser.post(path, { name: 'x', email: 'x@example.com' });
      expect(page.status, path).toBe(303);
      expect(page.location).toMatch(/^\/console\/sign-in\?next=/);
    }
    expect(await svc.ctx.store.accounts.listCoaches()).toHaveLength(2);
  });
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax cookie for /console, a new session id, and a new CSRF token', async () => {
    const browser = new ConsoleBrowser(svc.url);
    const form = await browser.get('/console/sign-in?next=/console/tokens');
    const [anonymous, anonymousCsrf] = [browser.cookie, browser.csrf];
    expect(anonymous).toBeDefined();
    const set = form.headers.getSetCookie().find((c) => c.startsWith('runcast_session='))!;
    expect(set).toMatch(/; Path=\/console/);
    expect(set).toMatch(/; HttpOnly/);
    expect(set).toMatch(/; SameSite=Lax/);
    // PUBLIC_URL is http here: the cookie must not be Secure, or the browser would drop it.
    expect(set).not.toMatch(/; Secure/);
    const done = await browser.post('/console/sign-in', { email: 'Owner@Example.com', password: PASSWORD, next: '/console/tokens' });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/console/tokens');
    expect(browser.cookie).toBeDefined();
    expect(browser.cookie).not.toBe(anonymous);
    const tokens = await browser.get('/console/tokens');
    expect(tokens.status).toBe(200);
    expect(tokens.html).toContain('owner@example.com');
    expect(browser.csrf).not.toBe(anonymousCsrf);
    // The session id of before signing in is nobody's.
    const old = new ConsoleBrowser(svc.url);
    old.cookie = anonymous;
    expect((await old.get('/console/tokens')).status).toBe(303);
  });

  it('never sends a coach to another site after signing in', async () => {
    for (const next of ['https://evil.example/', '//evil.example/console', '/console\\@evil.example', '/api/athletes']) {
      const browser = new ConsoleBrowser(svc.url);
      await browser.get('/console/sign-in');
      const done = await browser.post('/console/sign-in', { email: 'coach@example.com', password: PASSWORD, next });
      expect(done.location, next).toBe('/console');
    }
  });

  it('a wrong password and an unknown email get the same page and the same status', async () => {
    const browser = new ConsoleBrowser(svc.url);
    await browser.get('/console/sign-in');
    const wrong = await browser.post('/console/sign-in', { email: 'coach@example.com', password: 'not the password' });
    const unknown = await browser.post('/console/sign-in', { email: 'nobody@example.com', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = (html: string) => /<p class="errors"[^>]*>([^<]+)</.exec(html)?.[1];
    expect(message(wrong.html)).toBe('That email and password do not match an account that can sign in.');
    expect(message(unknown.html)).toBe(message(wrong.html));
  });

  it('a refused sign-in for an unknown email costs a password check too (no timing tells who has an account)', async () => {
    const browser = new ConsoleBrowser(svc.url);
    await browser.get('/console/sign-in');
    const time = async (email: string) => {
      const started = performance.now();
      await browser.post('/console/sign-in', { email, password: 'not the password' });
      return performance.now() - started;
    };
    await time('nobody@example.com'); // the decoy hash is made on first use
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    const known = median([await time('coach@example.com'), await time('coach@example.com'), await time('coach@example.com')]);
    const unknown = median([await time('x1@example.com'), await time('x2@example.com'), await time('x3@example.com')]);
    // Without the decoy check an unknown email answers in a small fraction of the time (about 2%).
    expect(unknown / known).toBeGreaterThan(0.3);
  });

  it('signing out ends the session: the same cookie no longer signs in', async () => {
    const browser = new ConsoleBrowser(svc.url);
    await browser.signIn('coach@example.com', PASSWORD);
    const cookie = browser.cookie;
    await browser.get('/console/tokens');
    const out = await browser.post('/console/sign-out');
    expect(out.status).toBe(303);
    expect(out.location).toBe('/console/sign-in');
    const replay = new ConsoleBrowser(svc.url);
    replay.cookie = cookie;
    expect((await replay.get('/console/tokens')).status).toBe(303);
  });

  it('a disabled coach is signed out at once', async () => {
    const gone = await makeCoach(svc.ctx, 'leaving@example.com');
    const browser = new ConsoleBrowser(svc.url);
    await browser.signIn('leaving@example.com', PASSWORD);
    expect((await browser.get('/console/tokens')).status).toBe(200);
    await svc.ctx.store.accounts.disableCoach(gone.id, new Date().toISOString());
    expect((await browser.get('/console/tokens')).status).toBe(303);
    expect((await browser.signIn('leaving@example.com', PASSWORD)).status).toBe(401);
  });
});

describe('CSRF tokens', () => {
  it('are checked on every form: missing or wrong is 403 and changes nothing; the field or the header is accepted', async () => {
    const browser = new ConsoleBrowser(svc.url);
    await browser.signIn('coach@example.com', PASSWORD);
    await browser.get('/console/tokens');
    const missing = await browser.post('/console/tokens', { name: 'missing', _csrf: null });
    const wrong = await browser.post('/console/tokens', { name: 'wrong', _csrf: `${browser.csrf!.slice(0, -2)}00` });
    const another = new ConsoleBrowser(svc.url);
    await another.signIn('owner@example.com', PASSWORD);
    await another.get('/console/tokens');
    const foreign = await browser.post('/console/tokens', { name: 'foreign', _csrf: another.csrf! });
    for (const page of [missing, wrong, foreign]) {
      expect(page.status).toBe(403);
      expect(page.html).toContain('This form has expired or did not come from runcast');
    }
    const json = await browser.post('/console/tokens', { name: 'json', _csrf: null }, { accept: 'application/json' });
    expect(json.status).toBe(403);
    expect(JSON.parse(json.html).error.code).toBe('csrf');
    const coach = (await svc.ctx.store.accounts.coachForSignIn('coach@example.com'))!;
    expect(await svc.ctx.store.accounts.apiTokens(coach.id)).toEqual([]);
    expect((await browser.post('/console/tokens', { name: 'by field' })).status).toBe(200);
    expect((await browser.post('/console/tokens', { name: 'by header', _csrf: null }, { 'x-csrf-token': browser.csrf! })).status).toBe(200);
    expect((await svc.ctx.store.accounts.apiTokens(coach.id)).map((t) => t.name).sort()).toEqual(['by field', 'by header']);
  });
});

describe('a restart', () => {
  it('keeps the session: the same cookie is signed in on a new service over the same database', async () => {
    const dir = tempDir();
    let first: TestService | undefined = await startTestService({ dir });
    let second: TestService | undefined;
    try {
      await makeCoach(first.ctx, 'stays@example.com', 'owner');
      const browser = new ConsoleBrowser(first.url);
      await browser.signIn('stays@example.com', PASSWORD);
      expect((await browser.get('/console/tokens')).status).toBe(200);
      await first.stop();
      first = undefined;
      second = await startTestService({ dir });
      const again = new ConsoleBrowser(second.url);
      again.cookie = browser.cookie;
      const page = await again.get('/console/tokens');
      expect(page.status).toBe(200);
      expect(page.html).toContain('stays@example.com');
      // And its CSRF token still works: the session's data came back whole.
      expect((await again.post('/console/tokens', { name: 'after restart', _csrf: browser.csrf! })).status).toBe(200);
    } finally {
      await first?.stop();
      await second?.stop();
      removeDir(dir);
    }
  });
});
