/**
 * The ICS writer over real compiler output: a plan document compiled for the
 * reference athlete (6:00 mile, goal 5:45, miles, America/Chicago).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import type { Node, PaceTarget } from '../../src/ir/workout.js';
import { formatPaceBandBoth } from '../../src/units/format.js';
import { writeIcs, eventUid } from '../../src/writers/ics.js';
import { parseFeed } from '../../fixtures/ics/read-feed.js';

const athleteText = readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8');

const planText = `
name: Two-week sharpener
description: Mile work, with a double on Saturday.
weeks:
  - mon: Rest
    tue: 15 min WU, 6-10 x 400m @ HM-10K w/ 400m jog recovery, 10 min CD
    wed: 30 min easy or OFF
    thu: { text: "8 x 200m @ mile w/ 200m jog", notes: "Stay tall; quick arms." }
    fri: Strength
    sat: ["30 min run or 45 - 60 min cross-train", "6 x 20s strides"]
    sun: 60 min easy
  - tue: 3 x 1 mile @ 6:30/mi w/ 2 min rest
    thu: 20 min tempo
    sat: 45 min easy
`;

function paceTargets(nodes: readonly Node[]): PaceTarget[] {
  return nodes.flatMap((n) => (n.type === 'repeat' ? paceTargets(n.children) : n.target.kind === 'pace' ? [n.target] : []));
}

const seconds = (clock: string) => clock.split(':').reduce((s, part) => s * 60 + Number(part), 0);

describe('ics over a compiled plan', () => {
  const { athlete } = loadAthlete(athleteText, 'reference.yaml');
  const { plan: loaded, diagnostics } = loadPlan(planText, 'plan.yaml');
  const compiled = compilePlan(loaded!, athlete!, { start: '2026-03-02' });
  const text = writeIcs(compiled, { baseUrl: 'https://runcast.test/a/jordan' });
  const feed = parseFeed(text);

  it('compiles cleanly (guards the test input)', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.sessions.flatMap((s) => s.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.athlete).toEqual({ name: 'Jordan Miles', timezone: 'America/Chicago', units: 'mi' });
  });

  it('writes one event per scheduled session, on its date, titled by the compiler', () => {
    // 7 days in week 1 with a double on Saturday, 3 sessions in week 2.
    expect(compiled.sessions).toHaveLength(11);
    expect(feed.events).toHaveLength(11);
    for (const w of compiled.sessions) {
      const e = feed.byUid.get(eventUid(w, compiled))!;
      expect(e, w.id).toBeDefined();
      expect(e.start.toString(), w.id).toBe(w.date);
      expect(e.summary, w.id).toBe(w.title);
    }
    const dates = compiled.sessions.map((w) => `${w.id} ${w.date}`);
    expect(dates).toContain('w1-mon-0 2026-03-02');
    expect(dates).toContain('w1-sat-1 2026-03-07');
    expect(dates).toContain('w2-sat-0 2026-03-14');
  });

  it('shows every pace target in both units, as format.ts words it', () => {
    let checked = 0;
    for (const w of compiled.sessions) {
      const d = feed.byUid.get(eventUid(w, compiled))!.description;
      expect(d, w.id).toContain(`Coach wrote: ${w.source}`);
      for (const t of paceTargets(w.steps)) {
        expect(d, w.id).toContain(formatPaceBandBoth(t.low, t.high, 'mi'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('puts the mile reps inside a band around the athlete’s 5:45 goal mile', () => {
    const thu = compiled.sessions.find((w) => w.id === 'w1-thu-0')!;
    const d = feed.byUid.get(eventUid(thu, compiled))!.description;
    const m = /8 × \(200 m @ Mile (\d+:\d{2})–(\d+:\d{2}) \/mi \((\d+:\d{2})–(\d+:\d{2}) \/km\), 200 m jog\)/.exec(d);
    expect(m, d).not.toBeNull();
    const [slowMi, fastMi, slowKm, fastKm] = m!.slice(1).map(seconds) as [number, number, number, number];
    expect(slowMi).toBeGreaterThanOrEqual(345);
    expect(fastMi).toBeLessThanOrEqual(345);
    // The km pace is the mile pace over 1.609344, to the rounding of whole seconds.
    expect(Math.abs(slowKm - slowMi / 1.609344)).toBeLessThanOrEqual(1);
    expect(Math.abs(fastKm - fastMi / 1.609344)).toBeLessThanOrEqual(1);
    expect(d).toContain("Coach's notes: Stay tall; quick arms.");
  });

  it('marks the "or OFF" session free and links a double day by session id', () => {
    const wed = compiled.sessions.find((w) => w.id === 'w1-wed-0')!;
    expect(wed.optional).toBe(true);
    expect(feed.byUid.get(eventUid(wed, compiled))!.transp).toBe('TRANSPARENT');
    const strides = compiled.sessions.find((w) => w.id === 'w1-sat-1')!;
    expect(feed.byUid.get(eventUid(strides, compiled))!.url).toBe('https://runcast.test/a/jordan/sessions/w1-sat-1.fit');
    const tue = compiled.sessions.find((w) => w.id === 'w1-tue-0')!;
    expect(feed.byUid.get(eventUid(tue, compiled))!.url).toBe('https://runcast.test/a/jordan/sessions/2026-03-03.fit');
  });

  it('lists the cross-training alternative of an "or" session', () => {
    const sat = compiled.sessions.find((w) => w.id === 'w1-sat-0')!;
    expect(sat.alternatives.length).toBeGreaterThan(0);
    const d = feed.byUid.get(eventUid(sat, compiled))!.description;
    for (const alt of sat.alternatives) expect(d).toContain(`Or instead: ${alt.title}`);
    // A one-step alternative whose step reads like its title is not written twice.
    expect(d).toContain('Or instead: 45 min cross-train\nEstimated: 45 min');
  });

  it('says the recovery after the last rep is not run', () => {
    const tue = compiled.sessions.find((w) => w.id === 'w1-tue-0')!;
    const d = feed.byUid.get(eventUid(tue, compiled))!.description;
    expect(d).toMatch(/6 × \(400 m @ HM–10K \d+:\d{2}–\d+:\d{2} \/mi \(\d+:\d{2}–\d+:\d{2} \/km\), 400 m jog\) — no recovery after the last/);
  });
});

const WEEKDAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A template compiled for the reference athlete from Monday 2026-03-02, written and read back. */
function templateFeed(file: string) {
  const templateText = readFileSync(new URL(`../../templates/${file}`, import.meta.url), 'utf8');
  const { athlete } = loadAthlete(athleteText, 'reference.yaml');
  const { plan: loaded } = loadPlan(templateText, file);
  const compiled = compilePlan(loaded!, athlete!, { start: '2026-03-02' });
  const feed = parseFeed(writeIcs(compiled));
  const eventOf = (id: string) => feed.byUid.get(eventUid(compiled.sessions.find((w) => w.id === id)!, compiled))!;
  return { compiled, feed, eventOf };
}

