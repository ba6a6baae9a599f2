/**
 * A unit written once for a run of parts ("Run for 5 minutes, walk for 3, run for 5"):
 * the bare figures after a run, jog or walk take the time unit of the part before them in
 * the same sentence. A distance is never carried, and a new sentence forgets the unit.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const refusals = (text: string) => compileRuns(text, athlete).flatMap(errors);

describe('units left off after the first part', () => {
  it('"Run for 5 minutes, walk for 3, run for 5 …" (a beginners\' programme)', () => {
    reads('Day #1 (Run for 5 minutes, walk for 3, run for 5, walk for 3, run for 5)', 'run 5:00 @E | rest 3:00 walk | run 5:00 @E | rest 3:00 walk | run 5:00 @E');
    reads('Day #2 (Run for 8 minutes, walk for 5, run for 8)', 'run 8:00 @E | rest 5:00 walk | run 8:00 @E');
  });

  it('"jog 5 min, walk 2, jog 5" without "for"', () => {
    reads('jog 5 min, walk 2, jog 5', 'run 5:00 @E | rest 2:00 walk | run 5:00 @E');
  });

  it('seconds are carried as seconds', () => {
    reads('run 90 seconds, walk 60, run 90', 'run 1:30 @E | rest 1:00 walk | run 1:30 @E');
  });

  it('a distance is not carried: "run 1 mile, walk 5" still asks for a unit', () => {
    expect(refusals('run 1 mile, walk 5')).not.toEqual([]);
  });

  it('a new sentence forgets the unit', () => {
    expect(refusals('Run for 5 minutes. Walk for 3.')).not.toEqual([]);
  });

  it('a figure with more after it than the part\'s end is not given a unit ("walk for 3 x 2")', () => {
    expect(refusals('run for 5 minutes, walk for 3 x 2')).not.toEqual([]);
  });
});
