import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Workout } from '../../src/ir/workout.js';
import { WriterError } from '../../src/writers/errors.js';
import { getWriter } from '../../src/writers/registry.js';
import '../../src/writers/zip.js';
import { bundleRange, writeBundle } from '../../src/writers/zip.js';
import { goldenWeek, intervals, plan } from '../../fixtures/fit/sessions.js';
import { FILE, fitSeconds, rawFileId, rawSchedules, rawSteps, rawWorkout, sdkDecode, SPORT } from '../helpers/fit-decode.js';

/** The golden week repeated over six weeks, each session moved 7 days per week. */
function sixWeeks() {
  const base = goldenWeek();
  const sessions: Workout[] = [];
  for (let week = 1; week <= 6; week++) {
    for (const s of base.sessions) {
      const date = new Date(Date.parse(`${s.date}T00:00:00Z`) + (week - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
      sessions.push({ ...s, id: s.id.replace('w1-', `w${week}-`), slot: { ...s.slot!, week }, date });
    }
  }
  return { ...base, weeks: 6, sessions };
}

describe('zip bundle', () => {
  it('holds the workouts and the schedule under GARMIN/NewFiles, and a README', () => {
    const p = goldenWeek();
    const [out] = getWriter('zip')!.writePlan(p, {});
    expect(out!.path).toBe('spring-mile-2026-03-02-garmin.zip');
    expect(out!.mediaType).toBe('application/zip');
    const entries = unzipSync(out!.data as Uint8Array);
    const names = Object.keys(entries).sort();
    expect(names).toEqual([
      'GARMIN/',
      'GARMIN/NewFiles/',
      'GARMIN/NewFiles/SCHEDULE.FIT',
      'GARMIN/NewFiles/W01FRI0.FIT',
      'GARMIN/NewFiles/W01SAT0.FIT',
      'GARMIN/NewFiles/W01THU0.FIT',
      'GARMIN/NewFiles/W01TUE0.FIT',
      'GARMIN/NewFiles/W01WED0.FIT',
      'GARMIN/NewFiles/W01WED1.FIT',
      'README.txt',
    ]);
    for (const name of names.filter((n) => n.endsWith('.FIT'))) {
      const base = name.split('/').pop()!;
      // Names a watch accepts: 8.3, ASCII upper case.
      expect(base).toMatch(/^[A-Z0-9]{1,8}\.FIT$/);
      sdkDecode(entries[name]!);
    }
    const tue = entries['GARMIN/NewFiles/W01TUE0.FIT']!;
    expect(rawWorkout(tue).name).toBe('6x400m HM-10K');
    expect(rawSteps(tue)).toHaveLength(6);

    // Every schedule entry names a workout file in the bundle by its file_id.
    const schedule = entries['GARMIN/NewFiles/SCHEDULE.FIT']!;
    expect(rawFileId(schedule).type).toBe(FILE.schedules);
    const ids = names
      .filter((n) => /W\d/.test(n))
      .map((n) => rawFileId(entries[n]!))
      .map((id) => `${id.serialNumber}/${id.timeCreated}`);
    const pointers = rawSchedules(schedule).map((s) => `${s.serialNumber}/${s.timeCreated}`);
    expect(pointers.sort()).toEqual(ids.sort());

    const readme = strFromU8(entries['README.txt']!);
    expect(readme).toContain('GARMIN/NewFiles/');
    expect(readme).toContain('2026-03-02 to 2026-03-29');
    expect(readme).toMatch(/W01TUE0\.FIT\s+2026-03-03\s+6 x 400m @ HM-10K/);
    // The structural choice for the 6 × 400m is explained to the athlete.
    expect(readme).toMatch(/W01TUE0\.FIT: 6 × 400m @ HM–10K: written as 5 × rep \+ recovery/);
    // The rest day stays on the calendar, not on the watch, and the README says so.
    expect(readme).toContain('The rest day is left off the watch; it stays on your calendar.');
    expect(readme).not.toContain('MON0');
  });

  it('is deterministic: same plan, same bytes', () => {
    const a = writeBundle(goldenWeek(), {});
    const b = writeBundle(goldenWeek(), {});
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  // Regression: fflate stamps entries in local time, so a fixed instant would
  // zip differently on a server in another time zone.
  it('gives the same bytes in any time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = writeBundle(goldenWeek(), {});
      process.env.TZ = 'America/Adak';
      const west = writeBundle(goldenWeek(), {});
      expect(new Date(2000, 0, 1).getTimezoneOffset()).toBe(600);
      expect(Buffer.from(east).equals(Buffer.from(west))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('keeps to 28 days from the plan start by default, rest days left off', () => {
    const p = sixWeeks();
    const entries = unzipSync(writeBundle(p, {}));
    const workouts = Object.keys(entries).filter((n) => /\/W\d/.test(n));
    expect(workouts).toHaveLength(4 * 6);
    expect(workouts.some((n) => n.includes('W05') || n.includes('MON'))).toBe(false);
    expect(rawSchedules(entries['GARMIN/NewFiles/SCHEDULE.FIT']!)).toHaveLength(24);
  });

  it('puts rest days on the watch when asked', () => {
    const entries = unzipSync(writeBundle(sixWeeks(), { restDays: 'true' }));
    expect(Object.keys(entries).filter((n) => /\/W\d/.test(n))).toHaveLength(4 * 7);
    expect(rawWorkout(entries['GARMIN/NewFiles/W01MON0.FIT']!)).toMatchObject({ name: 'Rest', sport: SPORT.generic });
  });

  it("holds at most the sessions the device's calendar shows, and says so", () => {
    // Two sessions a day: 52 in the first four weeks, rest days aside.
    const base = sixWeeks();
    const doubles = {
      ...base,
      sessions: base.sessions.flatMap((s) => [s, { ...s, id: `${s.id}-pm`, slot: { ...s.slot!, index: s.slot!.index + 5 } }]),
    };
    const [out] = getWriter('zip')!.writePlan(doubles, {});
    const entries = unzipSync(out!.data as Uint8Array);
    const workouts = Object.keys(entries).filter((n) => /\/W\d/.test(n));
    const schedule = rawSchedules(entries['GARMIN/NewFiles/SCHEDULE.FIT']!);
    // 12 sessions a week (Monday's rest left off); the 27th and 28th would split Wednesday 18 March, so the cut
    // falls at the end of Tuesday: 26 sessions, the rest from Wednesday.
    expect(workouts).toHaveLength(26);
    expect(schedule).toHaveLength(26);
    expect(Math.max(...schedule.map((s) => s.scheduledTime!))).toBe(fitSeconds('2026-03-17T00:00:00Z'));
    const readme = strFromU8(entries['README.txt']!);
    expect(readme).toContain("This bundle holds the first 26 sessions (to 2026-03-17): the watch's calendar shows 28");
    expect(readme).toContain('(device profile "conservative"). The 22 from 2026-03-18 to 2026-03-29 go in a bundle from 2026-03-18.');
    expect(out!.notes).toEqual([expect.stringContaining('The 22 from 2026-03-18 to 2026-03-29 go in a bundle from 2026-03-18.')]);
  });

  it('takes from/to or from/days', () => {
    const p = sixWeeks();
    expect(bundleRange(p, { from: '2026-03-16', days: 7 })).toEqual({ from: '2026-03-16', to: '2026-03-22' });
    expect(bundleRange(p, { from: '2026-03-16', to: '2026-03-31' })).toEqual({ from: '2026-03-16', to: '2026-03-31' });
    const entries = unzipSync(writeBundle(p, { from: '2026-03-16', days: '7' }));
    const workouts = Object.keys(entries).filter((n) => /\/W\d/.test(n)).sort();
    expect(workouts[0]).toBe('GARMIN/NewFiles/W03FRI0.FIT');
    expect(workouts).toHaveLength(6);
  });

  it('refuses ranges longer than four weeks, backwards, malformed or empty, with a WriterError', () => {
    const p = sixWeeks();
    const errorOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(WriterError);
        return (e as WriterError).diagnostic.message;
      }
      throw new Error('expected a WriterError');
    };
    expect(errorOf(() => writeBundle(p, { from: '2026-03-02', to: '2026-04-30' }))).toMatch(/60 days; .* at most 28/);
    expect(errorOf(() => writeBundle(p, { days: 29 }))).toMatch(/at most 28 days/);
    expect(errorOf(() => writeBundle(p, { from: '2026-03-10', to: '2026-03-01' }))).toMatch(/ends .* before it starts/);
    expect(errorOf(() => writeBundle(p, { from: '03/10/2026' }))).toMatch(/invalid zip option from/);
    expect(errorOf(() => writeBundle(p, { from: '2027-01-01' }))).toMatch(/no sessions from 2027-01-01/);
    expect(errorOf(() => writeBundle(p, { to: '2026-03-10', days: 3 }))).toMatch(/either "to" or "days"/);
    const undated = { ...plan([{ ...intervals(), date: undefined }]), start: undefined };
    expect(errorOf(() => writeBundle(undated, {}))).toMatch(/needs a dated plan/);
  });
});
