/**
 * The service over HTTP, with autocannon (in a child process, see
 * support/load.ts) against the real app on 127.0.0.1 and a temporary SQLite
 * data folder:
 *  (a) the feed of an athlete whose plan has not changed (cached), and
 *  (b) the same bytes and headers from a static route on the same Express app
 *      (held in memory, headers precomputed: the floor of this stack), in
 *      alternating pairs; their throughput ratio is the cost of the token
 *      lookup, the version check and the cache; and, for reference, the same
 *      bytes as a file through express.static;
 *  (c) If-None-Match revalidation of that feed (304s);
 *  (d) the first feed request after a plan edit: a 52-week plan parsed,
 *      compiled and written as ICS (latency of single requests, many edits);
 *  (e) FIT downloads across many athletes, first (compiling each plan) and again.
 * Requests per second, median and p99 latency, peak RSS of the service. Not a
 * test: nothing is asserted beyond the answers being the expected ones.
 */
import express, { type RequestHandler } from 'express';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAthletes } from './support/athletes.js';
import { closeClient, timedGet } from './support/client.js';
import { LoadGenerator, type MeasuredLoad } from './support/load.js';
import { memorySnapshot, PeakMemory } from './support/memory.js';
import { PLAN_START, REFERENCE_PROFILE, yearPlanYaml } from './support/plans.js';
import { startBenchService, type BenchService } from './support/service.js';
import { fmt, median } from './stats.js';

const ROUND_SECONDS = 3;
const ROUNDS = 3;
/** (a) and (b) alternate this many times: on a shared machine a single pair can be off by a quarter either way. */
const PAIRS = 8;
const PAIR_SECONDS = 2;
const CONNECTIONS = 10;
const EDITS = 60;
const FIT_ATHLETES = 300;

interface Feed {
  path: string;
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
}

/** Prefix of every printed line: which database the service runs on. */
let label = 'http';

export async function run(): Promise<void> {
  await runOn({ label: 'http' });
}

export interface HttpBenchOptions {
  label: string;
  /** A postgres:// URL: the service runs on PostgreSQL instead of its embedded SQLite. */
  databaseUrl?: string;
}

/** (a)–(e) against the service on the given database. */
export async function runOn(options: HttpBenchOptions): Promise<void> {
  label = options.label;
  console.log(`${label}: load average before start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let staticFeed: Feed | undefined;
  // The static response: the feed's bytes and headers, sent as they are.
  const sendStatic: RequestHandler = (_req, res) => {
    const f = staticFeed!;
    for (const [k, v] of Object.entries(f.headers)) res.setHeader(k, v);
    res.status(200).end(f.body);
  };
  // The same bytes as a file on disk, for express.static (written once the feed is known).
  const files = mkdtempSync(join(tmpdir(), 'runcast-bench-static-'));
  const service = await startBenchService({
    env: options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {},
    extraRoutes: [
      { path: '/bench/static.ics', handler: sendStatic },
      { path: '/bench/files', handler: express.static(files), use: true },
    ],
  }).catch((err: unknown) => {
    rmSync(files, { recursive: true, force: true });
    throw err;
  });
  const load = await LoadGenerator.start();
  try {
    staticFeed = await cachedAndStatic(service, load, (f) => {
      staticFeed = f;
      writeFileSync(join(files, 'calendar.ics'), f.body);
    });
    await lookupShare(service, load, staticFeed);
    await revalidation(service, load, staticFeed);
    await coldAfterEdit(service);
    await fitDownloads(service, load);
    const total = process.resourceUsage().maxRSS / 1024;
    console.log(`${label}: peak RSS of the whole run ${fmt(total)} MiB; cache ${cacheLine(service)}`);
  } finally {
    await load.stop();
    closeClient();
    await service.stop();
    rmSync(files, { recursive: true, force: true });
  }
}

async function createReference(service: BenchService, plan: { template: string } | { yaml: string }) {
  const res = await service.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan, start: PLAN_START } });
  if (res.status !== 201) throw new Error(`creating the athlete: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: string; links: { feed: string } };
  return { id: body.id, feedPath: new URL(body.links.feed).pathname };
}

