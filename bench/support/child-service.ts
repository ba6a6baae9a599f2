/**
 * The service as `npm start` runs it, in processes of its own (RUNCAST_WORKERS
 * of them), for the bench of one worker against two: a temporary data folder,
 * 127.0.0.1, the request log at `info` into a file, rate limits raised out of
 * the way. Its CPU time is read from /proc for the whole process tree.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_TOKEN } from './service.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS = 100;

export interface ChildService {
  url: string;
  workers: number;
  /** CPU seconds used so far by the primary and every worker. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export async function startChildService(workers: number, env: Record<string, string> = {}): Promise<ChildService> {
  const dir = mkdtempSync(join(tmpdir(), 'runcast-bench-workers-'));
  const log = join(dir, 'service.log');
  const out = openSync(log, 'w');
  const proc: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      RUNCAST_DATA: join(dir, 'data'),
      HOST: '127.0.0.1',
      PORT: '0',
      RUNCAST_ADMIN_TOKEN: ADMIN_TOKEN,
      RUNCAST_DEMO: '0',
      LOG_LEVEL: 'info',
      RUNCAST_RATE_API: '1000000',
      RUNCAST_RATE_AUTH_FAILURES: '1000000',
      RUNCAST_RATE_FEED: '1000000',
      RUNCAST_RATE_FEED_FAILURES: '1000000',
      RUNCAST_WORKERS: String(workers),
      ...env,
    },
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill('SIGTERM');
      await once(proc, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (!url) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the service did not start: ${existsSync(log) ? readFileSync(log, 'utf8').slice(0, 500) : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
    url = /runcast listening on (http:\/\/\S+)/.exec(readFileSync(log, 'utf8'))?.[1];
  }
  return { url, workers, cpuSeconds: () => treeTicks(proc.pid!) / TICKS, stop };
}

/** utime + stime of a process and its descendants, in clock ticks. */
function treeTicks(pid: number): number {
  let ticks = 0;
  try {
    // The fields after the command name (which is in parentheses and may hold spaces): utime is the 12th, stime the 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) ticks += treeTicks(Number(child));
  } catch {
    // A process that just exited has no more to count.
  }
  return ticks;
}
