/**
 * For tests: the PostgreSQL cluster started by `postgres-cluster.ts` (the
 * vitest globalSetup), with a clean place per test: a schema of its own
 * (cheap, for the many storage tests) or a whole database (for service
 * instances, as production runs them).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export function postgresUrl(): string {
  return inject('postgresUrl');
}

export interface TestDatabase {
  /** The URL to hand to the store or the service. */
  url: string;
  /** The database, or the schema, that this test owns. */
  name: string;
  /** How the store names it in messages (no password, no query). */
  where: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const uniqueName = () => `runcast_test_${randomBytes(6).toString('hex')}`;

/** A new database (creating one takes about half a second). */
export async function freshDatabase(): Promise<TestDatabase> {
  const name = uniqueName();
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    where: `postgres://postgres@${url.host}/${name}`,
    // FORCE: a test that failed midway may have left connections open.
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * A new, empty schema that every connection made with the returned URL works
 * in (libpq's `options` sets its search_path): to the store it is a fresh
 * database, at a fraction of the cost of creating one.
 */
export async function freshSchema(): Promise<TestDatabase> {
  const name = uniqueName();
  await admin((c) => c.query(`CREATE SCHEMA ${name}`));
  const url = new URL(postgresUrl());
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    name,
    where: `postgres://postgres@${url.host}${url.pathname}`,
    drop: () => admin((c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(() => undefined),
  };
}