async function cachedAndStatic(service: BenchService, load: LoadGenerator, setStatic: (f: Feed) => void): Promise<Feed> {
  const athlete = await createReference(service, { template: 'mile-8-week' });
  const first = await timedGet(`${service.url}${athlete.feedPath}`);
  if (first.status !== 200) throw new Error(`feed: ${first.status}`);
  const pick = ['content-type', 'content-length', 'etag', 'cache-control'];
  const headers = Object.fromEntries(pick.map((h) => [h, String(first.headers[h])]));
  const feed: Feed = { path: athlete.feedPath, body: first.body, etag: String(first.headers.etag), headers };
  setStatic(feed);
  const check = await timedGet(`${service.url}/bench/static.ics`);
  if (!check.body.equals(feed.body) || check.headers.etag !== feed.etag) throw new Error('the static route does not send the feed');
  console.log(
    `${label}: (a)/(b) feed of the 8-week template for the reference athlete, ${fmt(feed.body.length / 1024, 1)} KiB; ` +
      `${CONNECTIONS} connections, ${PAIRS} alternating pairs of ${PAIR_SECONDS} s runs after a warm-up`,
  );

  const feedJob = { url: `${service.url}${feed.path}`, connections: CONNECTIONS, seconds: PAIR_SECONDS };
  const staticJob = { url: `${service.url}/bench/static.ics`, connections: CONNECTIONS, seconds: PAIR_SECONDS };
  await load.run({ ...feedJob, seconds: 2 });
  await load.run({ ...staticJob, seconds: 2 });
  const cached: MeasuredLoad[] = [];
  const statics: MeasuredLoad[] = [];
  for (let r = 0; r < PAIRS; r++) {
    // Alternating which goes first cancels any drift of the machine across pairs.
    if (r % 2 === 0) {
      cached.push(expectStatus(await load.run(feedJob), 200));
      statics.push(expectStatus(await load.run(staticJob), 200));
    } else {
      statics.push(expectStatus(await load.run(staticJob), 200));
      cached.push(expectStatus(await load.run(feedJob), 200));
    }
  }
  report('(a) cached feed', cached);
  report('(b) static response', statics);
  const fileJob = { url: `${service.url}/bench/files/calendar.ics`, connections: CONNECTIONS, seconds: PAIR_SECONDS };
  const file = await load.run(fileJob);
  if (Number(file.statuses['200'] ?? 0) !== file.requests) throw new Error(`express.static: ${JSON.stringify(file.statuses)}`);
  const fileRuns: MeasuredLoad[] = [];
  for (let r = 0; r < ROUNDS; r++) fileRuns.push(await load.run(fileJob));
  report('(b′) the same bytes as a file through express.static', fileRuns);
  const pairs = cached.map((c, i) => c.perSecond / statics[i]!.perSecond);
  const ratio = median(cached.map((c) => c.perSecond)) / median(statics.map((s) => s.perSecond));
  const cpuRatio = median(statics.map((s) => s.cpuPerRequestUs)) / median(cached.map((c) => c.cpuPerRequestUs));
  console.log(
    `${label}: cached feed / static response = ${ratio.toFixed(2)} (ratio of median requests/s; target ≥ 0.8); ` +
      `median of the ${PAIRS} pairs' ratios ${median(pairs).toFixed(2)} (from ${Math.min(...pairs).toFixed(2)} to ${Math.max(...pairs).toFixed(2)}); ` +
      `${cpuRatio.toFixed(2)} in service CPU per request; ` +
      `${(median(cached.map((c) => c.perSecond)) / median(fileRuns.map((f) => f.perSecond))).toFixed(2)} against express.static`,
  );
  return feed;
}

/**
 * How much of a cached poll is the store's token lookup (the query that also
 * reads the athlete's version): the store method timed from call to answer,
 * one connection so no other request runs in between.
 */
async function lookupShare(service: BenchService, load: LoadGenerator, feed: Feed): Promise<void> {
  const store = service.ctx.store;
  const find = store.findAthleteByTokenHash;
  const times: number[] = [];
  store.findAthleteByTokenHash = (hash) => {
    const t0 = performance.now();
    const found = find.call(store, hash);
    const done = () => times.push((performance.now() - t0) * 1000);
    // SQLite answers at once; PostgreSQL later.
    if (!(found instanceof Promise)) {
      done();
      return found;
    }
    return found.finally(done);
  };
  try {
    const run = await load.run({ url: `${service.url}${feed.path}`, connections: 1, seconds: PAIR_SECONDS });
    console.log(
      `${label}: (a) one connection: ${fmt(run.perSecond)} req/s, service CPU ${fmt(run.cpuPerRequestUs)} µs/request, ` +
        `of which the store's token lookup takes ${fmt(median(times))} µs (median wall time of ${fmt(times.length)} lookups)`,
    );
  } finally {
    store.findAthleteByTokenHash = find;
  }
}

async function revalidation(service: BenchService, load: LoadGenerator, feed: Feed): Promise<void> {
  const job = { url: `${service.url}${feed.path}`, connections: CONNECTIONS, seconds: ROUND_SECONDS, headers: { 'if-none-match': feed.etag } };
  await load.run({ ...job, seconds: 1 });
  const runs: MeasuredLoad[] = [];
  for (let r = 0; r < ROUNDS; r++) runs.push(expectStatus(await load.run(job), 304));
  report('(c) If-None-Match → 304', runs);
}

