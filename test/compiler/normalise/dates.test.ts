/** Dates written around a session are set aside: their numbers are no lengths. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

describe('a date before the session', () => {
  it('"Tuesday, September 13, 2016:" (month, day, year)', () => {
    reads('Tuesday, September 13, 2016: 1-mile warmup; 20-min tempo run, 1-mile cool- down.', 'wu 1mi | run 20:00 @T | cd 1mi');
  });

  it('"Mon 26/10:" (a day and month in figures after a weekday)', () => {
    reads('Mon 26/10: pm - 23 mins very easy @7:32/km', 'run 23:00 @7:32/km');
  });

  it('"Monday (8/11)" (bracketed, on its own line)', () => {
    reads('Monday (8/11)\n\n6 miles easy', 'run 6mi @E');
  });

  it('"Thursday 1st April:" (an ordinal day before the month)', () => {
    reads('Thursday 1st April:\n\n5k, 4k, 3k, 2k, 1k with 90s rest', 'wu 15:00 | run 5km | rest 1:30 | run 4km | rest 1:30 | run 3km | rest 1:30 | run 2km | rest 1:30 | run 1km | cd 10:00');
  });

  it('"29 September" before a log entry', () => {
    reads('29 September ran 3 x 1km', 'wu 15:00 | 3x(run 1000m | rec open) | cd 10:00');
  });

  it('"Week of Jan 20 – Jan 26, 2020" (a range of dates after its lead words) is set aside whole', () => {
    const w = compileSession('Week of Jan 20 – Jan 26, 2020\n\n6 x 400m', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.diagnostics.map((d) => d.message).join()).not.toMatch(/needs a unit/);
  });
});

describe('numbers that only look like dates stay lengths', () => {
  it('a fraction of two numbers without a weekday before it is no date: "1/1 x 10"', () => {
    const w = compileSession('Day 1: 1/1x10', athlete);
    expect(w.diagnostics.map((d) => d.message).join()).not.toMatch(/is not used/);
  });

  it('a month word before a count of reps is no date: "you may 6 x 400m" keeps the reps', () => {
    reads('you may 6 x 400m', 'wu 15:00 | 6x(run 400m | rec open) | cd 10:00');
  });
});

describe('a training log\'s date line', () => {
  it('"Wednesday Dec. 28" (an abbreviated month with its full stop) is not a 28-minute run', () => {
    reads('Wednesday Dec. 28\n\n10 miles easy at 8:23 pace.', 'run 10mi @8:23/mi');
    reads('Friday Dec. 30\n\n10 miles easy', 'run 10mi @E');
    const w = compileSession('Friday Dec. 30\n\n10 miles easy', athlete);
    expect(w.diagnostics.map((d) => d.message)).toContain("'Dec. 30' is not used");
  });

  it('"13 Sept" before the session', () => {
    reads('13 Sept - 5 x 1k', 'wu 15:00 | 5x(run 1000m | rec open) | cd 10:00');
  });

  it('a month\'s name before a length or a count is not a date, and "march" in lower case is a word of talk', () => {
    reads('June 5 miles easy', 'run 5mi @E');
    expect(errors(compileSession('Mar 10 x 400m', athlete)).length).toBeGreaterThan(0);
    expect(compileSession('march 3 min', athlete).diagnostics.some((d) => d.message.includes("'march 3'"))).toBe(false);
  });
});

describe('a time of day or a year is no length', () => {
  it('"6 miles at 5:45am" is a 6-mile run, not a run at 5:45 a mile', () => {
    // "This week I did": a run the log tells of, at the runner's own effort — never at 5:45 a mile.
    reads('Wednesday is longer and not really enough time to go at lunchtime. This week I did 6 miles at 5:45am.', 'run 6mi ~as you feel');
  });

  it('"7 a.m." and "6pm" are times of day: their numbers are never lengths', () => {
    for (const text of ['Ran 6 miles at 7 a.m.', 'Ran 6 miles at 6pm']) {
      const w = compileSession(text, athlete);
      expect(w.steps.map((s) => JSON.stringify(s)).join()).not.toMatch(/"seconds":(420|360)\b/);
    }
  });

  it('a clock in brackets after the weekday is the hour of the session: "Mon (7:30) -" runs no 7:30', () => {
    const w = compileSession('Mon (7:30) - 4 X 800m with 2 min recoveries', athlete);
    expect(errors(w)).toEqual([]);
    expect(JSON.stringify(w.steps)).not.toMatch(/"seconds":450\b/);
  });

  it('"in 2019" after a session is a year; "5 x 2000" stays reps of 2000 m', () => {
    const w = compileSession('6 x 800m with 400m jog, as in 2019', athlete);
    expect(errors(w)).toEqual([]);
    expect(JSON.stringify(w.steps)).not.toMatch(/2019/);
    reads('5 x 2000m with 400m jog', 'wu 15:00 | 5x(run 2000m | rec 400m jog) | cd 10:00');
  });
});

describe('a date in another language', () => {
  it('a day before its month: "6 mai", "Donderdag 6 februari" are no lengths', () => {
    reads('6 mai - 5 x 1km', 'wu 15:00 | 5x(run 1000m | rec open) | cd 10:00');
    reads('Donderdag 6 februari\n- 2 x 1200 m, 100 m herstel', 'wu 15:00 | 2x(run 1200m | rec 100m) | cd 10:00');
  });

  it('an ordinal ending or a word between day and month: "1er mars" is not 1 x 400m, "6 de mayo" not 6 x 400m', () => {
    reads('1er mars - 6 x 400m', 'wu 15:00 | 6x(run 400m | rec open) | cd 10:00');
    reads('6 de mayo - 10 x 400m', 'wu 15:00 | 10x(run 400m | rec open) | cd 10:00');
  });

  it('a German day with its full stop: "am 29. September"', () => {
    const w = compileSession('am 29. September: 6 x 1000m', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.diagnostics.map((d) => d.message)).toContain("'29. September' is not used");
  });

  it('a weekday in another language before a day and month in figures: "Dienstag (8/11)"', () => {
    reads('Dienstag (8/11): 6 x 400m', 'wu 15:00 | 6x(run 400m | rec open) | cd 10:00');
  });
});

describe('a day and month in brackets after a heading', () => {
  it('"Week 1 (20/01)" is a date, no figure of the session', () => {
    reads('Week 1 (20/01) 10 x 500m', 'wu 15:00 | 10x(run 500m | rec open) | cd 10:00');
  });

  it('a pair any fraction could be stays what it was', () => {
    reads('4 x (1/2 mile)', 'wu 15:00 | 4x(run 0.5mi | rec open) | cd 10:00');
  });
});

describe('a day and month before the weekday', () => {
  it('"9/6 Tues - 6x1 mile repeats" is dated, not a 9-something run', () => {
    reads('9/6 Tues - 6x1 mile repeats', 'wu 15:00 | 6x(run 1mi | rec open) | cd 10:00');
    reads('9/7 Wed - Rest', 'rest');
  });

  it('with the weekday in brackets as Japanese writes it: "4/12(土)"', () => {
    reads('4/12(土)\n\n10km easy', 'run 10km @E');
  });

  it('a fraction before a unit stays a fraction: "3/4 mile easy"', () => {
    reads('3/4 mile easy', 'run 0.75mi @E');
  });
});

describe('a date and the run after its dash', () => {
  it('"September 2nd–4 Easy Miles" is a date and a 4-mile run, not the 2nd to the 4th', () => {
    reads('Friday, September 2nd–4 Easy Miles, 9:44 avg pace', 'run 4mi @E');
  });

  it('a range of days still reads as one: "September 2 - 4: easy week" keeps no run of 4', () => {
    expect(JSON.stringify(compileSession('September 2 - 4: 5 miles', athlete).steps)).not.toContain('"meters":6437');
  });
});
