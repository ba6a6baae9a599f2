/**
 * Feeds across 10,000 athletes: the time and memory to serve each athlete's
 * feed as the number of athletes grows. Athletes are written straight into
 * the store (on the 8-week template, with varied paces, units and zones);
 * every feed is then fetched over HTTP from the real service on 127.0.0.1:
 *  1. a first poll of each (a cold build: compile, ICS, revisions stored),
 *     1,000 athletes at a time, with RSS and heap after each thousand;
 *  2. a conditional re-poll of each (If-None-Match, as calendar clients poll),
 *     long after most feeds' bytes were evicted;
 *  3. an unconditional re-poll of a thousand of them, rebuilt from scratch.
 * The cache is the default 64 MiB: a few hundred athletes' outputs, far fewer
 * than 10,000, so what stays flat is the point. Not a test: nothing is asserted
 * beyond the answers being the expected ones.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createAthletes, type BenchAthlete } from './support/athletes.js';
import { closeClient, eachLimited, timedGet } from './support/client.js';
import { memorySnapshot, type MemorySnapshot } from './support/memory.js';
import { startBenchService, type BenchService } from './support/service.js';
import { fmt, median } from './stats.js';

const ATHLETES = 10_000;
const BLOCK = 1_000;
/** Requests in flight: a few calendar clients at once, enough to keep the one service thread busy. */
const CONCURRENCY = 4;

interface Block {
  athletes: number;
  msPerAthlete: number;
  p50: number;
  p99: number;
  memory: MemorySnapshot;
  cacheMiB: number;
  cacheEntries: number;
  evictions: number;
  tags: number;
}

