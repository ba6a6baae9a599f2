/**
 * The store on PostgreSQL, for several service instances sharing one
 * database. The instances keep no state of their own that could go stale:
 * every token request reads the athlete's row, whose version keys the caches.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describeDatabaseUrl } from './database-url.js';
import { DatabaseUnavailableError } from './errors.js';
import { KyselyStore, type PreparedReader } from './kysely-store.js';
import { migrate } from './migrate.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.js';
import type { Tables } from './schema.js';

export const POSTGRES_REMEDY = 'point DATABASE_URL at another database';

export interface PostgresOptions {
  /** Connections per instance. */
  poolSize?: number;
}

export function openPostgresDatabase(url: string, options: PostgresOptions = {}): Kysely<Tables> {
  return new Kysely<Tables>({ dialect: new PostgresDialect({ pool: openPool(url, options) }) });
}

function openPool(url: string, options: PostgresOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    // A database that does not answer fails the request (and /healthz) instead of queueing it forever.
    connectionTimeoutMillis: 10_000,
    application_name: 'runcast',
  });
  // A pooled idle connection that dies (database restart, failover) is dropped and replaced on the
  // next query; without a listener its error event would end the process.
  pool.on('error', () => undefined);
  // A connection checked out for a query when it dies emits its error on the client, not the pool:
  // the query itself fails (and reads are tried again), so the event needs only to be heard.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/** The migrated store; refuses a database from a newer runcast (SchemaTooNewError). */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<KyselyStore> {
  const where = describeDatabaseUrl(url);
  const pool = openPool(url, options);
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  // The same pool runs the token lookup as a prepared statement: half the client CPU of a poll's query through Kysely.
  const prepared: PreparedReader = async (name, query) => (await pool.query({ name, text: query.sql, values: [...query.parameters] })).rows;
  const store = new KyselyStore(db, 'postgres', where, { prepared });
  try {
    try {
      await store.ping();
    } catch (err) {
      throw new DatabaseUnavailableError(where, err);
    }
    await migrate(db, 'postgres', POSTGRES_MIGRATIONS, { where, remedy: POSTGRES_REMEDY });
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
