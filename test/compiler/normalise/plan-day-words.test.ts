/** Days a plan writes in words: "Race" alone, a parkrun, "half an hour". */
import { describe, expect, it } from 'vitest';
import { compilePlan, loadPlan } from '../../../src/compiler/index.js';
import { athlete } from '../../helpers/reading.js';
import type { Node } from '../../../src/ir/workout.js';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const plan = (race: string, cells: string[]) => {
  const doc = { name: 'Days', race, units: 'mi', weeks: [Object.fromEntries(cells.map((c, k) => [DAYS[k]!, c]))] };
  const loaded = loadPlan(JSON.stringify(doc), 'days.json');
  expect(loaded.diagnostics).toEqual([]);
  return compilePlan(loaded.plan!, athlete).sessions;
};
const seconds = (steps: Node[]) => steps.map((s) => (s.type === 'step' && s.duration.kind === 'time' ? s.duration.seconds : undefined));
const meters = (steps: Node[]) => steps.map((s) => (s.type === 'step' && s.duration.kind === 'distance' ? Math.round(s.duration.meters) : undefined));

describe('a plan day that only says race', () => {
  it('is the plan race, as "Race day" is', () => {
    const [race, bang, day] = plan('10K', ['RACE', 'Race!', 'Race day']);
    for (const s of [race!, bang!]) {
      expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(s.steps).toEqual(day!.steps);
    }
  });
});

describe('a parkrun', () => {
  it('is a 5 km run', () => {
    for (const s of plan('10K', ['Park run', 'parkrun'])) expect(meters(s.steps)).toEqual([5000]);
  });

  it('is no length where the day gives its own: "30 min park run" is a run in the park', () => {
    const [day] = plan('10K', ['30 min park run']);
    expect(seconds(day!.steps)).toEqual([1800]);
  });
});

describe('times said with "half"', () => {
  it('read half an hour and an hour and a half', () => {
    const [a, b, c, d] = plan('HM', ['EZ half hour', 'half an hour easy', 'an hour and a half easy', 'a half hour jog']);
    expect(seconds(a!.steps)).toEqual([1800]);
    expect(seconds(b!.steps)).toEqual([1800]);
    expect(seconds(c!.steps)).toEqual([5400]);
    expect(seconds(d!.steps)).toEqual([1800]);
  });

  it('leave the half marathon and a half mile alone', () => {
    const [hm, half] = plan('HM', ['Half marathon', 'half mile warm up, 4 x 400']);
    expect(meters(hm!.steps)).toEqual([21098]);
    expect(meters(half!.steps)[0]).toBe(805);
  });
});
