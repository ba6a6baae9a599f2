/** Runs `npm start`'s command (node --import tsx src/server/main.ts) as a child process, as production does. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface Child {
  proc: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (or the signal name). */
  exited: Promise<number | string>;
}

export function spawnServer(env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    // Only what the test gives, plus PATH/HOME for node itself: no stray RUNCAST_* from the shell.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (c) => (out += String(c)));
  proc.stderr!.on('data', (c) => (err += String(c)));
  const exited = new Promise<number | string>((resolve) => proc.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return { proc, stdout: () => out, stderr: () => err, exited };
}

/** Waits for the banner line and answers the URL the server listens on. */
export async function listeningUrl(child: Child, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = /runcast listening on (http:\/\/[^\s]+)/.exec(child.stdout());
    if (m) return m[1]!;
    const done = await Promise.race([child.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 50))]);
    if (done) throw new Error(`server exited before listening:\n${child.stdout()}\n${child.stderr()}`);
  }
  throw new Error(`server did not start in time:\n${child.stdout()}\n${child.stderr()}`);
}

export const FAST_LIMITS = {
  RUNCAST_RATE_API: '1000000',
  RUNCAST_RATE_AUTH_FAILURES: '1000000',
  RUNCAST_RATE_FEED: '1000000',
  RUNCAST_RATE_FEED_FAILURES: '1000000',
};
