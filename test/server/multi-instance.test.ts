/**
 * Several stateless instances on one PostgreSQL, as behind a load balancer:
 * whatever one instance writes, the others serve at once. They share no
 * memory, so this holds only because every request on an athlete's link
 * reads the athlete's row, and cached output is keyed by the row's version.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkDecode } from '../helpers/fit-decode.js';
import { freshDatabase, type TestDatabase } from '../support/postgres.js';
import { FAST_LIMITS, listeningUrl, spawnServer, type Child } from './support/child.js';
import { ADMIN_TOKEN, REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

/** Both instances hand out the load balancer's address, so their feeds can be compared byte for byte. */
const PUBLIC_URL = 'https://runcast.test';

interface Created {
  id: string;
  version: number;
  links: { page: string; feed: string; sessions: string };
}

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    start: String(e.getFirstPropertyValue('dtstart')),
    summary: String(e.getFirstPropertyValue('summary')),
    sequence: Number(e.getFirstPropertyValue('sequence')),
    modified: String(e.getFirstPropertyValue('last-modified')),
  }));
}

/** Planned time of each workout step of a FIT workout, in milliseconds as the watch reads it. */
function stepDurations(fit: Uint8Array): number[] {
  const steps = sdkDecode(fit).messages.workoutStepMesgs ?? [];
  return steps.map((s) => Number(s.durationValue));
}

