/**
 * Looking ahead after "with": work inside the run rather than a recovery,
 * with or without "the" before "last" ("with the last 4 at marathon pace").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import { outline } from '../../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;

describe('work inside a run after "with"', () => {
  it('"16 miles with the last 4 at marathon pace" runs the last 4 miles at M, as without "the"', () => {
    const w = compileSession('16 miles with the last 4 at marathon pace', athlete);
    expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('16 miles with last 4 at marathon pace', athlete).steps));
    expect(w.steps).toHaveLength(2);
  });

  it('"18 miles with the final 3 miles @ HMP"', () => {
    const w = compileSession('18 miles with the final 3 miles @ HMP', athlete);
    expect(w.steps).toHaveLength(2);
    expect(w.steps[1]).toMatchObject({ duration: { kind: 'distance', meters: 3 * 1609.344 } });
  });
});
