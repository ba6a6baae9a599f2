/**
 * The push worker on a real SQLite store, against the stand-in intervals.icu:
 * two instances sharing the database push an athlete once, not twice; a key
 * sealed under another server key is reported, not sent; stopping cuts a
 * hanging push short and gives its athlete back; events carry the athlete's
 * own start times.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compilePlan, loadPlan, makeAthlete } from '../../src/compiler/index.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { AthleteRecord } from '../../src/store/store.js';
import { changesFor, planEvents } from '../../src/sync/intervals/events.js';
import { SecretBox } from '../../src/sync/intervals/secret.js';
import { IntervalsSync } from '../../src/sync/intervals/worker.js';
import { FakeIntervals } from '../support/fake-intervals.js';
import { REFERENCE_PROFILE, SMALL_PLAN } from '../server/support/service.js';

const KEY = 'worker-test-key-0123456789';
const ATHLETE = 'i31337';

function compile(record: AthleteRecord) {
  const { plan } = loadPlan((record.plan as { yaml: string }).yaml);
  return compilePlan(plan!, makeAthlete(record.profile), { start: record.start });
}

describe('the push worker', () => {
  let dir: string;
  let store: KyselyStore;
  let fake: FakeIntervals;
  const box = new SecretBox(randomBytes(32));
  const workers: IntervalsSync[] = [];

  const worker = (secret: SecretBox | null = box, timeoutMs = 2000, on: KyselyStore = store) => {
    const w = new IntervalsSync({
      store: on,
      ...(secret ? { secret } : {}),
      baseUrl: fake.url,
      compile,
      logger: pino({ level: 'silent' }),
      timings: { retryBaseMs: 60_000, timeoutMs, sweepMs: 60_000 },
    });
    workers.push(w);
    return w;
  };

  async function linkedAthlete(profile: Record<string, unknown> = REFERENCE_PROFILE): Promise<string> {
    const id = randomUUID();
    await store.createAthlete({ id, profile: profile as never, plan: { yaml: SMALL_PLAN }, start: '2026-03-02', tokenHash: randomBytes(32), now: new Date().toISOString() });
    await store.intervals.link({ athleteId: id, intervalsAthleteId: ATHLETE, keySealed: box.seal(KEY, id), now: new Date().toISOString() });
    return id;
  }

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'runcast-sync-'));
    store = await openSqliteStore(join(dir, 'runcast.db'));
    fake = await new FakeIntervals([{ athleteId: ATHLETE, apiKey: KEY }]).start();
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await fake.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('two instances on one database, asked at the same moment, push the athlete once', async () => {
    const id = await linkedAthlete();
    const second = await openSqliteStore(join(dir, 'runcast.db'));
    const [a, b] = [worker(), worker(box, 2000, second)];
    a.request(id);
    b.request(id);
    await Promise.all([a.idle(), b.idle()]);
    await b.stop();
    await second.close();
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(fake.calendar(ATHLETE)).toHaveLength(7);
    expect(await store.intervals.get(id)).toMatchObject({ pushedVersion: 1, events: 7 });
  });

  it('a key sealed under another server key is reported and nothing is sent', async () => {
    const id = await linkedAthlete();
    const w = worker(new SecretBox(randomBytes(32)));
    w.request(id);
    await w.idle();
    expect(fake.requests).toHaveLength(0);
    expect((await store.intervals.get(id))!.lastError).toMatch(/cannot be read with this RUNCAST_SECRET_KEY .* link the athlete again/);
  });

  it('without a server key it does nothing at all', async () => {
    const id = await linkedAthlete();
    const w = worker(null);
    expect(w.available).toBe(false);
    w.request(id);
    await w.idle();
    expect(fake.requests).toHaveLength(0);
    expect((await store.intervals.get(id))!.failures).toBe(0);
  });

  it('stopping cuts a hanging push short and gives the athlete back at once', async () => {
    const id = await linkedAthlete();
    fake.hang = true;
    const w = worker(box, 60_000);
    w.request(id);
    while (fake.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
    const started = performance.now();
    await w.stop();
    expect(performance.now() - started).toBeLessThan(1000);
    // Not a failure to report, and no lease left behind: another instance may push it now.
    expect((await store.intervals.get(id))!.failures).toBe(0);
    expect(await store.intervals.claim(id, new Date().toISOString(), new Date(Date.now() + 1000).toISOString())).toBeDefined();
    fake.release();
  });

  it('events start at the athlete\'s own time of day where the profile gives one', async () => {
    const id = await linkedAthlete({ ...REFERENCE_PROFILE, times: { wed: '06:30', sat: '08:15' } });
    const w = worker();
    w.request(id);
    await w.idle();
    const starts = fake.calendar(ATHLETE).map((e) => e.start_date_local);
    expect(starts).toContain('2026-03-04T06:30:00');
    expect(starts.filter((s) => s === '2026-03-07T08:15:00')).toHaveLength(2);
    expect(starts).toContain('2026-03-02T00:00:00');
  });
});

describe('what a push sends', () => {
  const athlete = makeAthlete(REFERENCE_PROFILE as never);
  const plan = compilePlan(loadPlan(SMALL_PLAN).plan!, athlete, { start: '2026-03-02' });

  it('nothing when nothing changed; the changed and the new; deletes for what the plan no longer has', () => {
    const events = planEvents(plan, { owner: 'x' });
    const known = new Map(events.map((e) => [e.event.external_id, e.hash]));
    expect(changesFor(events, known)).toEqual({ upserts: [], deletes: [] });
    expect(changesFor(events, known, true).upserts).toHaveLength(events.length);

    known.set(events[0]!.event.external_id, 'stale');
    known.delete(events[1]!.event.external_id);
    known.set('runcast-x-w9-mon-0', 'gone');
    const c = changesFor(events, known);
    expect(c.upserts.map((u) => u.event.external_id)).toEqual([events[0]!.event.external_id, events[1]!.event.external_id]);
    expect(c.deletes).toEqual(['runcast-x-w9-mon-0']);
  });

  it('each owner has its own external ids, so two athletes on one intervals.icu account never touch each other', () => {
    const a = planEvents(plan, { owner: 'a' }).map((e) => e.event.external_id);
    const b = planEvents(plan, { owner: 'b' }).map((e) => e.event.external_id);
    expect(a.every((x) => x.startsWith('runcast-a-'))).toBe(true);
    expect(a.filter((x) => b.includes(x))).toEqual([]);
  });

  it('a session without a date (a plan without a start) is not an event', () => {
    const undated = compilePlan(loadPlan(SMALL_PLAN).plan!, athlete);
    expect(planEvents(undated, { owner: 'x' })).toEqual([]);
  });
});
