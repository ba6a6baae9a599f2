/**
 * A race with the time it is to be run under, in brackets after it (src/compiler/normalise/race-target.ts):
 * "10km race (sub 50mins)" (RunRepublic's tune-up race) was the race at the athlete's goal 10K pace
 * with the plan's warm-up around it; the coach's time over the distance is the pace.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { referenceAthlete } from '../../corpus/blind.js';
import { show } from '../../corpus/expect.js';

const athlete = referenceAthlete();
const read = (text: string) => show(compileRuns(text, athlete));

describe('a race and the time to run it under', () => {
  it('"10km race (sub 50mins)" is 10 km at 5:00/km', () => {
    expect(read('10km race (sub 50mins)')).toBe('run 10km @5:00/km');
    expect(read('10km race (sub 50mins)')).toBe(read('10km race in 50 min'));
  });

  it('a clock of minutes and seconds, and "under"', () => {
    expect(read('5K race (sub 19:30)')).toContain('run 5km @3:54/km');
    expect(read('10 mile race (under 75 mins)')).toBe('run 10mi @7:30/mi');
  });

  it('a half marathon or marathon timed in hours is left as written: its race pace', () => {
    expect(read('Half marathon (sub 1:50)')).toBe('run 21097.5m @goal HM');
  });

  it('a bracketed time after a run that is no race is not a target', () => {
    expect(read('10km easy (sub 50mins)')).toBe('run 10km @E');
  });

  it('more after the bracket, or another word in it, leaves it as written', () => {
    expect(read('10km race (about 50mins)')).not.toContain('5:00/km');
  });
});

describe("a race's pace set off by commas after a part", () => {
  const read = (text: string) => show(compileRuns(text, referenceAthlete()));

  it('is that part\'s pace, never a run of the race\'s distance', () => {
    expect(read('4 x 800m, 3k race pace, 4x400m')).toBe('wu 15:00 | 4x+(run 800m @3K | rec open) | 4x(run 400m | rec open) | cd 10:00');
    expect(read('6 miles, 10K race pace')).toBe('wu 15:00 | run 6mi @10K | cd 10:00');
  });

  it('a race run at a pace stays a run', () => {
    expect(read('3 km at 5K pace')).toBe('wu 15:00 | run 3km @5K | cd 10:00');
  });
});

describe('a pace or effort alone after the comma that closes a run', () => {
  it('"30 min run, easy" is one easy run, not a run and an open easy run after it', () => {
    expect(read('30 min run, easy.')).toBe('run 30:00 @E');
    expect(read('5 miles, steady')).toBe(read('5 miles steady'));
  });

  it('after reps the word stays as written: "6 x 1 min, easy" keeps its reps\' reading', () => {
    expect(read('6 x 1 min, easy')).toContain('6x(run 1:00');
  });

  it('a race\'s name is no pace for it here: "4 miles, marathon" is not read as 4 miles at a race of its own length', () => {
    expect(read('4 miles, marathon')).not.toContain('6437');
  });

  it('a run with a pace of its own keeps it: "30 min @ T, easy" is not read as two paces on one run', () => {
    expect(read('30 min @ T, easy')).not.toBe('run 30:00 @E');
  });
});

describe('a track race named by its metres after a bracket', () => {
  it('"2 to 3 x 400 (100 jog), 1600 pace" runs the 400s at mile pace, no 1600 m run after them', () => {
    expect(read('2 to 3 x 400 (100 jog), 1600 pace')).toBe('wu 15:00 | 2x(run 400m @Mile | rec 100m jog) | cd 10:00');
  });

  it('"4 x 400m (200m jog), 5k pace" runs the 400s at 5K pace', () => {
    expect(read('4 x 400m (200m jog), 5k pace')).toBe('wu 15:00 | 4x(run 400m @5K | rec 200m jog) | cd 10:00');
  });
});
