/**
 * The plan library through the API, as a coach uses it: one plan, three
 * athletes (one placed by race date), one edit that follows everywhere.
 * Feeds are read with ical.js, a real calendar parser.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
const NOW = new Date('2026-03-04T12:00:00Z'); // a Wednesday

beforeAll(async () => {
  svc = await startTestService({ now: () => NOW });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const HALF = `name: Half block
race: HM
weeks:
  - mon: 30 min easy
    wed: 6 x 800m @ 10K w/ 90 sec jog
    sat: 60 min easy
  - tue: 4 x 5 min @ HM w/ 2 min jog
    thu: 40 min easy
    sat: Half marathon race
`;

interface Event {
  uid: string;
  date: string;
  summary: string;
  sequence: number;
}

async function feedOf(links: { feed: string }): Promise<Event[]> {
  const res = await svc.get(pathOf(links.feed));
  expect(res.status).toBe(200);
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  return cal.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    date: (e.getFirstPropertyValue('dtstart') as unknown as ICAL.Time).toString().slice(0, 10),
    summary: String(e.getFirstPropertyValue('summary')),
    sequence: Number(e.getFirstPropertyValue('sequence') ?? 0),
  }));
}

async function json<T = Record<string, any>>(res: Response, status: number): Promise<T> {
  const body = await res.text();
  expect(res.status, body).toBe(status);
  return JSON.parse(body) as T;
}

describe('the plan library', () => {
  let planId: string;
  const athletes: { id: string; links: { feed: string } }[] = [];

  it('stores a plan once, named from its document, with its weeks and race', async () => {
    const plan = await json(await svc.api('/api/plans', { method: 'POST', json: { text: HALF } }), 201);
    expect(plan).toMatchObject({ name: 'Half block', version: 1, weeks: 2, race: 'HM', athletes: [], warnings: [] });
    planId = plan.id;
    const list = await json<{ plans: unknown[] }>(await svc.api('/api/plans'), 200);
    expect(list.plans).toContainEqual({ id: planId, name: 'Half block', version: 1, updatedAt: NOW.toISOString(), athletes: 0 });
  });

  it('copies a shipped template into the library, and takes a spreadsheet that declares its race', async () => {
    const fromTemplate = await json(await svc.api('/api/plans', { method: 'POST', json: { template: 'mile-8-week', name: 'Our mile block' } }), 201);
    expect(fromTemplate).toMatchObject({ name: 'Our mile block', weeks: 8 });
    expect(fromTemplate.text).toContain('6-10 x 400m');
    const sheet = '# name: Ten mile block\n# race: 10 miles\nMon,Wed,Sat\n30 min easy,5 miles pace,60 min easy\n';
    const stored = await json(await svc.api('/api/plans', { method: 'POST', json: { text: sheet } }), 201);
    expect(stored).toMatchObject({ name: 'Ten mile block', weeks: 1, warnings: [] });
    expect(stored.race).toMatch(/16093 m|10 mi/);
    const unknown = await svc.api('/api/plans', { method: 'POST', json: { template: 'nope' } });
    expect((await json<{ error: { code: string } }>(unknown, 422)).error.code).toBe('unknown_template');
    // Without its race line the sheet's "pace" is said to name no race, at its cell.
    const bare = await json(await svc.api('/api/plans', { method: 'POST', json: { text: sheet.replace('# race: 10 miles\n', '') } }), 201);
    expect(bare.warnings).toEqual([expect.objectContaining({ line: 3, message: expect.stringMatching(/names no race/) })]);
    for (const id of [fromTemplate.id, stored.id, bare.id]) expect((await svc.api(`/api/plans/${id}`, { method: 'DELETE' })).status).toBe(204);
  });

  it('refuses a sheet whose race line names no race, at that line', async () => {
    const res = await svc.api('/api/plans', { method: 'POST', json: { text: '# race: soon\nMon,Wed,Sat\n30 min easy,40 min easy,60 min easy\n' } });
    const body = await json<{ error: { details: { diagnostics: { line: number; message: string }[] } } }>(res, 422);
    expect(body.error.details.diagnostics[0]).toMatchObject({ line: 1, message: expect.stringMatching(/race/) });
  });

  it('refuses a plan with errors, positioned, and stores nothing', async () => {
    const res = await svc.api('/api/plans', { method: 'POST', json: { text: 'name: Broken\nweeks:\n  - mun: 30 min\n' } });
    const body = await json<{ error: { code: string; details: { diagnostics: { line: number }[] } } }>(res, 422);
    expect(body.error.code).toBe('invalid_plan');
    expect(body.error.details.diagnostics[0]!.line).toBe(3);
  });

  it('gives three athletes the plan: two by start date, one by a race on a Sunday', async () => {
    for (const [name, where] of [
      ['Ann', { start: '2026-03-09' }],
      ['Bo', { start: '2026-03-16' }],
      ['Cy', { race: '2026-03-29' }],
    ] as const) {
      const body = await json(
        await svc.api('/api/athletes', { method: 'POST', json: { profile: { ...REFERENCE_PROFILE, name }, plan: { library: planId }, ...where } }),
        201,
      );
      expect(body.plan).toEqual({ library: planId, name: 'Half block', version: 1 });
      athletes.push(body as (typeof athletes)[number]);
    }
    const cy = athletes[2]!;
    const events = await feedOf(cy.links);
    // The race lands on the race day, a Sunday though the plan races on a Saturday; every session moves with it.
    expect(events.at(-1)).toMatchObject({ date: '2026-03-29' });
    expect(events.at(-1)!.summary).toMatch(/half marathon/i);
    expect(events[0]!.date).toBe('2026-03-17');
    const plan = await json(await svc.api(`/api/plans/${planId}`), 200);
    expect(plan.athletes).toEqual(athletes.map((a) => a.id));
  });

  it('starts part-way when the race is closer than the plan is long, and says so', async () => {
    const body = await json(
      await svc.api('/api/athletes', { method: 'POST', json: { profile: { ...REFERENCE_PROFILE, name: 'Di' }, plan: { library: planId }, race: '2026-03-14' } }),
      201,
    );
    expect(body).toMatchObject({ start: '2026-03-04', race: '2026-03-14' });
    const events = await feedOf(body.links);
    // Week 1 would have begun on Monday 2 March: its Monday is gone, its Wednesday (today) is the first session.
    expect(events.map((e) => e.date)).toEqual(['2026-03-04', '2026-03-07', '2026-03-10', '2026-03-12', '2026-03-14']);
    await svc.api(`/api/athletes/${body.id}`, { method: 'DELETE' });
  });

  it('a plan whose race sits before a recovery week: the race on the race day, the recovery runs after it', async () => {
    const text = HALF.replace('race: HM', 'race: { distance: HM, day: 2/sat }') + '  - tue: 20 min easy\n    thu: 30 min easy\n';
    const stored = await json(await svc.api('/api/plans', { method: 'POST', json: { text } }), 201);
    expect(stored).toMatchObject({ weeks: 3, race: 'HM', raceDay: { week: 2, day: 'sat' } });
    const body = await json(
      await svc.api('/api/athletes', { method: 'POST', json: { profile: { ...REFERENCE_PROFILE, name: 'Ed' }, plan: { library: stored.id }, race: '2026-03-29' } }),
      201,
    );
    const events = await feedOf(body.links);
    const race = events.find((e) => /half marathon/i.test(e.summary))!;
    expect(race.date).toBe('2026-03-29');
    expect(events.filter((e) => e.date > '2026-03-29').map((e) => e.date)).toEqual(['2026-04-01', '2026-04-03']);
    await svc.api(`/api/athletes/${body.id}`, { method: 'DELETE' });
    await svc.api(`/api/plans/${stored.id}`, { method: 'DELETE' });
  });

  it('one edit follows to every athlete on the plan: same UIDs, SEQUENCE up only where a session changed', async () => {
    const before = await Promise.all(athletes.map((a) => feedOf(a.links)));
    const edited = HALF.replace('6 x 800m @ 10K', '5 x 1000m @ 10K');
    const changed = await json(await svc.api(`/api/plans/${planId}`, { method: 'PATCH', json: { text: edited, version: 1 } }), 200);
    expect(changed).toMatchObject({ version: 2, touched: 3, text: edited });
    for (const [k, a] of athletes.entries()) {
      const after = await feedOf(a.links);
      expect(after.map((e) => e.uid)).toEqual(before[k]!.map((e) => e.uid));
      // Only the session that changed is announced again.
      const bumped = after.filter((e, i) => e.sequence !== before[k]![i]!.sequence);
      expect(bumped).toHaveLength(1);
      expect(bumped[0]!.summary).toMatch(/1000/);
      expect(bumped[0]!.sequence).toBeGreaterThan(before[k]!.find((e) => e.uid === bumped[0]!.uid)!.sequence);
      const athlete = await json(await svc.api(`/api/athletes/${a.id}`), 200);
      expect(athlete.plan).toEqual({ library: planId, name: 'Half block', version: 2 });
    }
  });

  it('an edit on an old version is a 409 and changes nothing', async () => {
    const res = await svc.api(`/api/plans/${planId}`, { method: 'PATCH', json: { text: HALF, version: 1 } });
    expect((await json<{ error: { code: string } }>(res, 409)).error.code).toBe('version_conflict');
    expect((await json(await svc.api(`/api/plans/${planId}`), 200)).version).toBe(2);
  });

  it('refuses an edit a follower could not be given, naming the athlete', async () => {
    const res = await svc.api(`/api/plans/${planId}`, { method: 'PATCH', json: { text: 'name: X\nweeks:\n  - mon: [' } });
    expect(res.status).toBe(422);
    expect((await json(await svc.api(`/api/plans/${planId}`), 200)).version).toBe(2);
  });

  it('keeps a plan athletes follow, and an unknown plan is a clear 422', async () => {
    const res = await svc.api(`/api/plans/${planId}`, { method: 'DELETE' });
    const body = await json<{ error: { code: string; details: { athletes: string[] } } }>(res, 409);
    expect(body.error.code).toBe('plan_in_use');
    expect(body.error.details.athletes).toHaveLength(3);
    const unknown = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: REFERENCE_PROFILE, plan: { library: '00000000-0000-4000-8000-000000000000' } },
    });
    expect((await json<{ error: { code: string } }>(unknown, 422)).error.code).toBe('unknown_plan');
  });
});

describe("one athlete's changes, kept through plan edits", () => {
  let planId: string;
  let athlete: { id: string; links: { feed: string; sessions: string } };

  it('moves, skips, rewrites and adds sessions for one athlete; the feed shows exactly that', async () => {
    planId = (await json(await svc.api('/api/plans', { method: 'POST', json: { text: HALF } }), 201)).id;
    athlete = await json(
      await svc.api('/api/athletes', { method: 'POST', json: { profile: { ...REFERENCE_PROFILE, name: 'Eve' }, plan: { library: planId }, start: '2026-03-09' } }),
      201,
    );
    const before = await feedOf(athlete.links);
    expect(before.map((e) => e.date)).toEqual(['2026-03-09', '2026-03-11', '2026-03-14', '2026-03-17', '2026-03-19', '2026-03-21']);
    const change = (body: unknown) => svc.api(`/api/athletes/${athlete.id}/changes`, { method: 'POST', json: body });
    await json(await change({ kind: 'move', session: 'w1-wed-0', date: '2026-03-12' }), 201);
    await json(await change({ kind: 'skip', session: '2026-03-19' }), 201);
    await json(await change({ kind: 'replace', session: 'w1-mon-0', text: '45 min easy' }), 201);
    await json(await change({ kind: 'add', date: '2026-03-15', text: '8 x 100m strides' }), 201);
    const after = await feedOf(athlete.links);
    expect(after.map((e) => e.date)).toEqual(['2026-03-09', '2026-03-12', '2026-03-14', '2026-03-15', '2026-03-17', '2026-03-21']);
    const moved = after.find((e) => e.date === '2026-03-12')!;
    // The moved session is the same event, announced again.
    const was = before.find((e) => e.date === '2026-03-11')!;
    expect(moved.uid).toBe(was.uid);
    expect(moved.sequence).toBeGreaterThan(was.sequence);
    expect(after.find((e) => e.date === '2026-03-09')!.summary).toMatch(/45/);
    expect(after.find((e) => e.date === '2026-03-15')!.summary).toMatch(/strides/i);
    // The moved session's watch file is served on its new day.
    const fit = await svc.get(pathOf(athlete.links.sessions.replace('{session}', '2026-03-12').replace('{ext}', 'fit')));
    expect(fit.status).toBe(200);
  });

  it('the changes survive an edit of the plan, and the athlete page marks them', async () => {
    await json(await svc.api(`/api/plans/${planId}`, { method: 'PATCH', json: { text: HALF.replace('60 min easy', '70 min easy') } }), 200);
    const after = await feedOf(athlete.links);
    expect(after.map((e) => e.date)).toEqual(['2026-03-09', '2026-03-12', '2026-03-14', '2026-03-15', '2026-03-17', '2026-03-21']);
    expect(after.find((e) => e.date === '2026-03-14')!.summary).toMatch(/1 h 10 min/);
    const page = await (await svc.get(new URL(athlete.links.feed).pathname.replace('calendar.ics', ''))).text();
    expect(page).toContain('moved by your coach');
    expect(page).toContain('added by your coach');
    expect(page).toContain('changed by your coach');
    expect(page).toContain('skipped by your coach');
  });

  it('refuses a change that names no session of the plan, or a day outside it, and forgets one deleted', async () => {
    const change = (body: unknown) => svc.api(`/api/athletes/${athlete.id}/changes`, { method: 'POST', json: body });
    expect((await json<{ error: { code: string } }>(await change({ kind: 'skip', session: 'w9-mon-0' }), 422)).error.code).toBe('unknown_session');
    expect((await json<{ error: { code: string } }>(await change({ kind: 'add', date: '2027-01-01', text: '30 min easy' }), 422)).error.code).toBe('date_outside_plan');
    const { changes } = await json<{ changes: { id: string; kind: string }[] }>(await svc.api(`/api/athletes/${athlete.id}/changes`), 200);
    expect(changes.map((c) => c.kind)).toEqual(['move', 'skip', 'replace', 'add']);
    const skip = changes.find((c) => c.kind === 'skip')!;
    expect((await svc.api(`/api/athletes/${athlete.id}/changes/${skip.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await feedOf(athlete.links)).map((e) => e.date)).toContain('2026-03-19');
  });
});

describe('a new plan from a date keeps what came before it', () => {
  it('the calendar keeps the first plan up to the day the second begins, and the page shows both', async () => {
    const first = await json(
      await svc.api('/api/athletes', { method: 'POST', json: { profile: { ...REFERENCE_PROFILE, name: 'Flo' }, plan: { yaml: HALF }, start: '2026-02-23' } }),
      201,
    );
    const before = await feedOf(first.links);
    expect(before.map((e) => e.date)).toEqual(['2026-02-23', '2026-02-25', '2026-02-28', '2026-03-03', '2026-03-05', '2026-03-07']);
    const next = `name: Next block
weeks:
  - mon: 20 min easy
    fri: 8 x 200m @ Mile w/ 200m jog
`;
    const changed = await json(await svc.api(`/api/athletes/${first.id}`, { method: 'PATCH', json: { plan: { yaml: next }, from: '2026-03-02' } }), 200);
    expect(changed).toMatchObject({ start: '2026-03-02' });
    const after = await feedOf(first.links);
    // The first plan's days before 2 March are kept as they were (same content), the second plan runs from then on.
    expect(after.map((e) => e.date)).toEqual(['2026-02-23', '2026-02-25', '2026-02-28', '2026-03-02', '2026-03-06']);
    expect(after.slice(0, 3).map((e) => e.summary)).toEqual(before.slice(0, 3).map((e) => e.summary));
    expect(new Set(after.map((e) => e.uid)).size).toBe(after.length);
    const page = await (await svc.get(new URL(first.links.feed).pathname.replace('calendar.ics', ''))).text();
    expect(page).toContain('2026-02-25');
    expect(page).toContain('2026-03-06');
    // A later change without "from" replaces the current plan; what came before the first change stays.
    await json(await svc.api(`/api/athletes/${first.id}`, { method: 'PATCH', json: { plan: { yaml: next }, start: '2026-03-09' } }), 200);
    expect((await feedOf(first.links)).map((e) => e.date)).toEqual(['2026-02-23', '2026-02-25', '2026-02-28', '2026-03-09', '2026-03-13']);
  });
});
