/**
 * autocannon from a child process (see `load-worker.ts`), one job at a time,
 * plus the peak memory of this process (the service) while the job runs.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { PeakMemory } from './memory.js';

export interface LoadRequest {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: string;
  /** Paths to cycle through, one per request; absent: the URL's own path. */
  paths?: string[];
  /** Stop after this many requests instead of after `seconds`. */
  amount?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  latencyMedianMs: number;
  latencyP99Ms: number;
  bytesPerSecond: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
}

export interface MeasuredLoad extends LoadResult {
  /** Peak resident set size of the service's process during the job, MiB. */
  peakRssMiB: number;
  /**
   * CPU time (user + system) of the service's process per request, µs. Only
   * the service runs in this process during a job, so this is its cost per
   * request, and it moves less than throughput when other work shares the machine.
   */
  cpuPerRequestUs: number;
}

type Reply = { id: number; result?: LoadResult; error?: string } | { ready: true };

export class LoadGenerator {
  private nextId = 0;

  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<LoadGenerator> {
    const child = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const [first] = (await once(child, 'message')) as [Reply];
    if (!('ready' in first)) throw new Error('load generator did not start');
    return new LoadGenerator(child);
  }

  /** Runs one autocannon job; throws if any request failed at the socket level. */
  async run(job: LoadRequest): Promise<MeasuredLoad> {
    const id = ++this.nextId;
    const memory = new PeakMemory();
    const reply = new Promise<LoadResult>((resolve, reject) => {
      const onMessage = (m: Reply) => {
        if ('ready' in m || m.id !== id) return;
        this.child.off('message', onMessage);
        if (m.error !== undefined || !m.result) reject(new Error(`load generator: ${m.error}`));
        else resolve(m.result);
      };
      this.child.on('message', onMessage);
    });
    const cpu = process.cpuUsage();
    this.child.send({ id, job });
    try {
      const result = await reply;
      const used = process.cpuUsage(cpu);
      if (result.errors > 0 || result.timeouts > 0) {
        throw new Error(`${result.errors} connection errors and ${result.timeouts} timeouts against ${job.url}`);
      }
      return { ...result, peakRssMiB: memory.peakMiB(), cpuPerRequestUs: (used.user + used.system) / Math.max(1, result.requests) };
    } finally {
      memory.stop();
    }
  }

  async stop(): Promise<void> {
    const exited = once(this.child, 'exit');
    this.child.kill();
    await exited;
  }
}
