/** What only the PostgreSQL store promises: safe concurrent starts, and no credentials in its messages. */
import { createServer } from 'node:net';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDatabaseUrl, isPostgresUrl } from '../../src/store/database-url.js';
import { DatabaseUnavailableError } from '../../src/store/errors.js';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from '../../src/store/migrations/postgres.js';
import { SQLITE_MIGRATIONS } from '../../src/store/migrations/sqlite.js';
import { openPostgresDatabase, openPostgresStore } from '../../src/store/postgres.js';
import { SchemaTooNewError } from '../../src/store/store.js';
import pg from 'pg';
import { freshDatabase, freshSchema, postgresUrl, type TestDatabase } from '../support/postgres.js';


/** The same database, reached with a password in the URL (the test cluster trusts loopback, so any password works). */
function withPassword(url: string, password: string): string {
  const u = new URL(url);
  u.password = password;
  return u.toString();
}

describe('the PostgreSQL store', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await freshSchema();
  });

  afterEach(async () => {
    await database.drop();
  });

  it('applies each migration exactly once when several instances start together on a fresh database', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(database.url)));
    try {
      const { rows } = await sql<{ version: number }>`select version from schema_migrations order by version`.execute(stores[0]!.db);
      expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
      await Promise.all(stores.map((s) => s.ping()));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('names the database without its password when refusing a newer schema', async () => {
    const url = withPassword(database.url, 'hunter2-secret');
    await (await openPostgresStore(url)).close();
    const db = openPostgresDatabase(url);
    await sql`insert into schema_migrations (version, description) values (${POSTGRES_SCHEMA_VERSION + 3}, 'future')`.execute(db);
    await db.destroy();
    const error = await openPostgresStore(url).then(
      (s) => s.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SchemaTooNewError);
    const message = (error as Error).message;
    expect(message).toContain(`The database at ${database.where} has schema version ${POSTGRES_SCHEMA_VERSION + 3}`);
    expect(message).toContain('point DATABASE_URL at another database');
    expect(message).not.toContain('hunter2-secret');
  });

  it('reports an unreachable database plainly, without its password', async () => {
    // A port that was free a moment ago: nothing listens there.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const url = `postgres://runcast:hunter2-secret@127.0.0.1:${port}/runcast`;
    const error = await openPostgresStore(url).then(
      (s) => s.close().then(() => undefined),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(new RegExp(`^cannot reach the database at postgres://runcast@127\\.0\\.0\\.1:${port}/runcast: .*ECONNREFUSED`));
    expect((error as Error).message).not.toContain('hunter2-secret');
  });
});

describe('the PostgreSQL store when the server drops its connections', () => {
  it('reconnects by itself, as after a database restart or failover', async () => {
    const database = await freshDatabase();
    const store = await openPostgresStore(database.url);
    const admin = new pg.Client({ connectionString: postgresUrl() });
    await admin.connect();
    try {
      // Several pooled connections, all idle afterwards.
      await Promise.all(Array.from({ length: 5 }, () => store.countAthletes()));
      const cut = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database.name]);
      expect(cut.rowCount).toBeGreaterThan(0);
      // The pool hears of each cut connection and drops it; the next queries open new ones.
      const deadline = Date.now() + 5000;
      while ((await admin.query('select 1 from pg_stat_activity where datname = $1', [database.name])).rowCount! > 0) {
        if (Date.now() > deadline) throw new Error('terminated backends did not go away');
        await new Promise((r) => setTimeout(r, 20));
      }
      await expect(store.ping()).resolves.toBeUndefined();
      expect(await Promise.all(Array.from({ length: 5 }, () => store.countAthletes()))).toEqual([0, 0, 0, 0, 0]);
    } finally {
      await admin.end();
      await store.close();
      await database.drop();
    }
  });
});

describe('reads right after the server cut every connection', () => {
  // Regression: the pool hears of a cut only when the socket closes, so a read at once used to fail
  // with "terminating connection due to administrator command" (a flaky CI run showed it).
  it('still answer, without waiting for the pool to notice', async () => {
    const database = await freshDatabase();
    const store = await openPostgresStore(database.url);
    const admin = new pg.Client({ connectionString: postgresUrl() });
    await admin.connect();
    try {
      for (let round = 0; round < 5; round++) {
        await Promise.all(Array.from({ length: 5 }, () => store.countAthletes()));
        await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [database.name]);
        expect(await Promise.all([store.ping(), store.countAthletes(), store.getSetting('none')])).toEqual([undefined, 0, undefined]);
      }
    } finally {
      await admin.end();
      await store.close();
      await database.drop();
    }
  });
});

describe('DATABASE_URL', () => {
  it('selects PostgreSQL only for postgres:// and postgresql:// URLs', () => {
    expect(isPostgresUrl('postgres://u:p@db.internal:5432/runcast')).toBe(true);
    expect(isPostgresUrl('postgresql://db/runcast?sslmode=require')).toBe(true);
    expect(isPostgresUrl('POSTGRES://db/runcast')).toBe(true);
    expect(isPostgresUrl('mysql://db/runcast')).toBe(false);
    expect(isPostgresUrl('sqlite:///data/runcast.db')).toBe(false);
    expect(isPostgresUrl('db.internal:5432')).toBe(false);
    expect(isPostgresUrl('postgres://[not a host/x')).toBe(false);
  });

  it('is described without password or query, which can hold secrets', () => {
    expect(describeDatabaseUrl('postgres://runcast:s3cret@db.internal:5432/runcast?sslpassword=key')).toBe(
      'postgres://runcast@db.internal:5432/runcast',
    );
    expect(describeDatabaseUrl('postgresql://db.internal/runcast')).toBe('postgresql://db.internal/runcast');
  });
});

describe('the migration lists', () => {
  it('give both databases the same versions, in order, with the same meaning', () => {
    const outline = (ms: typeof SQLITE_MIGRATIONS) => ms.map((m) => [m.version, m.description]);
    expect(outline(POSTGRES_MIGRATIONS)).toEqual(outline(SQLITE_MIGRATIONS));
    expect(POSTGRES_MIGRATIONS.map((m) => m.version)).toEqual(POSTGRES_MIGRATIONS.map((_, i) => i + 1));
  });
});
