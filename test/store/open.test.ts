/** Which store the service opens: PostgreSQL when DATABASE_URL names one, else SQLite in the data folder. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { openStore, SQLITE_FILE_NAME } from '../../src/store/open.js';
import { freshSchema } from '../support/postgres.js';

const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'runcast-open-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('openStore', () => {
  it('opens SQLite in the data folder when no DATABASE_URL is set, creating the folder', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const config = loadConfig({ RUNCAST_DATA: dataDir });
    expect(config.databaseUrl).toBeUndefined();
    const store = (await openStore(config)) as KyselyStore;
    cleanups.push(() => store.close());
    expect(store.dialect).toBe('sqlite');
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
  });

  it('opens PostgreSQL when DATABASE_URL names one, and leaves the data folder alone', async () => {
    const database = await freshSchema();
    cleanups.push(() => database.drop());
    const dataDir = join(tempDir(), 'unused');
    const config = loadConfig({ RUNCAST_DATA: dataDir, DATABASE_URL: database.url });
    const store = (await openStore(config)) as KyselyStore;
    cleanups.push(() => store.close());
    expect(store.dialect).toBe('postgres');
    expect(store.where).toBe(database.where);
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe('DATABASE_URL in the configuration', () => {
  it('accepts postgres:// and postgresql:// URLs, and treats an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://runcast@db:5432/runcast' }).databaseUrl).toBe('postgres://runcast@db:5432/runcast');
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/runcast' }).databaseUrl).toBe('postgresql://db/runcast');
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('refuses any other URL, naming the variable, rather than quietly falling back to SQLite', () => {
    for (const value of ['mysql://db/runcast', 'sqlite:///data/runcast.db', 'localhost:5432']) {
      expect(() => loadConfig({ DATABASE_URL: value })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: value })).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/);
    }
  });
});
