/**
 * The HTTP bench of `http.ts`, (a)–(e), with the service on PostgreSQL, as
 * several instances run it: every poll's token lookup is a round trip to the
 * database. The cluster is a throwaway one on 127.0.0.1 (Debian's
 * `postgresql`, which `.ci/run` installs), default settings with fsync on.
 * Without the server binaries it says so and measures nothing.
 */
import { startCluster } from '../test/support/postgres-cluster.js';
import { runOn } from './http.js';

export async function run(): Promise<void> {
  let cluster;
  try {
    cluster = await startCluster({ durable: true });
  } catch (err) {
    console.log(`http-postgres: not run: ${(err as Error).message.split('\n').slice(0, 3).join(' ')}`);
    return;
  }
  try {
    await runOn({ label: 'http-postgres', databaseUrl: cluster.url });
  } finally {
    await cluster.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
