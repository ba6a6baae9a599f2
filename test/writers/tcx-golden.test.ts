/**
 * Golden TCX files, compared byte for byte; regenerate with UPDATE_GOLDEN=1
 * after checking the diff by eye. Each golden also passes the XSD, so a
 * regenerated file cannot quietly become invalid.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tcxForPlan, tcxForWorkout } from '../../src/writers/tcx.js';
import { xmllintValidate } from '../helpers/xmllint.js';
import { ALL_SESSIONS, intervals, ladder, nasty, planOf, sets, strength } from '../../fixtures/tcx/sessions.js';

const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/tcx');
const update = process.env['UPDATE_GOLDEN'] === '1';
const plan = planOf(Object.values(ALL_SESSIONS));

function compareGolden(file: string, actual: string): void {
  const path = resolve(GOLDEN_DIR, file);
  expect(xmllintValidate(actual).valid).toBe(true);
  if (update) writeFileSync(path, actual);
  expect(existsSync(path), `${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(Buffer.from(actual, 'utf8').equals(readFileSync(path))).toBe(true);
}

describe('TCX golden files', () => {
  const cases = { intervals, sets, ladder, nasty, strength };
  for (const [name, workout] of Object.entries(cases)) {
    it(`${name}.tcx`, () => compareGolden(`${name}.tcx`, tcxForWorkout(workout, plan)));
  }

  it('plan.tcx', () => compareGolden('plan.tcx', tcxForPlan(plan)));

  it('writes the same bytes every time (no clock, no random ids)', () => {
    expect(tcxForPlan(plan)).toBe(tcxForPlan(structuredClone(plan)));
  });
});
