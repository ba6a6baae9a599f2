/**
 * A plan says what its numbers without a unit are and names its own paces, in
 * YAML (`units`, `bareNumbers`, `paces`) and in a sheet's heading or legend
 * rows. fixtures/plans/own-words.yaml and .csv are one plan written both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, compileSession, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import { formatDiagnostic } from '../../src/ir/diagnostic.js';
import type { CompiledPlan, Workout } from '../../src/ir/workout.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
// The reference athlete runs in miles: what the plan declares must win over the athlete's unit.
const athlete = loadAthlete(read('fixtures/athletes/reference.yaml')).athlete!;

function compiled(text: string, file?: string): CompiledPlan {
  const { plan, diagnostics } = loadPlan(text, file);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  return compilePlan(plan!, athlete);
}

const session = (plan: CompiledPlan, id: string): Workout => plan.sessions.find((s) => s.id === id)!;
const plain = (text: string) => compileSession(text, athlete);
const paceNames = (w: Workout) => w.steps.flatMap((s) => (s.type === 'step' && s.target.kind === 'pace' ? [s.target.name] : []));

const week = (cells: Record<string, string>, head = '') => `name: Words\n${head}weeks:\n  - ${Object.entries(cells).map(([d, t]) => `${d}: "${t}"`).join('\n    ')}\n`;

describe.each(['fixtures/plans/own-words.yaml', 'fixtures/plans/own-words.csv'])('%s', (path) => {
  const plan = compiled(read(path), path);

  it('reads every session, with no diagnostics', () => {
    expect(plan.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(plan.sessions.filter((s) => s.asWritten).map((s) => s.id)).toEqual([]);
    expect(plan.weeks).toBe(2);
  });

  it('a bare number is kilometres, the unit the plan declares', () => {
    expect(session(plan, 'w1-mon-0').steps).toEqual(plain('5 km easy').steps);
  });

  it('its pace names read as the paces they stand for, and say so', () => {
    const sp = session(plan, 'w1-tue-0');
    expect(sp.steps).toEqual(plain('6 x 800 @ 5K w/ 400m jog').steps);
    expect(sp.notes).toContain("SP is the plan's name for 5K pace");
    expect(session(plan, 'w1-sat-0').steps).toEqual(plain('10 km @ 4:50/km').steps);
  });

  it('a pace with no unit is per kilometre, though the athlete runs in miles', () => {
    expect(paceNames(session(plan, 'w1-thu-0'))).toEqual(['4:50/km']);
    expect(session(plan, 'w1-thu-0').notes).toContain("a pace written with no unit is read per km, the plan's unit");
  });
});

describe('without the declarations', () => {
  it('the same cells are not read so: a bare number is in the athlete\'s unit, SP is unknown, a unitless pace is the athlete\'s', () => {
    const plan = compilePlan(loadPlan(week({ mon: '5 EZ', tue: '6 x 800 @ SP', thu: '40 min at 4:50 pace' })).plan!, athlete);
    expect(session(plan, 'w1-mon-0').notes).toContain('5 with no unit is run in mi, your unit');
    expect(session(plan, 'w1-tue-0').diagnostics.map((d) => d.message)).toContain("unknown pace 'SP'");
    expect(paceNames(session(plan, 'w1-thu-0'))).toEqual(['4:50/mi']);
  });
});

describe('bareNumbers', () => {
  it('minutes: "45 easy" and a lone "60" are minutes; a rep of "800" stays metres', () => {
    const plan = compiled(week({ mon: '45 easy', tue: '60', wed: '6 x 800 @ 5K w/ 2 min jog' }, 'units: km\nbareNumbers: min\n'));
    expect(session(plan, 'w1-mon-0').steps).toEqual(plain('45 min easy').steps);
    expect(session(plan, 'w1-tue-0').steps).toEqual(plain('60 min').steps);
    expect(session(plan, 'w1-wed-0').steps).toEqual(plain('6 x 800m @ 5K w/ 2 min jog').steps);
  });

  it('miles: "5 x 1 @ 10K" is mile repeats', () => {
    const plan = compiled(week({ tue: '5 x 1 @ 10K w/ 3 min jog' }, 'bareNumbers: mi\n'));
    expect(session(plan, 'w1-tue-0').steps).toEqual(plain('5 x 1 mi @ 10K w/ 3 min jog').steps);
  });

  it('a sheet says it in its heading', () => {
    const plan = compiled('# units: km\n# bare numbers: minutes\nMon,Tue\n45 easy,8\n', 'x.csv');
    expect(session(plan, 'w1-mon-0').steps).toEqual(plain('45 min easy').steps);
    expect(session(plan, 'w1-tue-0').steps).toEqual(plain('8 min').steps);
  });
});

describe('declarations that cannot be used are refused where they stand', () => {
  const errors = (text: string, file?: string) => loadPlan(text, file).diagnostics.filter((d) => d.severity === 'error');

  it('a pace name that stands for no pace', () => {
    const text = week({ mon: '5 @ Q' }, 'paces:\n  Q: quickish\n');
    const [e] = errors(text);
    expect(e?.message).toBe("paces.Q: unknown pace 'quickish'");
    expect(e?.line).toBe(3);
    expect(text.split('\n')[2]!.slice(e!.column - 1)).toMatch(/^quickish/);
  });

  it('a pace name the reader needs as it is, or not a word', () => {
    expect(errors(week({ mon: '5 km' }, 'paces:\n  min: easy\n'))[0]?.message).toMatch(/'min' is a word the reader needs/);
    expect(errors(week({ mon: '5 km' }, 'paces:\n  "E Z": easy\n'))[0]?.message).toMatch(/'E Z' cannot name a pace/);
  });

  it('a unit the plan cannot be written in', () => {
    const [e] = errors(week({ mon: '5' }, 'units: furlongs\n'));
    expect(e?.message).toMatch(/^units: /);
    expect(e?.line).toBe(2);
  });

  it("a sheet's pace line and units line, at their lines", () => {
    const sheet = '# name: S\n# pace Q: quickish\nMon\n5 @ Q\n';
    expect(errors(sheet, 's.csv').map((d) => [d.line, d.message])).toEqual([[2, "paces.Q: unknown pace 'quickish'"]]);
    // A length where a pace should be.
    expect(errors('# pace Q: 3 miles\nMon\n5 @ Q\n', 's.csv').map((d) => [d.line, d.message])).toEqual([[1, "paces.Q: '3' is not a pace"]]);
    const units = errors('# units: leagues\nMon\n5\n', 's.csv');
    expect(units.map((d) => d.line)).toEqual([1]);
    expect(units[0]!.message).toMatch(/^units: /);
  });
});

describe('a legend row', () => {
  it('above the header or below the weeks names paces and is no week', () => {
    const plan = compiled('Legend: SP = 5K pace\nMon,Tue,Wed\n6 x 800 @ SP w/ 400m jog,5 x 1000 @ T2 w/ 1 min jog,5 km EZ\nT2 = 10K, EZ = easy\n');
    expect(plan.weeks).toBe(1);
    expect(session(plan, 'w1-mon-0').steps).toEqual(plain('6 x 800 @ 5K w/ 400m jog').steps);
    expect(session(plan, 'w1-tue-0').steps).toEqual(plain('5 x 1000 @ 10K w/ 1 min jog').steps);
    expect(session(plan, 'w1-wed-0').steps).toEqual(plain('5 km easy').steps);
  });
});
