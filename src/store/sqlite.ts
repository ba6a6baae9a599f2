/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a
 * write acknowledged to a client has reached the disk and survives a crash or
 * power loss. better-sqlite3 is synchronous and single-connection; Kysely
 * serialises the store's queries on it.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely';
import { KyselyStore } from './kysely-store.js';
import { migrate } from './migrate.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.js';
import type { Tables } from './schema.js';

export const SQLITE_REMEDY = 'point RUNCAST_DATA at another folder';

/** Distinct statements are few (one per query shape); the bound only guards against a runaway. */
const STATEMENT_CACHE_LIMIT = 256;

/**
 * better-sqlite3 behind Kysely's SqliteDatabase, keeping prepared statements:
 * Kysely prepares on every query, and re-preparing the token lookup on every
 * feed poll would cost more than running it.
 */
function withStatementCache(db: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => db.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Opens (creating if needed) the file with the durability settings, without migrating. */
export function openSqliteDatabase(file: string): Kysely<Tables> {
  const raw = new Database(file, { timeout: 5000 });
  try {
    // Connection settings: set outside any transaction, before Kysely runs anything.
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
  } catch (err) {
    raw.close();
    throw err;
  }
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
}

/** The migrated store on `file`; refuses a database from a newer runcast (SchemaTooNewError). */
export async function openSqliteStore(file: string): Promise<KyselyStore> {
  const db = openSqliteDatabase(file);
  const store = new KyselyStore(db, 'sqlite', file);
  try {
    await migrate(db, 'sqlite', SQLITE_MIGRATIONS, { where: file, remedy: SQLITE_REMEDY });
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
