/**
 * A run's whole length, then after ";" or ":" the parts it is made of: when the parts add up to
 * the whole, the whole is set aside and the day is run once, as its parts.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads as reads } from '../../helpers/reading.js';

describe('a whole told as its parts', () => {
  it('"5 miles: 1 mile warm up, 3 miles at 9:04/mi, 1 mile cool down" is the three parts', () => {
    reads('5 miles: 1 mile warm up, 3 miles at 9:04/mi, 1 mile cool down.', 'wu 1mi | run 3mi @9:04/mi | cd 1mi');
  });

  it('reads "a mile" as one of the parts, after a semicolon', () => {
    reads('I was supposed to run 5 miles this morning; 1 mile warm up, 3 miles at 9:04/mi, and a mile cool down.', 'wu 1mi | run 3mi @9:04/mi | cd 1mi');
    const w = compileSession('5 miles; 1 mile warm up, 3 miles at 9:04/mi, and a mile cool down.', athlete);
    expect(w.notes).toContain('read 5 miles as the whole of the parts after it, which add up to it');
  });

  it('leaves a whole whose parts do not add up to it as written', () => {
    const w = compileSession('6 miles; 1 mile warm up, 3 miles at 9:04/mi, and a mile cool down.', athlete);
    expect(w.notes.some((n) => n.includes('the whole of the parts'))).toBe(false);
  });
});