/** What holds for every template: one event per session, on its day, with the athlete's paces. */
function commonChecks(file: string, weeks: number) {
  const { compiled, feed } = templateFeed(file);

  it('writes one event per scheduled session: every day of every week', () => {
    expect(compiled.sessions).toHaveLength(weeks * 7);
    expect(feed.events).toHaveLength(weeks * 7);
  });

  it('puts each session on its date, counted from the start by week and weekday', () => {
    for (const w of compiled.sessions) {
      const [, week, day] = /^w(\d+)-(\w+)-\d+$/.exec(w.id)!;
      const expected = new Date(Date.UTC(2026, 2, 2 + (Number(week) - 1) * 7 + WEEKDAY.indexOf(day!)));
      const e = feed.byUid.get(eventUid(w, compiled))!;
      expect(e.start.isDate, w.id).toBe(true);
      expect(e.start.toString(), w.id).toBe(expected.toISOString().slice(0, 10));
      expect(e.summary, w.id).toBe(w.title);
    }
  });

  it('shows the athlete’s paces for every pace target, mile pace around the 5:45 goal', () => {
    let mileBands = 0;
    for (const w of compiled.sessions) {
      const d = feed.byUid.get(eventUid(w, compiled))!.description;
      expect(d, w.id).toContain(`Coach wrote: ${w.source.trim()}`);
      for (const t of paceTargets(w.steps)) {
        expect(d, w.id).toContain(formatPaceBandBoth(t.low, t.high, 'mi'));
        if (t.name === 'Mile') {
          // low is the slower speed: its pace is the larger number of seconds.
          expect(1609.344 / t.low, w.id).toBeGreaterThanOrEqual(345);
          expect(1609.344 / t.high, w.id).toBeLessThanOrEqual(345);
          mileBands++;
        }
      }
    }
    expect(mileBands).toBeGreaterThan(0);
  });
}

