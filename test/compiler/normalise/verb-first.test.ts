/**
 * A line whose parts each open with their verb, with no mark between them
 * ("Walk 5 mins Jog 2 mins Repeat x 3"): each verb opens its part, so the walk
 * is not lost into a "5 mins jog".
 */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../../helpers/reading.js';

describe('parts that open with their verb, written on one line', () => {
  it('"Walk 5 mins Jog 2 mins Repeat x 3" (a couch-to-5K plan, fixtures/corpus/blind-10)', () => {
    reads('Walk 5 mins Jog 2 mins Repeat x 3', '3x(walk 5:00 | run 2:00 @E)');
  });

  it('either order, any count of parts, and "repeat N times"', () => {
    reads('Jog 2 mins Walk 5 mins Repeat x 3', '3x(run 2:00 @E | walk 5:00)');
    reads('Walk 3 mins Jog 8 mins Walk 3 mins Jog 8 mins', 'walk 3:00 | run 8:00 @E | walk 3:00 | run 8:00 @E');
    reads('Walk 5 min jog 2 min repeat 3 times', '3x(walk 5:00 | run 2:00 @E)');
  });

  it('a length then its kind is still one part: "5 mins jog 2 mins walk", "Run 10 min, 2 min jog"', () => {
    reads('5 mins jog 2 mins walk', 'wu 15:00 | run 5:00 | rest 2:00 walk | cd 10:00');
    reads('Run 10 min, 2 min jog', 'run 10:00 @E | rec 2:00 jog');
  });
});
