/** What only the embedded store promises: durability settings, and databases written before Kysely. */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from '../../src/store/migrations/sqlite.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { FOREIGN_CHECK_MS } from '../../src/store/sqlite-commits.js';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runcast-sqlite-'));
  file = join(dir, 'runcast.db');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite store', () => {
  it('opens in WAL mode with synchronous=FULL and foreign keys on', async () => {
    const store = await openSqliteStore(file);
    try {
      const check = new Database(file, { readonly: true });
      expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
      check.close();
      // synchronous and foreign_keys are per connection: read them through the store's own.
      const pragma = async (name: string) => (await sql.raw(`PRAGMA ${name}`).execute(store.db)).rows[0];
      expect(await pragma('synchronous')).toEqual({ synchronous: 2 }); // 2 = FULL
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
    } finally {
      await store.close();
    }
  });

  it('keeps its schema version in PRAGMA user_version', async () => {
    await (await openSqliteStore(file)).close();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(SQLITE_SCHEMA_VERSION);
    check.close();
  });

  it('opens a database written by the release before Kysely, and reads its athletes', async () => {
    // That release ran the same version-1 DDL as one script, set user_version, and wrote rows itself.
    const legacy = new Database(file);
    legacy.pragma('journal_mode = WAL');
    legacy.exec(SQLITE_MIGRATIONS[0]!.statements.join(';\n'));
    legacy.pragma('user_version = 1');
    const id = randomUUID();
    const tokenHash = createHash('sha256').update('legacy token').digest();
    const profile = { name: 'Old Timer', timezone: 'Europe/Berlin', fitness: { race: { distance: '5K', time: '20:00' } } };
    legacy
      .prepare(
        `INSERT INTO athletes (id, name, profile, plan_kind, plan_text, start_date, version, token_hash, created_at, updated_at)
         VALUES (?, ?, ?, 'template', 'mile-8-week', '2025-06-02', 4, ?, '2025-05-01T00:00:00.000Z', '2025-05-20T00:00:00.000Z')`,
      )
      .run(id, profile.name, JSON.stringify(profile), tokenHash);
    legacy.close();

    const store = await openSqliteStore(file);
    try {
      expect(await store.findAthleteByTokenHash(tokenHash)).toEqual({
        id,
        name: 'Old Timer',
        profile,
        plan: { template: 'mile-8-week' },
        start: '2025-06-02',
        version: 4,
        tokenHash,
        createdAt: '2025-05-01T00:00:00.000Z',
        updatedAt: '2025-05-20T00:00:00.000Z',
      });
      const updated = await store.updateAthlete(id, { start: '2025-06-09' }, 'now', 4);
      expect(updated.ok && updated.athlete.version).toBe(5);
    } finally {
      await store.close();
    }
  });

  describe('the token lookup, answered from memory while nothing was committed', () => {
    const newAthlete = (token: string) => ({
      id: randomUUID(),
      profile: { name: 'Cached', fitness: { race: { distance: 'mile', time: '6:00' } } },
      plan: { template: 'mile-8-week' },
      start: '2026-01-05',
      tokenHash: createHash('sha256').update(token).digest(),
      now: '2026-01-01T00:00:00.000Z',
    });
    const hashOf = (token: string) => createHash('sha256').update(token).digest();

    // Guards the commit count: SQLite calls COMMIT read-only, and a lookup during the transaction sees the old row.
    it('forgets what it read during a transaction once the transaction commits', async () => {
      const store = await openSqliteStore(file);
      try {
        const a = await store.createAthlete(newAthlete('before'));
        expect((await store.findAthleteByTokenHash(hashOf('before')))?.id).toBe(a.id);
        await store.db.transaction().execute(async (trx) => {
          await trx.updateTable('athletes').set({ token_hash: hashOf('after') }).where('id', '=', a.id).execute();
          // Not committed yet: the lookup still finds the old token, and keeps that answer.
          expect((await store.findAthleteByTokenHash(hashOf('before')))?.id).toBe(a.id);
          expect(await store.findAthleteByTokenHash(hashOf('after'))).toBeUndefined();
        });
        expect(await store.findAthleteByTokenHash(hashOf('before'))).toBeUndefined();
        expect((await store.findAthleteByTokenHash(hashOf('after')))?.id).toBe(a.id);
      } finally {
        await store.close();
      }
    });

    it('sees a commit by another process on the same file within FOREIGN_CHECK_MS', async () => {
      const store = await openSqliteStore(file);
      try {
        const a = await store.createAthlete(newAthlete('mine'));
        expect((await store.findAthleteByTokenHash(hashOf('mine')))?.id).toBe(a.id);
        // A connection of its own, as another process would have: this process counts none of its commits.
        const other = new Database(file);
        other.prepare('UPDATE athletes SET token_hash = ? WHERE id = ?').run(hashOf('theirs'), a.id);
        other.close();
        await new Promise((r) => setTimeout(r, FOREIGN_CHECK_MS + 20));
        expect(await store.findAthleteByTokenHash(hashOf('mine'))).toBeUndefined();
        // That hand-made change kept the version: the record kept for it must not be the one with the old token.
        expect(await store.findAthleteByTokenHash(hashOf('theirs'))).toMatchObject({ id: a.id, tokenHash: hashOf('theirs') });
      } finally {
        await store.close();
      }
    });
  });
});
