/**
 * A day of a plan that states its own length and pace (src/compiler/resolve/sequence.ts,
 * `statesDayTotal`): "3 miles fast", "4 mile pace", "3 m run (race pace)" are the day's distance, so
 * the plan's warm-up and cool-down are not added around them; reps, races and single sessions keep
 * them. Real cells from published plans (the blind samples) stand beside invented ones.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, loadPlan } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';

/** What `text` reads as on a day of a plan for `race`, in miles. */
function day(text: string, race = '10K'): string {
  const loaded = loadPlan(JSON.stringify({ name: 't', race, units: 'mi', weeks: [{ tue: text }] }), 't.json');
  return show(compilePlan(loaded.plan!, athlete).sessions);
}

describe('a day that states its length and pace', () => {
  it('is the day\'s whole distance: no warm-up or cool-down added', () => {
    expect(day('3 miles fast', '5K')).toBe('run 3mi ~fast');
    expect(day('3 m run (race pace)')).toBe('run 3mi @goal 10K');
    expect(day('4 mile pace', 'HM')).toBe('run 4mi @goal HM');
    expect(day('2 miles @ 5K')).toBe('run 2mi @5K');
  });

  it('reps keep the plan\'s warm-up and cool-down', () => {
    expect(day('5 x 800 @ 5K')).toBe('wu 15:00 | 5x(run 800m @5K | rec open) | cd 10:00');
  });

  it('a race of 5 km or more is the whole day: no warm-up pushes the day past its distance', () => {
    expect(day('10K race')).toBe('run 10km @goal 10K');
  });

  it('a single session on its own keeps them: it states no day of a plan', () => {
    expect(show(compileRuns('2 miles @ 5K', athlete))).toBe('wu 15:00 | run 2mi @5K | cd 10:00');
  });
});

describe('a first line that names the run below it', () => {
  it('"Four Mile Run\\n6.5K/4 Mile Run" is one run, read from the line that details it', () => {
    expect(day('Four Mile Run\n6.5K/4 Mile Run')).toBe('run 6500m @E');
    expect(day('Two Mile Run\n3.2K/2 Mile Run')).toBe('run 3200m @E');
    const w = compileRuns('Two Mile Run\n3.2K/2 Mile Run', athlete)[0]!;
    expect(w.title).toContain('Two Mile Run');
  });

  it('two lines of different lengths, or a paced second line after a warm-up, stay two parts', () => {
    expect(day('2 miles\n4 miles')).toBe('run 2mi @E | run 4mi @E');
    expect(day('2 mi warm up\n2 miles @ 5K')).toBe('wu 2mi | run 2mi @5K | cd 10:00');
  });
});

describe('"Race Day" above the race it names', () => {
  it('is one race', () => {
    expect(day('Race Day\n5k Race', '5K')).toBe('run 5km @goal 5K');
  });
});
