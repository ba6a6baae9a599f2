/**
 * Headings naming the level each line is for ("Rx'd:", "Scaled:", "Beginners:", "Advanced
 * runners:"): two or more are one session for each level, alternatives to choose from.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

describe('level headings before alternatives', () => {
  it('"Rx\'d:" and "Scaled:" lines are two sessions to choose from, not one after the other', () => {
    expectReads(
      "- Rx'd: 5x800 m, rest 3 minutes.\n- Scaled: 4 x 600m, rest 3 minutes.",
      'wu 15:00 | 5x(run 800m | rest 3:00) | cd 10:00 OR wu 15:00 | 4x(run 600m | rest 3:00) | cd 10:00',
    );
  });

  it('three levels, a noun after the level ("Intermediate runners:")', () => {
    expectReads(
      'Beginners: 4 x 400m w/ 200m jog\nIntermediate runners: 5 x 400m w/ 200m jog\nAdvanced: 6 x 400m w/ 200m jog',
      'wu 15:00 | 4x(run 400m | rec 200m jog) | cd 10:00 OR wu 15:00 | 5x(run 400m | rec 200m jog) | cd 10:00 OR wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00',
    );
  });

  it('a level heading alone on its line, its rounds below it', () => {
    expectReads(
      'Rx:\n5 rounds:\n400m hard\n200m jog\n\nScaled:\n3 rounds:\n400m hard\n200m jog',
      'wu 15:00 | 5x(run 400m ~hard | rec 200m jog) | cd 10:00 OR wu 15:00 | 3x(run 400m ~hard | rec 200m jog) | cd 10:00',
    );
  });

  it('levels between a warm-up and a cool-down are not split into sessions (either level could own them)', () => {
    expect(errors(compileSession('Warm up 10 min\nBeginners: 4 x 400m\nAdvanced: 6 x 400m\nCool down 10 min', athlete))).not.toEqual([]);
  });

  it('one level heading is a label, the session read as written', () => {
    expectReads('Beginners: 4 x 400m w/ 200m jog', 'wu 15:00 | 4x(run 400m | rec 200m jog) | cd 10:00');
  });
});
