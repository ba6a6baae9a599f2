/**
 * Golden FIT files: a week of representative sessions and its schedule,
 * compared byte for byte with fixtures/fit/. Inputs are fixtures/fit/sessions.ts.
 *
 * After a deliberate change to the FIT output, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/writers/fit-golden
 * and review the decoded difference before committing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import '../../src/writers/fit.js';
import { getWriter } from '../../src/writers/registry.js';
import { goldenWeek } from '../../fixtures/fit/sessions.js';
import { rawSteps, sdkDecode } from '../helpers/fit-decode.js';

const dir = fileURLToPath(new URL('../../fixtures/fit/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe('FIT golden files', () => {
  const files = getWriter('fit')!.writePlan(goldenWeek(), {});

  it('covers every kind of session in the week but the rest day, which stays off the watch, and the schedule', () => {
    expect(goldenWeek().sessions.map((s) => s.date)).toContain('2026-03-02');
    expect(files.map((f) => f.path)).toEqual([
      '2026-03-03-w1-tue-0.fit',
      '2026-03-04-w1-wed-0.fit',
      '2026-03-04-w1-wed-1.fit',
      '2026-03-05-w1-thu-0.fit',
      '2026-03-06-w1-fri-0.fit',
      '2026-03-07-w1-sat-0.fit',
      'schedule.fit',
    ]);
  });

  for (const file of files) {
    it(`${file.path} matches fixtures/fit/${file.path} byte for byte`, () => {
      const bytes = file.data as Uint8Array;
      sdkDecode(bytes);
      if (file.path !== 'schedule.fit') expect(rawSteps(bytes).length).toBeGreaterThan(0);
      const golden = `${dir}${file.path}`;
      if (update) writeFileSync(golden, bytes);
      expect(existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx vitest run test/writers/fit-golden`).toBe(true);
      expect(Buffer.from(bytes).equals(readFileSync(golden))).toBe(true);
    });
  }
});
