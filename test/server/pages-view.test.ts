import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { DEMO_ATHLETE } from '../../src/athlete/demo.js';
import { compilePlan, compileSession, loadPlan, makeAthlete } from '../../src/compiler/index.js';
import type { CompiledPlan } from '../../src/ir/workout.js';
import { athletePageView, dateRange } from '../../src/server/pages/athlete-view.js';
import { paceGroups, pacesUsed } from '../../src/server/pages/pace-rows.js';
import { Markup } from '../../src/server/pages/render.js';
import { sessionView } from '../../src/server/pages/session-view.js';
import { estimateLine, stepLines } from '../../src/server/pages/words.js';
import { describeWorkout } from '../../src/writers/ics/describe.js';
import { RACE_METERS, type RacePace } from '../../src/paces/types.js';
import { formatPaceBand } from '../../src/units/format.js';

const athlete = makeAthlete(DEMO_ATHLETE);
const units = athlete.profile.units;
const START = '2026-01-05';

function template(name: string): CompiledPlan {
  const loaded = loadPlan(readFileSync(new URL(`../../templates/${name}.yaml`, import.meta.url), 'utf8'), `${name}.yaml`);
  return compilePlan(loaded.plan!, athlete, { start: START });
}

const plan = template('mile-8-week');
const view = (today: string) =>
  athletePageView({ athlete, plan, start: START, today, token: 'T'.repeat(32), publicUrl: 'https://runcast.test', qr: new Markup('<svg/>') });

describe('the steps in words', () => {
  const w = compileSession('4 x 5 min @ Mile w/ 2 min jog', athlete);

  it('are the step lines of the calendar description, one per top-level block', () => {
    const lines = stepLines(w, units);
    // Warm-up, the repeat, cool-down: three blocks at the top level.
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('Warm-up: 15 min');
    expect(lines[1]).toMatch(/^4 × \(5 min @ Mile \d:\d\d–\d:\d\d \/mi \(\d:\d\d–\d:\d\d \/km\), 2 min jog\) — no recovery after the last$/);
    expect(lines[2]).toBe('Cool-down: 10 min');
    // The calendar says the same words, in the same order.
    expect(describeWorkout(w, units)).toContain(lines.join('\n'));
  });

  it('carry none of the rest of the description (coach text, notes, estimate)', () => {
    const text = stepLines(w, units).join('\n');
    expect(text).not.toContain('Coach wrote');
    expect(text).not.toContain('Estimated');
    expect(text).not.toContain('warm-up added');
  });

  it('estimate as the calendar rounds it', () => {
    // 3060 s is 51 min exactly; the calendar prints the same figure after "Estimated: ".
    expect(w.estimate.seconds).toBe(3060);
    const line = estimateLine(w, units);
    expect(line.startsWith('51 min · ')).toBe(true);
    expect(describeWorkout(w, units)).toContain(`Estimated: ${line}`);
  });

  it('say nothing for a strength day or a rest day', () => {
    for (const text of ['PT / Strength Focused Lift', 'Rest']) {
      const s = compileSession(text, athlete);
      expect(stepLines(s, units)).toEqual([]);
      expect(estimateLine(s, units)).toBe('');
    }
  });
});

