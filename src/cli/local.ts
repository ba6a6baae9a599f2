/**
 * `runcast plans …` and `runcast athletes …` straight on the database (--db,
 * or DATABASE_URL): the service's own routes, run in this process for the one
 * command on a port of 127.0.0.1 nobody else is told of, so the commands, the
 * checks and the answers are the service's to the letter. A write bumps the
 * athletes' versions as the service's do: a running service on the same
 * database serves the new versions (SQLite: within a tenth of a second;
 * PostgreSQL: on its next read).
 */
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, resolve } from 'node:path';
import { createService } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { newToken } from '../server/tokens.js';
import { describeDatabaseUrl } from '../store/database-url.js';
import { SQLITE_FILE_NAME } from '../store/open.js';
import { CliError } from './io.js';
import { ServiceClient } from './service.js';

export interface Database {
  dataDir: string;
  databaseUrl?: string;
  /** How the database is named in messages (no password). */
  where: string;
}

/**
 * The database the command works on directly, if it is to: --db (a runcast.db, its folder or a
 * postgres:// URL), else DATABASE_URL when no service address is given (--url, RUNCAST_URL).
 */
export function databaseFrom(db: string | undefined, url: string | undefined, env: NodeJS.ProcessEnv): Database | undefined {
  if (db !== undefined && url !== undefined) throw new CliError('--db and --url say different places: give one');
  const given = db ?? (url === undefined && !env['RUNCAST_URL'] ? env['DATABASE_URL'] : undefined);
  if (!given) return undefined;
  if (/^postgres(ql)?:\/\//i.test(given)) return { dataDir: '.', databaseUrl: given, where: describeDatabaseUrl(given) };
  const path = resolve(given);
  const folder = existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
  const file = resolve(folder, SQLITE_FILE_NAME);
  if (folder !== path && basename(path) !== SQLITE_FILE_NAME) throw new CliError(`--db names ${given}: the database is a file called ${SQLITE_FILE_NAME}, or the folder that holds it`);
  // A mistyped path must not start an empty database.
  if (!existsSync(file)) throw new CliError(`there is no database at ${file} (--db)`);
  return { dataDir: folder, where: file };
}

/** Runs `work` with a client of the service's routes on this database, and closes everything after. */
export async function onDatabase<T>(db: Database, env: NodeJS.ProcessEnv, work: (client: ServiceClient) => Promise<T>): Promise<T> {
  const token = newToken();
  const configured = loadConfig({ ...env, DATABASE_URL: db.databaseUrl, RUNCAST_DATA: db.dataDir, RUNCAST_ADMIN_TOKEN: token, LOG_LEVEL: 'silent' });
  const config = { ...configured, host: '127.0.0.1', demo: false, databaseUrl: db.databaseUrl, dataDir: db.dataDir, adminToken: token };
  const service = await createService(config);
  // Links name the service's address (PUBLIC_URL, else its port on localhost), never this one's.
  if (!config.publicUrl) service.setPublicUrl(`http://localhost:${configured.port}`);
  const server = createServer(service.handler).listen(0, '127.0.0.1');
  try {
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    return await work(new ServiceClient(`http://127.0.0.1:${port}`, token, `in the database ${db.where}`));
  } finally {
    server.close();
    await service.ctx.compiler.close();
    await service.ctx.store.close();
  }
}
