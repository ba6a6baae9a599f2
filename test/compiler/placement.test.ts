/**
 * Where a plan's sessions land: by a start date on any weekday, by its race
 * date, part-way when less time is left than it lasts; and a plan that says
 * "pace" without declaring its race is told so at the cell.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import { startForRace } from '../../src/plan/place.js';
import { applyChanges } from '../../src/compiler/changes.js';

const athlete = loadAthlete('name: Ann\ntimezone: UTC\nunits: mi\nfitness:\n  race: { distance: 10K, time: "50:00" }\n  goal: { distance: HM, time: "1:50:00" }\n').athlete!;

const plan = (text: string) => {
  const loaded = loadPlan(text, 'plan.yaml');
  expect(loaded.diagnostics).toEqual([]);
  return loaded.plan!;
};

const TWO_WEEKS = `name: Two weeks
race: HM
weeks:
  - mon: 30 min easy
    thu: 5 x 1000m @ 10K w/ 2 min jog
  - tue: 40 min easy
    sat: Half marathon race
`;

describe('placing a plan', () => {
  it('by its race: the race session lands on the race day, any weekday, the weeks counted back', () => {
    const p = plan(TWO_WEEKS);
    // The plan races on the Saturday of week 2: twelve days after day 1.
    expect(startForRace(p, '2026-05-03')).toBe('2026-04-21');
    const compiled = compilePlan(p, athlete, { start: startForRace(p, '2026-05-03'), exactStart: true });
    expect(compiled.sessions.map((s) => s.date)).toEqual(['2026-04-21', '2026-04-24', '2026-04-29', '2026-05-03']);
    expect(compiled.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('by a start date off the plan’s first weekday: week 1 moves to that weekday, and says so', () => {
    const compiled = compilePlan(plan(TWO_WEEKS), athlete, { start: '2026-04-24' });
    expect(compiled.start).toBe('2026-04-27');
    expect(compiled.diagnostics.map((d) => d.message).join()).toMatch(/is a Friday.*week 1 begins 2026-04-27/);
  });

  it('part-way, when the race is closer than the plan is long: the sessions before the day joined are left out, with the week it starts in', () => {
    const p = plan(TWO_WEEKS);
    const compiled = compilePlan(p, athlete, { start: startForRace(p, '2026-05-02'), exactStart: true, from: '2026-04-25' });
    expect(compiled.sessions.map((s) => s.id)).toEqual(['w2-tue-0', 'w2-sat-0']);
    expect(compiled.diagnostics.map((d) => d.message)).toContain('joined part-way: the plan starts in week 2 on 2026-04-25; the sessions before it are left out');
  });
});

describe('a plan that declares where its race sits', () => {
  // The race on the Saturday of week 2, and a recovery week after it.
  const RECOVERY = `name: Race then rest
race: { distance: HM, day: 2/sat }
weeks:
  - mon: 30 min easy
    thu: 5 x 1000m @ 10K w/ 2 min jog
  - tue: 40 min easy
    sat: Half marathon race
  - tue: 20 min easy
    sun: 45 min easy
`;

  it('lands its race session on the race day, the weeks counted back, and the recovery week after it', () => {
    const p = plan(RECOVERY);
    expect(p.doc.race?.day).toEqual({ week: 2, day: 'sat' });
    // A Thursday race: the Saturday of week 2 lands on it, twelve days after day 1.
    const start = startForRace(p, '2026-05-07');
    expect(start).toBe('2026-04-25');
    const compiled = compilePlan(p, athlete, { start, exactStart: true });
    expect(compiled.sessions.map((s) => [s.id, s.date])).toEqual([
      ['w1-mon-0', '2026-04-25'],
      ['w1-thu-0', '2026-04-28'],
      ['w2-tue-0', '2026-05-03'],
      ['w2-sat-0', '2026-05-07'],
      ['w3-tue-0', '2026-05-10'],
      ['w3-sun-0', '2026-05-15'],
    ]);
  });

  it('without the day, the race is the last session: the recovery run would land on race day', () => {
    const p = plan(RECOVERY.replace('race: { distance: HM, day: 2/sat }', 'race: HM'));
    const compiled = compilePlan(p, athlete, { start: startForRace(p, '2026-05-07'), exactStart: true });
    expect(compiled.sessions.find((s) => s.date === '2026-05-07')?.id).toBe('w3-sun-0');
  });

  it.each([
    ['race: "HM, week 2 Saturday"', 'plan.yaml'],
    ['race: { distance: half marathon, day: saturday of week 2 }', 'plan.yaml'],
  ])('%s is the same day', (line, file) => {
    const loaded = loadPlan(RECOVERY.replace('race: { distance: HM, day: 2/sat }', line), file);
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.plan!.doc.race).toMatchObject({ name: 'HM', day: { week: 2, day: 'sat' } });
  });

  it("a sheet says it on its race line: '# race: half marathon, week 2 Saturday'", () => {
    const sheet = '# race: half marathon, week 2 Saturday\nMon,Tue,Sat,Sun\n30 min easy,,,\n,40 min easy,Half marathon race,\n,20 min easy,,45 min easy\n';
    const p = plan(sheet);
    expect(p.doc.race).toMatchObject({ name: 'HM', day: { week: 2, day: 'sat' } });
    const compiled = compilePlan(p, athlete, { start: startForRace(p, '2026-05-07'), exactStart: true });
    expect(compiled.sessions.find((s) => s.date === '2026-05-07')?.id).toBe('w2-sat-0');
  });

  it('refuses a day the plan does not have, at the race line', () => {
    const past = loadPlan(RECOVERY.replace('day: 2/sat', 'day: 9/sat'), 'plan.yaml').diagnostics;
    expect(past).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: "race: week 9 is past the plan's last week (3)" })]);
    const unread = loadPlan(RECOVERY.replace('day: 2/sat', 'day: someday'), 'plan.yaml').diagnostics;
    expect(unread).toEqual([expect.objectContaining({ severity: 'error', line: 2, message: "race.day: race: 'someday' is not a day of the plan" })]);
    const sheet = loadPlan('# name: S\n# race: HM, week 5 sun\nMon,Sun\n30 min easy,Half marathon race\n', 's.csv').diagnostics;
    expect(sheet.map((d) => [d.line, d.message])).toEqual([[2, "race: week 5 is past the plan's last week (1)"]]);
  });
});

describe("'pace' in a plan without a race", () => {
  const NO_RACE = `name: Higdon-style
weeks:
  - mon: 3 miles easy
    wed: 5 miles pace
`;

  it('is a warning at the cell, naming what was used instead', () => {
    const compiled = compilePlan(plan(NO_RACE), athlete, { start: '2026-04-20' });
    const warning = compiled.diagnostics.find((d) => /names no race/.test(d.message))!;
    expect(warning).toMatchObject({ severity: 'warning', line: 4, column: 10, file: 'plan.yaml' });
    expect(warning.hint).toMatch(/race: HM/);
    expect(compiled.diagnostics.filter((d) => /names no race/.test(d.message))).toHaveLength(1);
  });

  it('is not said once the plan declares its race, nor for a named pace', () => {
    const declared = compilePlan(plan(`race: HM\n${NO_RACE}`), athlete, { start: '2026-04-20' });
    expect(declared.diagnostics.filter((d) => /names no race/.test(d.message))).toEqual([]);
    const named = compilePlan(plan(NO_RACE.replace('5 miles pace', '5 miles @ HM')), athlete, { start: '2026-04-20' });
    expect(named.diagnostics.filter((d) => /names no race/.test(d.message))).toEqual([]);
  });
});

describe("one athlete's changes", () => {
  it('a change whose session an edit removed changes nothing, and is said', () => {
    const p = plan(TWO_WEEKS);
    const compiled = compilePlan(p, athlete, { start: '2026-04-20' });
    const changed = applyChanges(compiled, p, athlete, [{ id: 'c1', createdAt: '', kind: 'skip', session: 'w5-mon-0' }]);
    expect(changed.sessions).toEqual(compiled.sessions);
    expect(changed.diagnostics.at(-1)!.message).toMatch(/w5-mon-0.*no such session/);
  });

  it('an added session takes the next free place of its day', () => {
    const p = plan(TWO_WEEKS);
    const compiled = compilePlan(p, athlete, { start: '2026-04-20' });
    const changed = applyChanges(compiled, p, athlete, [
      { id: 'c1', createdAt: '', kind: 'add', date: '2026-04-20', text: '6 x 100m strides' },
      { id: 'c2', createdAt: '', kind: 'add', date: '2026-04-22', text: '20 min easy' },
    ]);
    expect(changed.sessions.filter((s) => s.change === 'added').map((s) => [s.id, s.date])).toEqual([
      ['w1-mon-1', '2026-04-20'],
      ['w1-wed-0', '2026-04-22'],
    ]);
  });
});
