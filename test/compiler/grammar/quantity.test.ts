/** What follows a number in a quantity: its unit, or a word the quantity's reading leaves to the rest of the step. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

describe('a word naming the reps after a bare track number', () => {
  it('"6×800 repeats" is six 800 m reps, not a misspelt unit', () => {
    expectReads('6×800 repeats', 'wu 15:00 | 6x(run 800m | rec open) | cd 10:00');
  });

  it('"4 x 400 reps @ 5K" reads on to the pace', () => {
    expectReads('4 x 400 reps @ 5K', 'wu 15:00 | 4x(run 400m @5K | rec open) | cd 10:00');
  });

  it('a misspelt unit is still refused with its suggestion: "4 x 5 mni"', () => {
    const w = compileSession('4 x 5 mni', athlete);
    expect(errors(w)).toEqual(["unknown unit 'mni'"]);
  });

  it('a count of reps with no length beside it is refused at the count, with a hint: "Run 800 meters at your 5K goal pace. Start out with 3 repeats."', () => {
    const text = 'Run 800 meters at your 5K goal pace. Start out with 3 repeats.';
    const w = compileSession(text, athlete);
    const error = w.diagnostics.find((d) => d.severity === 'error')!;
    expect(error.message).toBe("'3 repeats' does not say how long each rep is");
    expect(error.hint).toBe("write the length beside the count, such as '3 x 800m'");
    expect(text.slice(error.offset, error.offset + error.length)).toBe('3');
  });
});

describe('a unit written once, later in the list', () => {
  it('is not taken where it would make a number longer than any run', () => {
    expectReads('2 mi wu, 6x400, 2 mi cd', 'wu 2mi | 6x(run 400m | rec open) | cd 2mi');
  });

  it('is taken where it makes a usual length', () => {
    expectReads('15 + 10 + 5 mins THR', 'wu 15:00 | run 15:00 @T | run 10:00 @T | run 5:00 @T | cd 10:00');
  });
});

describe('a unit written on a number of another size', () => {
  it('is not taken: "4 x 1600 - 60 sec rest" is 1600 m reps, never reps of 1600 seconds', () => {
    expectReads('4 x 1600 - 60 sec rest', 'wu 15:00 | 4x(run 1600m | rest 1:00) | cd 10:00');
  });
});

describe('a bare number after a list of timed parts', () => {
  it('"20 min easy, 1 min walk, 10 steady" takes the minutes of the part before', () => {
    expectReads('20 min easy, 1 min walk, 10 steady', 'run 20:00 @E | walk 1:00 | run 10:00 ~steady');
  });

  it('a number of another size altogether is not read so: "10 min easy, 400 fast" is 400 metres', () => {
    expectReads('10 min easy, 400 fast', 'run 10:00 @E | run 400m ~fast | cd 10:00');
  });

  it('a distance before is not carried: "4 x 1 mile, 2 jog" is left to the recovery\'s norms (2 minutes)', () => {
    expectReads('4 x 1 mile, 2 jog', 'wu 15:00 | 4x(run 1mi | rec 2:00 jog) | cd 10:00');
  });
});

describe('a count of an exercise after timed parts', () => {
  it('"40 min easy, 10 push-ups" never runs 10 minutes', () => {
    const w = compileSession('40 min easy, 10 push-ups', athlete);
    expect(w.steps.some((s) => s.type === 'step' && s.duration.kind === 'time' && s.duration.seconds === 600)).toBe(false);
  });
});
