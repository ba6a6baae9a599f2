/** The commit count behind the embedded store's token cache, on its own. */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitsOf, FOREIGN_CHECK_MS, withForeignCommits } from '../../src/store/sqlite-commits.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runcast-commits-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('commitsOf', () => {
  it('is one count per file, however the path is spelled', () => {
    const file = join(dir, 'a.db');
    writeFileSync(file, '');
    symlinkSync(file, join(dir, 'link.db'));
    expect(commitsOf(join(dir, 'link.db'))).toBe(commitsOf(file));
    expect(commitsOf(join(dir, '.', 'a.db'))).toBe(commitsOf(file));
    writeFileSync(join(dir, 'b.db'), '');
    expect(commitsOf(join(dir, 'b.db'))).not.toBe(commitsOf(file));
  });
});

describe('withForeignCommits', () => {
  it('asks the database at most once per interval, and moves the generation when its version moved', () => {
    let now = 1_000;
    let version = 7;
    let asked = 0;
    const commits = { generation: 0 };
    const generation = withForeignCommits(commits, () => (asked++, version), () => now);
    expect(generation()).toBe(0);
    expect(asked).toBe(1);
    version = 8;
    now += FOREIGN_CHECK_MS - 1;
    expect(generation()).toBe(0);
    expect(asked).toBe(1);
    now += 1;
    expect(generation()).toBe(1);
    expect(asked).toBe(2);
    // This process's own commits move it at once, without asking.
    commits.generation++;
    expect(generation()).toBe(2);
    expect(asked).toBe(2);
    now += FOREIGN_CHECK_MS;
    expect(generation()).toBe(2);
    expect(asked).toBe(3);
  });
});
