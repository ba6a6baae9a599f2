/**
 * The lines of a set written under its heading ("5 rounds:", "2 sets of:") may each end with a
 * full stop: the set goes on to the next line (it ended at the first full stop, the other lines
 * read as parts after the sets).
 */
import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('lines of a set ending with full stops', () => {
  it('stay in the set', () => {
    expectReads('Workout of the Day\n5 rounds:\nJog 400 meters at an easy pace. No walking.\nSprint 200 meters.', 'wu 15:00 | 5x(rec 400m jog @E | run 200m ~sprint) | cd 10:00');
    expectReads('2 sets of:\n800m @ 5K.\n400m @ 3K.\n3 min rest between sets', 'wu 15:00 | 2x(run 800m @5K | run 400m @3K | rec 3:00) | cd 10:00');
  });
});
