/**
 * A bracket holding only a recovery, last in a repeated group ("4 x {… 400m (10k pace) [3min rest/recovery]}"),
 * is the rest after each round. It was read as an explanation of the last rep and the rest was dropped.
 */
import { describe, expect, it } from 'vitest';
import { reads } from '../../helpers/reading.js';

describe('a recovery in brackets closing a group', () => {
  it('is the rest after each round, in either order of length and word', () => {
    expect(reads('4 x (200m @ mile, 400m @ 5k [3min rest])', 'wu 15:00 | 4x(run 200m @Mile | run 400m @5K | rest 3:00) | cd 10:00')).toEqual([]);
    expect(reads('4 x (200m @ mile, 400m @ 5k [rest 3 min])', 'wu 15:00 | 4x(run 200m @Mile | run 400m @5K | rest 3:00) | cd 10:00')).toEqual([]);
    expect(reads('4 x (200m @ mile, 400m @ 5k (90s jog))', 'wu 15:00 | 4x(run 200m @Mile | run 400m @5K | rec 1:30 jog) | cd 10:00')).toEqual([]);
  });

  it('"rest/recovery": further words saying how add nothing', () => {
    const text = '4 x {200m (1m pace) 200m (3k pace) 400m (5k pace) 400m (10k pace) [3min rest/recovery]}';
    expect(reads(text, 'wu 15:00 | 4x(run 200m @Mile | run 200m @3K | run 400m @5K | run 400m @10K | rest 3:00) | cd 10:00')).toEqual([]);
  });

  it('a recovery bracket after reps outside a group is read as before', () => {
    expect(reads("6 x 400m [2']", 'wu 15:00 | 6x(run 400m | rec 2:00) | cd 10:00')).toEqual([]);
  });
});
