import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore, migrate } from '../../src/store/sqlite.js';
import { SQLITE_SCHEMA_VERSION } from '../../src/store/migrations/sqlite.js';
import { SchemaTooNewError, type NewAthlete } from '../../src/store/store.js';

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

let dir: string;
let file: string;
let store: SqliteStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runcast-store-'));
  file = join(dir, 'runcast.db');
  store = new SqliteStore(file);
});

afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore', () => {
  it('opens in WAL mode with synchronous=FULL and foreign keys on', () => {
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // synchronous and foreign_keys are per connection: read them through the store's own connection.
    const conn = (store as unknown as { db: Database.Database }).db;
    expect(conn.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(conn.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('creates, finds by id and by token hash, and keeps the profile and plan as given', async () => {
    const input = newAthlete('Jordan');
    const created = await store.createAthlete(input);
    expect(created).toMatchObject({ id: input.id, name: 'Jordan', version: 1, start: '2026-01-05', plan: { template: 'mile-8-week' } });
    expect(await store.getAthlete(input.id)).toEqual(created);
    expect(await store.findAthleteByTokenHash(hash('Jordan'))).toEqual(created);
    expect(await store.findAthleteByTokenHash(hash('someone else'))).toBeUndefined();
    expect(created.profile).toEqual(input.profile);
    expect(Buffer.compare(created.tokenHash, hash('Jordan'))).toBe(0);
  });

  it('stores inline YAML plans verbatim', async () => {
    const yaml = 'name: Mine\nweeks:\n  - mon: "30 min run"  # comment kept\n';
    const created = await store.createAthlete({ ...newAthlete('Y'), plan: { yaml } });
    expect((await store.getAthlete(created.id))!.plan).toEqual({ yaml });
  });

  it('refuses a second athlete with the same token hash', async () => {
    await store.createAthlete(newAthlete('A', 'same'));
    await expect(store.createAthlete(newAthlete('B', 'same'))).rejects.toThrow(/UNIQUE/);
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
  });

  it('bumps the version on every update and honours an expected version', async () => {
    const a = await store.createAthlete(newAthlete('V'));
    const r1 = await store.updateAthlete(a.id, { start: '2026-02-02' }, '2026-01-02T00:00:00.000Z');
    expect(r1).toMatchObject({ ok: true, athlete: { version: 2, start: '2026-02-02', updatedAt: '2026-01-02T00:00:00.000Z' } });
    const stale = await store.updateAthlete(a.id, { start: '2026-03-02' }, '2026-01-03T00:00:00.000Z', 1);
    expect(stale).toEqual({ ok: false, reason: 'version_conflict', current: 2 });
    expect((await store.getAthlete(a.id))!.start).toBe('2026-02-02');
    const renamed = await store.updateAthlete(a.id, { profile: { ...a.profile, name: 'New name' }, plan: { yaml: 'x' } }, 'now', 2);
    expect(renamed).toMatchObject({ ok: true, athlete: { version: 3, name: 'New name', plan: { yaml: 'x' }, start: '2026-02-02' } });
    expect(await store.updateAthlete(randomUUID(), { start: '2026-02-02' }, 'now')).toEqual({ ok: false, reason: 'not_found' });
  });

  it('rotates the token: the old hash finds nothing, the new one finds the athlete at a new version', async () => {
    const a = await store.createAthlete(newAthlete('R', 'old'));
    const rotated = await store.rotateToken(a.id, hash('new'), 'now');
    expect(rotated?.version).toBe(2);
    expect(await store.findAthleteByTokenHash(hash('old'))).toBeUndefined();
    expect((await store.findAthleteByTokenHash(hash('new')))?.id).toBe(a.id);
    expect(await store.rotateToken(randomUUID(), hash('x'), 'now')).toBeUndefined();
  });

  it('keeps session revisions per athlete and deletes them with the athlete', async () => {
    const a = await store.createAthlete(newAthlete('Rev'));
    const b = await store.createAthlete(newAthlete('Other'));
    await store.saveRevisions(a.id, [
      { uid: 'u1', contentHash: 'h1', sequence: 0, modified: '2026-01-01T00:00:00Z' },
      { uid: 'u2', contentHash: 'h2', sequence: 0, modified: '2026-01-01T00:00:00Z' },
    ]);
    await store.saveRevisions(a.id, [{ uid: 'u1', contentHash: 'h1b', sequence: 1, modified: '2026-01-02T00:00:00Z' }]);
    await store.saveRevisions(b.id, [{ uid: 'u1', contentHash: 'other', sequence: 5, modified: '2026-01-03T00:00:00Z' }]);
    const revs = await store.revisions(a.id);
    expect(revs.get('u1')).toEqual({ uid: 'u1', contentHash: 'h1b', sequence: 1, modified: '2026-01-02T00:00:00Z' });
    expect(revs.get('u2')?.contentHash).toBe('h2');
    expect(await store.deleteAthlete(a.id)).toBe(true);
    expect(await store.deleteAthlete(a.id)).toBe(false);
    expect((await store.revisions(a.id)).size).toBe(0);
    expect((await store.revisions(b.id)).get('u1')?.sequence).toBe(5);
  });

  it('drops revisions for an athlete deleted while its feed was built, instead of failing', async () => {
    // Guards a race: a feed build saves revisions after a concurrent DELETE removed the athlete.
    const a = await store.createAthlete(newAthlete('Gone'));
    await store.deleteAthlete(a.id);
    await expect(
      store.saveRevisions(a.id, [{ uid: 'u', contentHash: 'h', sequence: 0, modified: '2026-01-01T00:00:00Z' }]),
    ).resolves.toBeUndefined();
    expect((await store.revisions(a.id)).size).toBe(0);
  });

  it('keeps the first value of a setting set only if absent', async () => {
    expect(await store.getSetting('k')).toBeUndefined();
    expect(await store.setSettingIfAbsent('k', 'first')).toBe('first');
    expect(await store.setSettingIfAbsent('k', 'second')).toBe('first');
    await store.setSetting('k', 'third');
    expect(await store.getSetting('k')).toBe('third');
  });

  it('keeps everything across a reopen', async () => {
    const a = await store.createAthlete(newAthlete('Persist'));
    await store.close();
    store = new SqliteStore(file);
    expect((await store.getAthlete(a.id))?.name).toBe('Persist');
  });
});

describe('migrations', () => {
  it('brings a new database to the current schema version', () => {
    const db = new Database(join(dir, 'fresh.db'));
    expect(migrate(db, 'fresh.db')).toBe(SQLITE_SCHEMA_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    // Running again changes nothing.
    expect(migrate(db, 'fresh.db')).toBe(SQLITE_SCHEMA_VERSION);
    db.close();
  });

  it('applies only the migrations above the current version, each with its bump', () => {
    const db = new Database(join(dir, 'steps.db'));
    const steps = [
      { version: 1, description: 'one', sql: 'CREATE TABLE t1 (x)' },
      { version: 2, description: 'two', sql: 'CREATE TABLE t2 (x)' },
    ];
    expect(migrate(db, 'steps.db', steps.slice(0, 1))).toBe(1);
    expect(migrate(db, 'steps.db', steps)).toBe(2);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['t1', 't2']);
    db.close();
  });

  it('leaves the version untouched when a migration fails', () => {
    const db = new Database(join(dir, 'broken.db'));
    const steps = [
      { version: 1, description: 'one', sql: 'CREATE TABLE t1 (x)' },
      { version: 2, description: 'broken', sql: 'CREATE TABLE t2 (x); THIS IS NOT SQL' },
    ];
    expect(() => migrate(db, 'broken.db', steps)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't2'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version, with a message saying what to do', async () => {
    await store.close();
    const db = new Database(file);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    let error: unknown;
    try {
      store = new SqliteStore(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as Error).message).toMatch(new RegExp(`schema version ${SQLITE_SCHEMA_VERSION + 1}.*up to ${SQLITE_SCHEMA_VERSION}`));
    expect((error as Error).message).toMatch(/upgrade runcast/);
    // The refused database is left as it was.
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION + 1);
    check.close();
    store = new SqliteStore(join(dir, 'other.db'));
  });
});
