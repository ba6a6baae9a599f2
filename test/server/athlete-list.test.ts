/**
 * The coach's list of athletes comes a page at a time, each athlete without
 * their plan's text: 150 athletes with large plans were 38 MB in one answer,
 * and held the service up for half a second while it was written.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, SMALL_PLAN, removeDir, startTestService, type TestService } from './support/service.js';

const ATHLETES = 150;

/** A plan document of about 250 KB: a long block, written out week by week. */
const LARGE_PLAN = `name: Long block\nweeks:\n${'  - mon: 30 min easy\n    wed: 6 x 800m @ 5K w/ 90 s jog\n    sat: 90 min long run\n'.repeat(2800)}`;

interface Page {
  athletes: { id: string; name: string; plan: unknown }[];
  next: string | null;
  total: number;
}

describe('the list of athletes', () => {
  let svc: TestService;

  beforeAll(async () => {
    svc = await startTestService();
    // Stored as the API stores them (the list reads what is stored, whatever it took to check it).
    for (let i = 0; i < ATHLETES; i++) {
      await svc.ctx.store.createAthlete({
        id: randomUUID(),
        profile: { ...REFERENCE_PROFILE, name: `Runner ${i}`, units: 'mi' },
        plan: { yaml: LARGE_PLAN },
        start: '2026-01-05',
        tokenHash: randomBytes(32),
        now: new Date().toISOString(),
      });
    }
  }, 120_000);

  afterAll(async () => {
    await svc.stop();
    removeDir(svc.dir);
  });

  it('gives each plan by its size, not its text, so the largest page of 150 large plans is small and quick', async () => {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const res = await svc.api('/api/athletes?limit=1000');
    const text = await res.text();
    delay.disable();
    expect(res.status).toBe(200);
    const bytes = Buffer.byteLength(text);
    const page = JSON.parse(text) as Page;
    expect(page.athletes).toHaveLength(ATHLETES);
    expect(new Set(page.athletes.map((a) => JSON.stringify(a.plan)))).toEqual(new Set([JSON.stringify({ kind: 'yaml', bytes: Buffer.byteLength(LARGE_PLAN) })]));
    // 38 MB before; about 400 bytes an athlete now.
    expect(bytes).toBeLessThan(ATHLETES * 1000);
    // The longest the event loop was held while the page was read and written: it was 0.5 s on a
    // quiet machine, 3 s on a busy one; now about 20 ms once warm, 0.2 s cold (the margin is for a
    // machine so busy that the process waits for a core).
    expect(delay.max / 1e6).toBeLessThan(1000);
    // The whole plan is one athlete away.
    const one = (await (await svc.api(`/api/athletes/${page.athletes[0]!.id}`)).json()) as { plan: unknown };
    expect(one.plan).toEqual({ yaml: LARGE_PLAN });
  });

  it('pages with limit and the next cursor, through every athlete once', async () => {
    const seen: string[] = [];
    let after = '';
    for (let pages = 1; ; pages++) {
      const page = (await (await svc.api(`/api/athletes?limit=40${after}`)).json()) as Page;
      expect(page.total).toBe(ATHLETES);
      seen.push(...page.athletes.map((a) => a.name));
      if (!page.next) {
        expect(pages).toBe(4);
        break;
      }
      after = `&after=${page.next}`;
    }
    expect(seen).toEqual(Array.from({ length: ATHLETES }, (_, i) => `Runner ${i}`));
    // The default page is 100.
    expect(((await (await svc.api('/api/athletes')).json()) as Page).athletes).toHaveLength(100);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=ten', 'limit'],
    ['after=junk', 'after'],
    ['after=-1', 'after'],
  ])('refuses %s with 400 naming the parameter (a cursor not ours gave the first page again)', async (query, path) => {
    const res = await svc.api(`/api/athletes?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.issues.map((i) => i.path)).toEqual([path]);
  });

  it('shows a plan stored from a template by its name', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
    expect(res.status).toBe(201);
    const templated = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: '2026-01-05' } });
    const { id } = (await templated.json()) as { id: string };
    const page = (await (await svc.api('/api/athletes?limit=1000')).json()) as Page;
    expect(page.athletes.find((a) => a.id === id)?.plan).toEqual({ kind: 'template', template: 'mile-8-week' });
  });
});
