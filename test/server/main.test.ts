import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_SCHEMA_VERSION } from '../../src/store/migrations/sqlite.js';
import { SQLITE_FILE_NAME } from '../../src/store/open.js';
import { FAST_LIMITS, listeningUrl, spawnServer, type Child } from './support/child.js';
import { REFERENCE_PROFILE, removeDir, tempDir } from './support/service.js';

const dirs: string[] = [];
const children: Child[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
  for (const d of dirs.splice(0)) removeDir(d);
});

function start(env: Record<string, string>): Child {
  const child = spawnServer({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...FAST_LIMITS, ...env });
  children.push(child);
  return child;
}

function fresh(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** The printed link, pointed at the port the child actually bound. */
const local = (link: string, url: string) => `${url}${new URL(link).pathname}${new URL(link).search}`;

describe('npm start', () => {
  it('on a fresh data folder creates the demo athlete and prints its links and a one-time admin token', async () => {
    const dir = fresh();
    const child = start({ RUNCAST_DATA: dir });
    const url = await listeningUrl(child);
    const out = child.stdout();
    const feed = /feed: +(\S+)/.exec(out)![1]!;
    const webcal = /subscribe: +(\S+)/.exec(out)![1]!;
    const session = /sessions: +(\S+)/.exec(out)![1]!;
    expect(webcal).toBe(feed.replace(/^http:/, 'webcal:'));
    expect(feed).toMatch(/\/a\/[A-Za-z0-9_-]{32}\/calendar\.ics$/);
    const admin = /Admin API token[^\n]*\n +(\S+)/.exec(out)![1]!;

    // The demo plan is the 8-week mile template starting on a Monday after today.
    const cal = new ICAL.Component(ICAL.parse(await (await fetch(local(feed, url))).text()));
    const starts = cal.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('dtstart'))).sort();
    const first = new Date(`${starts[0]}T12:00:00Z`);
    expect(first.getUTCDay()).toBe(1);
    expect(first.getTime()).toBeGreaterThan(Date.now() - 86_400_000);
    const fit = await fetch(local(session, url));
    expect(fit.status).toBe(200);
    expect(fit.headers.get('content-type')).toBe('application/vnd.ant.fit');

    const list = await fetch(`${url}/api/athletes`, { headers: { authorization: `Bearer ${admin}` } });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { athletes: { name: string; plan: unknown }[] };
    expect(body.athletes).toEqual([expect.objectContaining({ name: REFERENCE_PROFILE.name, plan: { kind: 'template', template: 'mile-8-week' } })]);

    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0);

    // A second start: no new demo athlete, no token printed, the first admin token still valid.
    const again = start({ RUNCAST_DATA: dir });
    const url2 = await listeningUrl(again);
    expect(again.stdout()).not.toContain(admin);
    expect(again.stdout()).not.toMatch(/\/a\/[A-Za-z0-9_-]{32}\//);
    const list2 = (await (await fetch(`${url2}/api/athletes`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { total: number };
    expect(list2.total).toBe(1);
  });

  it('finishes a request in flight on SIGTERM, then closes the database and exits 0', async () => {
    const dir = fresh();
    const token = 'sigterm-admin-token-0123456789';
    const child = start({ RUNCAST_DATA: dir, RUNCAST_ADMIN_TOKEN: token, RUNCAST_DEMO: '0' });
    const url = new URL(await listeningUrl(child));
    const body = JSON.stringify({ profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: '2026-01-05' });

    // The body is sent in two halves with the signal in between: the request is in flight when SIGTERM arrives.
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: '/api/athletes',
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (c) => (text += String(c)));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      setTimeout(() => {
        child.proc.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(20)), 300);
      }, 300);
    });
    const done = await response;
    expect(done.status).toBe(201);
    expect(await child.exited).toBe(0);
    // Refuses new connections once stopped, and the acknowledged athlete is on disk.
    await expect(fetch(`${url.origin}/healthz`)).rejects.toThrow();
    const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM athletes').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses to start on a database from a newer runcast, saying why', async () => {
    const dir = fresh();
    const db = new Database(join(dir, SQLITE_FILE_NAME));
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 5}`);
    db.close();
    const child = start({ RUNCAST_DATA: dir });
    expect(await child.exited).toBe(1);
    expect(child.stderr()).toContain(`schema version ${SQLITE_SCHEMA_VERSION + 5}`);
    expect(child.stderr()).toContain('upgrade runcast');
    expect(child.stderr()).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['one process', '1'],
    ['two workers (it said "cannot start: bind EADDRINUSE")', '2'],
  ])('a port in use stops the start with one line saying so (%s)', async (_, workers) => {
    const taken = createServer().listen(0, '127.0.0.1');
    await once(taken, 'listening');
    const { port } = taken.address() as AddressInfo;
    try {
      const child = start({ RUNCAST_DATA: fresh(), PORT: String(port), RUNCAST_WORKERS: workers, RUNCAST_DEMO: '0' });
      expect(await child.exited).toBe(1);
      expect(child.stderr()).toBe(`runcast: cannot listen on 127.0.0.1:${port}: the address is in use\n`);
    } finally {
      taken.close();
    }
  }, 120_000);

  it('refuses a bad configuration, naming the variable', async () => {
    const child = start({ RUNCAST_DATA: fresh(), PORT: 'http' });
    expect(await child.exited).toBe(2);
    expect(child.stderr()).toMatch(/PORT/);
  });
});