describe('a session view', () => {
  it('draws running sessions with the svg writer and nothing for the others', () => {
    const run = sessionView(compileSession('6 x 400m @ 5K w/ 400m jog', athlete), { paces: athlete.paces, units });
    expect(run.chart).toMatch(/^<svg [^>]*class="runcast-chart"/);
    // Six reps, each an "active" block of its own.
    expect(run.chart.match(/class="block block-active/g)).toHaveLength(6);
    expect(run.downloadable).toBe(true);

    const lift = sessionView(compileSession('PT / Strength Focused Lift', athlete), { paces: athlete.paces, units });
    expect(lift.chart).toBe('');
    expect(lift.downloadable).toBe(true);

    const rest = sessionView(compileSession('Rest', athlete), { paces: athlete.paces, units });
    expect(rest.chart).toBe('');
    expect(rest.downloadable).toBe(false);
  });

  it('lists the errors of a session that did not compile, with no chart and no file', () => {
    const bad = sessionView(compileSession('4 x 5 mni @ Mile', athlete), { paces: athlete.paces, units });
    expect(bad.errors).toEqual(["unknown unit 'mni'"]);
    expect(bad.chart).toBe('');
    expect(bad.downloadable).toBe(false);
  });

  it('names where a plan session sits', () => {
    const wed = plan.sessions.find((s) => s.id === 'w3-wed-0')!;
    expect(sessionView(wed, { paces: athlete.paces, units }).when).toBe('Week 3 · Wed');
  });
});

describe('the athlete page view', () => {
  it('has every week of the plan with its seven days from the start, and every session on its date', () => {
    const v = view('2026-01-21');
    expect(v.weeks.map((w) => w.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const w of v.weeks) {
      expect(w.days).toHaveLength(7);
      // 2026-01-05 is a Monday; week n starts 7(n-1) days later.
      const monday = DateTime.fromISO(START).plus({ weeks: w.number - 1 });
      expect(w.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => monday.plus({ days: i }).toISODate()));
      expect(w.days[0]!.label.startsWith('Mon ')).toBe(true);
    }
    const placed = v.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.map((s) => [s.id, d.date])));
    expect(placed).toEqual(plan.sessions.map((s) => [s.id, s.date]));
  });

  it('marks today, and folds the weeks that are over', () => {
    // Wednesday of week 3.
    const v = view('2026-01-21');
    expect(v.weeks.map((w) => w.state)).toEqual(['past', 'past', 'current', 'future', 'future', 'future', 'future', 'future']);
    const todays = v.weeks.flatMap((w) => w.days.filter((d) => d.today));
    expect(todays.map((d) => d.date)).toEqual(['2026-01-21']);
  });

  it('has no today and no past week before the plan starts', () => {
    const v = view('2026-01-01');
    expect(v.weeks.every((w) => w.state === 'future')).toBe(true);
    expect(v.weeks.some((w) => w.days.some((d) => d.today))).toBe(false);
    // The bundle starts at the plan's start when today is earlier.
    expect(v.links.bundleRange).toBe('28 days from Mon 5 Jan');
  });

  it("sums each week's running", () => {
    const v = view('2026-01-21');
    const week1 = plan.sessions.filter((s) => s.slot?.week === 1 && s.sport === 'running');
    const minutes = Math.round(week1.reduce((n, s) => n + s.estimate.seconds, 0) / 60);
    const miles = Math.round((week1.reduce((n, s) => n + s.estimate.meters, 0) / 1609.344) * 10) / 10;
    // Strength days and the optional OFF alternative add nothing; whole minutes and tenths of a mile.
    expect(v.weeks[0]!.totals).toBe(`${Math.floor(minutes / 60)} h ${minutes % 60} min · ${miles} mi`);
  });

  it('links the downloads under the token and the calendar under the public address', () => {
    const v = view('2026-01-21');
    const wed = v.weeks[2]!.days[2]!.sessions[0]!;
    expect(wed.id).toBe('w3-wed-0');
    expect(wed.fit).toBe(`/a/${'T'.repeat(32)}/sessions/w3-wed-0.fit`);
    expect(wed.tcx).toBe(`/a/${'T'.repeat(32)}/sessions/w3-wed-0.tcx`);
    expect(v.links.feed).toBe(`https://runcast.test/a/${'T'.repeat(32)}/calendar.ics`);
    expect(v.links.webcal).toBe(`webcal://runcast.test/a/${'T'.repeat(32)}/calendar.ics`);
    expect(v.links.bundleRange).toBe('28 days from Wed 21 Jan');
  });
});

describe('the athlete page view near and after the end of the plan', () => {
  it('offers the rest of the plan from today in its last weeks, never the next 4 weeks from a past Monday', () => {
    // Wednesday of week 8: the plan ends on Sunday 1 March.
    const v = view('2026-02-25');
    expect(v.finished).toBe(false);
    expect(v.watchLeft).toBe(true);
    expect(v.links.bundleRange).toBe('5 days from Wed 25 Feb');
    expect(v.links.bundleLabel).toBe('the rest of the plan');
    expect(view('2026-01-21').links.bundleLabel).toBe('the next 4 weeks');
  });

  it('says the plan is finished once it is, offers nothing more for the watch, and keeps its weeks as history', () => {
    const v = view('2026-03-10');
    expect(v.finished).toBe(true);
    expect(v.lastDayLabel).toBe('Sunday 1 March 2026');
    expect(v.watchLeft).toBe(false);
    expect(v.currentWeek).toBeNull();
    expect(v.weeks.every((w) => w.state === 'past')).toBe(true);
    // Every session is still there; the last week is unfolded, the others a click away.
    expect(v.weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.map((s) => s.id)))).toEqual(plan.sessions.map((s) => s.id));
    expect(v.weeks.map((w) => w.open)).toEqual([false, false, false, false, false, false, false, true]);
    // On its last day it is not over yet.
    expect(view('2026-03-01').finished).toBe(false);
  });
});

describe('date ranges', () => {
  const d = (s: string) => DateTime.fromISO(s);
  it('say the shared month and year once', () => {
    expect(dateRange(d('2026-01-05'), d('2026-01-11'))).toBe('5–11 Jan 2026');
    expect(dateRange(d('2026-01-26'), d('2026-02-01'))).toBe('26 Jan – 1 Feb 2026');
    expect(dateRange(d('2025-12-29'), d('2026-01-04'))).toBe('29 Dec 2025 – 4 Jan 2026');
  });
});

