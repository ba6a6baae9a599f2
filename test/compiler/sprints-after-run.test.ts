import { describe, it } from 'vitest';
import { expectReads } from '../helpers/reading.js';

describe('sprints after an easy run', () => {
  it('end the run as strides do, with no cool-down: "6–10 mi easy plus 4 × 20 sec hills"', () => {
    expectReads('6–10 mi easy plus 4 × 20 sec hills.', 'run 6mi @E | 4x(run 0:20 ~hill | rec open)');
    expectReads('30 min easy + 6 x 150m fast', 'run 30:00 @E | 6x(run 150m ~fast | rec open)');
  });

  it('longer work after an easy run still has the plan\'s cool-down', () => {
    expectReads('5 miles easy, 4 x 1 mile @ T', 'run 5mi @E | 4x(run 1mi @T | rec open) | cd 10:00');
  });

  it('sprints with no run before them still have the warm-up and cool-down', () => {
    expectReads('8 x 20 sec hill sprints', 'wu 15:00 | 8x(run 0:20 ~sprint | rec open) | cd 10:00');
  });
});
