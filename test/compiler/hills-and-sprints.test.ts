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

describe('reps under a label of hills', () => {
  it('are hill reps when they name no pace: "Hills: 6 x 60 sec", "Hill session: 8 x 200m"', () => {
    expectReads('Hills: 6 x 60 sec', 'wu 15:00 | 6x(run 1:00 ~hill | rec open) | cd 10:00');
    expectReads('Hill session: 8 x 200m', 'wu 15:00 | 8x(run 200m ~hill | rec open) | cd 10:00');
  });

  it('keep a pace they name: "Hills: 2 mi WU, 6 x 60 sec @ 5K, 2 mi CD"', () => {
    expectReads('Hills: 2 mi WU, 6 x 60 sec @ 5K, 2 mi CD', 'wu 2mi | 6x(run 1:00 @5K | rec open) | cd 2mi');
  });
});
