import { describe, expect, it } from 'vitest';
import { getWriter } from '../../src/writers/registry.js';
import { writeIcs, eventUid, icsFileName } from '../../src/writers/ics.js';
import { isWriterError } from '../../src/writers/errors.js';
import type { Workout } from '../../src/ir/workout.js';
import { HM_10K, mapSession, samplePlan, step } from '../../fixtures/ics/sample-plan.js';
import { parseFeed, unescapeText } from '../../fixtures/ics/read-feed.js';

const plan = samplePlan();
const text = writeIcs(plan);
const feed = parseFeed(text);
const event = (id: string) => {
  const w = plan.sessions.find((s) => s.id === id)!;
  return feed.byUid.get(eventUid(w, plan))!;
};

describe('ics calendar', () => {
  it('carries the calendar properties, before any component', () => {
    const cal = feed.calendar;
    expect(cal.getFirstPropertyValue('prodid')).toBe('-//runcast//runcast//EN');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(unescapeText(String(cal.getFirstPropertyValue('name')))).toBe('Mile 8-week — Jordan Miles');
    expect(unescapeText(String(cal.getFirstPropertyValue('x-wr-calname')))).toBe('Mile 8-week — Jordan Miles');
    expect(unescapeText(String(cal.getFirstPropertyValue('x-wr-caldesc')))).toContain('Sharpening for a mile race.');
    expect(cal.getFirstPropertyValue('x-wr-timezone')).toBe('America/Chicago');
    expect(String(cal.getFirstPropertyValue('refresh-interval'))).toBe('PT3H');
    expect(String(cal.getFirstPropertyValue('x-published-ttl'))).toBe('PT3H');

    // RFC 5545 §3.4: calendar properties precede components.
    const lines = text.split('\r\n');
    const firstComponent = lines.findIndex((l, i) => i > 0 && l.startsWith('BEGIN:'));
    for (const prop of ['PRODID:', 'METHOD:', 'NAME:', 'X-WR-TIMEZONE:', 'REFRESH-INTERVAL;', 'X-PUBLISHED-TTL:']) {
      const at = lines.findIndex((l) => l.startsWith(prop));
      expect(at, prop).toBeGreaterThan(0);
      expect(at, prop).toBeLessThan(firstComponent);
    }
  });

  it('ends every line with CRLF, the last one included', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one all-day event per session, on the session date', () => {
    expect(feed.events).toHaveLength(plan.sessions.length);
    for (const w of plan.sessions) {
      const e = feed.byUid.get(eventUid(w, plan))!;
      expect(e, w.id).toBeDefined();
      expect(e.start.isDate).toBe(true);
      expect(e.start.toString()).toBe(w.date);
      // DTEND of an all-day event is exclusive: the next day.
      const next = new Date(`${w.date}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(e.end.toString()).toBe(next.toISOString().slice(0, 10));
    }
  });

  it('names events by the workout title and gives each session its own UID', () => {
    expect(event('w1-tue-0').summary).toBe('6×400m @ HM–10K');
    expect(event('w2-thu-0').summary).toBe('8 × 60 s hill');
    const uids = feed.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) expect(uid).toMatch(/^[0-9a-f]{16}-w\d+-(mon|tue|wed|thu|fri|sat|sun)-\d+@runcast$/);
  });

  it('derives the UID from athlete, plan and slot only', () => {
    const w = plan.sessions[1]!;
    expect(eventUid(w, plan)).toBe(eventUid({ ...w, date: '2027-01-05', title: 'changed' }, { ...plan, start: '2027-01-04' }));
    expect(eventUid(w, plan)).not.toBe(eventUid(w, { ...plan, athlete: { ...plan.athlete, name: 'Sam Fast' } }));
    expect(eventUid(w, plan)).not.toBe(eventUid(w, { ...plan, name: 'Mile 12-week' }));
    // The names are joined with a separator, so shifting a letter across them gives another owner.
    const a = { ...plan, name: 'A plan', athlete: { ...plan.athlete, name: 'Ann' } };
    const b = { ...plan, name: ' plan', athlete: { ...plan.athlete, name: 'AnnA' } };
    expect(eventUid(w, a)).not.toBe(eventUid(w, b));
  });

  it('marks optional sessions and rest days free, the rest busy', () => {
    expect(event('w1-wed-0').transp).toBe('TRANSPARENT');
    expect(event('w1-mon-0').transp).toBe('TRANSPARENT');
    for (const id of ['w1-tue-0', 'w1-thu-0', 'w1-fri-0', 'w1-sat-0', 'w1-sat-1', 'w1-sun-0']) {
      expect(event(id).transp, id).toBe('OPAQUE');
    }
  });

  it('leaves out rest days or strength and cross-training days on request', () => {
    const noRest = parseFeed(writeIcs(plan, { includeRest: false }));
    expect(noRest.events).toHaveLength(plan.sessions.length - 2);
    expect(noRest.events.some((e) => e.summary === 'Rest')).toBe(false);

    const runningOnly = parseFeed(writeIcs(plan, { includeNonRunning: false }));
    expect(runningOnly.events).toHaveLength(plan.sessions.length - 2);
    expect(runningOnly.events.some((e) => e.summary === 'Strength')).toBe(false);
    // Rest days stay unless asked separately; running sessions with a cross-training alternative stay.
    expect(runningOnly.events.some((e) => e.summary === 'Rest')).toBe(true);
    expect(runningOnly.events.some((e) => e.summary === '30 min run')).toBe(true);
  });
});

describe('ics description', () => {
  it('writes the steps in words with both units of pace', () => {
    const d = event('w1-tue-0').description;
    expect(d).toContain('Warm-up: 15 min\n');
    expect(d).toContain('6 × (400 m @ HM–10K 7:00–6:42 /mi (4:21–4:10 /km), 400 m jog) — no recovery after the last\n');
    expect(d).toContain('Cool-down: 10 min\n');
    // 2946 s is 49 min; 9750 m is 6.06 mi, a tenth of a mile 6.1, and 9.8 km.
    expect(d).toContain('Estimated: 49 min · 6.1 mi (9.8 km)');
    expect(d).toContain('Coach wrote: 15 min WU, 6-10 x 400m @ HM-10K w/ 400m jog, 10 min CD');
    expect(d).toContain('Notes:\n- Took the low end of "6-10 x": 6 repetitions.');
    expect(d).toContain("Coach's notes: Relax your shoulders on the back straight.");
  });

  it('shows km first for a km athlete', () => {
    const km = samplePlan({ units: 'km' });
    const e = parseFeed(writeIcs(km)).byUid.get(eventUid(km.sessions[1]!, km))!;
    expect(e.description).toContain('400 m @ HM–10K 4:21–4:10 /km (7:00–6:42 /mi)');
    expect(e.description).toContain('Estimated: 49 min · 9.8 km (6.1 mi)');
  });

  it('writes effort targets and open recoveries', () => {
    expect(event('w1-thu-0').description).toContain('8 × (1 min @ hill, jog down until lap)');
    // 6 strides with a 40 s walk that is not taken after the last one.
    expect(event('w1-sat-1').description).toContain('6 × (20 s @ strides, 40 s walk) — no recovery after the last');
  });

  it('says when a session is optional and lists the alternatives', () => {
    expect(event('w1-wed-0').description.startsWith('Optional: this session may be skipped.')).toBe(true);
    const sat = event('w1-sat-0').description;
    expect(sat).toContain('Or instead: 45 - 60 min cross-train\n45 min cross-train\nEstimated: 45 min');
  });

  it('does not repeat what a label shares with the duration, phase or target', () => {
    const p = mapSession(plan, 'w1-thu-0', (w) => ({
      ...w,
      steps: [
        step({ intensity: 'warmup', duration: { kind: 'time', seconds: 900 }, label: '15 min warm-up' }),
        step({ intensity: 'recovery', duration: { kind: 'open' }, label: 'recover until lap' }),
        step({ duration: { kind: 'time', seconds: 90 }, target: HM_10K, label: '1:30 min @ HM–10K' }),
      ],
    }));
    const d = parseFeed(writeIcs(p)).byUid.get(eventUid(p.sessions[3]!, p))!.description;
    expect(d).toContain('Warm-up: 15 min\nrecover until lap\n1:30 min @ HM–10K 7:00–6:42 /mi (4:21–4:10 /km)\n');
  });

  it('says "optional" once when the compiler already noted it', () => {
    const p = mapSession(plan, 'w1-wed-0', (w) => ({ ...w, notes: ['optional: this session may be skipped'] }));
    const d = parseFeed(writeIcs(p)).byUid.get(eventUid(p.sessions[2]!, p))!.description;
    expect(d.match(/optional/gi)).toHaveLength(1);
  });

  it('leaves out the lone open step of a strength day', () => {
    const p = mapSession(plan, 'w1-fri-0', (w) => ({ ...w, steps: [step({ duration: { kind: 'open' }, label: 'Strength' })] }));
    const d = parseFeed(writeIcs(p)).byUid.get(eventUid(p.sessions[4]!, p))!.description;
    expect(d).toBe('Coach wrote: Strength');
  });

  it('does not name a pace twice when the coach gave the pace itself', () => {
    const p = mapSession(plan, 'w1-sun-0', (w) => ({
      ...w,
      steps: [step({ duration: { kind: 'distance', meters: 1609.344 }, target: { ...HM_10K, name: '6:30/mi' } })],
    }));
    const d = parseFeed(writeIcs(p)).byUid.get(eventUid(p.sessions[7]!, p))!.description;
    expect(d).toContain('1 mi @ 7:00–6:42 /mi (4:21–4:10 /km)');
    expect(d).not.toContain('6:30/mi 7:00');
  });

  it('writes a session that did not compile with its error and the coach text', () => {
    const p = mapSession(plan, 'w1-tue-0', (w) => ({
      ...w,
      steps: [],
      diagnostics: [{ severity: 'error', line: 3, column: 5, offset: 40, length: 2, message: 'unknown pace "HMP-ish"' }],
    }));
    const e = parseFeed(writeIcs(p, { baseUrl: 'https://r.test' })).byUid.get(eventUid(p.sessions[1]!, p))!;
    expect(e.description).toContain('This session could not be compiled:\n- unknown pace "HMP-ish"');
    expect(e.description).toContain('Coach wrote: 15 min WU');
    // No download for a workout that does not exist.
    expect(e.url).toBeNull();
    expect(e.description).not.toContain('.fit');
  });
});

describe('ics links', () => {
  const linked = writeIcs(plan, { baseUrl: 'https://runcast.test/a/jordan/' });
  const lf = parseFeed(linked);
  const ev = (id: string) => lf.byUid.get(eventUid(plan.sessions.find((s) => s.id === id)!, plan))!;

  it('links a day with one session by its date, and sets the event URL to the FIT file', () => {
    const e = ev('w1-tue-0');
    expect(e.url).toBe('https://runcast.test/a/jordan/sessions/2026-03-03.fit');
    expect(e.description).toContain('FIT: https://runcast.test/a/jordan/sessions/2026-03-03.fit');
    expect(e.description).toContain('TCX: https://runcast.test/a/jordan/sessions/2026-03-03.tcx');
  });

  it('links a day with two sessions by session id', () => {
    expect(ev('w1-sat-0').url).toBe('https://runcast.test/a/jordan/sessions/w1-sat-0.fit');
    expect(ev('w1-sat-1').url).toBe('https://runcast.test/a/jordan/sessions/w1-sat-1.fit');
    expect(ev('w1-sat-1').description).toContain('TCX: https://runcast.test/a/jordan/sessions/w1-sat-1.tcx');
  });

  it('counts the day over the whole plan, not over the events kept', () => {
    // With strength days left out a Saturday still holds two sessions.
    const kept = parseFeed(writeIcs(plan, { baseUrl: 'https://runcast.test', includeNonRunning: false }));
    const sat = kept.byUid.get(eventUid(plan.sessions.find((s) => s.id === 'w1-sat-1')!, plan))!;
    expect(sat.url).toBe('https://runcast.test/sessions/w1-sat-1.fit');
  });

  it('gives no download for rest days or sessions without steps', () => {
    expect(ev('w1-mon-0').url).toBeNull();
    expect(ev('w1-fri-0').url).toBeNull();
    expect(ev('w1-fri-0').description).not.toContain('FIT:');
  });

  it('has no links without a base URL', () => {
    expect(text).not.toContain('URL;');
    expect(text).not.toContain('FIT:');
  });
});

describe('ics errors', () => {
  const fails = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(isWriterError(e)).toBe(true);
      return (e as Error).message;
    }
    throw new Error('expected a WriterError');
  };

  it('rejects bad options with the option named', () => {
    expect(fails(() => writeIcs(plan, { times: { mon: '6:30' } }))).toMatch(/times\.mon.*24-hour/);
    expect(fails(() => writeIcs(plan, { times: { monday: '06:30' } }))).toMatch(/times/);
    expect(fails(() => writeIcs(plan, { defaultTime: '25:00' }))).toMatch(/defaultTime/);
    expect(fails(() => writeIcs(plan, { baseUrl: 'ftp://x.test' }))).toMatch(/baseUrl/);
    expect(fails(() => writeIcs(plan, { baseUrl: 'https://x.test/a;b' }))).toMatch(/baseUrl/);
    expect(fails(() => writeIcs(plan, { generatedAt: 'yesterday' }))).toMatch(/generatedAt/);
    expect(fails(() => writeIcs(plan, { revisions: 'db' }))).toMatch(/revisions/);
    expect(fails(() => writeIcs(plan, { includeRest: 'no' }))).toMatch(/includeRest/);
  });

  it('rejects an undated plan and a bad date, naming the session', () => {
    const undated = { ...plan, sessions: plan.sessions.map(({ date: _d, ...w }): Workout => w) };
    expect(fails(() => writeIcs(undated))).toMatch(/w1-mon-0 has no date/);
    const bad = mapSession(plan, 'w1-tue-0', (w) => ({ ...w, date: '2026-02-30' }));
    expect(fails(() => writeIcs(bad))).toMatch(/w1-tue-0 has an invalid date "2026-02-30"/);
  });

  it('rejects an unknown time zone', () => {
    expect(fails(() => writeIcs({ ...plan, athlete: { ...plan.athlete, timezone: 'Mars/Olympus' } }))).toMatch(/Mars\/Olympus/);
  });

  it('rejects a revision store answer it cannot write', () => {
    expect(fails(() => writeIcs(plan, { revisions: () => ({ sequence: -1, modified: '2026-03-01T00:00:00Z' }) }))).toMatch(/revision store/);
    expect(fails(() => writeIcs(plan, { revisions: () => ({ sequence: 1, modified: 'soon' }) }))).toMatch(/revision store/);
  });

  it('writes an empty plan as a valid calendar with no events', () => {
    const empty = parseFeed(writeIcs({ ...plan, sessions: [] }));
    expect(empty.events).toHaveLength(0);
    expect(empty.calendar.getFirstPropertyValue('x-wr-timezone')).toBe('America/Chicago');
  });
});

describe('ics writer registration', () => {
  it('registers "ics" and writes one file named for plan and athlete', () => {
    const writer = getWriter('ics')!;
    expect(writer.extension).toBe('ics');
    expect(writer.mediaType).toMatch(/^text\/calendar/);
    const files = writer.writePlan(plan, { baseUrl: 'https://runcast.test' });
    expect(files).toHaveLength(1);
    expect(files[0]!.path).toBe('mile-8-week-jordan-miles.ics');
    expect(files[0]!.data).toBe(writeIcs(plan, { baseUrl: 'https://runcast.test' }));
  });

  it('keeps file names ASCII and non-empty', () => {
    expect(icsFileName({ ...plan, name: 'Été à Genève 🏃', athlete: { ...plan.athlete, name: 'Zoë' } })).toBe('ete-a-geneve-zoe.ics');
    expect(icsFileName({ ...plan, name: '🏃', athlete: { ...plan.athlete, name: '…' } })).toBe('plan.ics');
  });
});