describe('ics over templates/mile-8-week.yaml for the reference athlete', () => {
  commonChecks('mile-8-week.yaml', 8);
  const { compiled, eventOf } = templateFeed('mile-8-week.yaml');

  it('has the mile race on the last Saturday and mile reps in words', () => {
    expect(eventOf('w8-sat-0').start.toString()).toBe('2026-04-25');
    expect(eventOf('w3-sat-0').description).toMatch(/500 m @ Mile \d:\d{2}–\d:\d{2} \/mi \(\d:\d{2}–\d:\d{2} \/km\)/);
  });

  it('marks the "or OFF" Tuesdays free and keeps strength days busy', () => {
    for (let week = 1; week <= 8; week++) {
      expect(eventOf(`w${week}-tue-0`).transp).toBe('TRANSPARENT');
      expect(eventOf(`w${week}-mon-0`).transp).toBe('OPAQUE');
    }
  });

  it('leaves the 16 strength days out with includeNonRunning: false', () => {
    const strength = compiled.sessions.filter((w) => w.sport === 'strength');
    expect(strength.map((w) => w.slot?.day).every((d) => d === 'mon' || d === 'thu')).toBe(true);
    expect(strength).toHaveLength(16);
    expect(parseFeed(writeIcs(compiled, { includeNonRunning: false })).events).toHaveLength(40);
  });
});

describe('ics over templates/mile-workouts.yaml for the reference athlete', () => {
  commonChecks('mile-workouts.yaml', 5);
  const { compiled, eventOf } = templateFeed('mile-workouts.yaml');

  it('keeps the Monday rest days free, and leaves them out with includeRest: false', () => {
    for (let week = 1; week <= 5; week++) {
      expect(eventOf(`w${week}-mon-0`).transp).toBe('TRANSPARENT');
      expect(eventOf(`w${week}-mon-0`).summary).toBe('Rest');
    }
    expect(parseFeed(writeIcs(compiled, { includeRest: false })).events).toHaveLength(30);
  });

  it('writes the coach’s notes and the named workouts', () => {
    expect(eventOf('w1-thu-0').description).toContain("Coach's notes: For milers whose best mile is 8:00 or faster");
    expect(eventOf('w3-tue-0').summary).toBe('Ascending ladder');
    expect(eventOf('w4-thu-0').summary).toBe('Pyramid');
  });
});

describe('distances in the event descriptions', () => {
  const { athlete } = loadAthlete(athleteText, 'reference.yaml');
  const written = ['3 mi easy', '6.25 miles', '10 mi easy', '5 km easy', '1 mile easy'];
  const planDoc = `name: Distances\nweeks:\n  - { ${written.map((t, i) => `${['mon', 'tue', 'wed', 'thu', 'fri'][i]}: "${t}"`).join(', ')} }\n`;
  const compiled = compilePlan(loadPlan(planDoc, 'plan.yaml').plan!, athlete!, { start: '2026-03-02' });
  const estimates = parseFeed(writeIcs(compiled)).events.map((e) => /Estimated: [^\n]*/.exec(e.description)?.[0]);

  it('show a written distance as written, not rounded to 100 m and then to hundredths of a mile ("3 mi" read "2.98 mi")', () => {
    // The order of the days, as ical.js reads them back.
    expect(estimates).toEqual([
      expect.stringMatching(/ · 3 mi \(4\.8 km\)$/),
      expect.stringMatching(/ · 6\.25 mi \(10\.1 km\)$/),
      expect.stringMatching(/ · 10 mi \(16\.1 km\)$/),
      expect.stringMatching(/ · 3\.1 mi \(5 km\)$/),
      expect.stringMatching(/ · 1 mi \(1600 m\)$/),
    ]);
  });
});
