/**
 * The goal pace's name (src/compiler/resolve/pace.ts): "pace" and "race pace" in a plan for a named
 * race are that race's goal pace, and say so ("goal HM"); with no race declared they stay "goal".
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, loadPlan } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, expectReads as reads } from '../../helpers/reading.js';

function inPlan(text: string, race?: string): string {
  const loaded = loadPlan(JSON.stringify({ name: 't', ...(race ? { race } : {}), units: 'mi', weeks: [{ sat: text }] }), 't.json');
  return show(compilePlan(loaded.plan!, athlete).sessions);
}

describe('race pace in a plan for a race', () => {
  it('names the plan\'s race', () => {
    expect(inPlan('21km (race pace)', 'M')).toBe('run 21km @goal M');
    expect(inPlan('5 miles pace', 'M')).toBe('run 5mi @goal M');
    expect(inPlan('1 mile easy, 2x1 mile target race pace, 1 mile easy', '10K')).toContain('@goal 10K');
  });

  it('a race named in the text keeps its own name', () => {
    expect(inPlan('3 x 1 mile @ 5K goal pace', 'M')).toContain('@goal 5K');
  });

  it('with no race declared it is the athlete\'s goal, "goal"', () => {
    expect(inPlan('5 miles pace')).toMatch(/@goal($| )/);
    expect(show(compileRuns('3 x 1600 race pace', athlete))).toContain('@goal |');
  });
});

describe('a range of times after "@", with no unit', () => {
  it('keeps both ends, as a pace per unit or as the rep\'s time', () => {
    reads('8 km @ 4:50-5:05', 'run 8km @4:50-5:05/km');
    reads('6 x 800 @ 2:50-2:55', 'wu 15:00 | 6x(run 800m @3:33-3:39/km | rec open) | cd 10:00');
  });
});
