/**
 * The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a
 * write acknowledged to a client has reached the disk and survives a crash or
 * power loss. better-sqlite3 is synchronous; Kysely serialises the store's
 * queries on one writing connection, and the token lookup of every feed poll
 * has a read-only connection of its own.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, type CompiledQuery, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { KyselyStore, type SyncReader } from './kysely-store.js';
import { commitsOf, countingCommits, withForeignCommits, type Commits } from './sqlite-commits.js';
import { migrate } from './migrate.js';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.js';
import type { Tables } from './schema.js';

export const SQLITE_REMEDY = 'point RUNCAST_DATA at another folder';

/** Distinct statements are few (one per query shape); the bound only guards against a runaway. */
const STATEMENT_CACHE_LIMIT = 256;

/**
 * better-sqlite3 behind Kysely's SqliteDatabase, keeping prepared statements
 * (Kysely prepares on every query, which costs more than running a one-row
 * one), each counting the commits it may make (`sqlite-commits.ts`).
 */
function withStatementCache(db: Database.Database, commits: Commits): SqliteDatabase {
  const prepare = (sql: string) => countingCommits(db, db.prepare(sql), commits);
  return { close: () => checkpointAndClose(db), prepare: preparedOnce((sql) => (sql === 'rollback' ? rollbackIfOpen(db, prepare(sql)) : prepare(sql))) };
}

/**
 * The writer's close, last of the process's connections (the store closes its
 * reader first): everything in the WAL is copied into the database file and
 * the WAL emptied, so runcast.db alone is whole after a clean stop, as a
 * backup that copies only it expects. SQLite checkpoints on close by itself
 * only when no other connection has the file open. The checkpoint waits for
 * other processes' reads in progress up to the busy timeout; one that cannot
 * finish leaves the data safe in the WAL.
 */
function checkpointAndClose(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Kysely's ROLLBACK after a failed statement in a transaction. SQLite ends
 * the transaction itself on some errors (a full disk, an I/O error); a
 * ROLLBACK then fails with "no transaction is active", and Kysely would throw
 * that instead of the error that explains what happened.
 */
function rollbackIfOpen(db: Database.Database, rollback: SqliteStatement): SqliteStatement {
  const ended = { changes: 0, lastInsertRowid: 0 };
  return { ...rollback, run: (parameters) => (db.inTransaction ? rollback.run(parameters) : ended) };
}

function preparedOnce<S>(prepare: (sql: string) => S): (sql: string) => S {
  const statements = new Map<string, S>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= STATEMENT_CACHE_LIMIT) statements.clear();
      statement = prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
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
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: withStatementCache(raw, commitsOf(file)) }) });
}

/**
 * A second, read-only connection for the token lookup of every feed poll,
 * answered synchronously. It is separate so that it only ever sees committed
 * data: the writing connection is shared by Kysely transactions that yield
 * between statements, and a read on it could see a transaction's uncommitted
 * rows. In WAL mode each of its reads sees the last commit of any connection
 * or process; `sqlite-commits.ts` says when that may have changed.
 */
function openReader(file: string): SyncReader {
  const raw = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  const prepare = preparedOnce((sql) => raw.prepare(sql));
  const dataVersion = raw.prepare('PRAGMA data_version').pluck();
  const commits = commitsOf(file);
  return {
    first: <R>(query: CompiledQuery<R>) => prepare(query.sql).get(query.parameters) as R | undefined,
    // data_version counts commits by every other connection, and this one never writes.
    changeCounter: withForeignCommits(commits, () => dataVersion.get() as number),
    changedElsewhere: () => void commits.generation++,
    close: () => raw.close(),
  };
}

/** The migrated store on `file`; refuses a database from a newer runcast (SchemaTooNewError). */
export async function openSqliteStore(file: string): Promise<KyselyStore> {
  const db = openSqliteDatabase(file);
  try {
    await migrate(db, 'sqlite', SQLITE_MIGRATIONS, { where: file, remedy: SQLITE_REMEDY });
    return new KyselyStore(db, 'sqlite', file, { sync: openReader(file) });
  } catch (err) {
    await db.destroy();
    throw err;
  }
}
