/**
 * A warm-up and cool-down said together with one length are two parts of that length, around the session.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('a warm-up and cool-down of one length', () => {
  it('opening the session: "10 min warm up and cool down, 4 x 400m"', () => {
    expectReads('10 min warm up and cool down, 4 x 400m', 'wu 10:00 | 4x(run 400m | rec open) | cd 10:00');
  });

  it('closing it after a count: "Run 2 minutes, Walk 2 minutes, 7 times with a 5 minute warm-up and cool-down"', () => {
    expectReads('Tuesday: Run 2 minutes, Walk 2 minutes, 7 times with a 5 minute warm-up and cool-down', 'wu 5:00 | 7x(run 2:00 @E | walk 2:00) | cd 5:00');
  });

  it('a warm-up alone after "with" goes first, the cool-down left to the plan: "4 x 400m with a 10 minute warm-up"', () => {
    expect(show(compileRuns('4 x 400m with a 10 minute warm-up', athlete))).toBe('wu 10:00 | 4x(run 400m | rec open) | cd 10:00');
  });

  it('warm-ups and cool-downs of their own lengths are read as before: "20 min warm up, 4 x 400m, 10 min cool down"', () => {
    expectReads('20 min warm up, 4 x 400m, 10 min cool down', 'wu 20:00 | 4x(run 400m | rec open) | cd 10:00');
  });
});

describe('a session named in a word before "with"', () => {
  it('"Parkrun with 5 minutes warm up and warm down" is never read as a warm-up and cool-down alone', () => {
    expect(show(compileRuns('Parkrun with 5 minutes warm up and warm down.', athlete))).not.toBe('wu 5:00 | cd 5:00');
  });
});
