/**
 * Counts written after the parts they repeat: "(×4)" after a list of run and walk parts,
 * and "repeat 3x". Each repeats the whole list before it.
 */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../../helpers/reading.js';

describe('a count in brackets after a list of parts', () => {
  it('"Walk 4 min, jog 1 min (×4)" repeats the walk and the jog (a beginners\' plan)', () => {
    reads('Walk 4 min, jog 1 min (×4)', '4x(rest 4:00 walk | run 1:00 @E)');
    reads('Jog 3–5 min, walk 3 min (×6)', '6x(run 3:00 @E | rest 3:00 walk)');
  });

  it('"(4x)" reads as "(×4)"', () => {
    reads('Walk 4 min, jog 1 min (4x)', '4x(rest 4:00 walk | run 1:00 @E)');
  });

  it('a count after one part still repeats that part', () => {
    reads('6 x 400m w/ 200m jog (x2)', 'wu 15:00 | 2x(6x+(run 400m | rec 200m jog)) | cd 10:00');
  });
});

describe('"repeat 3x"', () => {
  it('under run and walk lines repeats them (a club\'s run/walk page)', () => {
    reads('Run&Walk\n\nRun 8 min\n\nwalk 1 min\n\nrepeat 3x', '3x(run 8:00 @E | rest 1:00 walk)');
    reads('Run 10min\nWalk 1 min\nrepeat 2x', '2x(run 10:00 @E | rest 1:00 walk)');
  });
});