describe('the pace table', () => {
  it("gives the reference athlete's equivalent race times", () => {
    const race = paceGroups(athlete, []).find((g) => g.title.startsWith('Race'))!;
    const time = (name: string) => race.rows.find((r) => r.name === name)!.raceTime;
    // The same figures the pace printer's tests check for a 6:00 miler.
    expect(time('5K')).toBe('20:29');
    expect(time('10K')).toBe('42:29');
    expect(time('HM')).toBe('1:34:06');
    expect(time('Mile')).toBe('6:00');
  });

  it("shows each pace in the athlete's units, then the other", () => {
    const e = paceGroups(athlete, [])[0]!.rows.find((r) => r.name === 'E')!;
    expect(e.mine).toMatch(/^\d+:\d\d–\d+:\d\d \/mi$/);
    expect(e.other).toMatch(/^\d+:\d\d–\d+:\d\d \/km$/);
    expect(e.raceTime).toBeUndefined();
  });

  /** Seconds a mile of the band's slower and faster ends ("7:09–6:52 /mi"). */
  const bandSeconds = (band: string) => band.replace(/ \/mi$/, '').split('–').map((p) => p.split(':').reduce((n, x) => n * 60 + Number(x), 0));

  it('shows every race row at the pace of its current-fitness time, the goal apart and labelled (the goal pace beside the fitness time)', () => {
    const runner = makeAthlete({ ...DEMO_ATHLETE, fitness: { race: { distance: '5K', time: '20:00' }, goal: { distance: 'HM', time: '1:25:00' } } });
    const race = paceGroups(runner, []).find((g) => g.title === 'Race paces, from your current fitness')!;
    for (const row of race.rows) {
      // The equivalent time, run evenly over the distance, lies within the band shown beside it.
      const perMile = (runner.paces.equivalents[row.name as RacePace] / RACE_METERS[row.name as RacePace]) * 1609.344;
      const [slow, fast] = bandSeconds(row.mine);
      expect(perMile, `${row.name} ${row.mine} beside ${row.raceTime}`).toBeLessThanOrEqual(slow! + 0.5);
      expect(perMile, `${row.name} ${row.mine} beside ${row.raceTime}`).toBeGreaterThanOrEqual((fast ?? slow!) - 0.5);
    }
    const hm = race.rows.find((r) => r.name === 'HM')!;
    // 1:25:00 over the half marathon is 6:29 a mile: the goal the plan runs, shown as the goal.
    const goal = runner.paces.goal!;
    expect(hm.planPace).toEqual({ label: 'Goal', mine: formatPaceBand(goal.low, goal.high, 'mi'), other: formatPaceBand(goal.low, goal.high, 'km') });
    const [goalSlow, goalFast] = bandSeconds(hm.planPace!.mine);
    expect(389).toBeLessThanOrEqual(goalSlow!);
    expect(389).toBeGreaterThanOrEqual(goalFast!);
    expect(hm.mine).not.toBe(hm.planPace!.mine);
    expect(race.rows.filter((r) => r.planPace).map((r) => r.name)).toEqual(['HM']);
  });

  it("labels a race pace the coach set in the profile as the coach's", () => {
    const runner = makeAthlete({ ...DEMO_ATHLETE, paces: { '10K': '6:40/mi' } });
    const tenK = paceGroups(runner, []).find((g) => g.title.startsWith('Race'))!.rows.find((r) => r.name === '10K')!;
    expect(tenK.planPace).toMatchObject({ label: 'Set by your coach' });
    const [slow, fast] = bandSeconds(tenK.planPace!.mine);
    expect(400).toBeLessThanOrEqual(slow!);
    expect(400).toBeGreaterThanOrEqual(fast!);
    expect(tenK.mine).toBe(paceGroups(makeAthlete(DEMO_ATHLETE), [])[1]!.rows.find((r) => r.name === '10K')!.mine);
  });

  it('marks the paces the 8-week mile plan uses', () => {
    // Its targets: E, HM–10K, 5K–Mile, HM, Mile, 5K, 10K–5K, "Faster (800)", "goal Mile".
    expect([...pacesUsed(plan.sessions)].sort()).toEqual(['10K', '5K', '800', 'E', 'HM', 'Mile'].sort());
    const used = paceGroups(athlete, plan.sessions).flatMap((g) => g.rows.filter((r) => r.usedInPlan).map((r) => r.name));
    expect(used.sort()).toEqual(['10K', '5K', '800', 'E', 'HM', 'Mile'].sort());
  });
});
