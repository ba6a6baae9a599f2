/**
 * "5 x 800m\nRest 3:00 between rounds": reps in no sets, the session's only ones, are its rounds;
 * the rest "between rounds" or "between sets" goes between them (it was dropped).
 */
import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a rest between rounds after reps in no sets', () => {
  it('is the rest between the reps, on its own line or in the clause', () => {
    expectReads('5 x 800m\nRest 3:00 between rounds', 'wu 15:00 | 5x(run 800m | rest 3:00) | cd 10:00');
    expectReads('4 x 800m w/ 3 min rest between sets', 'wu 15:00 | 4x(run 800m | rest 3:00) | cd 10:00');
  });

  it('after rounds written out below a heading, it is the rest after each round', () => {
    expectReads('5 rounds:\n400m\n200m jog\nRest 3:00 between rounds', 'wu 15:00 | 5x(run 400m | rec 200m jog | rest 3:00) | cd 10:00');
  });
});
