/** The command line names a spreadsheet plan as the sheet names itself, else by its file (it was called "Plan"). */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const root = new URL('../../', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'runcast-sheet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function firstLine(...argv: string[]): Promise<string> {
  const out: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: () => {} });
  expect(code).toBe(0);
  return out.join('\n').split('\n')[0]!;
}

describe('runcast compile on a spreadsheet plan', () => {
  it.each(['titled.csv', 'named.tsv'])('takes the name from the heading of %s, whatever the file is called', async (file) => {
    const copy = join(scratch, `sheet1${file.slice(file.lastIndexOf('.'))}`);
    copyFileSync(join(root, 'fixtures/plans', file), copy);
    expect(await firstLine('compile', copy, '--format', 'text')).toBe('Spring Base Block — for Jordan Miles');
  });

  it('takes the file name when the sheet has no heading', async () => {
    expect(await firstLine('compile', join(root, 'fixtures/plans/mile-8-week.tsv'), '--format', 'text')).toBe('mile-8-week — for Jordan Miles');
  });
});
