/**
 * Opens the configured store: PostgreSQL when `DATABASE_URL` names one, else
 * the embedded SQLite file in the data folder. What stands in the way of the
 * SQLite file (a data "folder" that is a file, a folder that cannot be
 * created or written, a read-only or damaged database, a full disk) is a
 * StorageError naming the path and the cause, before anything is changed.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  try {
    return await openSqliteStore(file);
  } catch (err) {
    const reason = storageFault(err);
    throw reason ? new StorageError(where, reason, err) : err;
  }
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
