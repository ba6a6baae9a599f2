/**
 * The time an athlete's calendar last fetched the feed, as the coach's list shows it: written after a feed
 * answer (200 or 304) at most once per athlete every ten minutes, without a version bump, and never at the
 * cost of the answer. The writes are counted, and made to fail, by triggers in the real SQLite database.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let clock = new Date('2026-01-01T12:00:00Z');
const minutes = (n: number) => (clock = new Date(clock.getTime() + n * 60_000));

beforeAll(async () => {
  svc = await startTestService({ now: () => clock });
  const db = (svc.ctx.store as KyselyStore).db;
  await sql`CREATE TABLE fetch_writes (athlete_id TEXT NOT NULL, at TEXT)`.execute(db);
  await sql`CREATE TRIGGER count_fetch_writes AFTER UPDATE OF feed_fetched_at ON athletes
            BEGIN INSERT INTO fetch_writes VALUES (NEW.id, NEW.feed_fetched_at); END`.execute(db);
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

async function addAthlete(): Promise<{ id: string; feed: string }> {
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; links: { feed: string } };
  return { id: body.id, feed: pathOf(body.links.feed) };
}

async function fetchedAt(id: string): Promise<string | undefined> {
  const { athletes } = await svc.ctx.store.listAthletes({ limit: 1000 });
  return athletes.find((a) => a.id === id)?.feedFetchedAt;
}

async function writesOf(id: string): Promise<string[]> {
  const { rows } = await sql<{ at: string }>`SELECT at FROM fetch_writes WHERE athlete_id = ${id}`.execute((svc.ctx.store as KyselyStore).db);
  return rows.map((r) => r.at);
}

describe("the calendar's last fetch", () => {
  it('a feed GET records when, without changing the athlete; a revalidation within ten minutes writes nothing, one after does', async () => {
    const { id, feed } = await addAthlete();
    expect(await fetchedAt(id)).toBeUndefined();
    const before = (await svc.ctx.store.getAthlete(id))!;

    const first = await svc.get(feed);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const t0 = clock.toISOString();
    await expect.poll(() => fetchedAt(id)).toBe(t0);
    const after = (await svc.ctx.store.getAthlete(id))!;
    expect([after.version, after.updatedAt]).toEqual([before.version, before.updatedAt]);

    minutes(9);
    const again = await svc.get(feed, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    minutes(2);
    const later = await svc.get(feed, { headers: { 'if-none-match': etag } });
    expect(later.status).toBe(304);
    const t11 = clock.toISOString();
    // Writes are made in order on the one writing connection: had the poll at 9 minutes written, it would show before this one.
    await expect.poll(() => writesOf(id)).toEqual([t0, t11]);
    expect(await fetchedAt(id)).toBe(t11);
  });

  it('a fetch time the database refuses to store is logged, and the feed is answered all the same', async () => {
    const { id, feed } = await addAthlete();
    const db = (svc.ctx.store as KyselyStore).db;
    await sql`CREATE TRIGGER refuse_fetch_writes BEFORE UPDATE OF feed_fetched_at ON athletes
              BEGIN SELECT RAISE(ABORT, 'no fetch times today'); END`.execute(db);
    try {
      const res = await svc.get(feed);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('BEGIN:VCALENDAR');
      await expect.poll(() => svc.logs.some((l) => l.includes('could not record a calendar feed fetch') && l.includes(id))).toBe(true);
      expect(svc.logs.find((l) => l.includes('could not record a calendar feed fetch'))).toContain('no fetch times today');
      expect(await fetchedAt(id)).toBeUndefined();
      expect((await svc.get(feed)).status).toBe(200);
    } finally {
      await sql`DROP TRIGGER refuse_fetch_writes`.execute(db);
    }
  });

  it('other links of the athlete, and unknown tokens, record no fetch', async () => {
    const { id, feed } = await addAthlete();
    expect((await svc.get(feed.replace(/calendar\.ics$/, ''))).status).toBe(200);
    expect((await svc.get(feed.replace(/\/a\/[^/]+\//, '/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/'))).status).toBe(404);
    // A feed fetch after them is written, in order, after anything they could have written.
    const other = await addAthlete();
    expect((await svc.get(other.feed)).status).toBe(200);
    await expect.poll(() => writesOf(other.id)).toHaveLength(1);
    expect(await writesOf(id)).toEqual([]);
  });
});
