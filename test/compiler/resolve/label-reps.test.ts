/**
 * A session's label that names work ("Tempo", "Threshold", "VO₂max") gives its pace to reps written with none:
 * "Tempo: 3 x 10 min (2 min jog)" is three tempo reps, not three run by feel.
 */
import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('reps under a label of work', () => {
  it('run at the label\'s pace', () => {
    expectReads('Tempo: 3 x 10 min (2 min jog)', 'wu 15:00 | 3x(run 10:00 @T | rec 2:00 jog) | cd 10:00');
    expectReads('Thursday Threshold  :\n\n3 x 15mins ( 2 min jog )', 'wu 15:00 | 3x(run 15:00 @T | rec 2:00 jog) | cd 10:00');
  });

  it('keep a pace of their own', () => {
    expectReads('Tempo: 3 x 10 min @ HM (2 min jog)', 'wu 15:00 | 3x(run 10:00 @HM | rec 2:00 jog) | cd 10:00');
  });

  it('under a label that names no pace, are run by feel', () => {
    expectReads('Intervals: 6 x 800m (400m jog)', 'wu 15:00 | 6x(run 800m | rec 400m jog) | cd 10:00');
  });
});
