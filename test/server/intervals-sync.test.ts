/**
 * The service pushing athletes' plans to intervals.icu, end to end: the real
 * service on 127.0.0.1 with its SQLite store, talking to the stand-in
 * intervals.icu server. Linking pushes the dated plan; pushing again creates
 * no duplicates; editing one session updates only its event; removing one
 * deletes it; failures are recorded and retried; a hanging intervals.icu
 * blocks nothing; the API key appears in no answer, no log line and no
 * database byte.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/sync/intervals/secret.js';
import { FakeIntervals, type FakeEvent } from '../support/fake-intervals.js';
import { REFERENCE_PROFILE, SMALL_PLAN, removeDir, startTestService, type TestService } from './support/service.js';

const KEY = 'zq7Rk2m9Xw4b8NvT3cLp6yHd';
const OTHER_KEY = 'a1b2c3d4e5f6g7h8i9j0kLmN';
const ATHLETE = 'i424242';
/** The key as it travels in an Authorization header. */
const BASIC = Buffer.from(`API_KEY:${KEY}`).toString('base64');

const TIMINGS = { sweepMs: 100, retryBaseMs: 150, retryMaxMs: 400, timeoutMs: 500, leaseMs: 10_000 };

interface Status {
  state: string;
  events: number;
  pushedVersion: number;
  athleteVersion: number;
  lastError: string | null;
  lastResult: { upserted: number; deleted: number } | null;
  failures: number;
  nextAttemptAt: string | null;
  athleteId: string;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('pushing to intervals.icu', () => {
  let fake: FakeIntervals;
  let svc: TestService;
  /** Every body the service answered, to prove the key is in none of them. */
  const answers: string[] = [];

  async function call(path: string, init: RequestInit & { json?: unknown } = {}): Promise<{ status: number; body: any }> {
    const res = await svc.api(path, init);
    const text = await res.text();
    answers.push(text);
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async function createAthlete(plan = SMALL_PLAN): Promise<string> {
    const r = await call('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: plan }, start: '2026-03-02' } });
    expect(r.status).toBe(201);
    return r.body.id as string;
  }

  const status = async (id: string) => (await call(`/api/athletes/${id}/intervals`)).body as Status;

  /** Waits until the athlete's current version is pushed (or, with `failing`, until a push has failed). */
  async function settled(id: string, want: 'ok' | 'failing' = 'ok'): Promise<Status> {
    return waitFor(`state ${want}`, async () => {
      const s = await status(id);
      if (want === 'ok' && s.state === 'ok' && s.pushedVersion === s.athleteVersion) return s;
      if (want === 'failing' && s.state === 'failing') return s;
      return undefined;
    });
  }

  const link = (id: string, apiKey = KEY, athleteId = ATHLETE) => call(`/api/athletes/${id}/intervals`, { method: 'PUT', json: { athleteId, apiKey } });

  beforeEach(async () => {
    answers.length = 0;
    fake = await new FakeIntervals([
      { athleteId: ATHLETE, apiKey: KEY },
      { athleteId: 'i777', apiKey: OTHER_KEY },
    ]).start();
    svc = await startTestService({ config: { secretBox: new SecretBox(randomBytes(32)), intervalsUrl: fake.url }, intervals: TIMINGS });
  });

  afterEach(async () => {
    await svc.stop();
    await fake.close();
    removeDir(svc.dir);
  });

  const upserts = () => fake.requests.filter((r) => r.method === 'POST' && r.status === 200);
  const byExternalId = (events: FakeEvent[]) => new Map(events.map((e) => [e.external_id!, e]));

  it('links an athlete, pushes the dated plan, and pushing again creates no duplicates', async () => {
    const id = await createAthlete();
    const linked = await link(id);
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ athleteId: ATHLETE, events: 0, pushedVersion: 0 });

    const first = await settled(id);
    const calendar = fake.calendar(ATHLETE);
    // SMALL_PLAN: 7 sessions, a double on one day and a rest day among them.
    expect(calendar).toHaveLength(7);
    expect(first).toMatchObject({ events: 7, lastResult: { upserted: 7, deleted: 0 }, lastError: null, failures: 0 });
    expect(new Set(calendar.map((e) => e.external_id)).size).toBe(7);
    for (const e of calendar) expect(e.external_id).toMatch(new RegExp(`^runcast-${id}-w[12]-(mon|tue|wed|thu|sat|sun)-[01]$`));
    expect(calendar.map((e) => [e.start_date_local, e.category, e.type ?? null])).toEqual([
      ['2026-03-02T00:00:00', 'WORKOUT', 'Run'],
      ['2026-03-04T00:00:00', 'WORKOUT', 'Run'],
      ['2026-03-07T00:00:00', 'WORKOUT', 'Run'],
      ['2026-03-07T00:00:00', 'WORKOUT', 'WeightTraining'],
      ['2026-03-10T00:00:00', 'WORKOUT', 'Run'],
      ['2026-03-12T00:00:00', 'WORKOUT', 'Run'],
      ['2026-03-15T00:00:00', 'NOTE', null],
    ]);
    // Every workout's text reads as steps with the documented grammar, the interval session as a repeat block.
    for (const e of calendar.filter((x) => x.category === 'WORKOUT')) expect(e.workout?.problems, e.description).toEqual([]);
    const intervals = calendar.find((e) => e.external_id!.endsWith('w1-wed-0'))!;
    expect(intervals.name).toBe('6×400m @ HM–10K');
    expect(intervals.workout!.nodes.some((n) => n.type === 'repeat' && n.count === 5)).toBe(true);

    const ids = calendar.map((e) => e.id);
    const pushed = await call(`/api/athletes/${id}/intervals/push`, { method: 'POST' });
    expect(pushed.status).toBe(202);
    await waitFor('the second push', async () => ((await status(id)).lastResult?.upserted === 7 && fake.calendar(ATHLETE).every((e) => e.updates === 1) ? true : undefined));
    expect(fake.calendar(ATHLETE).map((e) => e.id)).toEqual(ids);
    expect(upserts().every((r) => r.query.upsert === 'true')).toBe(true);
  });

  it('editing one session updates only its event; removing one deletes it; moving the start moves every event', async () => {
    const id = await createAthlete();
    await link(id);
    await settled(id);
    const before = byExternalId(fake.calendar(ATHLETE));
    const sent = upserts().length;

    const edited = SMALL_PLAN.replace('thu: 45 min', 'thu: 50 min');
    expect((await call(`/api/athletes/${id}`, { method: 'PATCH', json: { plan: { yaml: edited } } })).status).toBe(200);
    const afterEdit = await settled(id);
    expect(afterEdit.lastResult).toEqual({ upserted: 1, deleted: 0 });
    expect(upserts()).toHaveLength(sent + 1);
    expect((upserts().at(-1)!.body as { external_id: string }[]).map((e) => e.external_id)).toEqual([`runcast-${id}-w2-thu-0`]);
    const after = byExternalId(fake.calendar(ATHLETE));
    expect(after.size).toBe(7);
    for (const [xid, e] of after) {
      const changed = xid.endsWith('w2-thu-0');
      expect(e.updates, xid).toBe(changed ? 1 : 0);
      expect(e.id).toBe(before.get(xid)!.id);
      if (!changed) expect(e.description).toBe(before.get(xid)!.description);
    }
    expect(after.get(`runcast-${id}-w2-thu-0`)!.name).toBe('50 min easy');

    const removed = edited.replace('    thu: 50 min\n', '');
    await call(`/api/athletes/${id}`, { method: 'PATCH', json: { plan: { yaml: removed } } });
    const afterRemoval = await settled(id);
    expect(afterRemoval).toMatchObject({ events: 6, lastResult: { upserted: 0, deleted: 1 } });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'PUT', body: [{ external_id: `runcast-${id}-w2-thu-0` }] });
    expect(fake.calendar(ATHLETE).map((e) => e.external_id)).not.toContain(`runcast-${id}-w2-thu-0`);

    await call(`/api/athletes/${id}`, { method: 'PATCH', json: { start: '2026-03-09' } });
    expect((await settled(id)).lastResult).toEqual({ upserted: 6, deleted: 0 });
    const moved = fake.calendar(ATHLETE);
    expect(moved).toHaveLength(6);
    expect(moved[0]!.start_date_local).toBe('2026-03-09T00:00:00');
  });

