/**
 * "Tuesday-3 Miles, .5 w/u, 3×800 with 400 recovery, .5 c/d": a plain length written first, then a whole session
 * from its warm-up to its cool-down, is the day's total with that session inside it, not an easy run before it.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

describe('a length, then a session from warm-up to cool-down', () => {
  it('is the day, its parts inside it', () => {
    expectReads('6 miles, 1 mile wu, 3 x 1 mile @ T w/ 2 min, 1 mile cd', 'wu 1mi | 3x(run 1mi @T | rec 2:00) | cd 1mi');
  });

  it('says so when the parts fall short of the length written', () => {
    const w = compileSession('8 miles, 1 mile wu, 3 x 1 mile @ T w/ 2 min, 1 mile cd', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.diagnostics.map((d) => d.message).some((m) => m.startsWith('the parts add up to about'))).toBe(true);
  });

  it('a length with no warm-up after it stays a run of its own', () => {
    expectReads('3 miles, 4 x 400m, 1 mile cd', 'run 3mi @E | 4x(run 400m | rec open) | cd 1mi');
  });
});
