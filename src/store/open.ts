/**
 * Opens the configured store: PostgreSQL when `DATABASE_URL` names one, else
 * the embedded SQLite file in the data folder. What stands in the way of the
 * SQLite file (a data "folder" that is a file, a folder that cannot be
 * created or written, a read-only or damaged database, a full disk, a
 * database file emptied or lost beside the WAL that holds its data) is a
 * StorageError naming the path and the cause, before anything is changed.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { makeFolder } from '../files/make-folder.js';
import { StorageError, storageFault } from './errors.js';
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export const SQLITE_FILE_NAME = 'runcast.db';

export interface StoreLocation {
  dataDir: string;
  /** A postgres:// URL (checked by the configuration); absent for SQLite. */
  databaseUrl?: string;
}

export async function openStore(location: StoreLocation): Promise<Store> {
  if (location.databaseUrl) return openPostgresStore(location.databaseUrl);
  const file = join(dataFolder(location.dataDir), SQLITE_FILE_NAME);
  const where = `the database ${file}`;
  // SQLite opens a file it may not write read-only, without a word; the first write would fail.
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(f)) check(where, () => accessSync(f, constants.R_OK | constants.W_OK), 'the file is read-only');
  }
  const orphaned = orphanedWal(file);
  if (orphaned) throw new StorageError(where, orphaned);
  try {
    return await openSqliteStore(file);
  } catch (err) {
    const reason = storageFault(err);
    throw reason ? new StorageError(where, reason, err) : err;
  }
}

/**
 * A database file that is empty or missing beside a WAL that holds data (a
 * copy or restore of runcast.db alone, taken while it was open): SQLite would
 * open it as a new, empty database and delete the WAL, and with it the data.
 */
function orphanedWal(file: string): string | undefined {
  const wal = `${file}-wal`;
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  if (walBytes === 0) return undefined;
  const state = !existsSync(file) ? 'missing' : statSync(file).size === 0 ? 'empty' : undefined;
  if (!state) return undefined;
  return (
    `it is ${state}, but ${basename(wal)} beside it holds ${walBytes} bytes of its data, which starting would discard. ` +
    `Put back the ${basename(file)} that belongs with that WAL (or restore both from a backup); ` +
    `or, to start afresh and lose that data, move ${basename(wal)} away`
  );
}

/** The data folder, created if need be, and writable (SQLite keeps its journal beside the database). */
function dataFolder(dir: string): string {
  const where = `the data folder ${dir} (RUNCAST_DATA)`;
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new StorageError(where, 'it is a file, not a folder');
  check(where, () => makeFolder(dir), 'it cannot be created');
  check(where, () => accessSync(dir, constants.W_OK | constants.X_OK), 'it is not writable');
  return dir;
}

function check(where: string, attempt: () => unknown, denied: string): void {
  try {
    attempt();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = storageFault(err) ?? (code ? `${denied} (${code})` : undefined);
    if (!reason) throw err;
    const why = code === 'EACCES' || code === 'EPERM' ? `${denied} (permission denied)` : code === 'ENOTDIR' || code === 'EEXIST' ? 'part of its path is a file, not a folder' : reason;
    throw new StorageError(where, why, err);
  }
}
