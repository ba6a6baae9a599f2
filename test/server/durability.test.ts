import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME } from '../../src/store/open.js';
import { FAST_LIMITS, listeningUrl, spawnServer, type Child } from './support/child.js';
import { ADMIN_TOKEN, REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, tempDir } from './support/service.js';

const dirs: string[] = [];
const children: Child[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null && c.proc.signalCode === null) c.proc.kill('SIGKILL');
  for (const d of dirs.splice(0)) removeDir(d);
});

describe('durability', () => {
  it('keeps all 200 athletes written concurrently across a restart', async () => {
    const dir = tempDir();
    dirs.push(dir);
    let svc = await startTestService({ dir, config: { publicUrl: 'https://runcast.test' } });
    const created = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const res = await svc.api('/api/athletes', {
          method: 'POST',
          json: { profile: { ...REFERENCE_PROFILE, name: `Runner ${i}` }, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' },
        });
        expect(res.status).toBe(201);
        return (await res.json()) as { id: string; name: string; links: { feed: string } };
      }),
    );
    expect(new Set(created.map((c) => c.id)).size).toBe(200);
    await svc.stop();

    svc = await startTestService({ dir, config: { publicUrl: 'https://runcast.test' } });
    try {
      const list = (await (await svc.api('/api/athletes?limit=1000')).json()) as { athletes: { id: string; name: string }[]; total: number };
      expect(list.total).toBe(200);
      expect(new Map(list.athletes.map((a) => [a.id, a.name]))).toEqual(new Map(created.map((c) => [c.id, c.name])));
      // Their tokens still open their feeds.
      for (const c of created.filter((_, i) => i % 20 === 0)) expect((await svc.get(pathOf(c.links.feed))).status).toBe(200);
    } finally {
      await svc.stop();
    }
  });

  it('loses no acknowledged write when the process is killed with SIGKILL in the middle of writes', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const env = { RUNCAST_DATA: dir, PORT: '0', HOST: '127.0.0.1', RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', RUNCAST_DEMO: '0', ...FAST_LIMITS };
    const first = spawnServer(env);
    children.push(first);
    const url = await listeningUrl(first);
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

    /** id → the highest version the server acknowledged and the start date it acknowledged with it. */
    const acked = new Map<string, { version: number; start: string }>();
    let stop = false;
    const writer = async (w: number) => {
      let i = 0;
      while (!stop) {
        try {
          const res = await fetch(`${url}/api/athletes`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ profile: { ...REFERENCE_PROFILE, name: `W${w}-${i++}` }, plan: { template: 'mile-8-week' }, start: '2026-01-05' }),
          });
          if (res.status !== 201) continue;
          const a = (await res.json()) as { id: string; version: number; start: string };
          acked.set(a.id, { version: a.version, start: a.start });
          const patch = await fetch(`${url}/api/athletes/${a.id}`, { method: 'PATCH', headers, body: JSON.stringify({ start: '2026-02-02' }) });
          if (patch.status !== 200) continue;
          const p = (await patch.json()) as { version: number; start: string };
          acked.set(a.id, { version: p.version, start: p.start });
        } catch {
          // The connection died with the server: this write was never acknowledged.
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    while (acked.size < 60) await new Promise((r) => setTimeout(r, 20));
    first.proc.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    stop = true;
    await Promise.all(writers);

    // Straight after the crash: the database (WAL recovered on open) is intact and holds every acknowledged write.
    const db = new Database(join(dir, SQLITE_FILE_NAME));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = new Map(
      (db.prepare('SELECT id, version, start_date FROM athletes').all() as { id: string; version: number; start_date: string }[]).map((r) => [r.id, r]),
    );
    db.close();
    for (const [id, a] of acked) {
      const row = rows.get(id);
      expect(row, `acknowledged athlete ${id}`).toBeDefined();
      expect(row!.version).toBeGreaterThanOrEqual(a.version);
      if (a.version === 2) expect(row!.start_date).toBe('2026-02-02');
    }

    // And the restarted service serves them all.
    const second = spawnServer(env);
    children.push(second);
    const url2 = await listeningUrl(second);
    for (const [id, a] of acked) {
      const res = await fetch(`${url2}/api/athletes/${id}`, { headers });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { version: number }).version).toBeGreaterThanOrEqual(a.version);
    }
    second.proc.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const after = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    after.close();
  });

  it.each([
    ['one process', {}],
    ['two workers', { RUNCAST_WORKERS: '2' }],
  ])('a clean stop leaves runcast.db whole: a copy of it alone holds every athlete (%s)', async (_, workers) => {
    const dir = tempDir();
    const copy = tempDir();
    dirs.push(dir, copy);
    const env = { RUNCAST_DATA: dir, PORT: '0', HOST: '127.0.0.1', RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'warn', RUNCAST_DEMO: '0', ...FAST_LIMITS, ...workers };
    const server = spawnServer(env);
    children.push(server);
    const url = await listeningUrl(server, 90_000);
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
    const ids: string[] = [];
    let feed = '';
    for (let i = 0; i < 5; i++) {
      const body = JSON.stringify({ profile: { ...REFERENCE_PROFILE, name: `Runner ${i}` }, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' });
      const res = await fetch(`${url}/api/athletes`, { method: 'POST', headers, body });
      expect(res.status).toBe(201);
      const created = (await res.json()) as { id: string; links: { feed: string } };
      ids.push(created.id);
      feed = created.links.feed;
    }
    // A feed poll: its token lookup opens the read connection, as in service.
    expect((await fetch(`${url}${pathOf(feed)}`)).status).toBe(200);
    server.proc.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    // Everything was checkpointed into the database file, and the WAL emptied.
    const wal = join(dir, `${SQLITE_FILE_NAME}-wal`);
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    copyFileSync(join(dir, SQLITE_FILE_NAME), join(copy, SQLITE_FILE_NAME));
    const db = new Database(join(copy, SQLITE_FILE_NAME), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT id FROM athletes').pluck().all() as string[];
      expect(rows.sort()).toEqual([...ids].sort());
    } finally {
      db.close();
    }
  }, 120_000);
});
