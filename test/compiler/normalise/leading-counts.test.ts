import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a count that opens the session', () => {
  it('repeats every part written after it: "Repeat eight times." above a list', () => {
    expectReads('Repeat eight times.\n\n  • 200-meter sprint\n\n  • 200 meters easy', 'wu 15:00 | 8x(run 200m ~sprint | rec 200m @E) | cd 10:00');
    expectReads('Repeat 8 times: 200m sprint, 200m easy', 'wu 15:00 | 8x(run 200m ~sprint | rec 200m @E) | cd 10:00');
    expectReads('Repeat the following 5 times:\n1 min hard\n1 min easy', 'wu 15:00 | 5x(run 1:00 ~hard | rec 1:00 @E) | cd 10:00');
  });

  it('a recovery in the list is the one between the reps: "200-meter slow jog recovery"', () => {
    expectReads('Repeat six times.\n\n  • 400 meters at goal mile pace\n\n  • 200-meter slow jog recovery', 'wu 15:00 | 6x(run 400m @goal Mile | rec 200m jog) | cd 10:00');
  });

  it("\"Repeat 3x:\" before the parts, as \"Repeat 3 times\"", () => {
    expectReads('Repeat 3x: 1 mile @ T, 2 min jog', 'wu 15:00 | 3x(run 1mi @T | rec 2:00 jog) | cd 10:00');
  });
});
