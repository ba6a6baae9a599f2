import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/files/make-folder.js';

const scratch = mkdtempSync(join(tmpdir(), 'runcast-folder-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('makeFolder', () => {
  it('makes every missing folder of a path, and is content when they exist', () => {
    const deep = join(scratch, 'a', 'b', 'c');
    makeFolder(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    expect(() => makeFolder(deep)).not.toThrow();
  });

  it('fails with ENOTDIR when a file stands in the path', () => {
    const file = join(scratch, 'file');
    writeFileSync(file, 'x');
    expect(() => makeFolder(join(file, 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it('fails at once where a folder cannot be made (Node\'s recursive mkdir loops forever under /proc)', () => {
    const started = performance.now();
    expect(() => makeFolder('/proc/runcast-x/y')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(existsSync('/proc/runcast-x')).toBe(false);
  });
});
