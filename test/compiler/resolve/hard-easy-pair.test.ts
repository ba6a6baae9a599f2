import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a hard and an easy part repeated together', () => {
  it('the easy part is the recovery between the hard ones: "(200m sprint, 200m easy) x 8", "1min hard, 1 min easy x 10"', () => {
    expectReads('8 x (200m sprint, 200m easy)', 'wu 15:00 | 8x(run 200m ~sprint | rec 200m @E) | cd 10:00');
    expectReads('1min hard, 1 min easy x 10', 'wu 15:00 | 10x(run 1:00 ~hard | rec 1:00 @E) | cd 10:00');
    expectReads('4 x (1 mile @ T, 1 mile easy)', 'wu 15:00 | 4x(run 1mi @T | rec 1mi @E) | cd 10:00');
  });

  it('a steady part after the work stays running: "1 min @ 5K, 1 min steady x 10"', () => {
    expectReads('(1 min @ 5K, 1 min @ M) x 10', 'wu 15:00 | 10x(run 1:00 @5K | run 1:00 @M) | cd 10:00');
  });
});

describe('a slow jog after its length', () => {
  it('is a recovery as a jog is: "200m slow jog recovery", "2 min gentle jog"', () => {
    expectReads('6 x (400m, 200m slow jog recovery)', 'wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00');
    expectReads('400m, 2 min gentle jog, 400m', 'wu 15:00 | run 400m | rec 2:00 jog | run 400m | cd 10:00');
  });

  it('a long easy jog that opens the session is its easy running: "4 mile easy jog, then 10 x 400"', () => {
    expectReads('4 mile easy jog, then 10 x 400', 'run 4mi @E | 10x(run 400m | rec open) | cd 10:00');
  });
});
