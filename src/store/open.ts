/** Opens the configured store; the embedded SQLite file in the data folder is the default. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from './sqlite.js';
import type { Store } from './store.js';

export const SQLITE_FILE_NAME = 'runcast.db';

export function openStore(options: { dataDir: string }): Store {
  mkdirSync(options.dataDir, { recursive: true });
  return new SqliteStore(join(options.dataDir, SQLITE_FILE_NAME));
}