export async function run(): Promise<void> {
  console.log(`growth: load average before start ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const service = await startBenchService();
  try {
    const start = memorySnapshot();
    console.log(`growth: service started: RSS ${fmt(start.rssMiB)} MiB, heap ${fmt(start.heapUsedMiB)} MiB`);

    const t0 = performance.now();
    const athletes: BenchAthlete[] = [];
    for (let k = 0; k < ATHLETES; k += BLOCK) athletes.push(...(await createAthletes(service.ctx, BLOCK, { template: 'mile-8-week' }, k)));
    const createMs = performance.now() - t0;
    console.log(
      `growth: ${fmt(ATHLETES)} athletes written to the store in ${fmt(createMs / 1000, 1)} s ` +
        `(${fmt((ATHLETES / createMs) * 1000)} athletes/s, each insert durable)`,
    );

    const etags = new Map<string, string>();
    console.log(`growth: 1. first poll of each feed (cold build), ${CONCURRENCY} requests in flight:`);
    console.log('growth:    athletes | ms/athlete | p50 ms | p99 ms | RSS MiB (file-backed) | heap used/total MiB | buffers MiB | cache MiB (entries, evictions) | ETags kept');
    const blocks: Block[] = [];
    for (let k = 0; k < ATHLETES; k += BLOCK) {
      const block = athletes.slice(k, k + BLOCK);
      const times = await poll(service, block, (a, res) => {
        if (res.status !== 200) throw new Error(`feed of athlete ${a.id}: ${res.status}`);
        etags.set(a.id, String(res.headers.etag));
      });
      blocks.push(describeBlock(service, k + BLOCK, times));
      printBlock(blocks[blocks.length - 1]!);
    }
    const at = (n: number) => blocks.find((b) => b.athletes === n)!;
    console.log(
      `growth:    RSS at 1k / 5k / 10k athletes: ${[1000, 5000, 10000].map((n) => fmt(at(n).memory.rssMiB)).join(' / ')} MiB; ` +
        `heap ${[1000, 5000, 10000].map((n) => fmt(at(n).memory.heapUsedMiB)).join(' / ')} MiB; ` +
        `ms per athlete ${[1000, 5000, 10000].map((n) => fmt(at(n).msPerAthlete, 2)).join(' / ')}`,
    );

    console.log(`growth: 2. conditional re-poll of all ${fmt(ATHLETES)} feeds (If-None-Match, unchanged plans):`);
    const cond = await poll(service, athletes, (a, res) => {
      if (res.status !== 304) throw new Error(`conditional poll of athlete ${a.id}: ${res.status}`);
    }, (a) => ({ 'if-none-match': etags.get(a.id)! }));
    summary('304 each', cond, service);

    console.log(`growth: 3. unconditional re-poll of the first ${fmt(BLOCK)} athletes (their feeds long evicted, rebuilt):`);
    const again = await poll(service, athletes.slice(0, BLOCK), (a, res) => {
      if (res.status !== 200 || res.headers.etag !== etags.get(a.id)) throw new Error(`re-poll of athlete ${a.id}: ${res.status}, same bytes: ${res.headers.etag === etags.get(a.id)}`);
    });
    summary('the same bytes, rebuilt', again, service);
  } finally {
    closeClient();
    await service.stop();
  }
}

interface Polled {
  wallMs: number;
  latencies: number[];
}

async function poll(
  service: BenchService,
  athletes: BenchAthlete[],
  check: (a: BenchAthlete, res: Awaited<ReturnType<typeof timedGet>>) => void,
  headers: (a: BenchAthlete) => Record<string, string> = () => ({}),
): Promise<Polled> {
  const latencies: number[] = [];
  const t0 = performance.now();
  await eachLimited(athletes, CONCURRENCY, async (a) => {
    const res = await timedGet(`${service.url}/a/${a.token}/calendar.ics`, headers(a));
    check(a, res);
    latencies.push(res.ms);
  });
  return { wallMs: performance.now() - t0, latencies };
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * p) - 1)]!;
}

function describeBlock(service: BenchService, athletes: number, polled: Polled): Block {
  const cache = service.ctx.outputs.cache.stats();
  return {
    athletes,
    msPerAthlete: polled.wallMs / polled.latencies.length,
    p50: median(polled.latencies),
    p99: percentile(polled.latencies, 0.99),
    memory: memorySnapshot(),
    cacheMiB: cache.bytes / 1024 / 1024,
    cacheEntries: cache.entries,
    evictions: cache.evictions,
    tags: service.ctx.outputs.feedTags.stats().entries,
  };
}

function printBlock(b: Block): void {
  const cells = [
    fmt(b.athletes).padStart(8),
    fmt(b.msPerAthlete, 2).padStart(10),
    fmt(b.p50, 1).padStart(6),
    fmt(b.p99, 1).padStart(6),
    `${fmt(b.memory.rssMiB)} (${b.memory.rssFileMiB === undefined ? '?' : fmt(b.memory.rssFileMiB)})`.padStart(21),
    `${fmt(b.memory.heapUsedMiB)}/${fmt(b.memory.heapTotalMiB)}`.padStart(19),
    fmt(b.memory.arrayBuffersMiB).padStart(11),
    `${fmt(b.cacheMiB, 1)} (${fmt(b.cacheEntries)}, ${fmt(b.evictions)})`.padStart(30),
    fmt(b.tags).padStart(10),
  ];
  console.log(`growth:    ${cells.join(' | ')}`);
}

function summary(what: string, polled: Polled, service: BenchService): void {
  const m = memorySnapshot();
  const cache = service.ctx.outputs.cache.stats();
  console.log(
    `growth:    ${what}: ${fmt(polled.wallMs / polled.latencies.length, 2)} ms per athlete ` +
      `(${fmt((polled.latencies.length / polled.wallMs) * 1000)} feeds/s), p50 ${fmt(median(polled.latencies), 1)} ms, ` +
      `p99 ${fmt(percentile(polled.latencies, 0.99), 1)} ms; RSS ${fmt(m.rssMiB)} MiB, heap ${fmt(m.heapUsedMiB)} MiB, ` +
      `cache ${fmt(cache.bytes / 1024 / 1024, 1)} MiB of ${fmt(cache.maxBytes / 1024 / 1024)}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
