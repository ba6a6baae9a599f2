/**
 * The service over HTTP, with autocannon (in a child process, see
 * support/load.ts) against the real service on 127.0.0.1 and a temporary
 * SQLite data folder, at 64 connections:
 *  (a) the feed of an athlete whose plan has not changed (cached), and
 *  (b) the same bytes with their ETag from a bare node:http server in the same
 *      process (the runtime's own floor), in alternating pairs; their ratio
 *      and both p99s are what the whole service costs on top of Node;
 *  (a) compressed: the same poll with Accept-Encoding gzip and br, and the
 *      bytes each poll moves;
 *  (c) If-None-Match revalidation of that feed (304s);
 *  (d) the first feed request after a plan edit: a 52-week plan parsed,
 *      compiled and written as ICS (latency of single requests, many edits);
 *  (e) FIT downloads across many athletes, first (compiling each plan) and again;
 *  (f) the cached feed from `npm start` with one worker and with two
 *      (RUNCAST_WORKERS), in alternating pairs.
 * Requests per second, median and p99 latency, service CPU per request and
 * peak RSS of the service. Not a test: nothing is asserted beyond the answers
 * being the expected ones.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createAthletes } from './support/athletes.js';
import { startChildService, type ChildService } from './support/child-service.js';
import { closeClient, timedGet } from './support/client.js';
import { LoadGenerator, type LoadRequest, type MeasuredLoad } from './support/load.js';
import { memorySnapshot, PeakMemory } from './support/memory.js';
import { PLAN_START, REFERENCE_PROFILE, yearPlanYaml } from './support/plans.js';
import { ADMIN_TOKEN, startBenchService, type BenchService } from './support/service.js';
import { fmt, median } from './stats.js';

const ROUND_SECONDS = 3;
const ROUNDS = 3;
/** (a) and (b) alternate this many times: on a shared machine a single pair can be off by a quarter either way. */
const PAIRS = 8;
const PAIR_SECONDS = 2;
const CONNECTIONS = 64;
/** (f): pairs of one worker against two. */
const WORKER_PAIRS = 4;
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

/** (a)–(f) against the service on the given database. */
export async function runOn(options: HttpBenchOptions): Promise<void> {
  label = options.label;
  console.log(`${label}: load average before start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const service = await startBenchService({ env: options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {} });
  const load = await LoadGenerator.start();
  let bare: Server | undefined;
  try {
    const feed = await referenceFeed(service);
    bare = await bareServer(feed);
    await cachedAndBare(service, load, feed, `http://127.0.0.1:${(bare.address() as AddressInfo).port}/calendar.ics`);
    await compressedPolls(service, load, feed);
    await lookupShare(service, load, feed);
    await revalidation(service, load, feed);
    await coldAfterEdit(service);
    await fitDownloads(service, load);
    const total = process.resourceUsage().maxRSS / 1024;
    console.log(`${label}: peak RSS of the whole run ${fmt(total)} MiB; cache ${cacheLine(service)}`);
    if (!options.databaseUrl) await workers(load);
  } finally {
    await load.stop();
    closeClient();
    bare?.close();
    await service.stop();
  }
}

