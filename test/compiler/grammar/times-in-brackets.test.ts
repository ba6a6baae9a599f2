/**
 * "Pyramid 1 min (1 min recovery), 2 mins (1 min), 3 mins (2 mins) … 1 min.": after a rep of a time, a time in
 * brackets cannot be its own time, so it is the rest after it; and a bare short time straight after the work is one
 * more rep, not an easy run of a minute.
 */
import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a time in brackets after a rep of a time', () => {
  it('is the recovery after it, the first one having said so', () => {
    expectReads(
      'Pyramid 1 min (1 min recovery), 2 mins (1 min), 3 mins (2 mins), 2 mins (1 min) 1 min.',
      'wu 15:00 | run 1:00 | rec 1:00 | run 2:00 | rec 1:00 | run 3:00 | rec 2:00 | run 2:00 | rec 1:00 | run 1:00 | cd 10:00',
    );
  });

  it('is the recovery after a single timed rep too', () => {
    expectReads('2 mins (1 min)', 'wu 15:00 | run 2:00 | rec 1:00 | cd 10:00');
  });

  it('a distance in brackets after a time stays what it was', () => {
    expectReads('20 min (4 km)', 'run 20:00 @E');
  });

  it('a time as long as a run is no rep, and its bracket no rest', () => {
    expectReads('40 min (20 min)', 'run 40:00 @E');
  });
});

describe('a short time after the work', () => {
  it('is one more rep where nothing is said of it', () => {
    expectReads('6 x 400m, 2 min', 'wu 15:00 | 6x+(run 400m | rec open) | run 2:00 | cd 10:00');
  });

  it('said to be slow, it is easy running', () => {
    expectReads('3 miles, 1 min fast, 4 min slow', 'run 3mi @E | run 1:00 ~fast | run 4:00 @E');
  });

  it('as long as a run, it is a run', () => {
    expectReads('6 x 400m, 15 min', 'wu 15:00 | 6x+(run 400m | rec open) | run 15:00 @E');
  });
});
