/** The plan's warm-up and cool-down around a session: added to hard work, not to a run that is its own. */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../helpers/reading.js';

describe('steady runs need no warm-up or cool-down', () => {
  it('"run 1 easy mile, followed by 10 miles at 8:00 minute/mile pace": the easy mile starts a steady run', () => {
    reads('Tonight will be a big test! My FIRST schedule calls for me to run 1 easy mile, followed by 10 miles at 8:00 minute/mile pace.', 'run 1mi @E | run 10mi @8:00/mi');
  });

  it('an easy start before reps still gets the cool-down: "2 miles easy, 4 x 1 mile @ 10K"', () => {
    reads('2 miles easy, 4 x 1 mile @ 10K', 'run 2mi @E | 4x(run 1mi @10K | rec open) | cd 10:00');
  });

  it('an easy start before a run faster than marathon pace still gets the cool-down: "1 mile easy, 5 miles @ 6:00"', () => {
    reads('1 mile easy, 5 miles @ 6:00', 'run 1mi @E | run 5mi @6:00/mi | cd 10:00');
  });
});
