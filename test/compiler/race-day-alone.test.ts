import { describe, it } from 'vitest';
import { expectReads } from '../helpers/reading.js';

describe('a race of 5 km or more', () => {
  it('is the whole day, with no warm-up or cool-down the plan did not write: "10K Race", "Race Day – 10K", "5k!"', () => {
    expectReads('10K Race', 'run 10km @goal 10K');
    expectReads('Race Day – 10K', 'run 10km @goal 10K');
    expectReads('5k!', 'run 5km @goal 5K');
  });

  it('a mile is still warmed up for', () => {
    expectReads('Mile', 'wu 15:00 | run 1mi @goal Mile | cd 10:00');
  });
});
