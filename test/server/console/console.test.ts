/**
 * The console's pages against the real service on 127.0.0.1 (SQLite, the compile thread, the athletes'
 * links), forms posted as a browser posts them: a plan pasted and mended, saved as a new version after a
 * dry run, given to athletes by race date, a session moved and skipped; and what the athlete's calendar feed
 * and FIT files then hold. The coach and CSRF token come from test/helpers/console-coach.ts.
 */
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole, TEST_CSRF, type ConsoleUnderTest } from '../../helpers/console-coach.js';
import { sdkDecode } from '../../helpers/fit-decode.js';
import { SecretBox } from '../../../src/sync/intervals/secret.js';
import { pathOf, removeDir, startTestService, type TestService } from '../support/service.js';

// Thursday 1 January 2026.
const NOW = new Date('2026-01-01T12:00:00Z');

/** A two-week grid as a spreadsheet pastes it (tabs), its header misspelt and one cell runcast cannot read. */
const BAD_HEADER = 'Week\tMon\tTue\tWed\tThu\tFri\tSat\tSnu\n1\t30 min easy\t\t6 x 400m @ 5K w/ 400m jog\t\t45 min\t\tRest\n';
const GRID = [
  'Week\tMon\tTue\tWed\tThu\tFri\tSat\tSun',
  '1\t30 min easy\t\t6 x 400m @ 5K w/ 400m jog\t\t45 min\t\tRest',
  '2\t30 min easy\t4 x 5 min @ Mile w/ 2 min jog\t\tflibber jabber wocky\t\t\t50 min',
  '',
].join('\n');
const MENDED = GRID.replace('flibber jabber wocky', '40 min');

let svc: TestService;
let c: ConsoleUnderTest;

beforeAll(async () => {
  svc = await startTestService({ now: () => NOW, config: { secretBox: new SecretBox(randomBytes(32)) } });
  c = await startConsole(svc);
}, 120_000);

afterAll(async () => {
  await c?.close();
  if (svc) {
    await svc.stop();
    removeDir(svc.dir);
  }
});

const text = async (res: Response) => res.text();
const idFrom = (location: string | null) => /\/console\/(?:plans|athletes)\/([0-9a-f-]{36})/.exec(location ?? '')![1]!;
/** The value of a read-only link field on the athlete's console page. */
const linkValue = (html: string, key: string) => new RegExp(`id="link-${key}"[^>]*value="([^"]+)"`).exec(html)?.[1];
const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/&quot;/g, '"');

async function addPlan(body: string, name = 'Two weeks'): Promise<string> {
  const res = await c.post('/console/plans', { name, text: body });
  expect(res.status).toBe(303);
  return idFrom(res.headers.get('location'));
}

async function addAthlete(fields: Record<string, string>): Promise<{ id: string; html: string }> {
  const res = await c.post('/console/athletes', { raceDistance: '5K', raceTime: '20:00', units: 'km', timezone: 'Europe/Paris', placeBy: 'start', ...fields });
  expect(res.status, (await text(res)).match(/console-problem[\s\S]{0,500}/)?.[0]).toBe(303);
  const id = idFrom(res.headers.get('location'));
  expect(res.headers.get('location')).toBe(`/console/athletes/${id}?done=created`);
  return { id, html: await text(await c.page(res.headers.get('location')!)) };
}

async function feedEvents(feedLink: string) {
  const res = await svc.get(pathOf(decode(feedLink)));
  expect(res.status).toBe(200);
  return new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    date: String(e.getFirstPropertyValue('dtstart')).slice(0, 10),
    summary: String(e.getFirstPropertyValue('summary')),
  }));
}

