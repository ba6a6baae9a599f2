/**
 * Golden intervals.icu texts of the hand-built sessions, compared byte for
 * byte; regenerate with UPDATE_GOLDEN=1 after checking the diff by eye. Each
 * golden also reads back as its IR, so a regenerated file cannot quietly
 * become wrong.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import '../../src/writers/index.js';
import { getWriter } from '../../src/writers/registry.js';
import { intervalsText } from '../../src/writers/intervals.js';
import { ALL_SESSIONS, intervals, nested, planOf } from '../../fixtures/tcx/sessions.js';
import { intervalsDiffs } from '../helpers/intervals-compare.js';

const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/intervals');
const update = process.env['UPDATE_GOLDEN'] === '1';

function compareGolden(file: string, actual: string): void {
  const path = resolve(GOLDEN_DIR, file);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('intervals.icu golden texts', () => {
  for (const [name, workout] of Object.entries(ALL_SESSIONS)) {
    it(`${name}.txt`, () => {
      const text = intervalsText(workout, 'mi');
      expect(intervalsDiffs(workout, text, 'mi')).toEqual([]);
      compareGolden(`${name}.txt`, text);
    });
  }

  it('paces per km for an athlete in km', () => {
    for (const [name, workout] of Object.entries({ intervals, nested })) {
      const text = intervalsText(workout, 'km');
      expect(intervalsDiffs(workout, text, 'km')).toEqual([]);
      compareGolden(`${name}.km.txt`, text);
    }
  });

  it('plan.intervals.txt: every session under a line naming its day and kind', () => {
    const files = getWriter('intervals')!.writePlan(planOf(Object.values(ALL_SESSIONS)), {});
    expect(files.map((f) => f.path)).toEqual(['plan.intervals.txt']);
    compareGolden('plan.intervals.txt', files[0]!.data as string);
  });

  it('writes the same bytes every time (no clock, no random ids)', () => {
    const plan = planOf(Object.values(ALL_SESSIONS));
    const writer = getWriter('intervals')!;
    expect(writer.writePlan(plan, {})).toEqual(writer.writePlan(structuredClone(plan), {}));
  });
});
