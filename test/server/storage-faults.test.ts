/**
 * Storage that cannot be used: at start, one line naming the path and the
 * cause, and a non-zero exit (raw SqliteError stack traces, a misleading
 * "cannot listen … EACCES", a hang under /proc); while running, a database
 * that stops taking writes makes /healthz say so and writes answer 503 (they
 * were 500 "internal" with /healthz at 200).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WriteHealth } from '../../src/server/write-health.js';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'runcast-storage-'));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Permissions do not stop root, so when the tests run as root the service is
 * started as "nobody" for the cases that need a folder or file it may not write.
 */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

interface Start {
  code: number | string;
  stderr: string;
  ms: number;
}

/**
 * `npm start`'s command with RUNCAST_DATA at `data`, stopped after 90 s if it neither fails nor exits: a
 * start on a loaded 2-core machine (three at once here, each loading TypeScript) can take 20 s and more.
 */
function start(data: string, options: { uid?: number; gid?: number } = {}): Promise<Start> {
  const started = performance.now();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), RUNCAST_DATA: data, PORT: '0', HOST: '127.0.0.1', RUNCAST_DEMO: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let stderr = '';
  proc.stderr!.on('data', (c) => (stderr += String(c)));
  proc.stdout!.on('data', (c) => {
    // It started: the case under test did not stop it.
    if (String(c).includes('listening')) proc.kill('SIGTERM');
  });
  const timer = setTimeout(() => proc.kill('SIGKILL'), 90_000);
  return new Promise((resolve) =>
    proc.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal ?? -1, stderr, ms: performance.now() - started });
    }),
  );
}

function expectOneLine(r: Start, message: RegExp) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |SqliteError|node:fs/);
}

describe('a service that cannot use its storage says why in one line and exits 1', { timeout: 120_000 }, () => {
  const dir = (name: string) => {
    const d = join(scratch, name);
    mkdirSync(d, { recursive: true });
    chmodSync(d, 0o755);
    return d;
  };

  it('RUNCAST_DATA is a file, or under one', async () => {
    const file = join(dir('file'), 'data');
    writeFileSync(file, 'not a folder');
    const [is, under] = await Promise.all([start(file), start(join(file, 'inner'))]);
    expectOneLine(is, new RegExp(`^runcast: cannot use the data folder ${file} \\(RUNCAST_DATA\\): it is a file, not a folder$`, 'm'));
    expectOneLine(under, new RegExp(`the data folder ${file}/inner \\(RUNCAST_DATA\\): part of its path is a file, not a folder`));
  });

  it('the database file is not a database, or the disk is full', async () => {
    const corrupt = dir('corrupt');
    writeFileSync(join(corrupt, 'runcast.db'), Buffer.alloc(8192, 0x5a));
    // /dev/full answers every write with ENOSPC: SQLite's own "database or disk is full".
    const full = dir('full');
    symlinkSync('/dev/full', join(full, 'runcast.db'));
    const [c, f] = await Promise.all([start(corrupt), start(full)]);
    expectOneLine(c, new RegExp(`^runcast: cannot use the database ${corrupt}/runcast.db: the file is not a database$`, 'm'));
    expectOneLine(f, new RegExp(`^runcast: cannot use the database ${full}/runcast.db: the disk is full$`, 'm'));
  });

  it('the folder cannot be created or written, or the database file is read-only', async () => {
    const locked = dir('locked');
    chmodSync(locked, 0o555);
    const readOnly = dir('read-only-db');
    writeFileSync(join(readOnly, 'runcast.db'), '');
    chmodSync(join(readOnly, 'runcast.db'), 0o444);
    chmodSync(readOnly, 0o777);
    const [parent, folder, db] = await Promise.all([start(join(locked, 'data'), unprivileged), start(locked, unprivileged), start(readOnly, unprivileged)]);
    // It said "cannot listen on 127.0.0.1:0: EACCES".
    expectOneLine(parent, new RegExp(`the data folder ${locked}/data \\(RUNCAST_DATA\\): it cannot be created \\(permission denied\\)`));
    expectOneLine(folder, new RegExp(`the data folder ${locked} \\(RUNCAST_DATA\\): it is not writable \\(permission denied\\)`));
    // It started, and every write was a 500.
    expectOneLine(db, new RegExp(`the database ${readOnly}/runcast.db: the file is read-only \\(permission denied\\)`));
  });

  it('a runcast.db that is empty or missing beside a WAL holding data (it started as a new, empty database and deleted the WAL)', async () => {
    // The WAL of a database in use: what a copy of the folder holds beside a runcast.db copied apart, or lost.
    const source = dir('wal-source');
    const live = new Database(join(source, 'runcast.db'));
    live.pragma('journal_mode = WAL');
    live.pragma('wal_autocheckpoint = 0');
    live.exec("CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('acknowledged')");
    const empty = dir('empty-db');
    const missing = dir('missing-db');
    for (const d of [empty, missing]) copyFileSync(join(source, 'runcast.db-wal'), join(d, 'runcast.db-wal'));
    live.close();
    writeFileSync(join(empty, 'runcast.db'), '');
    const walBytes = statSync(join(empty, 'runcast.db-wal')).size;
    expect(walBytes).toBeGreaterThan(0);

    const [e, m] = await Promise.all([start(empty), start(missing)]);
    for (const [r, d, state] of [[e, empty, 'empty'], [m, missing, 'missing']] as const) {
      expectOneLine(r, new RegExp(`^runcast: cannot use the database ${d}/runcast.db: it is ${state}, but runcast.db-wal beside it holds ${walBytes} bytes of its data, which starting would discard\\. Put back the runcast.db that belongs with that WAL \\(or restore both from a backup\\); or, to start afresh and lose that data, move runcast.db-wal away$`, 'm'));
      expect(statSync(join(d, 'runcast.db-wal')).size).toBe(walBytes);
    }
  });

  it('a folder that cannot be made at all (under /proc Node\'s own mkdir looped forever)', async () => {
    const r = await start('/proc/runcast-data');
    expectOneLine(r, /the data folder \/proc\/runcast-data \(RUNCAST_DATA\): it cannot be created/);
    expect(r.ms).toBeLessThan(20_000);
  });
});

