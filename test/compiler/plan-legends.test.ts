/**
 * A published plan's legend, loaded as the plan's declarations (test/corpus/corpus.ts,
 * `legends.json` of a corpus folder): the words the legend gives a meaning read with that meaning
 * in that plan only, through the plan document's own pace names and defaults.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, loadPlan } from '../../src/compiler/index.js';
import { corpusPlans } from '../corpus/corpus.js';
import { show } from '../corpus/expect.js';
import { athlete } from '../helpers/reading.js';

const BLIND_6 = new URL('../../fixtures/corpus/blind-6/', import.meta.url);
const plans = corpusPlans(BLIND_6);
const planOf = (id: string) => plans.find((p) => p.id === id)!;

/** What the first day of the plan carrying `text` reads as. */
function readIn(id: string, text: string): string {
  const plan = planOf(id);
  const loaded = loadPlan(plan.document, `${id}.json`);
  const cell = plan.cells.find((c) => c.text === text)!;
  const runs = compilePlan(loaded.plan!, athlete).sessions.filter((s) => s.slot!.week === cell.week && s.slot!.day === cell.day);
  return show(runs);
}

describe('a plan loaded with its legend', () => {
  it('"EASY RUN: A recovery run …": the plan\'s easy runs are at recovery pace', () => {
    expect(JSON.parse(planOf('half_conservative_10').document).paces).toEqual({ Easy: 'recovery' });
    expect(readIn('half_conservative_10', '3 miles - Easy Run')).toBe('run 3mi @recovery');
  });

  it('"… 5 min cool down should accompany each Tues and Thurs session": the plan\'s cool-down is 5 minutes', () => {
    expect(readIn('marathon_runlikecrazy_12', '5 x 800m - 60 sec\nrest btw reps')).toMatch(/\| cd 5:00$/);
  });

  it('a plan whose legend declares nothing reads with the plan defaults', () => {
    const doc = JSON.parse(planOf('marathon_moderate_16').document);
    expect(doc.paces).toBeUndefined();
    expect(doc.defaults).toBeUndefined();
    expect(readIn('marathon_moderate_16', '4 miles - Reg Run')).toBe('run 4mi @E');
  });
});

describe('a legend of one-letter codes after the miles', () => {
  const BLIND_7 = new URL('../../fixtures/corpus/blind-7/', import.meta.url);
  const mts = corpusPlans(BLIND_7).find((p) => p.id === 'marathon_mts_beginner_17')!;
  const readMts = (text: string) => {
    const cell = mts.cells.find((c) => c.text === text)!;
    const sessions = compilePlan(loadPlan(mts.document, 'mts.json').plan!, athlete).sessions;
    return show(sessions.filter((s) => s.slot!.week === cell.week && s.slot!.day === cell.day));
  };

  it('"E - Easy Pace; HD - Hard Pace; L - Long Slow Run; T - Tempo": each code is its pace', () => {
    expect(readMts('5 HD')).toBe('run 5mi ~hard');
    expect(readMts('7 L')).toBe('run 7mi @E');
    expect(readMts('6 T')).toBe('run 6mi @T');
    expect(readMts('5 E')).toBe('run 5mi @E');
  });
});

describe('a legend that says what its session words mean', () => {
  const BLIND_5 = new URL('../../fixtures/corpus/blind-5/', import.meta.url);
  const longden = corpusPlans(BLIND_5).find((p) => p.id === 'half_longden_8')!;
  const readLongden = (text: string) => {
    const cell = longden.cells.find((c) => c.text === text)!;
    const sessions = compilePlan(loadPlan(longden.document, 'longden.json').plan!, athlete).sessions;
    return show(sessions.filter((s) => s.slot!.week === cell.week && s.slot!.day === cell.day));
  };

  it('"Intervals are the fastest pace you can hold for the distance specified": the plan\'s intervals are fast', () => {
    expect(readLongden('2.5km warm-up, 4 x 400m intervals with 400m recovery, 2.5km cool-down')).toBe('wu 2500m | 4x(run 400m ~fast | rec 400m recovery) | cd 2500m');
  });

  it('"Tempo runs are run at a slightly faster rate than your normal run. (15-30sec per km)": easy less 15 s a km', () => {
    expect(readLongden('7km tempo run')).toBe('run 7km @E−15s');
  });
});
