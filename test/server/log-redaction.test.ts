import { request } from 'node:http';
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

  it('never contain a token however oddly its path is spelt (these put the whole token into the log)', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
    const token = /\/a\/([^/]+)\//.exec(((await res.json()) as { links: { feed: string } }).links.feed)![1]!;
    const spelled = [...token].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('');
    const paths = [
      `/a%2F${token}/calendar.ics`,
      `/%61/${token}/calendar.ics`,
      `/a/./${token}/calendar.ics`,
      `/a/../a/${token}/calendar.ics`,
      `/a;x/${token}/calendar.ics`,
      `/x/${token}`,
      `/a/${token}%2Fcalendar.ics`,
      // Percent-encoded through and through, it still reaches the feed.
      `/a/${spelled}/calendar.ics`,
    ];
    const statuses: number[] = [];
    // Sent as written: fetch would tidy "/a/./" and "/a/../" away before they reached the service.
    for (const path of paths) statuses.push(await rawGet(path));
    expect(statuses[paths.length - 1]).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    const lines = svc.logs.join('').split('\n').filter((l) => l.includes('"msg":"request"'));
    expect(lines.length).toBeGreaterThanOrEqual(paths.length);
    const log = svc.logs.join('');
    expect(log).not.toContain(token);
    expect(log).not.toContain(spelled);
    expect(log).not.toContain(token.slice(0, 16));
  });
});

function rawGet(path: string): Promise<number> {
  const { hostname, port } = new URL(svc.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}
