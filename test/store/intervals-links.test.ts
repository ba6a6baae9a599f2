/**
 * The storage contract of intervals.icu links, run unchanged against SQLite
 * and PostgreSQL: linking and re-linking, the lease that keeps pushes of one
 * athlete apart across instances, writes refused once a push has lost its
 * link, and which athletes are owed a push.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import type { NewAthlete } from '../../src/store/store.js';
import { BACKENDS, type Place } from './backends.js';

const T0 = '2026-01-01T00:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

function newAthlete(name: string): NewAthlete {
  return {
    id: randomUUID(),
    profile: { name, timezone: 'UTC', units: 'km', fitness: { race: { distance: '5K', time: '25:00' } } },
    plan: { template: 'mile-8-week' },
    start: '2026-01-05',
    tokenHash: createHash('sha256').update(name).digest(),
    now: T0,
  };
}

describe.each(BACKENDS)('intervals.icu links on $name', (backend) => {
  let place: Place;
  let store: KyselyStore;
  let athleteId: string;
  const sealed = Buffer.from([1, 2, 3, 0, 255]);

  beforeEach(async () => {
    place = await backend.place();
    store = await place.open();
    athleteId = (await store.createAthlete(newAthlete('Lena'))).id;
  });

  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  const link = (id = athleteId, intervalsAthleteId = 'i123') => store.intervals.link({ athleteId: id, intervalsAthleteId, keySealed: sealed, now: T0 });

  it('links an athlete, keeps the sealed key byte for byte, and refuses an athlete that does not exist', async () => {
    const made = await link();
    expect(made).toMatchObject({ athleteId, intervalsAthleteId: 'i123', linkedAt: T0, pushedVersion: 0, events: 0, failures: 0 });
    expect(made!.keySealed.equals(sealed)).toBe(true);
    expect(await store.intervals.get(athleteId)).toEqual(made);
    expect(await link(randomUUID())).toBeUndefined();
    expect(await store.intervals.count()).toBe(1);
  });

  it('a new link is owed a push; a push of the current version settles it; a change makes it owed again', async () => {
    await link();
    expect(await store.intervals.due(T0, 10)).toEqual([athleteId]);
    const lease = (await store.intervals.claim(athleteId, T0, at(60)))!;
    expect(await store.intervals.due(T0, 10)).toEqual([]);
    await store.intervals.succeeded(lease, { version: 1, now: at(1), upserted: 3, deleted: 0 });
    expect(await store.intervals.get(athleteId)).toMatchObject({ pushedVersion: 1, lastSuccessAt: at(1), lastResult: { upserted: 3, deleted: 0 } });
    expect(await store.intervals.due(at(2), 10)).toEqual([]);
    await store.updateAthlete(athleteId, { start: '2026-01-12' }, at(3));
    expect(await store.intervals.due(at(3), 10)).toEqual([athleteId]);
  });

  it('one lease at a time: a second claim waits until the first is released or has expired', async () => {
    await link();
    const first = await store.intervals.claim(athleteId, T0, at(60));
    expect(first).toBeDefined();
    expect(await store.intervals.claim(athleteId, at(1), at(61))).toBeUndefined();
    const afterExpiry = await store.intervals.claim(athleteId, at(60), at(120));
    expect(afterExpiry).toBeDefined();
    // A released lease can be claimed at once; the expired holder can no longer record anything.
    await store.intervals.release(afterExpiry!);
    expect(await store.intervals.claim(athleteId, at(61), at(121))).toBeDefined();
    expect(await store.intervals.recordEvents(first!, [{ externalId: 'e1', hash: 'h1' }], [])).toBe(false);
    expect(await store.intervals.pushed(athleteId)).toEqual(new Map());
  });

  it('claims made at the same moment: exactly one wins', async () => {
    await link();
    const claims = await Promise.all(Array.from({ length: 8 }, () => store.intervals.claim(athleteId, T0, at(60))));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('records pushed events and deletions, and counts what is kept there', async () => {
    await link();
    const lease = (await store.intervals.claim(athleteId, T0, at(60)))!;
    const events = Array.from({ length: 1200 }, (_, i) => ({ externalId: `runcast-x-w${i}`, hash: `h${i}` }));
    expect(await store.intervals.recordEvents(lease, events, [])).toBe(true);
    expect(await store.intervals.recordEvents(lease, [{ externalId: 'runcast-x-w0', hash: 'changed' }], ['runcast-x-w1', 'runcast-x-w2'])).toBe(true);
    const pushed = await store.intervals.pushed(athleteId);
    expect(pushed.size).toBe(1198);
    expect(pushed.get('runcast-x-w0')).toBe('changed');
    expect(pushed.has('runcast-x-w1')).toBe(false);
    expect((await store.intervals.get(athleteId))!.events).toBe(1198);
  });

  it('a failure is counted, keeps the athlete owed a push, and the retry waits for its time', async () => {
    await link();
    let lease = (await store.intervals.claim(athleteId, T0, at(60)))!;
    await store.intervals.succeeded(lease, { version: 1, now: T0, upserted: 1, deleted: 0 });
    await store.updateAthlete(athleteId, { start: '2026-01-12' }, at(1));
    lease = (await store.intervals.claim(athleteId, at(1), at(60)))!;
    await store.intervals.failed(lease, { now: at(2), error: 'intervals.icu failed (HTTP 503)', nextAttemptAt: at(32) });
    expect(await store.intervals.get(athleteId)).toMatchObject({ failures: 1, lastError: 'intervals.icu failed (HTTP 503)', nextAttemptAt: at(32), lastSuccessAt: T0 });
    expect(await store.intervals.due(at(10), 10)).toEqual([]);
    expect(await store.intervals.due(at(32), 10)).toEqual([athleteId]);
    lease = (await store.intervals.claim(athleteId, at(32), at(90)))!;
    await store.intervals.succeeded(lease, { version: 2, now: at(33), upserted: 1, deleted: 0 });
    expect(await store.intervals.get(athleteId)).toMatchObject({ failures: 0, pushedVersion: 2 });
    expect((await store.intervals.get(athleteId))!.lastError).toBeUndefined();
  });

  it('a re-link starts afresh: what the old link pushed is forgotten and its pushes in flight change nothing', async () => {
    await link();
    const old = (await store.intervals.claim(athleteId, T0, at(60)))!;
    await store.intervals.recordEvents(old, [{ externalId: 'e1', hash: 'h1' }], []);
    const relinked = await link(athleteId, 'i999');
    expect(relinked).toMatchObject({ intervalsAthleteId: 'i999', pushedVersion: 0, events: 0 });
    expect(relinked!.linkId).not.toBe(old.link.linkId);
    expect(await store.intervals.pushed(athleteId)).toEqual(new Map());
    expect(await store.intervals.recordEvents(old, [{ externalId: 'e2', hash: 'h2' }], [])).toBe(false);
    await store.intervals.succeeded(old, { version: 9, now: at(5), upserted: 1, deleted: 0 });
    expect((await store.intervals.get(athleteId))!.pushedVersion).toBe(0);
  });

  it('unlinking, or deleting the athlete, removes the link and what it pushed', async () => {
    await link();
    const lease = (await store.intervals.claim(athleteId, T0, at(60)))!;
    await store.intervals.recordEvents(lease, [{ externalId: 'e1', hash: 'h1' }], []);
    expect(await store.intervals.unlink(athleteId)).toBe(true);
    expect(await store.intervals.unlink(athleteId)).toBe(false);
    expect(await store.intervals.get(athleteId)).toBeUndefined();
    expect(await store.intervals.recordEvents(lease, [{ externalId: 'e2', hash: 'h2' }], [])).toBe(false);

    await link();
    await store.deleteAthlete(athleteId);
    expect(await store.intervals.get(athleteId)).toBeUndefined();
    expect(await store.intervals.pushed(athleteId)).toEqual(new Map());
  });
});
