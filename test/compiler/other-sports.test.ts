/** A word naming another sport is never filler: the figure beside it is no run. */
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession } from '../../src/compiler/index.js';
import { show } from '../corpus/expect.js';
import { athlete, errors } from '../helpers/reading.js';

describe('another sport in a log', () => {
  it('"Did 70min of cycling today instead" is refused at the sport, not read as a 70-minute run', () => {
    const text = 'Did 70min of cycling today instead, legs felt heavy';
    const w = compileSession(text, athlete);
    const e = w.diagnostics.find((d) => d.severity === 'error');
    expect(e?.message).toBe("'cycling' names another sport");
    expect(text.slice(e!.offset, e!.offset + e!.length)).toBe('cycling');
    expect(e?.hint).toMatch(/cross-training/);
  });

  it('"1 hour spin class" is refused, not run', () => {
    expect(errors(compileSession('1 hour spin class', athlete)).join()).toMatch(/names another sport/);
  });

  it('"40 minutes alternate cardio" is a day of cross-training, not a run', () => {
    expect(compileSession('Friday: 40 minutes alternate cardio', athlete).sport).toBe('cross_training');
  });

  it('a run with words of talk around it still reads', () => {
    const w = compileSession('Did 6 x 400m with 200m jog today, legs felt heavy', athlete);
    expect(errors(w)).toEqual([]);
  });

  it('cross-training written as such is still cross-training', () => {
    expect(compileSession('Bike 45 min', athlete).sport).toBe('cross_training');
  });

  it('words said of running too are no other sport: a cross country course, a day in a row, a 2-minute cycle', () => {
    const w = compileSession('6 x 800m w/ 400m jog. Ran it on the cross country course.', athlete);
    expect(errors(w)).toEqual([]);
    for (const text of ['6 x 800m w/ 400m jog, third day in a row', 'Twenty 400m reps on a 2-minute cycle']) {
      expect(errors(compileSession(text, athlete)).join(), text).not.toMatch(/names another sport/);
    }
  });
});

describe('a strength session named after the run', () => {
  const read = (text: string) => show(compileRuns(text, athlete));

  it('is the day\'s second session, not a run of its own', () => {
    expect(read('45 minute easy run plus strength training')).toBe('run 45:00 @E || strength');
    expect(read('4 miles + core')).toBe('run 4mi @E || strength');
  });

  it('strength alone is the day\'s only session', () => {
    expect(read('strength and core')).toBe('strength');
  });
});

describe('strength after a semicolon or comma', () => {
  it('"Wed: 2 miles easy; weights/circuit" is the run and a strength session, no open run', () => {
    expect(show(compileRuns('Wed: 2 miles easy; weights/circuit', athlete))).toBe('run 2mi @E || strength');
  });

  it('"2 miles easy, weights" keeps the weights as the day\'s second session, never dropped', () => {
    expect(show(compileRuns('2 miles easy, weights', athlete))).toBe('run 2mi @E || strength');
  });

  it('a circuit that is a loop stays a run: "5 miles, 3 mile circuit"', () => {
    expect(show(compileRuns('5 miles, 3 mile circuit', athlete))).not.toContain('strength');
  });
});

describe('pool running', () => {
  it('"9 miles pool-running" is refused at the pool, not read as a 9-mile run', () => {
    const text = 'weights/core and 9 miles pool-running';
    const e = compileSession(text, athlete).diagnostics.find((d) => d.severity === 'error');
    expect(e?.message).toBe("'pool' names another sport");
    expect(text.slice(e!.offset, e!.offset + e!.length)).toBe('pool');
  });
});

describe('a strength session in a sentence or line of its own after the run', () => {
  it('"40 minutes easy running. Core." is the run, then a strength session', () => {
    expect(show(compileRuns('Monday: 40 minutes easy running. Core.', athlete))).toBe('run 40:00 @E || strength');
  });

  it('"Hip strengthening" on the line after the session, and "Strength training." after a run', () => {
    expect(show(compileRuns('6 x 400m @ 5K w/ 200m jog\nHip strengthening', athlete))).toBe('wu 15:00 | 6x(run 400m @5K | rec 200m jog) | cd 10:00 || strength');
    expect(show(compileRuns('6 miles easy. Strength training.', athlete))).toBe('run 6mi @E || strength');
  });

  it('what the work works comes before its word: "upper body weights" is strength', () => {
    expect(compileSession('Upper body weights', athlete).sport).toBe('strength');
  });
});

describe('what a strength session works, before its word', () => {
  it('"full body strength" and "Full body weights" after a run are a strength session, not a second run', () => {
    expect(show(compileRuns('6 mi easy, full body strength', athlete))).toBe('run 6mi @E || strength');
    expect(show(compileRuns('5 mi easy. Full body weights', athlete))).toBe('run 5mi @E || strength');
  });
});

describe('another sport after the run, with its own distance', () => {
  it('"5 mi easy + swim 2000m" is a run and a swim, never a 2 km run', () => {
    expect(show(compileRuns('5 mi easy + swim 2000m', athlete))).toBe('run 5mi @E || cross');
    expect(show(compileRuns('5 mi easy. Swim 2000m', athlete))).toBe('run 5mi @E || cross');
  });
});