  it('a failing intervals.icu is recorded on the athlete and retried with backoff until it works', async () => {
    const id = await createAthlete();
    fake.failNext(503, 2);
    await link(id);
    const failing = await settled(id, 'failing');
    expect(failing.lastError).toMatch(/intervals\.icu failed \(HTTP 503\)/);
    expect(failing.nextAttemptAt).not.toBeNull();
    const ok = await settled(id);
    expect(ok).toMatchObject({ failures: 0, lastError: null, events: 7 });
    expect(fake.requests.filter((r) => r.status === 503)).toHaveLength(2);
    // Each retry waits at least half its backoff: 150 ms doubled per failure (75 ms, then 150 ms at the least).
    const [first, second, third] = fake.requests.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(70);
    expect(third! - second!).toBeGreaterThanOrEqual(145);
    expect(fake.calendar(ATHLETE)).toHaveLength(7);
  });

  it('a refused key says so, and linking again with the right key recovers', async () => {
    const id = await createAthlete();
    await link(id, 'wrong-key-1234567890');
    const refused = await settled(id, 'failing');
    expect(refused.lastError).toMatch(/refused the API key \(HTTP 401\)/);
    await link(id, KEY);
    expect(await settled(id)).toMatchObject({ failures: 0, events: 7 });
  });

