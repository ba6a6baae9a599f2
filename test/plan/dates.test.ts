/** Dating a plan from a start date: each session lands on its own weekday. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadAthlete, loadPlan } from '../../src/compiler/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const athlete = loadAthlete(read('fixtures/athletes/reference.yaml')).athlete!;
const plan = loadPlan(read('templates/mile-8-week.yaml'), 'templates/mile-8-week.yaml').plan!;

const WEEKDAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** The weekday of an ISO date, worked out independently of the compiler. */
const weekdayOf = (iso: string) => WEEKDAY[new Date(`${iso}T12:00:00Z`).getUTCDay()];

describe('compilePlan with a Monday start', () => {
  // 2026-11-30 is a Monday.
  const compiled = compilePlan(plan, athlete, { start: '2026-11-30' });
  const dateOf = (id: string) => compiled.sessions.find((s) => s.id === id)?.date;

  it('has no diagnostics and keeps the start', () => {
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.start).toBe('2026-11-30');
  });

  it('puts week 1 Monday on the start date and each later day after it', () => {
    expect(dateOf('w1-mon-0')).toBe('2026-11-30');
    expect(dateOf('w1-wed-0')).toBe('2026-12-02');
    expect(dateOf('w1-sun-0')).toBe('2026-12-06');
    expect(dateOf('w2-mon-0')).toBe('2026-12-07');
    // Week 8 crosses the new year: Saturday's mile race is 7 weeks and 5 days after the start.
    expect(dateOf('w8-sat-0')).toBe('2027-01-23');
    expect(dateOf('w8-sun-0')).toBe('2027-01-24');
  });

  it('dates every session on the weekday of its slot, in order, alternatives too', () => {
    let previous = '';
    for (const s of compiled.sessions) {
      expect(s.date, s.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(weekdayOf(s.date!), s.id).toBe(s.slot!.day);
      expect(s.date! >= previous, s.id).toBe(true);
      previous = s.date!;
      for (const a of s.alternatives) expect(a.date, `${s.id} alternative`).toBe(s.date);
    }
  });

  it('leaves sessions undated without a start', () => {
    const undated = compilePlan(plan, athlete);
    expect(undated.start).toBeUndefined();
    expect(undated.sessions.every((s) => s.date === undefined)).toBe(true);
  });
});

describe('a start date that is not a Monday', () => {
  // 2026-12-02 is a Wednesday: week 1 starts on the Monday after, 2026-12-07.
  const compiled = compilePlan(plan, athlete, { start: '2026-12-02' });

  it('gives one warning that names the day and where week 1 begins', () => {
    expect(compiled.diagnostics).toHaveLength(1);
    const [d] = compiled.diagnostics;
    expect(d!.severity).toBe('warning');
    expect(d!.message).toMatch(/Wednesday/);
    expect(d!.message).toMatch(/2026-12-07/);
  });

  it('shifts the plan so sessions keep their weekdays', () => {
    expect(compiled.start).toBe('2026-12-07');
    expect(compiled.sessions[0]!.date).toBe('2026-12-07');
    for (const s of compiled.sessions) expect(weekdayOf(s.date!), s.id).toBe(s.slot!.day);
  });
});

describe('other starts', () => {
  it('a date that does not exist is an error and no session is dated', () => {
    const compiled = compilePlan(plan, athlete, { start: '2026-02-30' });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(1);
    expect(compiled.diagnostics[0]!.message).toMatch(/2026-02-30/);
    expect(compiled.sessions.every((s) => s.date === undefined)).toBe(true);
  });

  it('a plan whose weeks start on Sunday dates Sunday first', () => {
    const sunday = loadPlan('name: Sunday weeks\nweekStart: sun\nweeks:\n  - sun: 60 min run\n    mon: 30 min run\n    sat: 45 min\n', 'sunday.yaml').plan!;
    // 2026-11-29 is a Sunday.
    const compiled = compilePlan(sunday, athlete, { start: '2026-11-29' });
    expect(compiled.diagnostics).toEqual([]);
    expect(compiled.sessions.map((s) => [s.id, s.date])).toEqual([
      ['w1-sun-0', '2026-11-29'],
      ['w1-mon-0', '2026-11-30'],
      ['w1-sat-0', '2026-12-05'],
    ]);
  });
});

describe('start dates calendars and watches cannot hold', () => {
  it('are an error naming the range (9999-12-31 and 0000-01-01 gave feeds that answered 422)', () => {
    for (const start of ['9999-12-31', '0000-01-03', '1969-12-29', '2201-01-05']) {
      const compiled = compilePlan(plan, athlete, { start });
      expect(compiled.start, start).toBeUndefined();
      expect(compiled.diagnostics.map((d) => [d.severity, d.message])).toEqual([['error', `start date ${start} is not between 1970-01-01 and 2200-12-31`]]);
    }
    expect(compilePlan(plan, athlete, { start: '2200-12-29' }).diagnostics).toEqual([]);
  });
});
