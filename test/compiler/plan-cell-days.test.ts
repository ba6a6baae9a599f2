/**
 * Plan cells that name the kind of day rather than a run: cross-training called "cardio"
 * (src/compiler/dialect/markers.ts) and a day that is the marathon's distance alone
 * (src/compiler/normalise/runs.ts). Both were read as an easy run: a wrong workout.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, loadPlan } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { show } from '../corpus/expect.js';

const athlete = referenceAthlete();
const read = (text: string) => show(compileRuns(text, athlete));
/** What `text` reads as on the last day of a plan for `race`, in the plan's `units`. */
const inPlan = (race: string, text: string, units = 'mi') => {
  const loaded = loadPlan(JSON.stringify({ name: 't', race, units, weeks: [{ sun: text }] }), 't.json');
  return show(compilePlan(loaded.plan!, athlete).sessions);
};

describe('cardio is cross-training', () => {
  it('"10mins Cardio Play***" (Tailwheel Academy 5K) is a cross-training day, not a 10-minute run', () => {
    expect(inPlan('5K', '10mins Cardio Play***', 'km')).toBe('cross');
    expect(inPlan('5K', '30mins Cardio Play***', 'km')).toBe('cross');
  });

  it('"40 minutes alternate cardio" and "Cardio 30 min" are cross-training', () => {
    expect(read('40 minutes alternate cardio')).toBe('cross');
    expect(read('Cardio 30 min')).toBe('cross');
    expect(read('30 min cardio')).toBe('cross');
  });

  it('a run that names cardio work is still a run when it opens with its running', () => {
    expect(read('30 min easy run')).toBe('run 30:00 @E');
  });
});

describe("a day that is the marathon's distance alone", () => {
  it('"26.2 M" (marathon-training-schedule.org) is the marathon at goal pace, not 26.2 easy miles', () => {
    expect(inPlan('M', '26.2 M')).toMatch(/^run 4216\d\.\d+m @goal M$/);
  });

  it('"42.16 km" (to-ie) and "42.2km" are the marathon in a plan in kilometres', () => {
    expect(inPlan('M', '42.16 km', 'km')).toBe('run 42160m @goal M');
    expect(inPlan('M', '42.2km', 'km')).toBe('run 42200m @goal M');
    expect(inPlan('M', '26.2 miles')).toMatch(/^run 4216\d\.\d+m @goal M$/);
  });

  it('a distance near it is a long run, and so is a half marathon or 10K distance alone', () => {
    expect(inPlan('M', '42 km', 'km')).toBe('run 42km @E');
    expect(inPlan('M', '13.1 miles')).toMatch(/^run 2108\d\.\d+m @E$/);
    expect(inPlan('M', '10 km', 'km')).toBe('run 10km @E');
    expect(inPlan('M', '26 M')).toMatch(/@E$/);
  });

  it('the marathon distance with more written is read as written', () => {
    expect(inPlan('M', '26.2 M easy')).toMatch(/@E$/);
  });
});

describe('the marathon written as a bare figure, and a race day with its distance', () => {
  it('"26.2" alone (a sheet\'s last Sunday) is the marathon, in miles whatever the plan\'s unit; "42.2" in kilometres', () => {
    expect(inPlan('M', '26.2')).toMatch(/^run 4216\d\.\d+m @goal M$/);
    expect(inPlan('M', '26.2', 'km')).toMatch(/^run 4216\d\.\d+m @goal M$/);
    expect(inPlan('M', '42.2', 'km')).toBe('run 42200m @goal M');
    expect(inPlan('M', '26', 'mi')).toMatch(/@E$/);
  });

  it('"Race day 10 km", "Race Day: 10K" are the 10K race, not a 10 km run with the race inside it or an easy run', () => {
    expect(inPlan('10K', 'Race day 10 km', 'km')).toBe('run 10km @goal 10K');
    expect(inPlan('10K', 'Race Day: 10K', 'km')).toBe('run 10km @goal 10K');
    expect(inPlan('5K', 'Race day - 5 km', 'km')).toBe('run 5km @goal 5K');
  });

  it('a length that is no race distance stays the day\'s total around the race', () => {
    expect(inPlan('10K', 'Race day 12 km', 'km')).toBe('run 1000m @E | run 10km @goal 10K | run 1000m @E');
  });
});
