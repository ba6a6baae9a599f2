/**
 * Counts written after the parts they repeat: "(×4)" after a list of run and walk parts,
 * "repeat 3x", and "; 5 cycles" closing a list. Each repeats the whole list before it; a
 * count of cycles after a single part, or a bare "(4)", is no such count.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const refusals = (text: string) => compileRuns(text, athlete).flatMap(errors);

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

describe('cycles and rounds closing a list', () => {
  it('"walk 3 minutes, jog 3 minutes; 5 cycles" repeats the list', () => {
    reads('walk 3 minutes, jog 3 minutes; 5 cycles', '5x(rest 3:00 walk | run 3:00 @E)');
  });

  it('"Run 8 min, walk 1 min, 3 rounds"', () => {
    reads('Run 8 min, walk 1 min, 3 rounds', '3x(run 8:00 @E | rest 1:00 walk)');
  });

  it('after a single part, cycles are not read as a repeat', () => {
    expect(refusals('Run 30 min; 3 cycles')).not.toEqual([]);
  });
});