async function coldAfterEdit(service: BenchService): Promise<void> {
  const athlete = await createReference(service, { yaml: yearPlanYaml(0) });
  const url = `${service.url}${athlete.feedPath}`;
  let etag = String((await timedGet(url)).headers.etag);
  const times: number[] = [];
  let bytes = 0;
  let sessions = 0;
  const memory = new PeakMemory();
  for (let i = 1; i <= EDITS; i++) {
    const patch = await service.api(`/api/athletes/${athlete.id}`, { method: 'PATCH', json: { plan: { yaml: yearPlanYaml(i) } } });
    if (patch.status !== 200) throw new Error(`editing the plan: ${patch.status} ${await patch.text()}`);
    const res = await timedGet(url);
    if (res.status !== 200 || res.headers.etag === etag) throw new Error(`feed after edit ${i}: ${res.status}, unchanged: ${res.headers.etag === etag}`);
    etag = String(res.headers.etag);
    times.push(res.ms);
    bytes = res.body.length;
    sessions = (res.body.toString('utf8').match(/BEGIN:VEVENT/g) ?? []).length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
  console.log(
    `${label}: (d) first feed request after a plan edit (52-week plan, ${sessions} events, ${fmt(bytes / 1024)} KiB; ` +
      `inline YAML parsed, compiled, written as ICS, revisions stored), ${EDITS} edits: ` +
      `median ${fmt(median(times), 1)} ms, p99 ${fmt(p99, 1)} ms, min ${fmt(sorted[0]!, 1)} ms (target: median < 50 ms); ` +
      `peak RSS ${fmt(memory.peakMiB())} MiB`,
  );
  memory.stop();
}

async function fitDownloads(service: BenchService, load: LoadGenerator): Promise<void> {
  const athletes = await createAthletes(service.ctx, FIT_ATHLETES);
  // This week's running sessions of the 8-week template (by session id: a day can hold two).
  const sessions = ['w1-tue-0', 'w1-wed-0', 'w1-fri-0', 'w1-sat-0', 'w1-sun-0'];
  const paths: string[] = [];
  // Athlete-major order would make each plan's first request a burst on one athlete; interleave them.
  for (const s of sessions) for (const a of athletes) paths.push(`/a/${a.token}/sessions/${s}.fit`);
  const probe = await timedGet(`${service.url}${paths[0]}`);
  if (probe.status !== 200 || probe.headers['content-type'] !== 'application/vnd.ant.fit') throw new Error(`FIT download: ${probe.status}`);

  const url = service.url;
  const first = expectStatus(await load.run({ url, connections: CONNECTIONS, seconds: 60, paths, amount: paths.length }), 200);
  report(`(e) FIT downloads, ${FIT_ATHLETES} athletes × ${sessions.length} sessions, each once (plans compiled on first use)`, [first]);
  const again: MeasuredLoad[] = [];
  for (let r = 0; r < ROUNDS; r++) again.push(expectStatus(await load.run({ url, connections: CONNECTIONS, seconds: ROUND_SECONDS, paths }), 200));
  report(`(e) FIT downloads, the same ${paths.length} files again (cached)`, again);
  const m = memorySnapshot();
  console.log(`${label}: after FIT downloads: RSS ${fmt(m.rssMiB)} MiB, heap ${fmt(m.heapUsedMiB)} MiB; cache ${cacheLine(service)}`);
}

function cacheLine(service: BenchService): string {
  const s = service.ctx.outputs.cache.stats();
  return `${s.entries} entries, ${fmt(s.bytes / 1024 / 1024, 1)} of ${fmt(s.maxBytes / 1024 / 1024)} MiB, ${s.evictions} evictions`;
}

function expectStatus(result: MeasuredLoad, status: number): MeasuredLoad {
  const other = Object.entries(result.statuses).filter(([code]) => Number(code) !== status);
  if (other.length > 0) throw new Error(`expected only ${status}, got ${JSON.stringify(result.statuses)}`);
  return result;
}

function report(name: string, runs: MeasuredLoad[]): void {
  const rps = median(runs.map((r) => r.perSecond));
  const p50 = median(runs.map((r) => r.latencyMedianMs));
  const p99 = median(runs.map((r) => r.latencyP99Ms));
  const peak = Math.max(...runs.map((r) => r.peakRssMiB));
  const cpu = median(runs.map((r) => r.cpuPerRequestUs));
  const each = runs.length > 1 ? ` (runs: ${runs.map((r) => fmt(r.perSecond)).join(', ')})` : '';
  console.log(
    `${label}: ${name}: ${fmt(rps)} req/s${each}, latency median ${fmt(p50)} ms, p99 ${fmt(p99)} ms, ` +
      `service CPU ${fmt(cpu)} µs/request, peak RSS ${fmt(peak)} MiB`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
