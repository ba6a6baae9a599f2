/**
 * The command line as a Unix tool, run as the real ./bin/runcast.js: what it
 * reads (regular files only, never more than the limit allows), what it
 * prints when piped (one JSON document; a reader that leaves early ends it
 * quietly), and session text that starts with a dash.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = join(root, 'templates/mile-8-week.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'runcast-cli-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Each test runs the real command, a second or more per run on a busy machine. */
const SLOW = { timeout: 120_000 };

/** The real command, to its end; a stalled one is killed after a minute (the machine may be busy). */
function runcast(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/runcast.js', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  expect(r.error, `runcast ${args.join(' ')} ended on its own`).toBeUndefined();
  return r;
}

/** Exit 1 with one line on stderr and nothing on stdout. */
function expectRefused(r: ReturnType<typeof runcast>, message: RegExp): void {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr.trimEnd()).toMatch(message);
}

/** The command with its standard output closed before it writes: the reader (`head`) has gone. */
function runcastIntoClosedPipe(...args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['bin/runcast.js', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.destroy();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr });
    }),
  );
}

describe('what check, compile and --athlete read', () => {
  it('a link to /dev/zero is refused as a device, nothing read (it read without bound before the size limit applied)', SLOW, () => {
    const zero = join(scratch, 'zero.yaml');
    symlinkSync('/dev/zero', zero);
    expectRefused(runcast('check', zero), new RegExp(`^runcast: cannot read ${zero}: it is a device, not a file$`));
    expectRefused(runcast('workout', '6 x 400m @ 5K', '--athlete', zero), /it is a device, not a file$/);
  });

  it('a named pipe is refused at once (it waited forever for a writer)', SLOW, () => {
    const fifo = join(scratch, 'plan.fifo');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status, String(made.stderr)).toBe(0);
    expectRefused(runcast('check', fifo), new RegExp(`^runcast: cannot read ${fifo}: it is a named pipe, not a file$`));
  });

  it('a folder is refused as one, and a file larger than any plan is refused by its size', SLOW, () => {
    expectRefused(runcast('check', scratch), /: it is a folder, not a file$/);
    // 256 KiB characters take at most 768 KiB in UTF-8: a larger file cannot be within the limit.
    const big = join(scratch, 'big.yaml');
    writeFileSync(big, `# ${'x'.repeat(800 * 1024)}\n`);
    expectRefused(runcast('compile', big, '--format', 'json'), /: it is larger than any plan runcast reads \(at most 262,144 characters\)$/);
  });
});

describe('piped into a reader that stops early (head)', () => {
  // 141 is what a shell reports for a tool ended by SIGPIPE; nothing on stderr.
  it('compile --format json and --format tcx end quietly with 141 (an EPIPE stack trace)', SLOW, async () => {
    for (const format of ['json', 'tcx']) {
      const r = await runcastIntoClosedPipe('compile', TEMPLATE, '--start', '2030-01-07', '--format', format);
      expect({ format, code: r.code, stderr: r.stderr }).toEqual({ format, code: 141, stderr: '' });
    }
  });

  it('workout --format json ends quietly with 141 (an EPIPE stack trace)', SLOW, async () => {
    const r = await runcastIntoClosedPipe('workout', '--format', 'json', 'Recovery 4 miles a.m., 4 miles p.m.');
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 141, stderr: '' });
  });
});

describe('workout --format json prints one JSON document', () => {
  it('a day of two runs is one array of two workouts (it printed two documents one after the other)', SLOW, () => {
    const r = runcast('workout', '--format', 'json', 'Recovery 4 miles a.m., 4 miles p.m.');
    expect(r.status, r.stderr).toBe(0);
    const runs = JSON.parse(r.stdout) as { source: string; steps: unknown[]; notes: string[] }[];
    expect(Array.isArray(runs)).toBe(true);
    expect(runs).toHaveLength(2);
    for (const [k, w] of runs.entries()) {
      expect(w.source).toBe('Recovery 4 miles a.m., 4 miles p.m.');
      expect(w.steps).toHaveLength(1);
      expect(w.notes).toContain(`run ${k + 1} of 2 today`);
    }
  });

  it('a single run is still one workout object', SLOW, () => {
    const r = runcast('workout', '--format', 'json', '6 x 400m @ 5K w/ 400m jog');
    expect(r.status, r.stderr).toBe(0);
    const w = JSON.parse(r.stdout) as { title: string; steps: unknown[] };
    expect(Array.isArray(w)).toBe(false);
    expect(w.title).toBe('6×400m @ 5K');
  });

  it('a day of two runs in a one-run document format asks for -o rather than printing two documents', SLOW, () => {
    expectRefused(runcast('workout', '--format', 'tcx', 'Recovery 4 miles a.m., 4 miles p.m.'), /^runcast: the day has 2 runs, and a tcx document holds one: give -o <file> \(a file for each run\)$/);
  });
});

describe('session text that starts with a dash', () => {
  it('"- 4 miles easy" is the session, not an option (exit 2, unknown option)', SLOW, () => {
    const r = runcast('workout', '- 4 miles easy');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Easy 4 mi\n {2}coach: - 4 miles easy\n/);
  });

  it('-- ends the options: what follows is the session, options before it still apply', SLOW, () => {
    const r = runcast('workout', '--format', 'json', '--', '-4 miles easy');
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { source: string }).source).toBe('-4 miles easy');
  });
});