describe('a database that stops taking writes while the service runs', () => {
  let svc: TestService;
  let db: KyselyStore['db'];
  const athlete = { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' };

  beforeAll(async () => {
    svc = await startTestService();
    db = (svc.ctx.store as KyselyStore).db;
    await (await svc.get('/healthz')).arrayBuffer();
  });

  afterAll(async () => {
    await svc.stop();
    removeDir(svc.dir);
  });

  async function health(): Promise<{ status: number; body: { error?: { code: string; details: { reason: string } } }; ms: number }> {
    const t = performance.now();
    const res = await svc.get('/healthz');
    return { status: res.status, body: (await res.json()) as never, ms: performance.now() - t };
  }

  /**
   * SQLite's own SQLITE_FULL, as a full disk gives it: the database capped at
   * its present size, and what room is left in the pages of its athletes and
   * of their feeds' revisions filled, large rows first, then ever smaller ones.
   */
  async function fillDisk() {
    const { rows } = await sql<{ page_count: number }>`PRAGMA page_count`.execute(db);
    await sql.raw(`PRAGMA max_page_count = ${rows[0]!.page_count}`).execute(db);
    const store = svc.ctx.store;
    let k = 0;
    const untilFull = async (write: (size: number) => Promise<unknown>) => {
      for (const size of [4000, 1000, 250, 60, 10, 1]) {
        for (;;) {
          const full = await write(size).then(
            () => false,
            (err: { code?: string }) => {
              if (err.code !== 'SQLITE_FULL') throw err;
              return true;
            },
          );
          if (full) break;
          expect(++k).toBeLessThan(10_000);
        }
      }
    };
    let owner = '';
    await untilFull(async (size) => {
      const filler = { id: randomUUID(), profile: { ...REFERENCE_PROFILE, units: 'mi' as const }, plan: { yaml: 'x'.repeat(size) }, start: '2026-01-05', tokenHash: randomBytes(32), now: new Date().toISOString() };
      owner = (await store.createAthlete(filler)).id || owner;
    });
    await untilFull((size) => store.saveRevisions(owner, [{ uid: `${k}-${'x'.repeat(size)}`, contentHash: 'h', sequence: 0, modified: new Date().toISOString() }]));
  }
  const mendDisk = () => sql.raw('PRAGMA max_page_count = 1073741823').execute(db);

  it.each([
    ['the disk is full', fillDisk, mendDisk],
  ])('%s: writes answer 503 with the reason, /healthz too, until it takes writes again', async (reason, fail, mend) => {
    await fail();
    const res = await svc.api('/api/athletes', { method: 'POST', json: athlete });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ error: { code: 'storage_unavailable', message: `The database does not accept writes: ${reason}.`, details: { reason } } });
    const sick = await health();
    expect(sick.status).toBe(503);
    expect(sick.body.error).toMatchObject({ code: 'storage_unavailable', details: { reason } });
    expect(sick.ms).toBeLessThan(100);
    // Reads go on: the coach can still list athletes.
    expect((await svc.api('/api/athletes')).status).toBe(200);
    await mend();
    expect((await health()).status).toBe(200);
    expect((await svc.api('/api/athletes', { method: 'POST', json: athlete })).status).toBe(201);
  });

  it('/healthz notices it without any failed write: it writes itself, every 30 seconds while all is well', async () => {
    let now = 0;
    const writes = new WriteHealth(svc.ctx.store, () => new Date(), () => now);
    expect(await writes.check()).toBeUndefined();
    await sql`PRAGMA query_only = ON`.execute(db);
    try {
      now = 29_000;
      expect(await writes.check()).toBeUndefined();
      now = 30_000;
      expect(await writes.check()).toBe('the database is read-only');
    } finally {
      await sql`PRAGMA query_only = OFF`.execute(db);
    }
    // While a fault stands, every check tries again.
    expect(await writes.check()).toBeUndefined();
  });

  it('a feed poll that must write on a full disk answers 503 with the cause in the log, not 500 "cannot rollback"', async () => {
    // One run: one revision to store, one row, which SQLite writes without a statement journal.
    const res = await svc.api('/api/athletes', { method: 'POST', json: { ...athlete, plan: { yaml: 'name: One run\nweeks:\n  - mon: 30 min easy\n' } } });
    expect(res.status).toBe(201);
    const { links } = (await res.json()) as { links: { feed: string } };
    await fillDisk();
    const logged = svc.logs.length;
    try {
      // The first poll stores the event's revision: a write in a transaction, which SQLite ends itself on SQLITE_FULL.
      const poll = await svc.get(pathOf(links.feed));
      expect(poll.status).toBe(503);
      expect(poll.headers.get('retry-after')).toBe('30');
      expect(await poll.json()).toMatchObject({ error: { code: 'storage_unavailable', details: { reason: 'the disk is full' } } });
      const log = svc.logs.slice(logged).join('');
      expect(log).toMatch(/"code":"SQLITE_FULL"/);
      expect(log).not.toMatch(/no transaction is active/);
    } finally {
      await mendDisk();
    }
    expect((await health()).status).toBe(200);
    expect((await svc.get(pathOf(links.feed))).status).toBe(200);
  });
});
