/** Memory of this process: the peak resident set over a stretch of time, and a snapshot. */
import { readFileSync } from 'node:fs';
import { memoryUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MiB = 1024 * 1024;

/** Samples RSS every 25 ms until stopped; `peakMiB` is the largest seen, including now. */
export class PeakMemory {
  private peak = memoryUsage.rss();
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 25) {
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    const rss = memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  peakMiB(): number {
    this.sample();
    return this.peak / MiB;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export interface MemorySnapshot {
  rssMiB: number;
  heapUsedMiB: number;
  /** What V8 holds from the system for its heap, used or not. */
  heapTotalMiB: number;
  /** Buffers outside the V8 heap: cached feed and FIT bytes live here. */
  arrayBuffersMiB: number;
  /** Of the RSS, pages mapped from files (the node binary, SQLite's shared memory) and shared memory, on Linux. */
  rssFileMiB?: number;
}

/** RssFile + RssShmem from /proc/self/status, where there is one. */
function fileBackedRssMiB(): number | undefined {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    const total = kib('RssFile') + kib('RssShmem');
    return Number.isNaN(total) ? undefined : total / 1024;
  } catch {
    return undefined;
  }
}

let gc: (() => void) | undefined;

/** A full garbage collection, so that heap figures are what is really kept (node need not run with --expose-gc). */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/** A collection that also gives unused heap pages back to the system (V8 keeps them otherwise). */
export function collectAndShrink(): void {
  collectGarbage();
  (gc as unknown as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** After a full collection that also returns unused heap pages: what the process really keeps. */
export function memorySnapshot(): MemorySnapshot {
  collectAndShrink();
  const m = memoryUsage();
  return {
    rssMiB: m.rss / MiB,
    heapUsedMiB: m.heapUsed / MiB,
    heapTotalMiB: m.heapTotal / MiB,
    arrayBuffersMiB: m.arrayBuffers / MiB,
    rssFileMiB: fileBackedRssMiB(),
  };
}
