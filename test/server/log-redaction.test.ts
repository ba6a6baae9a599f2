import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, SMALL_PLAN, ADMIN_TOKEN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startTestService({ config: { logLevel: 'trace' } });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe('request logs', () => {
  it('never contain a feed token or the admin token, though every kind of token request was made', async () => {
    const tokens: string[] = [];
    const create = async () => {
      const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
      const body = (await res.json()) as { id: string; links: Record<string, string> };
      tokens.push(/\/a\/([^/]+)\//.exec(body.links.feed!)![1]!);
      return body;
    };
    const a = await create();
    for (const link of [a.links.feed!, a.links.page!, a.links.schedule!, a.links.bundle!]) await (await svc.get(pathOf(link))).arrayBuffer();
    await (await svc.get(`${pathOf(a.links.page!)}sessions/2026-01-05.fit?download=1`)).arrayBuffer();
    await (await svc.get(`${pathOf(a.links.page!)}sessions/2026-01-05.tcx`, { method: 'HEAD' })).arrayBuffer();
    // Routing ignores case: the upper-case spelling reaches the feed, and must be redacted as well.
    const upper = await svc.get(pathOf(a.links.feed!).replace('/a/', '/A/'));
    expect(upper.status).toBe(200);
    await upper.arrayBuffer();
    // A revoked token, an unknown one, a malformed one, a badly percent-encoded one.
    const rotated = (await (await svc.api(`/api/athletes/${a.id}/token`, { method: 'POST' })).json()) as { links: Record<string, string> };
    tokens.push(/\/a\/([^/]+)\//.exec(rotated.links.feed!)![1]!);
    await (await svc.get(pathOf(a.links.feed!))).arrayBuffer();
    await (await svc.get(pathOf(rotated.links.feed!))).arrayBuffer();
    const unknown = 'Zz9_unknownTokenValue-0123456789';
    const malformed = 'not-a-token-but-secret-looking-SECRET';
    tokens.push(unknown, malformed);
    await (await svc.get(`/a/${unknown}/calendar.ics`)).arrayBuffer();
    await (await svc.get(`/a/${malformed}/x`)).arrayBuffer();
    await (await svc.get(`/a/${malformed}%ZZ/calendar.ics`)).arrayBuffer();
    // The admin token, right and wrong.
    await (await svc.api('/api/athletes')).arrayBuffer();
    await (await svc.get('/api/athletes', { headers: { authorization: 'Bearer wrong-admin-token-SECRET' } })).arrayBuffer();
    tokens.push(ADMIN_TOKEN, 'wrong-admin-token-SECRET');

    await new Promise((r) => setTimeout(r, 50));
    const log = svc.logs.join('');
    // The logging is really there: token requests were logged, redacted.
    expect(log).toContain('"path":"/a/[redacted]/calendar.ics"');
    expect(log).toContain('"path":"/a/[redacted]/sessions/2026-01-05.fit"');
    expect(log).toContain('"status":404');
    for (const t of tokens) expect(log).not.toContain(t);
    expect(log).not.toContain('SECRET');
  });
});
