/**
 * Brings a database to the newest schema this code knows, one migration per
 * transaction with its version bump (a crash leaves a whole version), or
 * refuses a database written by a newer runcast and leaves it untouched.
 * Each dialect keeps its version its own way ("ledger"), under a lock that
 * makes concurrent starts apply every migration once.
 */
import { sql, type Kysely } from 'kysely';
import { lastVersion, type Migration } from './migrations/types.js';
import type { DialectName } from './schema.js';
import { SchemaTooNewError } from './store.js';

/** Where the database is and what to do about a newer one, for the refusal message. */
export interface DatabasePlace {
  where: string;
  remedy: string;
}

interface Ledger {
  /** Opens the migration transaction holding the writers' lock. */
  begin: readonly string[];
  current(db: Kysely<any>): Promise<number>;
  record(db: Kysely<any>, m: Migration): Promise<void>;
}

/** Any fixed 64-bit key: it names runcast's migration lock among the database's advisory locks. */
const PG_MIGRATION_LOCK = 0x72636173_7431; // "rcast1"

const LEDGERS: Record<DialectName, Ledger> = {
  sqlite: {
    // IMMEDIATE takes the write lock before the version is read, so two processes cannot both apply a step.
    begin: ['begin immediate'],
    async current(db) {
      const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(db);
      return rows[0]?.user_version ?? 0;
    },
    async record(db, m) {
      await sql.raw(`PRAGMA user_version = ${Math.trunc(m.version)}`).execute(db);
    },
  },
  postgres: {
    begin: [
      'begin',
      `select pg_advisory_xact_lock(${PG_MIGRATION_LOCK})`,
      `create table if not exists schema_migrations (
         version integer primary key,
         description text not null,
         applied_at timestamptz not null default now()
       )`,
    ],
    async current(db) {
      const { rows } = await sql<{ v: number }>`select coalesce(max(version), 0)::int as v from schema_migrations`.execute(db);
      return rows[0]?.v ?? 0;
    },
    async record(db, m) {
      await sql`insert into schema_migrations (version, description) values (${m.version}, ${m.description})`.execute(db);
    },
  },
};

/** Returns the schema version the database is at afterwards. */
export async function migrate(
  db: Kysely<any>,
  dialect: DialectName,
  migrations: readonly Migration[],
  place: DatabasePlace,
): Promise<number> {
  const ledger = LEDGERS[dialect];
  const known = lastVersion(migrations);
  // One connection throughout: the transaction statements are sent raw.
  return db.connection().execute(async (conn) => {
    for (;;) {
      for (const statement of ledger.begin) await sql.raw(statement).execute(conn);
      try {
        const current = await ledger.current(conn);
        if (current > known) throw new SchemaTooNewError(current, known, place.where, place.remedy);
        const next = migrations.find((m) => m.version > current);
        if (!next) {
          await sql.raw('commit').execute(conn);
          return current;
        }
        for (const statement of next.statements) await sql.raw(statement).execute(conn);
        await ledger.record(conn, next);
        await sql.raw('commit').execute(conn);
      } catch (err) {
        await sql.raw('rollback').execute(conn).catch(() => undefined);
        throw err;
      }
    }
  });
}

/** The version a database is at, without changing it (0 for a fresh one). */
export async function schemaVersion(db: Kysely<any>, dialect: DialectName): Promise<number> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ t: string | null }>`select to_regclass('schema_migrations')::text as t`.execute(db);
    if (!rows[0]?.t) return 0;
  }
  return LEDGERS[dialect].current(db);
}
