/**
 * Every session of both shipped templates, compiled for the reference athlete
 * (6:00 mile, goal 5:45, miles, ranges low), against the step list a coach
 * means. Each expectation was written from the seed text, not from output:
 * warm-up 15 min and cool-down 10 min (the plan defaults) go around work faster
 * than easy; no recovery after the last rep unless more work follows; walking
 * recoveries are "rest" steps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import type { Node, PaceTarget, Workout } from '../../src/ir/workout.js';
import type { PaceName } from '../../src/paces/types.js';
import { render } from './render.js';

const athlete = loadAthlete(readFileSync('fixtures/athletes/reference.yaml', 'utf8')).athlete!;

function compileTemplate(file: string) {
  const { plan, diagnostics } = loadPlan(readFileSync(file, 'utf8'), file);
  expect(diagnostics).toEqual([]);
  const compiled = compilePlan(plan!, athlete, { start: '2026-11-30' });
  expect(compiled.diagnostics).toEqual([]);
  return compiled;
}

const WU = 'warmup 15:00';
const CD = 'cooldown 10:00';
const MILE = 1609.344;
const strength = { sport: 'strength', title: 'PT / Strength Focused Lift', steps: ['active open'] };
const endurance = { sport: 'strength', title: 'PT / Endurance Focused Lift', steps: ['active open'] };
const stridesTue = {
  title: '30 min easy + 4×20 s strides',
  steps: ['active 30:00 E', '4x skip-last', '  active 0:20 "strides"', '  rest 1:00'],
  optional: true,
  alternatives: ['rest'],
};
const runOrCross = { title: '30 min easy', steps: ['active 30:00 E'], alternatives: ['cross_training:45 min cross-train'] };
const easy = (min: number) => ({ title: `${min} min easy`, steps: [`active ${min}:00 E`] });
const miles = (n: number) => ({ title: `${n} mi easy`, steps: [`active ${Math.round(n * MILE * 1000) / 1000}m E`] });
const hills = {
  title: '8×30 s hill',
  steps: [WU, '8x skip-last', '  active 0:30 "hill"', '  recovery open', CD],
};
const fourHundreds = (name: string) => ({
  title: `6×400m @ ${name}`,
  steps: [WU, '6x skip-last', `  active 400m ${name}`, '  recovery 400m', CD],
});
const twoHundreds = {
  title: '8×200m @ 5K–Mile',
  steps: [WU, '8x skip-last', '  active 200m 5K–Mile', '  recovery 200m', CD],
};

interface Expected {
  title: string;
  steps: string[];
  sport?: string;
  optional?: boolean;
  alternatives?: string[];
}

const EIGHT_WEEK: Record<string, Expected> = {
  'w1-mon': strength, 'w1-tue': stridesTue,
  'w1-wed': fourHundreds('HM–10K'),
  'w1-thu': endurance, 'w1-fri': runOrCross,
  'w1-sat': twoHundreds,
  'w1-sun': easy(45),

  'w2-mon': strength, 'w2-tue': stridesTue,
  'w2-wed': { title: '4×5 min @ HM', steps: [WU, '4x skip-last', '  active 5:00 HM', '  recovery 1:30', CD] },
  'w2-thu': endurance, 'w2-fri': runOrCross,
  'w2-sat': hills,
  'w2-sun': easy(45),

  'w3-mon': strength, 'w3-tue': stridesTue,
  // "1 min walk recovery": a walk is a rest step.
  'w3-wed': { title: '3×1 mi @ HM', steps: [WU, '3x skip-last', `  active ${MILE}m HM`, '  rest 1:00', CD] },
  'w3-thu': endurance, 'w3-fri': runOrCross,
  // The explanation "(i.e. 500m @ Mile, 500m recovery, …)" is checked, never run.
  'w3-sat': {
    title: '500–400–300–200m @ Mile',
    steps: [WU, 'active 500m Mile', 'recovery 500m', 'active 400m Mile', 'recovery 400m', 'active 300m Mile', 'recovery 300m', 'active 200m Mile', CD],
  },
  'w3-sun': easy(45),

  'w4-mon': strength, 'w4-tue': stridesTue,
  'w4-wed': easy(45),
  'w4-thu': endurance, 'w4-fri': runOrCross,
  'w4-sat': {
    title: '4×(800m @ 5K, 300m @ Mile)',
    steps: [WU, '4x skip-last', '  active 800m 5K', '  recovery 100m', '  active 300m Mile', '  recovery 400m', CD],
  },
  'w4-sun': miles(6),

  'w5-mon': strength, 'w5-tue': stridesTue,
  // The 1:30 recovery after the second 10 min rep leads into the 1 min reps.
  'w5-wed': {
    title: '2×10 min @ HM + 4×1 min @ 5K–Mile',
    steps: [WU, '2x', '  active 10:00 HM', '  recovery 1:30', '4x skip-last', '  active 1:00 5K–Mile', '  recovery 2:00', CD],
  },
  'w5-thu': endurance, 'w5-fri': runOrCross,
  'w5-sat': hills,
  'w5-sun': miles(8),

  'w6-mon': strength, 'w6-tue': stridesTue,
  'w6-wed': fourHundreds('10K–5K'),
  'w6-thu': endurance, 'w6-fri': runOrCross,
  'w6-sat': twoHundreds,
  'w6-sun': miles(6),

  'w7-mon': strength, 'w7-tue': stridesTue,
  'w7-wed': easy(45),
  'w7-thu': endurance, 'w7-fri': runOrCross,
  // "Faster" after Mile is 800 pace; no recovery is written between the two 300s, so the lap button ends it.
  'w7-sat': {
    title: '1000m @ Mile + 2×(100m @ 5K, 100m @ Mile, 100m @ Faster (800))',
    steps: [WU, 'active 1000m Mile', 'recovery 5:00', '2x skip-last', '  active 100m 5K', '  active 100m Mile', '  active 100m Faster (800)', '  recovery open', CD],
  },
  'w7-sun': easy(45),

  'w8-mon': strength, 'w8-tue': stridesTue,
  'w8-wed': {
    title: '400–300–200m @ Mile',
    steps: [WU, 'active 400m Mile', 'recovery 400m', 'active 300m Mile', 'recovery 300m', 'active 200m Mile', CD],
  },
  'w8-thu': endurance,
  'w8-fri': {
    title: '30 min easy + 4×100m strides @ Mile',
    steps: ['active 30:00 E', '4x skip-last', '  active 100m Mile', '  rest 1:00'],
  },
  'w8-sat': { title: 'Mile race', steps: [WU, `active ${MILE}m goal Mile`, CD] },
  'w8-sun': easy(30),
};

const fullRecovery = (count: number, meters: number, last: boolean) => [
  `${count}x${last ? ' skip-last' : ''}`,
  `  active ${meters}m goal Mile`,
  '  recovery open',
];
const BLOCK_TUE_THU: Record<string, Expected> = {
  'w1-tue': { title: '8×200m @ Mile', steps: [WU, '8x skip-last', '  active 200m Mile', '  recovery 200m', CD] },
  // "equal time": a 3 min rep earns a 3 min jog.
  'w1-thu': { title: '4×3 min @ Mile', steps: [WU, '4x skip-last', '  active 3:00 Mile', '  recovery 3:00', CD] },
  'w2-tue': { title: '8×30 s @ 90-95% effort', steps: [WU, '8x skip-last', '  active 0:30 "90-95% effort"', '  recovery 1:00', CD] },
  'w2-thu': { title: '4×600m @ Mile', steps: [WU, '4x skip-last', '  active 600m Mile', '  recovery 400m', CD] },
  'w3-tue': {
    title: 'Ascending ladder',
    steps: [WU, ...fullRecovery(4, 200, false), ...fullRecovery(2, 400, false), ...fullRecovery(2, 600, false), 'active 800m goal Mile', CD],
  },
  'w3-thu': { title: '4×5 min @ Mile', steps: [WU, '4x skip-last', '  active 5:00 Mile', '  recovery 5:00', CD] },
  'w4-tue': { title: '8×30 s @ 90-95% effort', steps: [WU, '8x skip-last', '  active 0:30 "90-95% effort"', '  recovery 1:00', CD] },
  'w4-thu': {
    title: 'Pyramid',
    steps: [WU, ...[200, 400, 600, 800, 600, 400].flatMap((m) => [`active ${m}m goal Mile`, 'recovery open']), 'active 200m goal Mile', CD],
  },
  'w5-tue': {
    title: 'Descending ladder',
    steps: [WU, 'active 800m goal Mile', 'recovery open', ...fullRecovery(2, 600, false), ...fullRecovery(2, 400, false), ...fullRecovery(4, 200, true), CD],
  },
  'w5-thu': { title: '4×3 min @ Mile', steps: [WU, '4x skip-last', '  active 3:00 Mile', '  recovery 3:00', CD] },
};

function blockExpected(): Record<string, Expected> {
  const out: Record<string, Expected> = { ...BLOCK_TUE_THU };
  for (let w = 1; w <= 5; w++) {
    out[`w${w}-mon`] = { sport: 'rest', title: 'Rest', steps: [] };
    out[`w${w}-wed`] = easy(30);
    out[`w${w}-fri`] = strength;
    out[`w${w}-sat`] = { title: '30 min easy', steps: ['active 30:00 E'], alternatives: ['cross_training:45 min cross-train'] };
    out[`w${w}-sun`] = easy(45);
  }
  return out;
}

function check(w: Workout, e: Expected) {
  expect(render(w.steps), w.source).toEqual(e.steps);
  expect(w.title, w.source).toBe(e.title);
  expect(w.sport).toBe(e.sport ?? 'running');
  expect(w.optional).toBe(e.optional ?? false);
  expect(w.alternatives.map((a) => (a.sport === 'rest' ? 'rest' : `${a.sport}:${a.title}`))).toEqual(e.alternatives ?? []);
  expect(w.diagnostics).toEqual([]);
}

describe('templates/mile-8-week.yaml', () => {
  const plan = compileTemplate('templates/mile-8-week.yaml');

  it('has every cell of the eight published weeks, Monday to Sunday', () => {
    expect(plan.weeks).toBe(8);
    expect(plan.sessions.map((s) => s.id.replace(/-0$/, ''))).toEqual(Object.keys(EIGHT_WEEK));
  });

  for (const [id, expected] of Object.entries(EIGHT_WEEK)) {
    it(`${id}: ${expected.title}`, () => check(plan.sessions.find((s) => s.id === `${id}-0`)!, expected));
  }

  it('dates week 1 from the Monday start and keeps weekdays', () => {
    expect(plan.sessions[0]!.date).toBe('2026-11-30');
    expect(plan.sessions.find((s) => s.id === 'w8-sat-0')!.date).toBe('2027-01-23');
  });

  it('records the choices it made in the notes', () => {
    const wed = plan.sessions.find((s) => s.id === 'w1-wed-0')!;
    expect(wed.notes).toContain('6–10 × 400 m @ HM–10K written: 6 chosen (ranges: low)');
    expect(wed.notes).toContain('15 min warm-up added (plan default)');
    const sat = plan.sessions.find((s) => s.id === 'w7-sat-0')!;
    expect(sat.notes).toContain("'Faster' after Mile pace is 800 pace");
  });
});

describe('templates/mile-workouts.yaml', () => {
  const plan = compileTemplate('templates/mile-workouts.yaml');
  const expected = blockExpected();
  it('has five weeks of seven sessions', () => {
    expect(plan.sessions).toHaveLength(35);
    expect(new Set(plan.sessions.map((s) => s.id.replace(/-0$/, '')))).toEqual(new Set(Object.keys(expected)));
  });
  for (const [id, e] of Object.entries(expected)) {
    it(`${id}: ${e.title}`, () => check(plan.sessions.find((s) => s.id === `${id}-0`)!, e));
  }
});

describe('pace targets are the athlete’s own bands', () => {
  const plan = compileTemplate('templates/mile-8-week.yaml');
  const table = athlete.paces;
  /** The band each written name must resolve to, derived from the pace table by the documented rules. */
  function bandFor(name: string): [number, number] {
    if (name === 'E') return [table.paces.E.low, table.paces.E.high];
    if (name === 'goal Mile') return [table.goal!.low, table.goal!.high];
    const faster = /^Faster \((.+)\)$/.exec(name);
    const parts = (faster ? [faster[1]!] : name.split('–')) as PaceName[];
    if (parts.length === 1) return [table.paces[parts[0]!].low, table.paces[parts[0]!].high];
    const speeds = parts.map((p) => table.paces[p].speed);
    return [Math.min(...speeds), Math.max(...speeds)];
  }
  function targets(nodes: readonly Node[]): PaceTarget[] {
    return nodes.flatMap((n) => (n.type === 'repeat' ? targets(n.children) : n.target.kind === 'pace' ? [n.target] : []));
  }
  it('every pace target matches the named band', () => {
    const all = plan.sessions.flatMap((s) => targets(s.steps));
    expect(all.length).toBeGreaterThan(40);
    for (const t of all) {
      const [low, high] = bandFor(t.name);
      expect(t.low, t.name).toBeCloseTo(low, 9);
      expect(t.high, t.name).toBeCloseTo(high, 9);
      expect(t.low).toBeLessThan(t.high);
    }
  });
  it('HM–10K for the reference athlete runs from HM pace (7:11/mi) to 10K pace (6:50/mi)', () => {
    const t = targets(plan.sessions.find((s) => s.id === 'w1-wed-0')!.steps)[0]!;
    // HM 1:34:06 over 13.1094 mi is 7:10.7/mi; 10K 42:29 over 6.2137 mi is 6:50.2/mi.
    expect(1609.344 / t.low).toBeCloseTo(5646 / 13.1094, 0);
    expect(1609.344 / t.high).toBeCloseTo(2549 / 6.21371, 0);
  });
  it('Mile is the goal pace (5:45/mi) ±1.5%', () => {
    const t = targets(plan.sessions.find((s) => s.id === 'w3-sat-0')!.steps)[0]!;
    expect(((t.low + t.high) / 2) * 345).toBeCloseTo(1609.344, 0);
    expect(t.high / t.low).toBeCloseTo(1.015 / 0.985, 6);
  });
});