describe('plans', () => {
  it('a pasted grid with a misspelt weekday is refused on the form, the spot marked, the text kept', async () => {
    const res = await c.post('/console/plans', { name: 'Typo', text: BAD_HEADER });
    expect(res.status).toBe(422);
    const html = await text(res);
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/Line 1, column 30: &#39;Snu&#39; is not a weekday/);
    expect(html).toContain('Hint: did you mean &#39;sun&#39;?');
    expect(html).toContain('<mark>S</mark>nu');
    expect(html).toContain('data-select="29:1"');
    // The coach's text stays in the editor to be mended.
    expect(html).toContain('1\t30 min easy');
    expect((await svc.ctx.store.plans.list()).map((p) => p.name)).not.toContain('Typo');
  });

  it('a plan with a cell runcast cannot read is saved with the cell marked kept as written, in the notes and at a glance', async () => {
    const id = await addPlan(GRID, 'Kept cell');
    const page = await text(await c.page(`/console/plans/${id}?saved=new`));
    expect(page).toContain('Plan saved in the library.');
    expect(page).toMatch(/Week 2, thu: “flibber jabber wocky” is kept as written \(line 3, column \d+:/);
    const library = await text(await c.page('/console/plans'));
    const section = library.slice(library.indexOf(`data-plan="${id}"`));
    expect(section).toMatch(/<span class="glance-session sport-\w+ kept"[^>]*>flibber jabber wocky<span class="vh"> \(kept as written\)/);
    // Each week a row, each day a cell: week 1's Wednesday holds the intervals.
    const rows = section.slice(0, section.indexOf('</table>')).split('<tr>').slice(2);
    expect(rows).toHaveLength(2);
    const cells = rows[0]!.split('<td>').slice(1);
    expect(cells).toHaveLength(7);
    expect(cells[2]).toContain('title="15 min WU, 6 × 400 m @ 5K w/ 400 m jog, 10 min CD">6×400m @ 5K</span>');
  });

  it('a change shows whom it touches before it is saved, and the count after; the followers follow', async () => {
    const plan = await addPlan(GRID, 'Shared');
    const a = await addAthlete({ name: 'Ada Follower', plan });
    const b = await addAthlete({ name: 'Bo Follower', plan });
    const before = (await svc.ctx.store.getAthlete(a.id))!.version;

    const check = await c.post(`/console/plans/${plan}`, { name: 'Shared', text: MENDED, version: '1', intent: 'check' });
    const checked = await text(check);
    expect(check.status).toBe(200);
    expect(checked).toContain('Checked, not saved: saving touches 2 athletes: Ada Follower, Bo Follower; the plan compiles for each.');
    expect((await svc.ctx.store.plans.get(plan))!.version).toBe(1);

    const save = await c.post(`/console/plans/${plan}`, { name: 'Shared', text: MENDED, version: '1', intent: 'save' });
    expect(save.status).toBe(303);
    expect(save.headers.get('location')).toBe(`/console/plans/${plan}?touched=2`);
    const saved = await text(await c.page(save.headers.get('location')!));
    expect(saved).toContain('Saved as a new version: it touched 2 athletes');
    const stored = (await svc.ctx.store.plans.get(plan))!;
    expect([stored.version, stored.text]).toEqual([2, MENDED]);
    expect((await svc.ctx.store.getAthlete(a.id))!.version).toBe(before + 1);
    expect((await feedEvents(linkValue(b.html, 'feed')!)).some((e) => e.summary.includes('flibber'))).toBe(false);
  });

  it('a save based on an older version is refused with the version it is at, nothing written', async () => {
    const plan = await addPlan(GRID, 'Raced');
    await c.post(`/console/plans/${plan}`, { name: 'Raced', text: MENDED, version: '1', intent: 'save' });
    const stale = await c.post(`/console/plans/${plan}`, { name: 'Raced', text: GRID, version: '1', intent: 'save' });
    expect(stale.status).toBe(409);
    expect(await text(stale)).toContain('The plan was changed meanwhile; it is now at version 2.');
    expect((await svc.ctx.store.plans.get(plan))!.text).toBe(MENDED);
  });
});

describe('athletes', () => {
  it('a plan given from its page to the athletes ticked, by race date; one it cannot be given to is named with the reason', async () => {
    const first = await addPlan(MENDED, 'First');
    const second = await addPlan(MENDED, 'Second');
    const a = await addAthlete({ name: 'Kai Moves', plan: first });
    const b = await addAthlete({ name: 'Lu Moves', plan: first });
    const res = await c.post(`/console/plans/${second}/assign`, { athletes: [a.id, b.id, '00000000-0000-4000-8000-000000000000'], placeBy: 'race', race: '2026-02-08' });
    expect(res.status).toBe(422);
    const html = await text(res);
    expect(html).toContain('<li class="ok">Kai Moves: now on this plan</li>');
    expect(html).toContain('<li class="ok">Lu Moves: now on this plan</li>');
    expect(html).toContain('<li class="bad">00000000-0000-4000-8000-000000000000: no such athlete</li>');
    for (const id of [a.id, b.id]) {
      const record = (await svc.ctx.store.getAthlete(id))!;
      expect(['library' in record.plan && record.plan.library, record.race]).toEqual([second, '2026-02-08']);
    }
    const none = await c.post(`/console/plans/${second}/assign`, { placeBy: 'start' });
    expect(none.status).toBe(400);
    expect(await text(none)).toContain('id="err-athletes">tick at least one athlete');
  });

  it('the add form refuses what is missing or wrong field by field, keeping what was typed', async () => {
    const plan = await addPlan(MENDED, 'For the form');
    const missing = await c.post('/console/athletes', { name: 'Cy', raceDistance: '5K', raceTime: '', units: 'km', timezone: 'Europe/Paris', plan, placeBy: 'race', race: '' });
    expect(missing.status).toBe(400);
    const html = await text(missing);
    expect(html).toMatch(/id="a-race-time"[^>]*aria-invalid="true" aria-describedby="err-raceTime"/);
    expect(html).toContain('id="err-race">give the race date');
    expect(html).toMatch(/id="a-name"[^>]*value="Cy"/);

    const zone = await c.post('/console/athletes', { name: 'Cy', raceDistance: '5K', raceTime: '20:00', units: 'km', timezone: 'Mars/Olympus', plan, placeBy: 'start' });
    expect(zone.status).toBe(422);
    expect(await text(zone)).toMatch(/id="err-timezone">not an IANA time zone/);

    const garbage = await c.post('/console/athletes', { name: 'Cy', raceDistance: 'marathonish', raceTime: '20:00', units: 'furlongs', timezone: 'UTC', plan: 'nope', placeBy: 'sideways' });
    expect(garbage.status).toBe(400);
    expect(await svc.ctx.store.countAthletes()).toBe((await svc.ctx.store.listAthletes({ limit: 1000 })).athletes.length);
  });

  it("heart-rate data typed on the add form is the athlete's profile; values the profile refuses are marked on their field", async () => {
    const plan = await addPlan(MENDED, 'With heart rate');
    const { id } = await addAthlete({ name: 'Hal Pulse', plan, hrMax: '191', hrThreshold: ' 172 ' });
    expect((await svc.ctx.store.getAthlete(id))!.profile.heartRate).toEqual({ max: 191, threshold: 172 });
    const onlyMax = await addAthlete({ name: 'Max Only', plan, hrMax: '188', hrThreshold: '' });
    expect((await svc.ctx.store.getAthlete(onlyMax.id))!.profile.heartRate).toEqual({ max: 188 });

    const count = await svc.ctx.store.countAthletes();
    // The form's own check answers 400; the profile's schema, as the API's, 422.
    const refused = async (hr: Record<string, string>, field: string, message: string, status = 422) => {
      const res = await c.post('/console/athletes', { name: 'Hr Wrong', raceDistance: '5K', raceTime: '20:00', units: 'km', timezone: 'UTC', plan, placeBy: 'start', ...hr });
      const html = await text(res);
      expect(res.status, html.match(/console-problem[\s\S]{0,500}/)?.[0]).toBe(status);
      const input = field === 'hrMax' ? 'a-hr-max' : 'a-hr-threshold';
      expect(html).toMatch(new RegExp(`id="${input}"[^>]*aria-invalid="true" aria-describedby="err-${field}"`));
      expect(html).toContain(`id="err-${field}">${message}`);
      expect(html).toMatch(new RegExp(`id="a-hr-max"[^>]*value="${hr.hrMax ?? ''}"`));
    };
    await refused({ hrMax: '180', hrThreshold: '185' }, 'hrThreshold', 'the threshold heart rate is below the maximum');
    await refused({ hrMax: '300' }, 'hrMax', 'a maximum heart rate of at most 240 bpm');
    await refused({ hrMax: '185.5' }, 'hrMax', 'a heart rate in whole beats per minute');
    await refused({ hrMax: 'fast' }, 'hrMax', 'give beats per minute as a number, such as 185', 400);
    await refused({ hrThreshold: '50' }, 'hrThreshold', 'a threshold heart rate of at least 80 bpm');
    expect(await svc.ctx.store.countAthletes()).toBe(count);
  });

  it('an athlete added by race date, with its links and QR code, listed with its plan and next session', async () => {
    const plan = await addPlan(MENDED, 'By race');
    const { id, html } = await addAthlete({ name: 'Dee Racer', plan, placeBy: 'race', race: '2026-01-25' });
    const record = (await svc.ctx.store.getAthlete(id))!;
    expect([record.race, record.start, 'library' in record.plan && record.plan.library]).toEqual(['2026-01-25', '2026-01-01', plan]);
    expect(html).toContain('Athlete added. Give them the links below.');
    expect(html).not.toContain('Copy these links now');
    expect(html).toMatch(/<svg role="img" aria-label="QR code of Dee Racer&#39;s calendar subscription link" class="qr"/);
    for (const key of ['page', 'feed', 'webcal', 'schedule', 'bundle']) expect(linkValue(html, key)).toMatch(/\/a\/[\w-]{20,}\//);

    const list = await text(await c.page('/console/athletes'));
    const row = list.slice(list.indexOf(`data-athlete="${id}"`)).split('</tr>')[0]!;
    expect(row).toContain('By race (version 1)');
    // Placed by the race on Sunday 25 January: week 1 begins Monday 12 January.
    expect(row).toContain('2026-01-12: Easy 30 min');
    expect(row).toContain('not linked');
  });

  it("the list says when each athlete's calendar last fetched the feed: never, then how long ago with the exact time", async () => {
    const plan = await addPlan(MENDED, 'Polled');
    const { id, html } = await addAthlete({ name: 'Fay Poller', plan });
    const fetchedCell = async () => {
      const list = await text(await c.page('/console/athletes'));
      expect(list).toContain('<th scope="col">Calendar last fetched</th>');
      return /<td class="fetched">(.*?)<\/td>/.exec(list.slice(list.indexOf(`data-athlete="${id}"`)))![1];
    };
    expect(await fetchedCell()).toBe('never');
    expect((await svc.get(pathOf(decode(linkValue(html, 'feed')!)))).status).toBe(200);
    // The clock stands at NOW: the fetch was just now, written after the answer.
    await expect.poll(fetchedCell).toBe('<time datetime="2026-01-01T12:00:00.000Z" title="2026-01-01 12:00:00 UTC">just now</time>');
    await svc.ctx.store.recordFeedFetch(id, '2026-01-01T09:00:00.000Z');
    expect(await fetchedCell()).toBe('<time datetime="2026-01-01T09:00:00.000Z" title="2026-01-01 09:00:00 UTC">3 h ago</time>');
  });

  it('"send by email" says this runcast sends no mail and leaves the links to copy', async () => {
    const plan = await addPlan(MENDED, 'Mail');
    const { id } = await addAthlete({ name: 'Eve Mail', plan });
    const bad = await c.post(`/console/athletes/${id}/send`, { email: 'not an address' });
    expect(bad.status).toBe(400);
    expect(await text(bad)).toContain('id="err-email"');
    const res = await c.post(`/console/athletes/${id}/send`, { email: 'eve@example.com' });
    expect(res.status).toBe(200);
    const html = await text(res);
    expect(html).toContain('This runcast sends no mail (RUNCAST_SMTP_URL is not set): copy the link and send it yourself.');
    expect(linkValue(html, 'feed')).toMatch(/\/calendar\.ics$/);
  });

  it('new links only after the confirmation; the old calendar link stops working', async () => {
    const plan = await addPlan(MENDED, 'Rotate');
    const { id, html } = await addAthlete({ name: 'Flo Rotate', plan });
    const oldFeed = decode(linkValue(html, 'feed')!);
    const confirm = await text(await c.page(`/console/athletes/${id}/rotate`));
    expect(confirm).toContain('Yes, make new links');
    expect((await svc.get(pathOf(oldFeed))).status).toBe(200);
    const rotated = await c.post(`/console/athletes/${id}/rotate`, {});
    expect(rotated.headers.get('location')).toBe(`/console/athletes/${id}?done=rotated`);
    const page = await text(await c.page(rotated.headers.get('location')!));
    expect(page).toContain('New links made: the old ones no longer work.');
    expect((await svc.get(pathOf(oldFeed))).status).toBe(404);
    expect((await svc.get(pathOf(decode(linkValue(page, 'feed')!)))).status).toBe(200);
  });

  it('without the server key the links are shown once, on the answer that made them, and the page says so later', async () => {
    const keyless = await startTestService({ now: () => NOW });
    const k = await startConsole(keyless);
    try {
      const made = await k.post('/console/plans', { name: 'Keyless', text: MENDED });
      const plan = idFrom(made.headers.get('location'));
      const res = await k.post('/console/athletes', { name: 'Kim Once', raceDistance: '5K', raceTime: '20:00', units: 'km', timezone: 'UTC', plan, placeBy: 'start' });
      expect(res.status).toBe(200);
      const html = await text(res);
      expect(html).toContain('Copy these links now: this server keeps no key to show them again');
      const feed = decode(linkValue(html, 'feed')!);
      expect((await keyless.get(pathOf(feed))).status).toBe(200);
      const id = /action="\/console\/athletes\/([0-9a-f-]{36})\/send"/.exec(html)![1]!;
      const later = await text(await k.page(`/console/athletes/${id}`));
      expect(later).toContain('RUNCAST_SECRET_KEY is not set on this server');
      expect(later).not.toContain(feed);
    } finally {
      await k.close();
      await keyless.stop();
      removeDir(keyless.dir);
    }
  });

  it("another id, a malformed one, or a change that is not there is the console's 404 page, never a failure", async () => {
    for (const path of ['/console/athletes/00000000-0000-4000-8000-000000000000', '/console/athletes/1%27%20or%201=1', '/console/plans/nope', '/console/athletes/00000000-0000-4000-8000-000000000000/calendar']) {
      const res = await c.page(path);
      expect(res.status, path).toBe(404);
      expect(await text(res)).toContain('<h1>Not found</h1>');
    }
  });
});

describe("an athlete's calendar", () => {
  it('a session moved, one skipped and one rewritten by form show on the page, in the feed and in the FIT files', async () => {
    const plan = await addPlan(MENDED, 'Calendar');
    const { id, html } = await addAthlete({ name: 'Gus Moved', plan, start: '2026-01-05' });
    const feed = linkValue(html, 'feed')!;
    const base = pathOf(decode(linkValue(html, 'page')!)).replace(/\/$/, '');

    const move = await c.post(`/console/athletes/${id}/changes`, { kind: 'move', session: 'w1-wed-0', date: '2026-01-09' });
    expect(move.status).toBe(303);
    expect((await c.post(`/console/athletes/${id}/changes`, { kind: 'skip', session: 'w1-fri-0' })).status).toBe(303);
    expect((await c.post(`/console/athletes/${id}/changes`, { kind: 'replace', session: 'w2-mon-0', text: '35 min easy' })).status).toBe(303);

    const page = await text(await c.page(`/console/athletes/${id}/calendar?saved=1`));
    expect(page).toContain("Saved: the athlete's calendar");
    expect(page).toContain('<strong>Calendar (version 1)</strong> · 5–18 Jan 2026.');
    expect(page).toContain('Moved 6×400m @ 5K (w1-wed-0) to 2026-01-09');
    expect(page).toMatch(/<s>[^<]+<\/s> <span class="badge change">skipped by your coach/);
    expect(page).toContain('moved by your coach');
    expect(page).toContain('changed by your coach');
    // Downloads need the athlete's token; the coach's calendar offers none.
    expect(page).not.toContain('/a/-/sessions');

    const events = await feedEvents(feed);
    const byId = (sid: string) => events.find((e) => e.uid.endsWith(`-${sid}@runcast`));
    expect(byId('w1-wed-0')?.date).toBe('2026-01-09');
    expect(byId('w1-fri-0')).toBeUndefined();
    expect(byId('w2-mon-0')?.summary).toMatch(/35 min/);

    const moved = await svc.get(`${base}/sessions/2026-01-09.fit`);
    expect(moved.status).toBe(200);
    const workout = sdkDecode(new Uint8Array(await moved.arrayBuffer())).messages.workoutMesgs![0]!;
    expect(String(workout.wktName)).toMatch(/400/);
    expect((await svc.get(`${base}/sessions/2026-01-07.fit`)).status).toBe(404);
  });

  it('a change taken back puts the session where the plan has it', async () => {
    const plan = await addPlan(MENDED, 'Undo');
    const { id, html } = await addAthlete({ name: 'Hal Undo', plan, start: '2026-01-05' });
    await c.post(`/console/athletes/${id}/changes`, { kind: 'skip', session: 'w1-mon-0' });
    const change = (await svc.ctx.store.getAthlete(id))!.changes![0]!;
    const undo = await c.post(`/console/athletes/${id}/changes/${change.id}/undo`, {});
    expect(undo.status).toBe(303);
    expect((await svc.ctx.store.getAthlete(id))!.changes).toBeUndefined();
    expect((await feedEvents(linkValue(html, 'feed')!)).some((e) => e.uid.endsWith('-w1-mon-0@runcast'))).toBe(true);
    const again = await c.post(`/console/athletes/${id}/changes/${change.id}/undo`, {});
    expect(again.status).toBe(404);
    expect(await text(again)).toContain('There is no such change among yours.');
  });

  it('a day outside the plan, a session that is not there, an empty or overlong rewrite: the reason on the page, nothing stored', async () => {
    const plan = await addPlan(MENDED, 'Refusals');
    const { id } = await addAthlete({ name: 'Ivy Refused', plan, start: '2026-01-05' });
    const cases: [Record<string, string>, number, RegExp][] = [
      [{ kind: 'move', session: 'w1-wed-0', date: '2027-06-01' }, 422, /2027-06-01 is outside the plan \(2026-01-05 to 2026-01-18\)/],
      [{ kind: 'skip', session: 'w9-wed-0' }, 422, /The plan has no session w9-wed-0/],
      [{ kind: 'move', session: 'w1-wed-0', date: 'someday' }, 400, /a date as YYYY-MM-DD/],
      [{ kind: 'explode', session: 'w1-wed-0' }, 400, /choose move, skip or rewrite/],
      [{ kind: 'replace', session: 'w1-wed-0', text: '' }, 400, /text: Too small/],
      [{ kind: 'replace', session: 'w1-wed-0', text: '6 x 400m @ 5K w/ 400m jog'.repeat(60) }, 400, /text: Too big/],
    ];
    for (const [fields, status, message] of cases) {
      const res = await c.post(`/console/athletes/${id}/changes`, fields);
      const html = await text(res);
      expect(res.status, JSON.stringify(fields)).toBe(status);
      expect(html).toMatch(message);
      expect(html).toContain('id="problem" role="alert"');
    }
    expect((await svc.ctx.store.getAthlete(id))!.changes).toBeUndefined();
  });
});

describe('every form', () => {
  it('carries the CSRF token, and no page answers a POST without it', async () => {
    const plan = await addPlan(MENDED, 'Forms');
    const { id } = await addAthlete({ name: 'Jo Forms', plan });
    const pages = ['/console/athletes', '/console/athletes/new', `/console/athletes/${id}`, `/console/athletes/${id}/rotate`, `/console/athletes/${id}/calendar`, '/console/plans', '/console/plans/new', `/console/plans/${plan}`];
    let forms = 0;
    for (const path of pages) {
      const html = await text(await c.page(path));
      for (const form of html.split('<form').slice(1).map((f) => f.slice(0, f.indexOf('</form>')))) {
        if (!/method="post"/.test(form)) continue;
        forms++;
        expect(form, `${path}: ${form.slice(0, 120)}`).toContain(`<input type="hidden" name="_csrf" value="${TEST_CSRF}">`);
      }
    }
    expect(forms).toBeGreaterThan(20);
    const refused = await c.post(`/console/athletes/${id}/rotate`, { _csrf: 'forged' });
    expect(refused.status).toBe(403);
  });
});
