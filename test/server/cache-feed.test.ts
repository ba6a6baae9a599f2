/**
 * The path of a calendar poll: cached bytes under the athlete's version, ETags
 * remembered beyond the bytes, and the per-address limits of the token links.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import type { Request, Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlan, loadPlan, makeAthlete } from '../../src/compiler/index.js';
import { planFootprint } from '../../src/server/outputs.js';
import { TokenGuard } from '../../src/server/routes/athlete-links.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let feed: string;
let id: string;

beforeAll(async () => {
  // Far too small for a feed, big enough for its ETag: every poll finds the bytes gone.
  svc = await startTestService({ config: { cacheBytes: 4096, rateLimits: { api: 1000, authFailures: 1000, feed: 40, feedFailures: 1000 } } });
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
  const body = (await res.json()) as { id: string; links: { feed: string } };
  feed = pathOf(body.links.feed);
  id = body.id;
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe('a conditional poll', () => {
  it('is answered 304 from the remembered ETag when the feed bytes did not fit in the cache, without rebuilding', async () => {
    const first = await svc.get(feed);
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(body.length).toBeGreaterThan(4096);
    const etag = first.headers.get('etag')!;
    expect(svc.ctx.outputs.cachedFeed((await svc.ctx.store.getAthlete(id))!)).toBeUndefined();

    const before = svc.ctx.outputs.cache.stats();
    const again = await svc.get(feed, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('private, max-age=300');
    // A rebuild would have looked up (and missed) the compiled plan and the feed.
    expect(svc.ctx.outputs.cache.stats().misses).toBe(before.misses);

    // Without the condition the bytes are rebuilt, and they are the same bytes.
    const full = await svc.get(feed);
    expect(full.headers.get('etag')).toBe(etag);
    expect(await full.text()).toBe(body);
  });

  it('gets the new feed once the plan changed, though the old ETag is remembered', async () => {
    const etag = (await svc.get(feed)).headers.get('etag')!;
    const patch = await svc.api(`/api/athletes/${id}`, { method: 'PATCH', json: { plan: { yaml: SMALL_PLAN.replace('45 min', '50 min') } } });
    expect(patch.status).toBe(200);
    const after = await svc.get(feed, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(await after.text()).toContain('50 min');
  });
});

describe('the token links limit', () => {
  it('answers 429 with Retry-After once an address exceeds its polls for the minute', async () => {
    const statuses: number[] = [];
    // 40 a minute for this service; the polls above already used a few.
    for (let i = 0; i < 45; i++) statuses.push((await svc.get(feed, { method: 'HEAD' })).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const limited = await svc.get(feed);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });
});

/**
 * Just enough of Express's request and response for the guard: an address, a status, headers, a JSON body and 'finish'.
 * `forwardedFor` is what Express's req.ip would say behind a trusted proxy; the socket's peer is `ip`.
 */
function exchange(ip: string, status: number, forwardedFor?: string) {
  const res = new (class extends EventEmitter {
    statusCode = 200;
    headers: Record<string, string> = {};
    body: unknown;
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    status(code: number) {
      this.statusCode = code;
      return this;
    }
    json(value: unknown) {
      this.body = value;
      this.emit('finish');
    }
  })();
  const req = { ip: forwardedFor ?? ip, socket: { remoteAddress: ip } } as unknown as Request;
  return {
    req,
    res,
    /** Runs the guard; if it lets the request through, answers with `status`. */
    run(guard: TokenGuard): boolean {
      let passed = false;
      guard.middleware(req, res as unknown as Response, () => {
        passed = true;
        res.statusCode = status;
        res.emit('finish');
      });
      return passed;
    },
  };
}

describe('TokenGuard', () => {
  it('counts only 404s towards the failure limit, per address, and forgets them after the minute', () => {
    let now = 1_000_000;
    const guard = new TokenGuard({ feed: 1000, feedFailures: 3 }, () => now);
    for (let i = 0; i < 10; i++) expect(exchange('10.0.0.1', 200).run(guard)).toBe(true);
    for (let i = 0; i < 3; i++) expect(exchange('10.0.0.1', 404).run(guard)).toBe(true);
    const blocked = exchange('10.0.0.1', 200);
    expect(blocked.run(guard)).toBe(false);
    expect(blocked.res.statusCode).toBe(429);
    expect(blocked.res.headers['retry-after']).toBe('60');
    // Another address is not affected.
    expect(exchange('10.0.0.2', 200).run(guard)).toBe(true);
    now += 30_000;
    const later = exchange('10.0.0.1', 200);
    expect(later.run(guard)).toBe(false);
    expect(later.res.headers['retry-after']).toBe('30');
    now += 30_000;
    expect(exchange('10.0.0.1', 200).run(guard)).toBe(true);
  });

  it('limits all requests of an address to the feed limit, and IPv6 clients by their /56', () => {
    const guard = new TokenGuard({ feed: 5, feedFailures: 100 }, () => 0);
    for (let i = 0; i < 5; i++) expect(exchange(`2001:db8:0:${i}::1`, 200).run(guard)).toBe(true);
    // Same /56 (2001:db8:0:0–ff), so the same count.
    expect(exchange('2001:db8:0:ff::2', 200).run(guard)).toBe(false);
    expect(exchange('2001:db8:0:100::1', 200).run(guard)).toBe(true);
  });

  // Guards the shortcut that reads the socket's address instead of req.ip when no proxy is trusted.
  it('counts by the socket peer unless a proxy is trusted, then by the forwarded client address', () => {
    const direct = new TokenGuard({ feed: 2, feedFailures: 100 }, () => 0, false);
    // A client cannot escape its count by sending X-Forwarded-For itself.
    expect(exchange('10.0.0.9', 200, '192.0.2.1').run(direct)).toBe(true);
    expect(exchange('10.0.0.9', 200, '192.0.2.2').run(direct)).toBe(true);
    expect(exchange('10.0.0.9', 200, '192.0.2.3').run(direct)).toBe(false);

    const proxied = new TokenGuard({ feed: 2, feedFailures: 100 }, () => 0, true);
    // Behind the proxy every request comes from its address; the clients it forwards are counted apart.
    expect(exchange('10.0.0.1', 200, '192.0.2.1').run(proxied)).toBe(true);
    expect(exchange('10.0.0.1', 200, '192.0.2.1').run(proxied)).toBe(true);
    expect(exchange('10.0.0.1', 200, '192.0.2.1').run(proxied)).toBe(false);
    expect(exchange('10.0.0.1', 200, '192.0.2.2').run(proxied)).toBe(true);
  });
});

describe('planFootprint', () => {
  it('grows with the plan and stays of the order of its serialised size', () => {
    const athlete = makeAthlete({ name: 'A', timezone: 'America/Chicago', units: 'mi', fitness: { race: { distance: 'mile', time: '6:00' } } });
    const { plan } = loadPlan(readFileSync('templates/mile-8-week.yaml', 'utf8'));
    const eight = compilePlan(plan!, athlete, { start: '2026-01-05' });
    const one = { ...eight, sessions: eight.sessions.slice(0, 7) };
    const json = JSON.stringify(eight).length;
    expect(planFootprint(eight)).toBeGreaterThan(json / 2);
    expect(planFootprint(eight)).toBeLessThan(json * 4);
    expect(planFootprint(eight)).toBeGreaterThan(planFootprint(one) * 5);
  });
});
