import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a clock that is the whole run', () => {
  it('is hours and minutes where no run lasts that many minutes and seconds: "Long run 2:40", "Easy 0:45"', () => {
    expectReads('Friday – Long run 2:40', 'run 2:40:00 @E');
    expectReads('2:40 long run', 'run 2:40:00 @E');
    expectReads('Easy 0:45', 'run 45:00 @E');
    expectReads('1:45 run (3/1)', 'run 1:45:00 @E');
  });

  it('stays minutes and seconds where that is a run, or where it is a rep or a recovery', () => {
    expectReads('Tempo 20:00', 'run 20:00 @T');
    expectReads('Tempo 5:00', 'run 5:00 @T');
    expectReads('4x 3:00 @ 10K effort, 2:00 jog between each', 'wu 15:00 | 4x(run 3:00 @10K | rec 2:00 jog) | cd 10:00');
  });
});
