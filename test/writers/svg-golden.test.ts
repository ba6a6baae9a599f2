/**
 * Golden charts, compared byte for byte; regenerate with UPDATE_GOLDEN=1 after
 * looking at the new files in a browser. Each golden must also parse, so a
 * regenerated file cannot quietly become broken markup.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workoutSvg } from '../../src/writers/svg.js';
import { parseSvg, xmllintWellFormed } from '../../fixtures/svg/read-svg.js';
import { hills, intervals, paces, rest, sets } from '../../fixtures/svg/sessions.js';

const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/svg');
const update = process.env['UPDATE_GOLDEN'] === '1';

function compareGolden(file: string, actual: string): void {
  const path = resolve(GOLDEN_DIR, file);
  expect(xmllintWellFormed(actual)).toMatchObject({ ok: true });
  parseSvg(actual);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(Buffer.from(actual, 'utf8').equals(readFileSync(path))).toBe(true);
}

describe('SVG golden files', () => {
  const cases = { intervals, hills, sets, rest };
  for (const [name, workout] of Object.entries(cases)) {
    it(`${name}.svg`, () => compareGolden(`${name}.svg`, workoutSvg(workout, 'mi', { paces })));
  }

  it('intervals-km.svg: the same session for an athlete who reads kilometres', () => {
    compareGolden('intervals-km.svg', workoutSvg(intervals, 'km', { paces }));
  });
});
