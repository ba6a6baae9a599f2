/**
 * The storage contract: everything the service relies on from its Store, run
 * unchanged against SQLite and PostgreSQL.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KyselyStore } from '../../src/store/kysely-store.js';
import { migrate, schemaVersion } from '../../src/store/migrate.js';
import type { Migration } from '../../src/store/migrations/types.js';
import { SchemaTooNewError, type NewAthlete, type SessionRevision } from '../../src/store/store.js';
import { BACKENDS, type Place } from './backends.js';

const hash = (s: string) => createHash('sha256').update(s).digest();

function newAthlete(name: string, token = name): NewAthlete {
  return {
    id: randomUUID(),
    profile: { name, timezone: 'America/Chicago', units: 'mi', fitness: { race: { distance: 'mile', time: '6:00' } } },
    plan: { template: 'mile-8-week' },
    start: '2026-01-05',
    tokenHash: hash(token),
    now: '2026-01-01T00:00:00.000Z',
  };
}

const revision = (uid: string, contentHash: string, sequence = 0, modified = '2026-01-01T00:00:00Z'): SessionRevision => ({
  uid,
  contentHash,
  sequence,
  modified,
});

describe.each(BACKENDS)('the store on $name', (backend) => {
  let place: Place;
  let store: KyselyStore;

  beforeEach(async () => {
    place = await backend.place();
    store = await place.open();
  });

  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  describe('athletes', () => {
    it('creates, finds by id and by token hash, and keeps the profile and plan as given', async () => {
      const input = newAthlete('Jordan');
      const created = await store.createAthlete(input);
      expect(created).toEqual({
        id: input.id,
        name: 'Jordan',
        profile: input.profile,
        plan: { template: 'mile-8-week' },
        start: '2026-01-05',
        version: 1,
        tokenHash: hash('Jordan'),
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
      expect(Buffer.isBuffer(created.tokenHash)).toBe(true);
      expect(await store.getAthlete(input.id)).toEqual(created);
      expect(await store.findAthleteByTokenHash(hash('Jordan'))).toEqual(created);
      expect(await store.findAthleteByTokenHash(hash('someone else'))).toBeUndefined();
      expect(await store.getAthlete(randomUUID())).toBeUndefined();
    });

    it('finds each of many athletes by its own token hash (the lookup is compiled once and rebound)', async () => {
      const created = await Promise.all(['a', 'b', 'c', 'd'].map((t) => store.createAthlete(newAthlete(`Runner ${t}`, t))));
      for (const [i, t] of ['a', 'b', 'c', 'd'].entries()) {
        expect((await store.findAthleteByTokenHash(hash(t)))?.id).toBe(created[i]!.id);
      }
    });

    it('stores inline YAML plans and non-ASCII profiles verbatim', async () => {
      const yaml = 'name: Mine\nweeks:\n  - mon: "30 min run"  # comment kept\n    wed: 5 × 1 km @ 10K — "ÉMILIE" 🏃\n';
      const input = { ...newAthlete('Zoë Ñúñez'), plan: { yaml } };
      const created = await store.createAthlete(input);
      const read = await store.getAthlete(created.id);
      expect(read!.plan).toEqual({ yaml });
      expect(read!.name).toBe('Zoë Ñúñez');
      expect(read!.profile).toEqual(input.profile);
    });

    it('refuses a second athlete with the same token hash', async () => {
      await store.createAthlete(newAthlete('A', 'same'));
      await expect(store.createAthlete(newAthlete('B', 'same'))).rejects.toThrow(/unique/i);
      expect(await store.countAthletes()).toBe(1);
    });

    it('pages through athletes in creation order with a cursor', async () => {
      const names = Array.from({ length: 7 }, (_, i) => `Athlete ${i}`);
      for (const n of names) await store.createAthlete(newAthlete(n));
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await store.listAthletes({ limit: 3, after });
        seen.push(...page.athletes.map((a) => a.name));
        after = page.next;
        pages++;
      } while (after);
      expect(seen).toEqual(names);
      expect(pages).toBe(3);
      expect(await store.countAthletes()).toBe(7);
      // A cursor that is not one of ours starts from the beginning rather than failing.
      expect((await store.listAthletes({ limit: 2, after: 'junk' })).athletes.map((a) => a.name)).toEqual(names.slice(0, 2));
    });

    it('lists each plan by its template name or its document size, never the document itself', async () => {
      const own = 'name: Über-Block\nweeks:\n  - mon: 30 min easy\n';
      const template = await store.createAthlete(newAthlete('Template'));
      const document = await store.createAthlete({ ...newAthlete('Document'), plan: { yaml: own } });
      const { athletes } = await store.listAthletes({ limit: 10 });
      expect(athletes).toEqual([
        { id: template.id, name: 'Template', profile: template.profile, plan: { kind: 'template', template: 'mile-8-week' }, start: '2026-01-05', version: 1, createdAt: template.createdAt, updatedAt: template.updatedAt },
        { id: document.id, name: 'Document', profile: document.profile, plan: { kind: 'yaml', bytes: Buffer.byteLength(own) }, start: '2026-01-05', version: 1, createdAt: document.createdAt, updatedAt: document.updatedAt },
      ]);
    });

    it('answers an empty page and a zero count on an empty database', async () => {
      expect(await store.listAthletes({ limit: 10 })).toEqual({ athletes: [], next: undefined });
      expect(await store.countAthletes()).toBe(0);
    });

    it('bumps the version on every update, keeps what the patch leaves out, and honours an expected version', async () => {
      const a = await store.createAthlete(newAthlete('V'));
      const r1 = await store.updateAthlete(a.id, { start: '2026-02-02' }, '2026-01-02T00:00:00.000Z');
      expect(r1).toEqual({
        ok: true,
        athlete: { ...a, start: '2026-02-02', version: 2, updatedAt: '2026-01-02T00:00:00.000Z' },
      });
      // A stale version is a conflict that reports the current one, and changes nothing.
      const stale = await store.updateAthlete(a.id, { start: '2026-03-02' }, '2026-01-03T00:00:00.000Z', 1);
      expect(stale).toEqual({ ok: false, reason: 'version_conflict', current: 2 });
      expect(await store.getAthlete(a.id)).toEqual(r1.ok && r1.athlete);
      const renamed = await store.updateAthlete(a.id, { profile: { ...a.profile, name: 'New name' }, plan: { yaml: 'x' } }, 'later', 2);
      expect(renamed).toEqual({
        ok: true,
        athlete: { ...a, name: 'New name', profile: { ...a.profile, name: 'New name' }, plan: { yaml: 'x' }, start: '2026-02-02', version: 3, updatedAt: 'later' },
      });
      const back = await store.updateAthlete(a.id, { plan: { template: 'mile-workouts' } }, 'latest', 3);
      expect(back.ok && back.athlete.plan).toEqual({ template: 'mile-workouts' });
      expect(await store.updateAthlete(randomUUID(), { start: '2026-02-02' }, 'now')).toEqual({ ok: false, reason: 'not_found' });
      expect(await store.updateAthlete(randomUUID(), { start: '2026-02-02' }, 'now', 1)).toEqual({ ok: false, reason: 'not_found' });
    });

    it('lets exactly one of many concurrent updates from the same version win', async () => {
      // Guards the compare-and-set: two instances editing the same athlete must not both succeed.
      const a = await store.createAthlete(newAthlete('Contended'));
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.updateAthlete(a.id, { start: `2026-02-${String(i + 1).padStart(2, '0')}` }, `t${i}`, 1)),
      );
      const winners = results.filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual(Array(19).fill({ ok: false, reason: 'version_conflict', current: 2 }));
      const stored = await store.getAthlete(a.id);
      expect(stored).toEqual(winners[0]!.ok && winners[0]!.athlete);
      expect(stored!.version).toBe(2);
    });

    it('counts every unconditional concurrent update', async () => {
      const a = await store.createAthlete(newAthlete('Busy'));
      await Promise.all(Array.from({ length: 25 }, (_, i) => store.updateAthlete(a.id, { start: '2026-03-02' }, `t${i}`)));
      expect((await store.getAthlete(a.id))!.version).toBe(26);
    });

    it('rotates the token: the old hash finds nothing, the new one finds the athlete at a new version', async () => {
      const a = await store.createAthlete(newAthlete('R', 'old'));
      const rotated = await store.rotateToken(a.id, hash('new'), '2026-01-05T00:00:00.000Z');
      expect(rotated).toEqual({ ...a, tokenHash: hash('new'), version: 2, updatedAt: '2026-01-05T00:00:00.000Z' });
      expect(await store.findAthleteByTokenHash(hash('old'))).toBeUndefined();
      expect(await store.findAthleteByTokenHash(hash('new'))).toEqual(rotated);
      expect(await store.rotateToken(randomUUID(), hash('x'), 'now')).toBeUndefined();
    });

    it("records the feed's last fetch in the list, leaving the athlete's version, record and token lookup as they were", async () => {
      const a = await store.createAthlete(newAthlete('Polled', 'polled'));
      const listed = async () => (await store.listAthletes({ limit: 10 })).athletes.find((s) => s.id === a.id)!;
      expect((await listed()).feedFetchedAt).toBeUndefined();
      await store.recordFeedFetch(a.id, '2026-01-03T06:30:00.000Z');
      await store.recordFeedFetch(randomUUID(), '2026-01-03T06:30:00.000Z');
      const { feedFetchedAt, ...rest } = await listed();
      expect(feedFetchedAt).toBe('2026-01-03T06:30:00.000Z');
      expect(rest).toMatchObject({ version: 1, updatedAt: a.updatedAt });
      expect(await store.getAthlete(a.id)).toEqual(a);
      expect(await store.findAthleteByTokenHash(hash('polled'))).toEqual(a);
    });

    // Guards the embedded store's token cache: it must never answer from before a commit, whoever made it.
    it('answers the token lookup from the latest commit, made here or by another instance on the same database', async () => {
      const other = await place.open();
      try {
        const a = await store.createAthlete(newAthlete('Warm', 'first'));
        expect((await store.findAthleteByTokenHash(hash('first')))?.version).toBe(1);
        expect((await store.findAthleteByTokenHash(hash('first')))?.version).toBe(1);

        const updated = await store.updateAthlete(a.id, { start: '2026-02-02' }, '2026-01-02T00:00:00.000Z');
        expect(await store.findAthleteByTokenHash(hash('first'))).toEqual(updated.ok && updated.athlete);

        await other.updateAthlete(a.id, { profile: { ...a.profile, name: 'Renamed' } }, '2026-01-03T00:00:00.000Z');
        expect(await store.findAthleteByTokenHash(hash('first'))).toMatchObject({ version: 3, name: 'Renamed' });

        const rotated = await other.rotateToken(a.id, hash('second'), '2026-01-04T00:00:00.000Z');
        expect(await store.findAthleteByTokenHash(hash('first'))).toBeUndefined();
        expect(await store.findAthleteByTokenHash(hash('second'))).toEqual(rotated);

        await other.deleteAthlete(a.id);
        expect(await store.findAthleteByTokenHash(hash('second'))).toBeUndefined();
      } finally {
        await other.close();
      }
    });

    it('refuses to rotate onto a token hash another athlete holds', async () => {
      const a = await store.createAthlete(newAthlete('A', 'a'));
      await store.createAthlete(newAthlete('B', 'b'));
      await expect(store.rotateToken(a.id, hash('b'), 'now')).rejects.toThrow(/unique/i);
      expect((await store.findAthleteByTokenHash(hash('a')))?.version).toBe(1);
    });

    it('deletes an athlete once: gone by id and by token, and not counted', async () => {
      const a = await store.createAthlete(newAthlete('Gone', 'gone'));
      const b = await store.createAthlete(newAthlete('Stays'));
      expect(await store.deleteAthlete(a.id)).toBe(true);
      expect(await store.deleteAthlete(a.id)).toBe(false);
      expect(await store.getAthlete(a.id)).toBeUndefined();
      expect(await store.findAthleteByTokenHash(hash('gone'))).toBeUndefined();
      expect(await store.countAthletes()).toBe(1);
      expect((await store.getAthlete(b.id))?.name).toBe('Stays');
      expect(await store.updateAthlete(a.id, { start: '2026-02-02' }, 'now')).toEqual({ ok: false, reason: 'not_found' });
    });

    it('writes 200 athletes concurrently, all of them whole and each once', async () => {
      const inputs = Array.from({ length: 200 }, (_, i) => newAthlete(`Runner ${i}`, `token ${i}`));
      const created = await Promise.all(inputs.map((input) => store.createAthlete(input)));
      expect(created.map((c) => c.id)).toEqual(inputs.map((i) => i.id));
      expect(await store.countAthletes()).toBe(200);
      const listed = [];
      let after: string | undefined;
      do {
        const page = await store.listAthletes({ limit: 64, after });
        listed.push(...page.athletes);
        after = page.next;
      } while (after);
      expect(new Map(listed.map((a) => [a.id, a.name]))).toEqual(new Map(inputs.map((i) => [i.id, i.profile.name])));
      // Concurrent readers by token see their own athlete, nobody else's.
      const found = await Promise.all(inputs.map((_, i) => store.findAthleteByTokenHash(hash(`token ${i}`))));
      expect(found.map((f) => f?.id)).toEqual(inputs.map((i) => i.id));
    });
  });

  /** The feed token kept sealed: written at creation and rotation, read back only when asked for, never on the poll path. */
  describe('the sealed feed token', () => {
    const sealedAthlete = (token: string, tokenSealed?: Buffer): NewAthlete => ({ ...newAthlete('Ann', token), ...(tokenSealed ? { tokenSealed } : {}) });
    const later = '2026-01-02T00:00:00.000Z';

    it('keeps the sealed token given at creation, byte for byte; none given is null; no athlete is undefined', async () => {
      const sealed = randomBytes(61);
      const kept = await store.createAthlete(sealedAthlete('one', sealed));
      const bare = await store.createAthlete(sealedAthlete('two'));
      expect(await store.sealedToken(kept.id)).toEqual(sealed);
      expect(await store.sealedToken(bare.id)).toBeNull();
      expect(await store.sealedToken(randomUUID())).toBeUndefined();
    });

    it('a rotation replaces it with the new one, or clears it when none is given: the old token never comes back', async () => {
      const a = await store.createAthlete(sealedAthlete('old', randomBytes(61)));
      const next = randomBytes(61);
      const rotated = await store.rotateToken(a.id, hash('new'), later, next);
      expect(rotated).toMatchObject({ version: a.version + 1, tokenHash: hash('new') });
      expect(await store.sealedToken(a.id)).toEqual(next);
      await store.rotateToken(a.id, hash('newer'), later);
      expect(await store.sealedToken(a.id)).toBeNull();
      expect(await store.rotateToken(randomUUID(), hash('x'), later, next)).toBeUndefined();
    });

    it('the record read on every poll carries no sealed token, and its queries never name the column', async () => {
      const sealed = randomBytes(61);
      const a = await store.createAthlete(sealedAthlete('poll', sealed));
      const seen: string[] = [];
      // The same store over the same database, its poll-path statements run through a reader that records them.
      const watched = new KyselyStore(store.db, store.dialect, store.where, {
        prepared: async (_name, query) => {
          seen.push(query.sql);
          return (await store.db.executeQuery(query)).rows as never[];
        },
      });
      const found = await watched.findAthleteByTokenHash(hash('poll'));
      expect(found?.id).toBe(a.id);
      expect(seen.length).toBeGreaterThanOrEqual(2);
      for (const statement of seen) expect(statement).not.toMatch(/token_sealed/);
      for (const record of [found, await store.getAthlete(a.id), (await store.listAthletes({ limit: 10 })).athletes[0]]) {
        expect(Object.keys(record!)).not.toContain('tokenSealed');
        expect(JSON.stringify(record)).not.toContain(sealed.toString('hex'));
      }
    });
  });

  describe('session revisions', () => {
    it('keeps revisions per athlete, upserts them, and deletes them with the athlete', async () => {
      const a = await store.createAthlete(newAthlete('Rev'));
      const b = await store.createAthlete(newAthlete('Other'));
      await store.saveRevisions(a.id, [revision('u1', 'h1'), revision('u2', 'h2')]);
      await store.saveRevisions(a.id, [revision('u1', 'h1b', 1, '2026-01-02T00:00:00Z')]);
      await store.saveRevisions(b.id, [revision('u1', 'other', 5, '2026-01-03T00:00:00Z')]);
      expect(await store.revisions(a.id)).toEqual(
        new Map([
          ['u1', revision('u1', 'h1b', 1, '2026-01-02T00:00:00Z')],
          ['u2', revision('u2', 'h2')],
        ]),
      );
      expect(await store.deleteAthlete(a.id)).toBe(true);
      expect((await store.revisions(a.id)).size).toBe(0);
      expect(await store.revisions(b.id)).toEqual(new Map([['u1', revision('u1', 'other', 5, '2026-01-03T00:00:00Z')]]));
    });

    it('keeps the first stamp of a content: a second save of the same hash changes nothing, another hash replaces it', async () => {
      const a = await store.createAthlete(newAthlete('Stamped'));
      await store.saveRevisions(a.id, [revision('u', 'h', 1, '2026-01-01T12:00:00Z')]);
      await store.saveRevisions(a.id, [revision('u', 'h', 1, '2026-01-01T13:00:00Z')]);
      expect((await store.revisions(a.id)).get('u')).toEqual(revision('u', 'h', 1, '2026-01-01T12:00:00Z'));
      await store.saveRevisions(a.id, [revision('u', 'h2', 2, '2026-01-01T14:00:00Z')]);
      expect((await store.revisions(a.id)).get('u')).toEqual(revision('u', 'h2', 2, '2026-01-01T14:00:00Z'));
    });

    // Guards SEQUENCE against a slow instance whose build started from older revisions.
    it('never takes a sequence back: an older build’s other content does not replace a newer revision', async () => {
      const a = await store.createAthlete(newAthlete('Slow'));
      await store.saveRevisions(a.id, [revision('u', 'h2', 2, '2026-01-02T00:00:00Z')]);
      await store.saveRevisions(a.id, [revision('u', 'h1', 1, '2026-01-03T00:00:00Z')]);
      expect((await store.revisions(a.id)).get('u')).toEqual(revision('u', 'h2', 2, '2026-01-02T00:00:00Z'));
      await store.saveRevisions(a.id, [revision('u', 'h3', 3, '2026-01-04T00:00:00Z')]);
      expect((await store.revisions(a.id)).get('u')).toEqual(revision('u', 'h3', 3, '2026-01-04T00:00:00Z'));
    });

    it('saves nothing for an empty list', async () => {
      const a = await store.createAthlete(newAthlete('Empty'));
      await store.saveRevisions(a.id, []);
      expect((await store.revisions(a.id)).size).toBe(0);
    });

    it('saves a long plan’s revisions whole, across insert batches', async () => {
      // 1,200 rows: more than one batch, as a year of doubles would be.
      const a = await store.createAthlete(newAthlete('Year'));
      const many = Array.from({ length: 1200 }, (_, i) => revision(`s${i}`, `h${i}`, i % 3));
      await store.saveRevisions(a.id, many);
      const read = await store.revisions(a.id);
      expect(read.size).toBe(1200);
      expect(read.get('s0')).toEqual(many[0]);
      expect(read.get('s1199')).toEqual(many[1199]);
    });

    it('drops revisions for an athlete deleted while its feed was built, instead of failing', async () => {
      // Guards a race: a feed build saves revisions after a concurrent DELETE removed the athlete.
      const a = await store.createAthlete(newAthlete('Gone'));
      await store.deleteAthlete(a.id);
      await expect(store.saveRevisions(a.id, [revision('u', 'h')])).resolves.toBeUndefined();
      expect((await store.revisions(a.id)).size).toBe(0);
    });

    it('keeps revision instants exactly as written', async () => {
      const a = await store.createAthlete(newAthlete('Instants'));
      const odd = [revision('x', 'h', 0, '2026-03-29T01:00:00Z'), revision('y', 'h', 0, '2026-03-29T01:00:00.123+02:00')];
      await store.saveRevisions(a.id, odd);
      expect([...(await store.revisions(a.id)).values()].map((r) => r.modified).sort()).toEqual(odd.map((r) => r.modified).sort());
    });
  });

  describe('settings', () => {
    it('keeps the first value of a setting set only if absent, and overwrites on set', async () => {
      expect(await store.getSetting('k')).toBeUndefined();
      expect(await store.setSettingIfAbsent('k', 'first')).toBe('first');
      expect(await store.setSettingIfAbsent('k', 'second')).toBe('first');
      await store.setSetting('k', 'third');
      expect(await store.getSetting('k')).toBe('third');
      await store.setSetting('new', 'v');
      expect(await store.getSetting('new')).toBe('v');
    });

    it('gives every concurrent setter the same winner', async () => {
      // Two instances starting together must agree on one generated admin token.
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => store.setSettingIfAbsent('admin', `candidate ${i}`)));
      expect(new Set(answers).size).toBe(1);
      expect(await store.getSetting('admin')).toBe(answers[0]);
    });
  });

  describe('lifetime', () => {
    it('answers a ping, and closes more than once without error', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
      await store.close();
      await expect(store.close()).resolves.toBeUndefined();
      await expect(store.ping()).rejects.toThrow();
    });

    it('takes a write probe (for /healthz) leaving only when it last succeeded, and refuses it when it cannot be written', async () => {
      await store.probeWrite('2026-01-05T06:00:00.000Z');
      await store.probeWrite('2026-01-05T06:00:30.000Z');
      expect(await store.getSetting('health.lastWrite')).toBe('2026-01-05T06:00:30.000Z');
      expect(await store.getSetting('health.room')).toBeUndefined();
      await store.close();
      await expect(store.probeWrite('2026-01-05T06:01:00.000Z')).rejects.toThrow();
    });

    it('keeps everything across a reopen', async () => {
      const a = await store.createAthlete(newAthlete('Persist'));
      await store.saveRevisions(a.id, [revision('u', 'h')]);
      await store.setSetting('k', 'v');
      await store.close();
      store = await place.open();
      expect((await store.getAthlete(a.id))?.name).toBe('Persist');
      expect((await store.revisions(a.id)).get('u')).toEqual(revision('u', 'h'));
      expect(await store.getSetting('k')).toBe('v');
    });
  });

  describe('migrations', () => {
    it('brings a new database to the current schema version, and a second start changes nothing', async () => {
      expect(await schemaVersion(store.db, backend.name)).toBe(backend.schemaVersion);
      expect(await place.tables(store.db)).toEqual(['api_tokens', 'athletes', 'audit_log', 'coach_links', 'coaches', 'console_sessions', 'intervals_events', 'intervals_links', 'plans', 'session_revisions', 'settings']);
      await store.close();
      store = await place.open();
      expect(await schemaVersion(store.db, backend.name)).toBe(backend.schemaVersion);
    });

    it('applies only the migrations above the current version, each with its bump', async () => {
      const steps: Migration[] = [
        { version: 1, description: 'one', statements: ['CREATE TABLE t1 (x integer)'] },
        { version: 2, description: 'two', statements: ['CREATE TABLE t2 (x integer)', 'INSERT INTO t2 (x) VALUES (7)'] },
      ];
      const fresh = await backend.place();
      const db = fresh.connect();
      try {
        expect(await schemaVersion(db, backend.name)).toBe(0);
        expect(await migrate(db, backend.name, steps.slice(0, 1), fresh)).toBe(1);
        expect(await migrate(db, backend.name, steps, fresh)).toBe(2);
        expect(await migrate(db, backend.name, steps, fresh)).toBe(2);
        expect(await fresh.tables(db)).toEqual(['t1', 't2']);
        // Version 2 ran once: its insert is there a single time.
        const { rows } = await sql<{ n: number }>`select count(*) as n from t2`.execute(db);
        expect(Number(rows[0]!.n)).toBe(1);
      } finally {
        await db.destroy();
        await fresh.dispose();
      }
    });

    it('leaves the version and the schema untouched when a migration fails', async () => {
      const fresh = await backend.place();
      const db = fresh.connect();
      try {
        const steps: Migration[] = [
          { version: 1, description: 'one', statements: ['CREATE TABLE t1 (x integer)'] },
          { version: 2, description: 'broken', statements: ['CREATE TABLE t2 (x integer)', 'THIS IS NOT SQL'] },
        ];
        await expect(migrate(db, backend.name, steps, fresh)).rejects.toThrow();
        expect(await schemaVersion(db, backend.name)).toBe(1);
        expect(await fresh.tables(db)).toEqual(['t1']);
      } finally {
        await db.destroy();
        await fresh.dispose();
      }
    });

    it('refuses a database written by a newer runcast, saying what to do, and leaves it as it was', async () => {
      const a = await store.createAthlete(newAthlete('Kept'));
      await store.close();
      const newer = backend.schemaVersion + 1;
      const db = place.connect();
      try {
        await place.forceVersion(db, newer);
      } finally {
        await db.destroy();
      }
      let error: unknown;
      try {
        store = await place.open();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SchemaTooNewError);
      expect((error as Error).message).toBe(
        `The database at ${place.where} has schema version ${newer}, but this runcast only knows versions up to ${backend.schemaVersion}. ` +
          `It was written by a newer runcast: upgrade runcast, or ${place.remedy}.`,
      );
      const check = place.connect();
      try {
        expect(await schemaVersion(check, backend.name)).toBe(newer);
        const rows = await check.selectFrom('athletes').select('id').execute();
        expect(rows.map((r) => r.id)).toEqual([a.id]);
      } finally {
        await check.destroy();
      }
      // afterEach closes and disposes whatever is current: hand it a healthy store on a place of its own.
      const refused = place;
      place = await backend.place();
      store = await place.open();
      await refused.dispose();
    });
  });
});
