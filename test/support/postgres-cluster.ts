/**
 * Vitest globalSetup: a throwaway PostgreSQL cluster for the storage contract
 * and multi-instance tests, started once per run on 127.0.0.1 and a free
 * port, handed to tests as `inject('postgresUrl')`, stopped and deleted after.
 * Missing binaries fail the run with the command that installs them: the
 * PostgreSQL half of the suite is never skipped.
 */
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster's `postgres` database. */
    postgresUrl: string;
  }
}

const run = promisify(execFile);

const INSTALL_HINT = 'apt-get update && apt-get install -y postgresql';

/** Debian keeps the server binaries out of PATH, one folder per major version; elsewhere they are on PATH. */
function findBinDir(debian = '/usr/lib/postgresql', path = process.env.PATH ?? ''): string {
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(debian, versions[0], 'bin');
  }
  for (const dir of path.split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  throw new Error(
    'The storage tests run against PostgreSQL as well as SQLite, and no PostgreSQL server binaries (initdb, pg_ctl) were found.\n' +
      `Install them with:\n  ${INSTALL_HINT}`,
  );
}

/** initdb refuses to run as root: as root, run the server tools as the `postgres` user the package creates. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new Error(
      'Running as root, the test PostgreSQL must run as an unprivileged user, and there is no "postgres" user.\n' +
        `Installing the server creates it:\n  ${INSTALL_HINT}`,
    );
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', resolve).on('error', reject));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Cluster {
  url: string;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  /** Keep fsync on, as a production server has it (benchmarks); tests turn it off. */
  durable?: boolean;
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = findBinDir();
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'runcast-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (user) chownSync(dir, user.uid, user.gid);
  const tool = (name: string, args: string[]) =>
    user ? run('runuser', ['-u', 'postgres', '--', join(bin, name), ...args], { cwd: dir }) : run(join(bin, name), args, { cwd: dir });

  try {
    // Trust on a loopback-only, throwaway cluster; C locale so the run does not depend on the machine's locales.
    await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    // fsync off for tests: this cluster lives for one test run; PostgreSQL's own durability is not what the tests check.
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200${options.durable ? '' : ' -c fsync=off'}`;
    await tool('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', settings, 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      async stop() {
        try {
          await tool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`could not start the test PostgreSQL: ${(err as Error).message}\n${stderr}\n${serverLog}`);
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
