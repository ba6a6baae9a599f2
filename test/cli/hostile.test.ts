/**
 * The command line on input that once showed stack traces, hung or wrote
 * terminal escapes: one line (or positioned diagnostics) and exit 1, quickly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ALIAS_BOMB, PARENS_2000, TRIPLE, TWENTY_LEVELS, planWith } from '../support/hostile.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TEMPLATE = join(root, 'templates/mile-8-week.yaml');
const scratch = mkdtempSync(join(tmpdir(), 'runcast-cli-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const started = performance.now();
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n'), ms: performance.now() - started };
}

/** Exit 1 with exactly one line on stderr, no stack trace. */
function expectOneLine(r: { code: number; err: string }, message: RegExp) {
  expect(r.code, r.err).toBe(1);
  expect(r.err.split('\n'), r.err).toHaveLength(1);
  expect(r.err).toMatch(message);
}

describe('inputs over the compile budget', () => {
  it('a session of eight million steps is refused in one line (it compiled for seconds)', async () => {
    const r = await run('workout', TRIPLE);
    expectOneLine(r, /^runcast: the session runs up to [\d,]+ steps with its repetitions; at most 1,000 are allowed$/);
    expect(r.ms).toBeLessThan(1000);
  });

  it('deep nesting in a session or a plan is refused with its place (a stack trace)', async () => {
    expectOneLine(await run('workout', TWENTY_LEVELS), /^runcast: the session nests brackets 20 deep; at most 6 levels are allowed$/);
    const plan = file('deep.yaml', planWith(PARENS_2000));
    expectOneLine(await run('check', plan), new RegExp(`^runcast: ${plan}:3:11: the session is 4,004 characters long`));
    expectOneLine(await run('compile', file('deep2.yaml', planWith(TWENTY_LEVELS)), '--start', '2030-01-07'), /3:11: the session nests brackets 20 deep/);
  });
});

describe('documents the YAML library cannot build', () => {
  it('an alias bomb as a plan or as the athlete is a positioned diagnostic (a stack trace)', async () => {
    const bomb = file('bomb.yaml', ALIAS_BOMB);
    for (const r of [await run('check', bomb), await run('workout', '400m', '--athlete', bomb)]) {
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${bomb}:2:8: error: the document cannot be read: Excessive alias count`);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('output paths are checked before any work', () => {
  it('--out that is a file, -o that is a folder (a stack trace)', async () => {
    const plain = file('plain.txt', 'x');
    expectOneLine(await run('compile', TEMPLATE, '--start', '2030-01-07', '--format', 'fit', '--out', plain), new RegExp(`^runcast: --out ${plain} is a file, not a folder$`));
    expectOneLine(await run('workout', '6 x 400m @ 5K', '--format', 'fit', '-o', scratch), new RegExp(`^runcast: -o ${scratch} is a folder, not a file$`));
    expectOneLine(await run('workout', '6 x 400m @ 5K', '--format', 'fit', '-o', join(plain, 'x.fit')), /is a file, not a folder$/);
  });

  it('a folder that cannot be written to, before the plan is even read (a stack trace)', async () => {
    const r = await run('workout', '6 x 400m @ 5K', '--format', 'fit', '-o', '/proc/1/workout.fit');
    expectOneLine(r, /^runcast: -o \/proc\/1\/workout\.fit: \/proc\/1 is not writable$/);
  });

  it('--out under /proc ends at once with one line (it spun at 60% CPU forever)', async () => {
    const r = await run('compile', TEMPLATE, '--start', '2030-01-07', '--format', 'fit', '--out', '/proc/runcast-out');
    expectOneLine(r, /^runcast: cannot write \/proc\/runcast-out\/.+\.fit: its folder cannot be created$/);
    expect(existsSync('/proc/runcast-out')).toBe(false);
  });

  it('still creates missing folders for a good --out', async () => {
    const out = join(scratch, 'new', 'deeper');
    const r = await run('compile', TEMPLATE, '--start', '2030-01-07', '--format', 'fit', '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(existsSync(join(out, '2030-01-07-w1-mon-0.fit'))).toBe(true);
  });
});

describe("the user's text on the terminal", () => {
  it('control characters are shown as symbols, never sent raw (an ESC in a plan coloured the terminal)', async () => {
    // A spreadsheet cell keeps the raw ESC; YAML would only allow it escaped.
    const plan = file('esc.csv', 'Mon,Tue\n6 x 400m @ 5K \u001b[31mRED\u001b[0m,30 min easy\n');
    const r = await run('check', plan);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const [head, line, caret] = r.err.split('\n');
    expect(head).toBe(`${plan}:2:15: error: unexpected character U+001B`);
    expect(line).toBe('  6 x 400m @ 5K ␛[31mRED␛[0m,30 min easy');
    // The symbol takes the column the character did: the caret stays under it.
    expect(caret!.indexOf('^')).toBe(line!.indexOf('␛'));
    const unknown = await run('\u001b]0;owned\u0007');
    expect(unknown.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(unknown.err).toContain("unknown command '␛]0;owned␇'");
  });
});

describe('bin/runcast.js as a real process', () => {
  const bin = (...args: string[]) => spawnSync(process.execPath, ['bin/runcast.js', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('deep nesting and an unwritable --out: one line each, no stack trace, no hang', () => {
    for (const r of [bin('workout', TWENTY_LEVELS), bin('compile', TEMPLATE, '--start', '2030-01-07', '--format', 'fit', '--out', '/proc/runcast-out')]) {
      expect(r.error).toBeUndefined();
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
      expect(r.stderr).toMatch(/^runcast: /);
    }
  });
});
