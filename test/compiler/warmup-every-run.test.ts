/**
 * A plan that asks for its warm-up and cool-down around every run ("Always start with a good 15min
 * Warm Up and ensure you cool down afterwards", the slideblast 10 km programme) declares
 * `defaults.around: every run`; without it they go around work faster than easy only.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, loadPlan } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { show } from '../corpus/expect.js';
import { corpusPlans } from '../corpus/corpus.js';

const athlete = referenceAthlete();
const doc = (defaults: Record<string, string>, sun: string) => JSON.stringify({ name: 't', units: 'km', defaults, weeks: [{ sun }] });
const inPlan = (defaults: Record<string, string>, text: string) => {
  const loaded = loadPlan(doc(defaults, text), 't.json');
  return show(compilePlan(loaded.plan!, athlete).sessions);
};

describe('the warm-up and cool-down around every run', () => {
  const every = { warmup: '15 min easy', cooldown: 'open easy', around: 'every run' };

  it('"20min Run" in such a plan is warmed up for and cooled down after', () => {
    expect(inPlan(every, '20min Run')).toBe('wu 15:00 | run 20:00 @E | cd open');
    expect(inPlan(every, '30 min easy, 4 x 100m strides')).toMatch(/^wu 15:00 \| run 30:00 @E \| .* \| cd open$/);
  });

  it('a day stated as one distance stays that distance: the warm-up would push the day past it', () => {
    expect(inPlan(every, '8 km easy')).toBe('run 8km @E');
    expect(inPlan(every, '10km Run')).toBe('run 10km @E');
  });

  it('a warm-up or cool-down the day writes replaces the plan\'s, and rest days stay rest', () => {
    expect(inPlan(every, '2 km warm-up, 4 x 400m fast, 2 km cool-down')).toBe('wu 2km | 4x(run 400m ~fast | rec open) | cd 2km');
    expect(inPlan(every, 'Rest')).toBe('rest');
  });

  it('by default, or declared around work, an easy run has neither', () => {
    expect(inPlan({}, '20min Run')).toBe('run 20:00 @E');
    expect(inPlan({ around: 'work' }, '20min Run')).toBe('run 20:00 @E');
    expect(inPlan({ around: 'work' }, '4 x 400m fast')).toBe('wu 15:00 | 4x(run 400m ~fast | rec open) | cd 10:00');
  });

  it('any other value is refused when the plan is loaded, at the key', () => {
    const loaded = loadPlan(doc({ around: 'sometimes' }, '20min Run'), 't.json');
    expect(loaded.plan).toBeUndefined();
    expect(loaded.diagnostics.map((d) => d.message).join(' ')).toMatch(/around/);
  });

  it('the slideblast programme, loaded with its legend, wraps its timed runs', () => {
    const plan = corpusPlans(new URL('../../fixtures/corpus/blind-10/', import.meta.url)).find((p) => p.id === 'tenk_slideblast_6')!;
    const sessions = compilePlan(loadPlan(plan.document, 'slideblast.json').plan!, athlete).sessions;
    const cell = plan.cells.find((c) => c.text === '30min Run')!;
    expect(show(sessions.filter((s) => s.slot!.week === cell.week && s.slot!.day === cell.day))).toBe('wu 15:00 | run 30:00 @E | cd open');
  });
});
