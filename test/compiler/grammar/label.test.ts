/** Session labels (src/compiler/grammar/label.ts): the dash that lays a plan cell out between its length and its label. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

describe('"3 miles - Long Run"', () => {
  it('a spaced dash between a length and a label that gives its pace lays the cell out', () => {
    expect(reads('5 miles - Long Run', 'run 5mi @E')).toEqual([]);
    expect(reads('4 miles - Tempo Run', 'run 4mi @T')).toEqual([]);
    expect(reads('6 km – Recovery Run', 'run 6km @recovery')).toEqual([]);
  });

  it('a label that gives no pace ("Fartlek", "Intervals") is not read as an easy run: the cell is refused', () => {
    for (const text of ['3 miles - Fartlek', '4 miles - Intervals']) {
      const w = compileSession(text, athlete);
      expect(errors(w).length, text).toBeGreaterThan(0);
    }
  });

  it('"Easy Run" after such a dash is refused: plans mean by it their everyday pace or a recovery run', () => {
    expect(errors(compileSession('3 miles - Easy Run', athlete)).length).toBeGreaterThan(0);
  });

  it('a dash in a range stays a range', () => {
    expect(reads('3-4 miles Tempo', 'run 3mi @T')).toEqual([]);
  });
});