  it('a hanging intervals.icu blocks nothing: the API and the feed answer at once, the push times out and is retried', async () => {
    const id = await createAthlete();
    const created = answers.at(-1)!;
    const feed = new URL(JSON.parse(created).links.feed as string).pathname;
    fake.hang = true;
    await link(id);
    await waitFor('the push to start', async () => (fake.requests.length > 0 ? true : undefined));
    for (const path of [`/api/athletes/${id}`, `/api/athletes/${id}/intervals`]) {
      const started = performance.now();
      expect((await svc.api(path)).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(250);
    }
    const started = performance.now();
    expect((await svc.get(feed)).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    const patched = performance.now();
    expect((await call(`/api/athletes/${id}`, { method: 'PATCH', json: { start: '2026-03-09' } })).status).toBe(200);
    expect(performance.now() - patched).toBeLessThan(250);

    const failing = await settled(id, 'failing');
    expect(failing.lastError).toMatch(/did not answer within 500 ms/);
    fake.release();
    expect(await settled(id)).toMatchObject({ events: 7, failures: 0 });
  });

  it('unlinking keeps the events there, or deletes them first with ?events=delete', async () => {
    const a = await createAthlete();
    const b = await createAthlete();
    await link(a);
    await link(b, OTHER_KEY, 'i777');
    await settled(a);
    await settled(b);
    expect((await call(`/api/athletes/${a}/intervals`, { method: 'DELETE' })).status).toBe(204);
    expect(fake.calendar(ATHLETE)).toHaveLength(7);
    expect((await call(`/api/athletes/${a}/intervals`)).body.error.code).toBe('not_linked');

    expect((await call(`/api/athletes/${b}/intervals?events=delete`, { method: 'DELETE' })).status).toBe(204);
    expect(fake.calendar('i777')).toHaveLength(0);
    expect(fake.calendar(ATHLETE)).toHaveLength(7);
    expect((await call(`/api/athletes/${b}/intervals`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses what is not a link, with field errors that do not repeat the key', async () => {
    const id = await createAthlete();
    const bad = await call(`/api/athletes/${id}/intervals`, { method: 'PUT', json: { athleteId: 'someone', apiKey: `${KEY} with spaces` } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['athleteId', 'apiKey']);
    expect((await call(`/api/athletes/${id}/intervals`, { method: 'PUT', json: { athleteId: ATHLETE, apiKey: KEY, extra: 1 } })).status).toBe(400);
    expect((await call('/api/athletes/00000000-0000-4000-8000-000000000000/intervals', { method: 'PUT', json: { athleteId: ATHLETE, apiKey: KEY } })).status).toBe(404);
    expect((await call(`/api/athletes/${id}/intervals/push`, { method: 'POST' })).status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });

  it('the key is in no answer, no log line and no byte of the database', async () => {
    const id = await createAthlete();
    await link(id);
    await settled(id);
    fake.failNext(401);
    await call(`/api/athletes/${id}/intervals/push`, { method: 'POST' });
    await settled(id, 'failing');
    await call(`/api/athletes/${id}/intervals?events=delete`, { method: 'DELETE' });
    await svc.stop();

    // The key did travel, to intervals.icu only.
    expect(fake.requests.some((r) => r.authorization === `Basic ${BASIC}`)).toBe(true);
    const logs = svc.logs.join('');
    expect(logs).toMatch(/pushed to intervals\.icu/);
    expect(logs).toMatch(/intervals\.icu push failed; will retry/);
    const database = readdirSync(svc.dir).map((f) => readFileSync(join(svc.dir, f)));
    for (const secret of [KEY, BASIC]) {
      for (const a of answers) expect(a).not.toContain(secret);
      expect(logs).not.toContain(secret);
      for (const bytes of database) expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
    // Restarted for afterEach.
    svc = await startTestService({ dir: svc.dir, config: { secretBox: new SecretBox(randomBytes(32)), intervalsUrl: fake.url }, intervals: TIMINGS });
  });
});

describe('without RUNCAST_SECRET_KEY', () => {
  it('the service runs, and linking is refused with a message that says what to set', async () => {
    const svc = await startTestService();
    try {
      const created = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' } } });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const refused = await svc.api(`/api/athletes/${id}/intervals`, { method: 'PUT', json: { athleteId: ATHLETE, apiKey: KEY } });
      expect(refused.status).toBe(503);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('intervals_unavailable');
      expect(body.error.message).toMatch(/RUNCAST_SECRET_KEY is not set.*openssl rand -base64 32/);
      expect(JSON.stringify(body)).not.toContain(KEY);
      expect((await svc.api(`/api/athletes/${id}/intervals`)).status).toBe(404);
    } finally {
      await svc.stop();
      removeDir(svc.dir);
    }
  });
});