async function createReference(service: BenchService, plan: { template: string } | { yaml: string }) {
  const res = await service.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan, start: PLAN_START } });
  if (res.status !== 201) throw new Error(`creating the athlete: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id: string; links: { feed: string } };
  return { id: body.id, feedPath: new URL(body.links.feed).pathname };
}

async function referenceFeed(service: BenchService): Promise<Feed> {
  const athlete = await createReference(service, { template: 'mile-8-week' });
  const first = await timedGet(`${service.url}${athlete.feedPath}`);
  if (first.status !== 200 || first.headers['content-encoding'] !== undefined) throw new Error(`feed: ${first.status}`);
  const pick = ['content-type', 'content-length', 'etag', 'cache-control'];
  const headers = Object.fromEntries(pick.map((h) => [h, String(first.headers[h])]));
  return { path: athlete.feedPath, body: first.body, etag: String(first.headers.etag), headers };
}

/**
 * Node's own floor for the same answer: a bare node:http server with the
 * feed's bytes in memory and their ETag (304 to a matching If-None-Match),
 * on 127.0.0.1 in this process, as the service is.
 */
async function bareServer(feed: Feed): Promise<Server> {
  const head = Object.entries(feed.headers).flat();
  const server = createServer((req, res) => {
    if (req.headers['if-none-match'] === feed.etag) {
      res.writeHead(304, ['ETag', feed.etag, 'Cache-Control', feed.headers['cache-control']!]);
      return void res.end();
    }
    res.writeHead(200, head);
    res.end(feed.body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

async function cachedAndBare(service: BenchService, load: LoadGenerator, feed: Feed, bareUrl: string): Promise<void> {
  const check = await timedGet(bareUrl);
  if (!check.body.equals(feed.body) || check.headers.etag !== feed.etag) throw new Error('the bare server does not send the feed');
  console.log(
    `${label}: (a)/(b) feed of the 8-week template for the reference athlete, ${fmt(feed.body.length / 1024, 1)} KiB; ` +
      `${CONNECTIONS} connections, ${PAIRS} alternating pairs of ${PAIR_SECONDS} s runs after a warm-up`,
  );
  const feedJob = { url: `${service.url}${feed.path}`, connections: CONNECTIONS, seconds: PAIR_SECONDS };
  const bareJob = { url: bareUrl, connections: CONNECTIONS, seconds: PAIR_SECONDS };
  const [cached, bare] = await alternate(load, feedJob, bareJob, PAIRS, 200);
  report('(a) cached feed', cached);
  report('(b) bare node:http, the same bytes in memory with their ETag', bare);
  compare('cached feed / bare node:http', cached, bare, '≥ 0.8');
  const p99 = median(cached.map((c) => c.latencyP99Ms)) / median(bare.map((b) => b.latencyP99Ms));
  console.log(`${label}: p99 at ${CONNECTIONS} connections: cached feed ${fmt(median(cached.map((c) => c.latencyP99Ms)))} ms, bare ${fmt(median(bare.map((b) => b.latencyP99Ms)))} ms: ${p99.toFixed(2)} × (target ≤ 2)`);
}

/** Runs `a` and `b` in alternating pairs after a warm-up of each (which goes first alternates, so drift hits both). */
async function alternate(load: LoadGenerator, a: LoadRequest, b: LoadRequest, pairs: number, status: number): Promise<[MeasuredLoad[], MeasuredLoad[]]> {
  await load.run({ ...a, seconds: 2 });
  await load.run({ ...b, seconds: 2 });
  const as: MeasuredLoad[] = [];
  const bs: MeasuredLoad[] = [];
  for (let r = 0; r < pairs; r++) {
    if (r % 2 === 0) {
      as.push(expectStatus(await load.run(a), status));
      bs.push(expectStatus(await load.run(b), status));
    } else {
      bs.push(expectStatus(await load.run(b), status));
      as.push(expectStatus(await load.run(a), status));
    }
  }
  return [as, bs];
}

/** The ratio of median requests/s, the median of the pairs' ratios and their spread, and the ratio in service CPU per request. */
function compare(name: string, as: MeasuredLoad[], bs: MeasuredLoad[], target?: string): void {
  const pairs = as.map((x, i) => x.perSecond / bs[i]!.perSecond);
  const ratio = median(as.map((x) => x.perSecond)) / median(bs.map((x) => x.perSecond));
  const cpu = median(bs.map((x) => x.cpuPerRequestUs)) / median(as.map((x) => x.cpuPerRequestUs));
  console.log(
    `${label}: ${name} = ${ratio.toFixed(2)} (ratio of median requests/s${target ? `; target ${target}` : ''}); ` +
      `median of the ${pairs.length} pairs' ratios ${median(pairs).toFixed(2)} (from ${Math.min(...pairs).toFixed(2)} to ${Math.max(...pairs).toFixed(2)})` +
      (Number.isFinite(cpu) ? `; ${cpu.toFixed(2)} in service CPU per request` : ''),
  );
}

