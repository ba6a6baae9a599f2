/** Sentences: an ellipsis before a figure ends a sentence, and its last dot is no decimal point. */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../../helpers/reading.js';

describe('an ellipsis before a figure', () => {
  it('"I really like....4 x 1200" reads four reps, not .4 (a coaching blog)', () => {
    reads('The workout is something I really like....4 x 1200 at goal 5k pace with 400 meter jog recovery.', 'wu 15:00 | 4x(run 1200m @goal 5K | rec 400m jog) | cd 10:00');
  });

  it('a decimal after a space is still a decimal: "Then .5 mile cool down"', () => {
    reads('6 x 400m w/ 200m jog. Then .5 mile cool down', 'wu 15:00 | 6x(run 400m | rec 200m jog) | cd 0.5mi');
  });
});
