/**
 * The two databases the storage contract runs against. Each test gets a
 * place of its own (a temporary SQLite file, or a fresh PostgreSQL database)
 * and can open the migrated store on it, or a bare connection to poke at it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { POSTGRES_SCHEMA_VERSION } from '../../src/store/migrations/postgres.js';
import { SQLITE_SCHEMA_VERSION } from '../../src/store/migrations/sqlite.js';
import { openPostgresDatabase, openPostgresStore, POSTGRES_REMEDY } from '../../src/store/postgres.js';
import type { DialectName, Tables } from '../../src/store/schema.js';
import { openSqliteDatabase, openSqliteStore, SQLITE_REMEDY } from '../../src/store/sqlite.js';
import { freshSchema } from '../support/postgres.js';

export interface Place {
  /** The migrated store (what the service opens). */
  open(): Promise<KyselyStore>;
  /** A connection without migrating. */
  connect(): Kysely<Tables>;
  /** Marks the database as written by a schema version of our choosing, as a newer runcast would. */
  forceVersion(db: Kysely<Tables>, version: number): Promise<void>;
  /** The tables in this place, the migration ledger left out. */
  tables(db: Kysely<any>): Promise<string[]>;
  /** How the refusal message names this database and what to do. */
  where: string;
  remedy: string;
  dispose(): Promise<void>;
}

export interface Backend {
  name: DialectName;
  schemaVersion: number;
  place(): Promise<Place>;
}

export const sqlite: Backend = {
  name: 'sqlite',
  schemaVersion: SQLITE_SCHEMA_VERSION,
  async place() {
    const dir = mkdtempSync(join(tmpdir(), 'runcast-store-'));
    const file = join(dir, 'runcast.db');
    return {
      open: () => openSqliteStore(file),
      connect: () => openSqliteDatabase(file),
      async forceVersion(db, version) {
        await sql.raw(`PRAGMA user_version = ${version}`).execute(db);
      },
      async tables(db) {
        return (await db.introspection.getTables()).map((t) => t.name).sort();
      },
      where: file,
      remedy: SQLITE_REMEDY,
      async dispose() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const postgres: Backend = {
  name: 'postgres',
  schemaVersion: POSTGRES_SCHEMA_VERSION,
  async place() {
    const database = await freshSchema();
    return {
      // More connections than the service's default, so the concurrency tests really run side by side.
      open: () => openPostgresStore(database.url, { poolSize: 20 }),
      connect: () => openPostgresDatabase(database.url),
      async forceVersion(db, version) {
        await sql`insert into schema_migrations (version, description) values (${version}, 'from a newer runcast')`.execute(db);
      },
      async tables(db) {
        const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_name <> 'schema_migrations' order by table_name`.execute(db);
        return rows.map((r) => r.name);
      },
      where: database.where,
      remedy: POSTGRES_REMEDY,
      dispose: () => database.drop(),
    };
  },
};

export const BACKENDS = [sqlite, postgres];
