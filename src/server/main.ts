/**
 * `npm start`: the service from the environment (see docs/service.md for the
 * variables), in this process or, with RUNCAST_WORKERS above 1, in that many
 * worker processes on one port (`workers.ts`).
 */
import cluster from 'node:cluster';
import { startService } from './app.js';
import { banner } from './banner.js';
import { ConfigError, loadConfig, type ServerConfig } from './config.js';
import { logDestination } from './logging.js';
import { onSignals, shutdown } from './shutdown.js';
import { clusterPeers, reportListening, runPrimary, workerNumber } from './workers.js';
import { describeDatabaseUrl } from '../store/database-url.js';
import { DatabaseUnavailableError, StorageError, storageFault } from '../store/errors.js';
import { SchemaTooNewError } from '../store/store.js';

async function main(): Promise<number | undefined> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`runcast: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (cluster.isPrimary && config.workers > 1) return runPrimary(config);
  const number = workerNumber();
  const logStream = logDestination();
  let running;
  try {
    running = await startService(config, { logStream, ...(number !== undefined ? { worker: { number, peers: clusterPeers() } } : {}) });
  } catch (err) {
    process.stderr.write(`runcast: ${startFailure(err, config)}\n`);
    return 1;
  }
  const text = banner({
    url: running.url,
    publicUrl: running.ctx.publicUrl(),
    dataDir: config.databaseUrl ? describeDatabaseUrl(config.databaseUrl) : config.dataDir,
    admin: running.ctx.admin,
    demo: running.demo,
    console: running.console,
    workers: config.workers,
  });
  // A worker's banner is printed by the primary, once every worker listens.
  if (number !== undefined) reportListening(text);
  else process.stdout.write(text);
  const { server, ctx } = running;
  onSignals(async () => {
    ctx.logger.info('shutting down');
    await shutdown(server, ctx);
    logStream.flushSync();
  });
  return undefined;
}

/**
 * Why the service could not start, in one line for the operator: the place
 * and the cause, never a stack trace (the cause is in the message).
 */
function startFailure(err: unknown, config: ServerConfig): string {
  if (err instanceof SchemaTooNewError || err instanceof DatabaseUnavailableError || err instanceof StorageError) return err.message;
  const e = err as NodeJS.ErrnoException;
  // A worker's listen is done by the cluster's first process, whose failure names its `bind`.
  if (e.syscall === 'listen' || e.syscall === 'bind') return `cannot listen on ${config.host}:${config.port}: ${e.code === 'EADDRINUSE' ? 'the address is in use' : e.code === 'EACCES' ? 'permission denied' : e.code}`;
  // A fault met after opening (the admin token's first write, the demo athlete's): the database, named.
  const reason = storageFault(err);
  const where = config.databaseUrl ? describeDatabaseUrl(config.databaseUrl) : config.dataDir;
  if (reason) return `cannot use the database at ${where}: ${reason}`;
  return `cannot start: ${e instanceof Error ? e.message : String(err)}`.replace(/\s*\n\s*/g, ' ');
}

const code = await main();
if (code !== undefined) process.exit(code);
