import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a full stop after an abbreviated unit', () => {
  it('before WU or CD belongs to the unit: "1 mi. WU", "3 mi. CD"', () => {
    expectReads('Wednesday AM: 1 mi. WU, 8 X 400 w/ 200 float, 3 mi. CD', 'wu 1mi | 8x(run 400m | rec 200m) | cd 3mi');
  });

  it('before another capitalised word still ends the sentence', () => {
    expectReads('10 min. Then 4 x 400m.', 'run 10:00 @E | 4x(run 400m | rec open) | cd 10:00');
  });
});
