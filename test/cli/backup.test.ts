/**
 * `runcast backup` against a real running service, and the restore that
 * docs/deployment.md describes: stop, put the copy in place of runcast.db
 * with the old write-ahead log removed, start.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FAST_LIMITS, listeningUrl, spawnServer, type Child } from '../server/support/child.js';
import { removeDir, tempDir } from '../server/support/service.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ADMIN = 'backup-test-admin-token-0123456789';
const dirs: string[] = [];
const children: Child[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
  for (const d of dirs.splice(0)) removeDir(d);
});

function start(data: string): Child {
  const child = spawnServer({ RUNCAST_DATA: data, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', RUNCAST_ADMIN_TOKEN: ADMIN, ...FAST_LIMITS });
  children.push(child);
  return child;
}

function runcast(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/runcast.js', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '', ...env } });
  expect(r.error).toBeUndefined();
  return r;
}

const api = (url: string, path: string, body?: unknown) =>
  fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${ADMIN}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

async function addAthlete(url: string, name: string): Promise<{ feed: string }> {
  const res = await api(url, '/api/athletes', { profile: { name, fitness: { race: { distance: '5K', time: '20:00' } } }, plan: { template: 'mile-8-week' }, start: '2030-01-07' });
  expect(res.status).toBe(201);
  return ((await res.json()) as { links: { feed: string } }).links;
}

async function names(url: string): Promise<string[]> {
  return ((await (await api(url, '/api/athletes')).json()) as { athletes: { name: string }[] }).athletes.map((a) => a.name).sort();
}

describe('runcast backup', () => {
  it('copies the running service\'s database into one checked file that a restore brings back, feed links included', { timeout: 180_000 }, async () => {
    const work = tempDir();
    dirs.push(work);
    const data = join(work, 'data');
    const first = start(data);
    const url = await listeningUrl(first);
    const kept = await addAthlete(url, 'Kept By The Backup');

    const copy = join(work, 'runcast-backup.db');
    const r = runcast({ RUNCAST_DATA: data }, 'backup', copy);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`backed up ${join(data, 'runcast.db')} to ${copy}: 2 athletes, integrity ok\n`);
    // One file: no write-ahead log beside the copy.
    expect(readdirSync(work).sort()).toEqual(['data', 'runcast-backup.db']);
    // A backup never overwrites an older one.
    const again = runcast({ RUNCAST_DATA: data }, 'backup', copy);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`runcast: ${copy} exists already: give a new file name\n`);

    await addAthlete(url, 'Added After The Backup');
    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    // The restore, as documented: the old database and its write-ahead log go together.
    renameSync(join(data, 'runcast.db'), join(work, 'runcast.db.replaced'));
    rmSync(join(data, 'runcast.db-wal'), { force: true });
    rmSync(join(data, 'runcast.db-shm'), { force: true });
    copyFileSync(copy, join(data, 'runcast.db'));

    const second = start(data);
    const url2 = await listeningUrl(second);
    expect(await names(url2)).toEqual(['Jordan Miles', 'Kept By The Backup']);
    const feed = await fetch(`${url2}${new URL(kept.feed).pathname}`);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
  });

  it('says where the data is when it cannot back it up: none there, or PostgreSQL', { timeout: 120_000 }, () => {
    const empty = tempDir();
    dirs.push(empty);
    const none = runcast({ RUNCAST_DATA: empty }, 'backup', join(empty, 'b.db'));
    expect(none.status).toBe(1);
    expect(none.stderr).toBe(`runcast: there is no database at ${join(empty, 'runcast.db')} (RUNCAST_DATA)\n`);
    expect(existsSync(join(empty, 'b.db'))).toBe(false);
    const pg = runcast({ DATABASE_URL: 'postgres://runcast@db.internal/runcast' }, 'backup', join(empty, 'b.db'));
    expect(pg.status).toBe(1);
    expect(pg.stderr).toMatch(/^runcast: DATABASE_URL is set: the data is in PostgreSQL, backed up with pg_dump/);
  });
});
