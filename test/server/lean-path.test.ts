/**
 * The athletes' links are answered before the Express app: these tests hold
 * them to the app's own answers (the same 404 to the byte and header, the
 * same security headers), to the same limits, and to the client address the
 * app would see behind a proxy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerSet, rawRequest } from './support/raw.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

const services: TestService[] = [];

async function start(config: Parameters<typeof startTestService>[0] = {}) {
  const svc = await startTestService(config);
  services.push(svc);
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
  const links = ((await res.json()) as { links: Record<string, string> }).links;
  return { svc, feed: pathOf(links.feed!), page: pathOf(links.page!) };
}

afterAll(async () => {
  for (const svc of services) {
    await svc.stop();
    removeDir(svc.dir);
  }
});

describe('answers on the athletes’ links', () => {
  let svc: TestService;
  let feed: string;
  let page: string;

  beforeAll(async () => {
    ({ svc, feed, page } = await start());
  });

  it('give an unknown or revoked token the app’s own 404: same status, headers and bytes', async () => {
    const missing = await rawRequest(svc.url, '/no/such/page');
    expect(missing.status).toBe(404);
    for (const path of [`/a/${'B'.repeat(32)}/calendar.ics`, `/a/${'B'.repeat(32)}/`, '/a/short/schedule.fit', `${page}sessions/2020-01-01.fit`.replace(/\/a\/[^/]+/, `/a/${'C'.repeat(32)}`)]) {
      const res = await rawRequest(svc.url, path, { headers: { 'accept-encoding': 'gzip, br' } });
      expect(res.status, path).toBe(404);
      expect(headerSet(res), path).toEqual(headerSet(missing));
      expect(res.body.equals(missing.body), path).toBe(true);
    }
  });

  it('carry the security headers on every kind of answer', async () => {
    const reference = headerSet(await rawRequest(svc.url, '/healthz'));
    const security = Object.keys(reference).filter((h) => /^(content-security-policy|cross-origin|origin-agent|referrer|strict-transport|x-)/.test(h));
    expect(security.length).toBeGreaterThanOrEqual(10);
    const first = await rawRequest(svc.url, feed);
    const answers = [
      first,
      await rawRequest(svc.url, feed, { headers: { 'if-none-match': String(first.headers.etag) } }),
      await rawRequest(svc.url, feed, { method: 'HEAD' }),
      await rawRequest(svc.url, page, { headers: { 'accept-encoding': 'br' } }),
      await rawRequest(svc.url, `${page}sessions/2026-01-05.fit`),
      await rawRequest(svc.url, `${page}sessions/%ZZ.fit`),
      await rawRequest(svc.url, `${page}bundle.zip?days=99`),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 304, 200, 200, 200, 400, 400]);
    for (const answer of answers) {
      const headers = headerSet(answer);
      for (const h of security) expect(headers[h], `${answer.status} ${h}`).toBe(reference[h]);
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  it('close the connection while the service drains', async () => {
    svc.ctx.draining = true;
    try {
      const res = await rawRequest(svc.url, feed, { agent: false });
      expect(res.status).toBe(200);
      expect(res.headers.connection).toBe('close');
    } finally {
      svc.ctx.draining = false;
    }
  });
});

describe('the limits on the athletes’ links', () => {
  it('count the lean path’s 404s and the app’s under a token together', async () => {
    const { svc, feed } = await start({ config: { rateLimits: { api: 1000, authFailures: 1000, feed: 1000, feedFailures: 4 } } });
    const statuses = [
      (await rawRequest(svc.url, `/a/${'D'.repeat(32)}/calendar.ics`)).status,
      (await rawRequest(svc.url, feed, { method: 'POST' })).status,
      (await rawRequest(svc.url, `/a/${'D'.repeat(32)}/nothing`)).status,
      (await rawRequest(svc.url, `/a/${'D'.repeat(32)}/`)).status,
      (await rawRequest(svc.url, feed)).status,
      (await rawRequest(svc.url, feed, { method: 'DELETE' })).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429]);
  });

  it('see the client behind a trusted proxy, as the app does, and the socket’s peer otherwise', async () => {
    const proxied = await start({ config: { trustProxy: 1, rateLimits: { api: 1000, authFailures: 1000, feed: 2, feedFailures: 1000 } } });
    const from = (client: string) => rawRequest(proxied.svc.url, proxied.feed, { headers: { 'x-forwarded-for': client } }).then((r) => r.status);
    expect([await from('192.0.2.1'), await from('192.0.2.1'), await from('192.0.2.1')]).toEqual([200, 200, 429]);
    expect(await from('192.0.2.2')).toBe(200);

    const direct = await start({ config: { rateLimits: { api: 1000, authFailures: 1000, feed: 2, feedFailures: 1000 } } });
    const spoofed = (client: string) => rawRequest(direct.svc.url, direct.feed, { headers: { 'x-forwarded-for': client } }).then((r) => r.status);
    // Without a trusted proxy, X-Forwarded-For is the client's own say: it changes nothing.
    expect([await spoofed('192.0.2.1'), await spoofed('192.0.2.2'), await spoofed('192.0.2.3')]).toEqual([200, 200, 429]);
  });
});