/** The cached poll of a calendar client that accepts gzip (every one does), and of a browser's brotli: the bytes each moves. */
async function compressedPolls(service: BenchService, load: LoadGenerator, feed: Feed): Promise<void> {
  const url = `${service.url}${feed.path}`;
  const runs: Record<string, MeasuredLoad[]> = {};
  for (const coding of ['identity', 'gzip', 'br']) {
    const job = { url, connections: CONNECTIONS, seconds: PAIR_SECONDS, headers: { 'accept-encoding': coding } };
    await load.run({ ...job, seconds: 1 });
    runs[coding] = [];
    for (let r = 0; r < ROUNDS; r++) runs[coding].push(expectStatus(await load.run(job), 200));
    report(`(a) cached feed, Accept-Encoding: ${coding}`, runs[coding]);
  }
  const body = async (coding: string) => Number((await timedGet(url, { 'accept-encoding': coding })).headers['content-length']);
  const perPoll = (coding: string) => median(runs[coding]!.map((r) => r.bytesPerSecond / r.perSecond));
  const identity = perPoll('identity');
  console.log(
    `${label}: bytes per poll, headers included: identity ${fmt(identity)}, gzip ${fmt(perPoll('gzip'))} (${((perPoll('gzip') / identity) * 100).toFixed(1)} %; target ≤ 12 %), ` +
      `br ${fmt(perPoll('br'))} (${((perPoll('br') / identity) * 100).toFixed(1)} %); bodies ${fmt(await body('identity'))} / ${fmt(await body('gzip'))} / ${fmt(await body('br'))} bytes`,
  );
}

/**
 * (f) The service as `npm start` runs it, with one worker and with two: the
 * gzip poll of a cached feed (light: the load generator, on the same two
 * cores, is the limit) and a compile of a session with its chart, as the
 * admin API answers it (heavy: the service is the limit).
 */
async function workers(load: LoadGenerator): Promise<void> {
  const services: ChildService[] = [];
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
  try {
    for (const n of [1, 2]) services.push(await startChildService(n));
    const polls: LoadRequest[] = [];
    const compiles: LoadRequest[] = [];
    const compile = JSON.stringify({ text: '2 x 10 min @ HM w/ 1:30 min recovery + 4 x 1 min @ 5K-Mile w/ 2 min jog recovery', athlete: REFERENCE_PROFILE, render: true });
    for (const s of services) {
      const res = await fetch(`${s.url}/api/athletes`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: PLAN_START }),
      });
      if (res.status !== 201) throw new Error(`creating the athlete: ${res.status}`);
      const feed = new URL(((await res.json()) as { links: { feed: string } }).links.feed).pathname;
      polls.push({ url: `${s.url}${feed}`, connections: CONNECTIONS, seconds: PAIR_SECONDS, headers: { 'accept-encoding': 'gzip' } });
      compiles.push({ url: `${s.url}/api/compile`, connections: CONNECTIONS, seconds: PAIR_SECONDS, method: 'POST', headers: { ...auth, 'accept-encoding': 'gzip' }, body: compile });
    }
    const measured = (s: ChildService, job: LoadRequest) => async () => {
      const before = s.cpuSeconds();
      const result = await load.run(job);
      // The RSS the load generator measures is this process's, not the service's.
      return { ...result, peakRssMiB: NaN, cpuPerRequestUs: ((s.cpuSeconds() - before) * 1e6) / Math.max(1, result.requests) };
    };
    for (const [name, jobs] of [
      ['the gzip poll of the cached feed', polls],
      ['POST /api/compile of a session with its chart', compiles],
    ] as const) {
      console.log(`${label}: (f) \`npm start\` with RUNCAST_WORKERS=1 and =2, ${name}, ${WORKER_PAIRS} alternating pairs`);
      for (const [i, s] of services.entries()) await measured(s, { ...jobs[i]!, seconds: 2 })();
      const one: MeasuredLoad[] = [];
      const two: MeasuredLoad[] = [];
      for (let r = 0; r < WORKER_PAIRS; r++) {
        for (const i of r % 2 === 0 ? [0, 1] : [1, 0]) (i === 0 ? one : two).push(expectStatus(await measured(services[i]!, jobs[i]!)(), 200));
      }
      report(`(f) ${name}, one worker`, one);
      report(`(f) ${name}, two workers`, two);
      compare(`(f) ${name}, two workers / one`, two, one);
    }
  } finally {
    for (const s of services) await s.stop();
  }
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
      `service CPU ${fmt(cpu)} µs/request${Number.isNaN(peak) ? '' : `, peak RSS ${fmt(peak)} MiB`}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
