/**
 * `npm start` with RUNCAST_WORKERS=2 on the embedded database: two processes
 * on one port, every one of them serving, and a change made through one seen
 * by all at once (a rotated token refused, an edited plan's new feed served,
 * by whichever worker answers next).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAST_LIMITS, listeningUrl, spawnServer, type Child } from './support/child.js';
import { rawRequest } from './support/raw.js';
import { ADMIN_TOKEN, REFERENCE_PROFILE, SMALL_PLAN, removeDir, tempDir } from './support/service.js';

let child: Child;
let url: string;
let dir: string;

interface Line {
  time?: number;
  worker?: number;
  msg?: string;
  path?: string;
  status?: number;
}

/** The request log so far (lines reach the output within LOG_FLUSH_MS: wait past it first). */
async function requestLog(): Promise<Line[]> {
  await new Promise((r) => setTimeout(r, 400));
  return child
    .stdout()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Line)
    .filter((l) => l.msg === 'request');
}

/** A request on a connection of its own: the cluster hands each new connection to the next worker. */
const fresh = (path: string, headers: Record<string, string> = {}) => rawRequest(url, path, { headers, agent: false });

const api = (path: string, method = 'GET', json?: unknown) =>
  fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });

async function create(): Promise<{ id: string; feed: string }> {
  const res = await api('/api/athletes', 'POST', { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { id: string; links: { feed: string } };
  return { id: body.id, feed: new URL(body.links.feed).pathname };
}

/** Polls on fresh connections until each worker has answered `path` at least once (the feed is then in both caches). */
async function servedByBoth(path: string, status: number): Promise<void> {
  const workers = new Set<number>();
  const before = (await requestLog()).length;
  for (let i = 0; i < 80 && workers.size < 2; i++) {
    expect((await fresh(path)).status).toBe(status);
    if (i % 4 === 3) for (const l of (await requestLog()).slice(before)) if (l.path === redacted(path) && l.status === status && l.worker) workers.add(l.worker);
  }
  expect([...workers].sort()).toEqual([1, 2]);
}

/**
 * Polls keep both workers busy with `path` before, during and after `change`
 * (each worker would otherwise look for other processes' commits by itself
 * on its next poll): the polls sent once the change was answered, and their
 * log lines.
 */
async function pollAcross(path: string, headers: Record<string, string>, change: () => Promise<Response>) {
  const polls: { sent: number; status: number; etag: string }[] = [];
  let answeredAt = Infinity;
  const poller = async () => {
    while (Date.now() < answeredAt + 300) {
      const sent = Date.now();
      const res = await fresh(path, headers);
      polls.push({ sent, status: res.status, etag: String(res.headers.etag) });
    }
  };
  const pollers = [poller(), poller(), poller()];
  await new Promise((r) => setTimeout(r, 200));
  const answer = await change();
  answeredAt = Date.now();
  await Promise.all(pollers);
  const after = polls.filter((p) => p.sent > answeredAt);
  expect(polls.some((p) => p.sent < answeredAt && p.status === 200)).toBe(true);
  expect(after.length).toBeGreaterThan(10);
  const lines = (await requestLog()).filter((l) => l.path === redacted(path) && l.time! > answeredAt + 5);
  return { answer, after, lines };
}

const redacted = (path: string) => path.replace(/\/a\/[^/]+/, '/a/[redacted]');

beforeAll(async () => {
  dir = tempDir();
  child = spawnServer({ RUNCAST_DATA: dir, PORT: '0', HOST: '127.0.0.1', RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN, RUNCAST_DEMO: '0', RUNCAST_WORKERS: '2', ...FAST_LIMITS });
  url = await listeningUrl(child);
});

afterAll(async () => {
  if (child.proc.exitCode === null && child.proc.signalCode === null) {
    child.proc.kill('SIGTERM');
    await child.exited;
  }
  removeDir(dir);
});

describe('RUNCAST_WORKERS=2', () => {
  it('says how many processes serve, and runs that many besides the one that starts them', () => {
    expect(child.stdout()).toMatch(/^runcast listening on http:\/\/127\.0\.0\.1:\d+ with 2 worker processes/);
    const workers = readFileSync(`/proc/${child.proc.pid}/task/${child.proc.pid}/children`, 'utf8').trim().split(/\s+/);
    expect(workers).toHaveLength(2);
  });

  it('has every worker serving the feed on the one port', async () => {
    const { feed } = await create();
    await servedByBoth(feed, 200);
  });

  it('refuses a rotated token on every worker the moment the rotation is answered', async () => {
    const { id, feed } = await create();
    await servedByBoth(feed, 200);
    const { answer, after, lines } = await pollAcross(feed, {}, () => api(`/api/athletes/${id}/token`, 'POST'));
    expect(answer.status).toBe(200);
    expect(after.map((p) => p.status)).toEqual(after.map(() => 404));
    // Both workers answered after the rotation, with 404 only.
    expect(new Set(lines.map((l) => l.worker))).toEqual(new Set([1, 2]));
    expect(new Set(lines.map((l) => l.status))).toEqual(new Set([404]));
    const newFeed = new URL(((await answer.json()) as { links: { feed: string } }).links.feed).pathname;
    expect((await fresh(newFeed)).status).toBe(200);
  });

  it('serves an edited plan’s feed from every worker the moment the edit is answered', async () => {
    const { id, feed } = await create();
    await servedByBoth(feed, 200);
    const etag = String((await fresh(feed)).headers.etag);
    const { answer, after, lines } = await pollAcross(feed, { 'if-none-match': etag }, () =>
      api(`/api/athletes/${id}`, 'PATCH', { plan: { yaml: SMALL_PLAN.replace('45 min', '50 min') } }),
    );
    expect(answer.status).toBe(200);
    for (const p of after) {
      expect(p.status).toBe(200);
      expect(p.etag).not.toBe(etag);
    }
    expect(new Set(lines.map((l) => l.worker))).toEqual(new Set([1, 2]));
  });

  it('replaces a worker that dies, and stops them all on SIGTERM', async () => {
    const { feed } = await create();
    const pids = () => readFileSync(`/proc/${child.proc.pid}/task/${child.proc.pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
    const [victim] = pids();
    process.kill(victim!, 'SIGKILL');
    for (let i = 0; i < 100 && !/worker \d stopped/.test(child.stderr()); i++) await new Promise((r) => setTimeout(r, 50));
    expect(child.stderr()).toMatch(/worker [12] stopped \(SIGKILL\); starting another/);
    // The other worker answers meanwhile; then the new one too.
    await servedByBoth(feed, 200);
    expect(pids()).not.toContain(victim);
    child.proc.kill('SIGTERM');
    expect(await child.exited).toBe(0);
  });
});
