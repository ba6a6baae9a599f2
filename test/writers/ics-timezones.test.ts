import { afterEach, describe, expect, it } from 'vitest';
import { writeIcs, eventUid } from '../../src/writers/ics.js';
import type { CompiledPlan } from '../../src/ir/workout.js';
import { samplePlan } from '../../fixtures/ics/sample-plan.js';
import { parseFeed } from '../../fixtures/ics/read-feed.js';

const everyDay = { mon: '06:30', tue: '06:30', wed: '06:30', thu: '06:30', fri: '06:30', sat: '06:30', sun: '06:30' };

function byId(plan: CompiledPlan, text: string) {
  const feed = parseFeed(text);
  return (id: string) => feed.byUid.get(eventUid(plan.sessions.find((s) => s.id === id)!, plan))!;
}

describe('timed events', () => {
  // 2026-03-08 is the second Sunday of March: New York goes from UTC−5 to UTC−4.
  const plan = samplePlan({ zone: 'America/New_York', start: '2026-03-02' });
  const text = writeIcs(plan, { times: everyDay });
  const ev = byId(plan, text);

  it('keeps 06:30 local across the March DST change', () => {
    const cases: [string, string, string][] = [
      ['w1-sat-0', '2026-03-07T06:30:00', '2026-03-07T11:30:00.000Z'],
      ['w1-sun-0', '2026-03-08T06:30:00', '2026-03-08T10:30:00.000Z'],
      ['w2-tue-0', '2026-03-10T06:30:00', '2026-03-10T10:30:00.000Z'],
    ];
    for (const [id, local, utc] of cases) {
      const e = ev(id);
      expect(e.start.isDate, id).toBe(false);
      expect(e.start.toString(), id).toBe(local);
      expect(e.start.zone?.tzid, id).toBe('America/New_York');
      expect(e.start.toJSDate().toISOString(), id).toBe(utc);
    }
  });

  it('keeps 06:30 local across the November change back', () => {
    // 2026-11-01 is the first Sunday of November: back to UTC−5.
    const fall = samplePlan({ zone: 'America/New_York', start: '2026-10-26' });
    const e = byId(fall, writeIcs(fall, { times: everyDay }));
    expect(e('w1-sat-0').start.toJSDate().toISOString()).toBe('2026-10-31T10:30:00.000Z');
    expect(e('w1-sun-0').start.toJSDate().toISOString()).toBe('2026-11-01T11:30:00.000Z');
    expect(e('w1-sun-0').start.toString()).toBe('2026-11-01T06:30:00');
  });

  it('writes the TZID with a VTIMEZONE for it', () => {
    expect(text).toContain('DTSTART;TZID=America/New_York:20260308T063000\r\n');
    const zones = parseFeed(text).calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York']);
    const tzids = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1]));
    expect([...tzids]).toEqual(['America/New_York']);
  });

  it('lasts the estimated time rounded up to the minute, at least 15 minutes', () => {
    const minutes = (id: string) => (ev(id).end.toJSDate().getTime() - ev(id).start.toJSDate().getTime()) / 60000;
    expect(minutes('w1-tue-0')).toBe(50); // 2946 s
    expect(minutes('w1-sun-0')).toBe(60); // 3600 s, on the DST day: elapsed time, not wall-clock
    expect(minutes('w1-sat-1')).toBe(15); // 340 s of strides
    expect(minutes('w1-fri-0')).toBe(15); // strength without a time
  });

  it('keeps rest days all-day', () => {
    expect(ev('w1-mon-0').start.isDate).toBe(true);
    expect(ev('w1-mon-0').start.toString()).toBe('2026-03-02');
  });

  it('uses defaultTime for days without a time, else all-day', () => {
    const tueOnly = byId(plan, writeIcs(plan, { times: { tue: '06:30' } }));
    expect(tueOnly('w1-tue-0').start.toString()).toBe('2026-03-03T06:30:00');
    expect(tueOnly('w1-thu-0').start.isDate).toBe(true);

    const withDefault = byId(plan, writeIcs(plan, { times: { tue: '06:30' }, defaultTime: '18:15' }));
    expect(withDefault('w1-tue-0').start.toString()).toBe('2026-03-03T06:30:00');
    expect(withDefault('w1-thu-0').start.toString()).toBe('2026-03-05T18:15:00');
    expect(withDefault('w1-mon-0').start.isDate).toBe(true);
  });

  it('moves a time inside the spring-forward gap to the first real minute after it', () => {
    // 02:30 does not exist in New York on 2026-03-08; luxon moves it an hour later.
    const e = byId(plan, writeIcs(plan, { times: { sun: '02:30' } }))('w1-sun-0');
    expect(e.start.toString()).toBe('2026-03-08T03:30:00');
    expect(e.start.toJSDate().toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('writes UTC athletes with UTC times and no VTIMEZONE', () => {
    const utc = samplePlan({ zone: 'UTC' });
    const t = writeIcs(utc, { times: everyDay });
    expect(t).toContain('DTSTART:20260303T063000Z\r\n');
    expect(t).not.toContain('BEGIN:VTIMEZONE');
    expect(t).not.toContain(';TZID=');
    expect(parseFeed(t).calendar.getFirstPropertyValue('x-wr-timezone')).toBe('UTC');
  });

  it('has no VTIMEZONE when every event is all-day', () => {
    expect(writeIcs(plan)).not.toContain('BEGIN:VTIMEZONE');
  });
});

describe('all-day events and the server time zone', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  // Dates either side of each zone's DST changes and the year's end.
  const athletes: [string, string][] = [
    ['Pacific/Auckland', '2026-03-30'], // NZ leaves daylight time on 2026-04-05
    ['Pacific/Auckland', '2026-12-28'],
    ['America/Los_Angeles', '2026-03-02'],
    ['America/Los_Angeles', '2026-10-26'],
  ];
  const servers = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

  it('never moves an all-day event to the neighbouring day, whatever TZ the writer runs in', () => {
    for (const [zone, start] of athletes) {
      const plan = samplePlan({ zone, start });
      process.env.TZ = 'UTC';
      const reference = writeIcs(plan);
      for (const server of servers) {
        process.env.TZ = server;
        // Guard: the process really is in that zone now (Node reads TZ on change).
        const offset = new Date('2026-07-01T00:00:00Z').getTimezoneOffset();
        expect(offset, server).toBe({ UTC: 0, 'Pacific/Auckland': -720, 'America/Los_Angeles': 420, 'Pacific/Kiritimati': -840, 'Pacific/Pago_Pago': 660 }[server]);

        const text = writeIcs(plan);
        expect(text, `${zone} on a ${server} server`).toBe(reference);
        const feed = parseFeed(text);
        for (const w of plan.sessions) {
          const e = feed.byUid.get(eventUid(w, plan))!;
          expect(e.start.isDate).toBe(true);
          expect(e.start.toString(), `${w.id} for ${zone} on ${server}`).toBe(w.date);
          expect(text).toContain(`DTSTART;VALUE=DATE:${w.date!.replace(/-/g, '')}\r\n`);
        }
      }
    }
  });

  it('keeps timed events at the athlete’s wall-clock time whatever TZ the writer runs in', () => {
    const plan = samplePlan({ zone: 'Pacific/Auckland', start: '2026-03-30' });
    process.env.TZ = 'UTC';
    const reference = writeIcs(plan, { times: everyDay });
    process.env.TZ = 'America/Los_Angeles';
    expect(writeIcs(plan, { times: everyDay })).toBe(reference);
    // 2026-04-05 is the day NZ goes from UTC+13 to UTC+12.
    const e = byId(plan, reference);
    expect(e('w1-sat-0').start.toJSDate().toISOString()).toBe('2026-04-03T17:30:00.000Z');
    expect(e('w1-sun-0').start.toJSDate().toISOString()).toBe('2026-04-04T18:30:00.000Z');
  });
});
