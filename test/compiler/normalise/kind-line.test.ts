/**
 * A line that names only the kind of an easy run, below a line that is one length alone, says what that run is.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('the kind of a run on the line below its length', () => {
  it('"4 miles\\nEasy run" is one easy run of 4 miles, with nothing listed as left out', () => {
    expectReads('4 miles\nEasy run', 'run 4mi @E');
    expect(compileRuns('4 miles\nEasy run', athlete)[0]!.diagnostics).toEqual([]);
  });

  it('in another language, over a date: "4km\\n轻松跑\\n1月27日"', () => {
    expectReads('4km\n轻松跑\n1月27日', 'run 4km @E');
  });

  it('a line of a kind that is no easy run is not folded in: "4 miles\\nTempo"', () => {
    expect(show(compileRuns('4 miles\nTempo', athlete))).not.toBe('run 4mi @E');
  });

  it('a length with more on its line keeps its own reading: "2 miles\\neasy\\n4 x 400m"', () => {
    expect(show(compileRuns('2 miles\neasy\n4 x 400m', athlete))).toContain('4x(run 400m');
  });
});
