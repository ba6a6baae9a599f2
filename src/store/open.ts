/**
 * Opens the configured store: PostgreSQL when `DATABASE_URL` names one, else
 * the embedded SQLite file in the data folder.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
  mkdirSync(location.dataDir, { recursive: true });
  return openSqliteStore(join(location.dataDir, SQLITE_FILE_NAME));
}
