/**
 * A whole session that is one run shorter than any run, whose figure is a usual run in
 * minutes ("60m", "50m"): the reading stops, positioned on the length, and says how to
 * write minutes or a rep — it never runs 60 metres easy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (text: string) => compileSession(text, athlete).diagnostics.filter((d) => d.severity === 'error');

describe('a lone run shorter than any run', () => {
  it('is refused where the figure is a usual run in minutes (a running plan\'s "60m" and "50m" days)', () => {
    for (const text of ['60m', '50m', '30m easy', '100m']) {
      const [e] = errors(text);
      expect(e?.message, text).toMatch(/on its own is shorter than any run/);
      expect(e?.column).toBe(1);
      expect(e?.hint).toMatch(/min/);
    }
  });

  it('still reads a short length no usual run in minutes could be, and lengths beside other parts', () => {
    expect(errors('200m (1/2 lap on the track/0.12 mile~)')).toEqual([]);
    expect(errors('400m @ Mile')).toEqual([]);
    expect(errors('4 x 200m')).toEqual([]);
    expect(errors('60 min')).toEqual([]);
    expect(errors('1 mile')).toEqual([]);
  });
});
