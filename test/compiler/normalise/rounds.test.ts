/**
 * A round heading with the round's parts on the lines below it ("5 rounds:", "3 sets of;",
 * "Then, 8 rounds of:", "4 sets of the following...", "3 rounds for time:"): the count
 * repeats those lines, up to a cool-down or the end.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads, reads } from '../../helpers/reading.js';

describe('a round heading over the lines below it', () => {
  it('"N rounds:" repeats the lines under it, a jog in them its recovery', () => {
    expectReads('5 rounds:\nJog 400 meters\nSprint 200 meters', 'wu 15:00 | 5x(rec 400m jog | run 200m ~sprint) | cd 10:00');
    expectReads('Workout of the Day\n4 rounds:\n400m hard\n200m jog', 'wu 15:00 | 4x(run 400m ~hard | rec 200m jog) | cd 10:00');
  });

  it('"sets" with no "of", "rounds of", and a word for the count', () => {
    expectReads('3 sets:\n800m @ 5K\n2 min rest', 'wu 15:00 | 3x(run 800m @5K | rest 2:00) | cd 10:00');
    expectReads('Six rounds of:\n1 min hard\n1 min jog', 'wu 15:00 | 6x(run 1:00 ~hard | rec 1:00 jog) | cd 10:00');
  });

  it('a semicolon or an ellipsis closes the heading as a colon does (real: "3 sets of;")', () => {
    expectReads('10min warm-up\n3 sets of;\n7min at threshold\n2min recovery\n10min cool down', 'wu 10:00 | 3x(run 7:00 @T | rec 2:00 recovery) | cd 10:00');
    expectReads(
      'Workout:  4 sets of the following...\n  • 5 x (10 seconds HARD uphill, 50 seconds walk)\n  • 3:00 jog recovery between sets',
      'wu 15:00 | 4x(5x(run 0:10 ~hard | rest 0:50 walk) | rec 3:00 jog) | cd 10:00',
    );
  });

  it('words leading into the count ("Then, 8 rounds of:")', () => {
    expectReads('Then, 8 rounds of:\n\n• 60 seconds fast pace\n• 2 min easy\n\nFinish with a 3 minute cool-down jog.', 'wu 15:00 | 8x(run 1:00 ~fast | rec 2:00 @E) | cd 3:00');
  });

  it('"for time" says how the rounds are scored and sets no pace', () => {
    expect(reads('3 rounds for time:\n400m\n200m jog', 'wu 15:00 | 3x(run 400m | rec 200m jog) | cd 10:00')).toEqual([]);
  });

  it('a count of rounds said after the parts is no heading ("REPEAT FROM START FOR 2 ROUNDS")', () => {
    expect(errors(compileSession('3 min uphill\n4 min jog down\nREPEAT FROM START FOR 2 ROUNDS\nTOTAL TIME: 14 Minutes.', athlete))).not.toEqual([]);
  });

  it('a heading with no colon and no "of" is left to the rest of the reader', () => {
    expect(errors(compileSession('5 rounds\nJog 400 meters\nSprint 200 meters', athlete))).not.toEqual([]);
  });

  it('a count outside 1 to 50 is no count of rounds', () => {
    expect(errors(compileSession('60 rounds:\n400m\n200m jog', athlete))).not.toEqual([]);
  });
});
