/** The CLI's `main` run in process, with what it printed on each stream. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real bin as a child process (never spawnSync: a service answering it may run in the test's process). */
export function spawnRuncast(args: string[], env: NodeJS.ProcessEnv): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['bin/runcast.js', ...args], { cwd: root, env });
    let [stdout, stderr] = ['', ''];
    proc.stdout.on('data', (d: Buffer) => (stdout += d));
    proc.stderr.on('data', (d: Buffer) => (stderr += d));
    proc.on('error', reject);
    proc.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