describe('two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: TestService;
  let b: TestService;
  // Different clocks: a feed built on B that carries A's instants was built from revisions A stored.
  const clockA = new Date('2026-01-01T12:00:00Z');
  const clockB = new Date('2026-01-01T13:00:00Z');

  beforeAll(async () => {
    database = await freshDatabase();
    const config = { databaseUrl: database.url, publicUrl: PUBLIC_URL };
    a = await startTestService({ config, now: () => clockA });
    b = await startTestService({ config, now: () => clockB });
  });

  afterAll(async () => {
    for (const s of [a, b]) {
      if (!s) continue;
      await s.stop();
      removeDir(s.dir);
    }
    await database?.drop();
  });

  async function create(via: TestService, name: string): Promise<Created> {
    const res = await via.api('/api/athletes', {
      method: 'POST',
      json: { profile: { ...REFERENCE_PROFILE, name }, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' },
    });
    expect(res.status).toBe(201);
    return (await res.json()) as Created;
  }

  it('listen on two ports', () => {
    expect(a.port).not.toBe(b.port);
  });

  it('serve through one an athlete created through the other', async () => {
    const athlete = await create(a, 'Created on A');
    const onB = await b.api(`/api/athletes/${athlete.id}`);
    expect(onB.status).toBe(200);
    expect(await onB.json()).toMatchObject({ id: athlete.id, name: 'Created on A', version: 1, start: '2026-01-05' });
    const list = (await (await b.api('/api/athletes?limit=100')).json()) as { athletes: { id: string }[] };
    expect(list.athletes.map((x) => x.id)).toContain(athlete.id);

    const feedA = await a.get(pathOf(athlete.links.feed));
    expect(feedA.status).toBe(200);
    const feedB = await b.get(pathOf(athlete.links.feed));
    expect(feedB.status).toBe(200);
    const textB = await feedB.text();
    // The seven sessions of SMALL_PLAN, each stamped with A's clock: B reused the revisions A stored.
    expect(events(textB)).toHaveLength(7);
    expect(new Set(events(textB).map((e) => e.modified))).toEqual(new Set(['2026-01-01T12:00:00Z']));
    expect(textB).toBe(await feedA.text());
    expect(feedB.headers.get('etag')).toBe(feedA.headers.get('etag'));

    const fit = await b.get(pathOf(athlete.links.sessions.replace('{session}', '2026-01-15').replace('{ext}', 'fit')));
    expect(fit.status).toBe(200);
    expect(stepDurations(new Uint8Array(await fit.arrayBuffer()))).toEqual([45 * 60 * 1000]);
  });

  it('refuse a token on one the moment it is rotated through the other', async () => {
    const athlete = await create(a, 'Rotated');
    const oldFeed = pathOf(athlete.links.feed);
    const oldFit = pathOf(athlete.links.sessions.replace('{session}', 'w1-mon-0').replace('{ext}', 'fit'));
    // B has the old link's output cached before the rotation.
    expect((await b.get(oldFeed)).status).toBe(200);
    expect((await b.get(oldFit)).status).toBe(200);

    const rotated = await a.api(`/api/athletes/${athlete.id}/token`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    const fresh = (await rotated.json()) as Created;

    expect((await b.get(oldFeed)).status).toBe(404);
    expect((await b.get(oldFit)).status).toBe(404);
    expect((await a.get(oldFeed)).status).toBe(404);
    const newFeed = await b.get(pathOf(fresh.links.feed));
    expect(newFeed.status).toBe(200);
    // The links inside the feed carry the new token, not the revoked one.
    const body = await newFeed.text();
    expect(body).toContain(pathOf(fresh.links.page));
    expect(body).not.toContain(pathOf(athlete.links.page));
  });

  it('show a plan edit made through one in the other’s feed and files at once', async () => {
    const athlete = await create(a, 'Edited');
    const feed = pathOf(athlete.links.feed);
    const thursday = pathOf(athlete.links.sessions.replace('{session}', 'w2-thu-0').replace('{ext}', 'fit'));
    const before = await b.get(feed);
    const etag = before.headers.get('etag')!;
    const eventsBefore = events(await before.text());
    expect((await b.get(feed, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect(stepDurations(new Uint8Array(await (await b.get(thursday)).arrayBuffer()))).toEqual([45 * 60 * 1000]);

    const patch = await a.api(`/api/athletes/${athlete.id}`, {
      method: 'PATCH',
      json: { plan: { yaml: SMALL_PLAN.replace('thu: 45 min', 'thu: 50 min') }, version: 1 },
    });
    expect(patch.status).toBe(200);

    // B's cached copy is for version 1: the poll sees the change.
    const after = await b.get(feed, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const eventsAfter = events(await after.text());
    const changed = eventsAfter.filter((e, i) => JSON.stringify(e) !== JSON.stringify(eventsBefore[i]));
    expect(changed.map((e) => [e.start, e.sequence, e.modified])).toEqual([['2026-01-15', 1, '2026-01-01T13:00:00Z']]);
    expect(changed[0]!.summary).toMatch(/50/);
    expect(stepDurations(new Uint8Array(await (await b.get(thursday)).arrayBuffer()))).toEqual([50 * 60 * 1000]);

    // And A, which built nothing since the edit, serves the very same feed from the revisions B stored.
    const onA = await a.get(feed);
    expect(onA.headers.get('etag')).toBe(after.headers.get('etag'));
  });

  // Guards a race: both instances read the same (no) revisions, each stamps the new events with its own clock.
  it('serve the same feed when both build the same first feed at the same moment', async () => {
    const athlete = await create(a, 'Raced');
    const feed = pathOf(athlete.links.feed);
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((r) => (release = r));
    const stores = [a.ctx.store, b.ctx.store];
    for (const store of stores) {
      const original = store.revisions.bind(store);
      let first = true;
      // Each build's first read waits for the other's: neither has saved when both have read.
      store.revisions = async (id) => {
        const read = await original(id);
        if (first) {
          first = false;
          if (++arrived === 2) release();
          await bothRead;
        }
        return read;
      };
    }
    try {
      const [fromA, fromB] = await Promise.all([a.get(feed), b.get(feed)]);
      expect(arrived).toBe(2);
      const [textA, textB] = [await fromA.text(), await fromB.text()];
      expect(textB).toBe(textA);
      expect(fromB.headers.get('etag')).toBe(fromA.headers.get('etag'));
      // One clock's stamp on every event, whichever instance saved first.
      expect(new Set(events(textA).map((e) => e.modified)).size).toBe(1);
      const etag = fromA.headers.get('etag')!;
      for (const s of [a, b]) expect((await s.get(feed, { headers: { 'if-none-match': etag } })).status).toBe(304);
    } finally {
      for (const store of stores) delete (store as { revisions?: unknown }).revisions;
    }
  });

  it('turn away a stale edit on one after an edit through the other', async () => {
    const athlete = await create(a, 'Contended');
    const first = await a.api(`/api/athletes/${athlete.id}`, { method: 'PATCH', json: { start: '2026-01-12', version: 1 } });
    expect(first.status).toBe(200);
    const second = await b.api(`/api/athletes/${athlete.id}`, { method: 'PATCH', json: { start: '2026-01-19', version: 1 } });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ error: { code: 'version_conflict', details: { version: 2 } } });
    expect(await (await b.api(`/api/athletes/${athlete.id}`)).json()).toMatchObject({ start: '2026-01-12', version: 2 });
  });

  it('stop serving on one an athlete deleted through the other', async () => {
    const athlete = await create(a, 'Deleted');
    const feed = pathOf(athlete.links.feed);
    expect((await b.get(feed)).status).toBe(200);
    expect((await a.api(`/api/athletes/${athlete.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await b.get(feed)).status).toBe(404);
    expect((await b.api(`/api/athletes/${athlete.id}`)).status).toBe(404);
    expect((await b.api(`/api/athletes/${athlete.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('agree on one generated admin token and one demo athlete when started together on a fresh database', async () => {
    const fresh = await freshDatabase();
    const started: TestService[] = [];
    try {
      const config = { databaseUrl: fresh.url, publicUrl: PUBLIC_URL, adminToken: undefined, demo: true };
      started.push(...(await Promise.all([startTestService({ config }), startTestService({ config })])));
      const generated = started.map((s) => s.ctx.admin.generated).filter((t): t is string => t !== undefined);
      expect(generated).toHaveLength(1);
      expect(started.filter((s) => s.demo)).toHaveLength(1);
      for (const s of started) {
        const list = await s.api('/api/athletes', { headers: { authorization: `Bearer ${generated[0]}` } });
        expect(list.status).toBe(200);
        expect(((await list.json()) as { total: number }).total).toBe(1);
      }
    } finally {
      for (const s of started) {
        await s.stop();
        removeDir(s.dir);
      }
      await fresh.drop();
    }
  });
});

/** Child processes compile the service with tsx as they start: seconds each on a small machine. */
const CHILD_TIMEOUT = 90_000;

describe('`npm start` with DATABASE_URL', () => {
  const children: Child[] = [];
  let database: TestDatabase;

  beforeAll(async () => {
    database = await freshDatabase();
  });

  afterAll(async () => {
    for (const c of children) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
    await database?.drop();
  });

  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_URL,
    RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    RUNCAST_DEMO: '0',
    ...FAST_LIMITS,
    ...extra,
  });

  it('runs two processes on two ports that serve each other’s writes, and stop cleanly', async () => {
    const first = spawnServer(env());
    const second = spawnServer(env());
    children.push(first, second);
    const [url1, url2] = await Promise.all([listeningUrl(first), listeningUrl(second)]);
    expect(url1).not.toBe(url2);
    expect(first.stdout()).toContain(`data in postgres://postgres@${new URL(database.url).host}/${database.name}`);

    const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const res = await fetch(`${url1}/api/athletes`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: '2026-01-05' }),
    });
    expect(res.status).toBe(201);
    const athlete = (await res.json()) as Created;
    const feed = await fetch(`${url2}${pathOf(athlete.links.feed)}`);
    expect(feed.status).toBe(200);
    expect(events(await feed.text()).length).toBeGreaterThan(0);
    expect((await fetch(`${url2}/healthz`)).status).toBe(200);

    first.proc.kill('SIGTERM');
    second.proc.kill('SIGTERM');
    expect(await Promise.all([first.exited, second.exited])).toEqual([0, 0]);
  }, CHILD_TIMEOUT);

  it('refuses to start on a database from a newer runcast, naming DATABASE_URL and hiding the password', async () => {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(`insert into schema_migrations (version, description) values (999, 'future')`);
    await client.end();
    const url = new URL(database.url);
    url.password = 'hunter2-secret';
    const child = spawnServer(env({ DATABASE_URL: url.toString() }));
    children.push(child);
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain('schema version 999');
    expect(child.stderr()).toContain('upgrade runcast, or point DATABASE_URL at another database');
    expect(child.stderr()).not.toContain('hunter2-secret');
    expect(child.stderr()).not.toMatch(/\n\s+at /);
  }, CHILD_TIMEOUT);

  it('says plainly when the database cannot be reached', async () => {
    const url = new URL(database.url);
    url.port = '1';
    url.password = 'hunter2-secret';
    const child = spawnServer(env({ DATABASE_URL: url.toString() }));
    children.push(child);
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toMatch(/^runcast: cannot reach the database at postgres:\/\/postgres@127\.0\.0\.1:1\//);
    expect(child.stderr()).not.toContain('hunter2-secret');
    expect(child.stderr()).not.toMatch(/\n\s+at /);
  }, CHILD_TIMEOUT);
});
