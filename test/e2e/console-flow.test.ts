/**
 * The coach console from first invitation to the athletes' watches, in headless Chromium against one real
 * service (SQLite, 127.0.0.1) whose mail goes to a real SMTP server started here, through real sign-in:
 * the owner invites a coach by email, the mailed link makes the coach; the coach pastes a plan, mends its
 * marked cell, saves it, adds three athletes, gives the plan to one by race date and moves one session;
 * the feeds (ical.js) and FIT files (the Garmin SDK's decoder) show exactly that; a second coach sees none
 * of it; the owner's audit log lists every step. Screenshots at 1280 and 375 px go to
 * test-artifacts/e2e-console-flow/ (and docs/screenshots/console-*.png with RUNCAST_SCREENSHOTS=docs).
 */
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/sync/intervals/secret.js';
import { DESKTOP, launchBrowser, PHONE, type Browser } from '../helpers/chromium.js';
import { FROM_PDF, pasteInto, screenshots } from '../helpers/console-e2e.js';
import { sdkDecode } from '../helpers/fit-decode.js';
import { startSmtp, type TestSmtp } from '../helpers/smtp.js';
import { makeCoach, PASSWORD } from '../server/console/support.js';
import { linkIn } from '../server/support/console.js';
import { pathOf, removeDir, startTestService, type TestService } from '../server/support/service.js';

// Thursday 1 January 2026.
const NOW = new Date('2026-01-01T12:00:00Z');
const OWNER = 'owner@club.example';
const FIRST = 'casey@club.example';
const SECOND = 'sam@club.example';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** Every cell of the plan is a calendar event, rest days too; these are the ones with a workout (a FIT file). */
const SESSIONS = [1, 2].flatMap((w) => DAYS.map((d) => `w${w}-${d}-0`));
const WORKOUTS = new Set(['w1-mon-0', 'w1-wed-0', 'w1-fri-0', 'w2-mon-0', 'w2-tue-0', 'w2-thu-0', 'w2-sun-0']);

/** The three athletes, each added with a start date; Robin is then given the plan by race date, which sets week 1. */
const ATHLETES = [
  { name: 'Robin Runner', start: '2026-01-05', race: '2026-01-25', week1: '2026-01-12' },
  { name: 'Alex Able', start: '2026-01-05', week1: '2026-01-05' },
  { name: 'Kim Keen', start: '2026-01-19', week1: '2026-01-19' },
];

let smtp: TestSmtp;
let svc: TestService;
let browser: Browser;
let setupError: Error | undefined;
let shoot: (page: Page, name: string) => Promise<void>;

beforeAll(async () => {
  try {
    shoot = screenshots('e2e-console-flow');
    smtp = await startSmtp();
    svc = await startTestService({ now: () => NOW, config: { secretBox: new SecretBox(randomBytes(32)), smtpUrl: smtp.url, mailFrom: 'runcast <runcast@club.example>' } });
    await makeCoach(svc.ctx, OWNER, 'owner');
    browser = await launchBrowser();
  } catch (err) {
    setupError = err as Error;
  }
}, 120_000);

beforeEach(() => {
  if (setupError) throw setupError;
});

afterAll(async () => {
  await browser?.close();
  if (svc) {
    await svc.stop();
    removeDir(svc.dir);
  }
  await smtp?.close();
});

/** A page at `path` that must answer 200. */
async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const res = await page.goto(`${svc.url}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

/** Signs out whoever was signed in, then signs in with the sign-in form. */
async function signIn(email: string): Promise<Page> {
  await browser.context.clearCookies();
  const page = await open('/console/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/console/sign-in'), page.getByRole('button', { name: 'Sign in' }).click()]);
  return page;
}

/** The owner invites `email` on the Coaches page; the mailed link, opened signed out, makes the coach. */
async function inviteAndJoin(email: string, name: string): Promise<void> {
  const owner = await signIn(OWNER);
  await owner.goto(`${svc.url}/console/coaches`);
  await owner.locator('#invite-email').fill(email);
  await owner.getByRole('button', { name: 'Invite', exact: true }).click();
  await owner.locator('.console-notice', { hasText: `An invitation sent to ${email}` }).waitFor();
  const mail = await smtp.next();
  expect(mail.to && 'text' in mail.to ? mail.to.text : '').toBe(email);
  const link = linkIn(mail.text!, '/console/invite');
  await owner.close();

  await browser.context.clearCookies();
  const join = await open(pathOf(link));
  expect(await join.locator('h1').textContent()).toBe('Join runcast');
  await join.locator('#name').fill(name);
  await join.locator('#password').fill(PASSWORD);
  await Promise.all([join.waitForURL((u) => !u.pathname.startsWith('/console/invite')), join.getByRole('button', { name: 'Create the account' }).click()]);
  // Signed in: a page behind sign-in answers, naming the coach.
  await join.goto(`${svc.url}/console/plans`);
  expect(new URL(join.url()).pathname).toBe('/console/plans');
  expect(await join.locator('.console-who').textContent()).toBe(email);
  await join.close();
}

const idIn = (url: string) => /\/(?:plans|athletes)\/([0-9a-f-]{36})/.exec(url)![1]!;

/** The day a session of the plan falls on for an athlete whose week 1 starts on Monday `week1`. */
function dayOf(id: string, week1: string): string {
  const [, week, day] = /^w(\d+)-(\w+)-\d+$/.exec(id)!;
  const d = new Date(`${week1}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + (Number(week) - 1) * 7 + DAYS.indexOf(day!));
  return d.toISOString().slice(0, 10);
}

describe('the console from invitation to watch', () => {
  let planId = '';
  const athleteIds: string[] = [];

  it('the owner invites a coach by email; the mailed link makes the coach, signed in', async () => {
    await inviteAndJoin(FIRST, 'Casey Coach');
  }, 60_000);

  it('the coach signs in, pastes a plan, mends its marked cell and saves it', async () => {
    await (await signIn(FIRST)).close();
    const page = await open('/console/plans/new');
    await pasteInto(page.locator('#pg-text'), FROM_PDF);
    const marked = page.locator('#pg-diagnostics li', { hasText: "unknown word 'jgo'" });
    await marked.waitFor();
    expect(await marked.locator('mark').textContent()).toBe('jgo');
    await marked.getByRole('button', { name: 'Select it in the text' }).click();
    await page.keyboard.type('jog');
    await page.locator('#pg-status', { hasText: 'Compiled' }).waitFor();
    await expect.poll(() => page.locator('#pg-problems').isHidden()).toBe(true);
    await page.getByLabel(/Name in the library/).fill('Spring block');
    await page.getByRole('button', { name: 'Save in the library' }).click();
    await page.locator('#saved').waitFor();
    planId = idIn(page.url());
    const stored = (await svc.ctx.store.plans.get(planId))!;
    expect(stored.text).toContain('6 x 400m @ 5K w/ 400m jog\t');
    expect(stored.text).not.toContain('jgo');
    await page.close();
  }, 60_000);

  it('the coach adds three athletes with the form, then gives one the plan by race date', async () => {
    for (const a of ATHLETES) {
      const page = await open('/console/athletes/new');
      await page.locator('#a-name').fill(a.name);
      await page.locator('#a-race-distance').selectOption('5K');
      await page.locator('#a-race-time').fill('20:30');
      await page.locator('#a-zone').fill('Europe/Paris');
      await page.locator('#a-plan').selectOption(planId);
      await page.locator('#a-start').fill(a.start);
      await page.getByRole('button', { name: 'Add the athlete' }).click();
      await page.locator('.console-notice', { hasText: 'Athlete added' }).waitFor();
      athleteIds.push(idIn(page.url()));
      await page.close();
    }
    const plan = await open(`/console/plans/${planId}`);
    await plan.getByLabel(ATHLETES[0]!.name).check();
    await plan.getByLabel('by a race date').check();
    await plan.locator('#g-race').fill(ATHLETES[0]!.race!);
    await plan.getByRole('button', { name: 'Give the plan' }).click();
    await plan.locator('#assigned', { hasText: `${ATHLETES[0]!.name}: now on this plan` }).waitFor();
    expect((await svc.ctx.store.getAthlete(athleteIds[0]!))!.race).toBe(ATHLETES[0]!.race);
    await plan.close();
  }, 90_000);

  it("one session moved for one athlete; every feed and FIT file shows exactly that", async () => {
    // Robin's week 1 starts on Monday 12 January (race on Sunday 25): Wednesday's intervals go to Thursday.
    const page = await open(`/console/athletes/${athleteIds[0]}/calendar`);
    const actions = page.locator('#week-1 .console-actions').filter({ has: page.locator('input[name="session"][value="w1-wed-0"]') });
    await actions.locator('summary').click();
    await actions.getByLabel('Move to').fill('2026-01-15');
    await actions.getByRole('button', { name: /^Move/ }).click();
    await page.locator('.console-notice', { hasText: 'Saved' }).waitFor();
    await page.close();

    for (const [i, a] of ATHLETES.entries()) {
      const moved = i === 0 ? { 'w1-wed-0': '2026-01-15' } : {};
      const expected = SESSIONS.map((id) => ({ id, date: (moved as Record<string, string>)[id] ?? dayOf(id, a.week1) }));
      const detail = await open(`/console/athletes/${athleteIds[i]}`);
      const feed = await detail.request.get(`${svc.url}${pathOf(await detail.locator('#link-feed').inputValue())}`);
      const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((e) => ({
        id: /-(w\d+-\w+-\d+)@runcast$/.exec(String(e.getFirstPropertyValue('uid')))![1]!,
        date: String(e.getFirstPropertyValue('dtstart')).slice(0, 10),
      }));
      expect(events.sort((x, y) => x.id.localeCompare(y.id)), a.name).toEqual(expected.sort((x, y) => x.id.localeCompare(y.id)));
      // Each session's FIT file is on its day and holds that session; the old day of the moved one has none.
      const base = pathOf(await detail.locator('#link-page').inputValue()).replace(/\/$/, '');
      for (const s of expected.filter((e) => WORKOUTS.has(e.id))) {
        const fit = await detail.request.get(`${svc.url}${base}/sessions/${s.date}.fit`);
        expect(fit.status(), `${a.name} ${s.date}`).toBe(200);
        const name = String(sdkDecode(new Uint8Array(await fit.body())).messages.workoutMesgs![0]!.wktName);
        if (s.id === 'w1-wed-0') expect(name).toContain('400');
        else expect(name).not.toContain('400');
      }
      if (i === 0) expect((await detail.request.get(`${svc.url}${base}/sessions/2026-01-14.fit`)).status()).toBe(404);
      await detail.close();
    }
  }, 120_000);

  it('a second coach, invited too, sees none of the first coach’s athletes or plans', async () => {
    await inviteAndJoin(SECOND, 'Sam Second');
    const page = await signIn(SECOND);
    for (const path of ['/console/athletes', '/console/plans']) {
      await page.goto(`${svc.url}${path}`);
      const text = (await page.locator('main').textContent())!;
      for (const a of ATHLETES) expect(text, path).not.toContain(a.name);
      expect(text, path).not.toContain('Spring block');
    }
    for (const path of [`/console/athletes/${athleteIds[0]}`, `/console/athletes/${athleteIds[0]}/calendar`, `/console/plans/${planId}`]) {
      expect((await page.goto(`${svc.url}${path}`))?.status(), path).toBe(404);
    }
    await page.close();
  }, 90_000);

  it('the owner’s audit log lists every step', async () => {
    const page = await signIn(OWNER);
    await page.goto(`${svc.url}/console/audit`);
    const rows = await page.locator('main tbody tr').evaluateAll((trs) =>
            // The "What" cell is the action, then its details on a line of their own.
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td, i) => (i === 2 ? td.firstChild!.textContent! : td.innerText).replace(/\s+/g, ' ').trim())),
    );
    const steps = rows.map(([, who, what, which]) => `${who} ${what} ${which}`).reverse();
    const has = (who: string, action: string, which: string) => steps.filter((s) => s.startsWith(`${who} ${action} `) && s.includes(which)).length;
    // The owner signed in to invite each coach and to read this log.
    expect(has(OWNER, 'coach.sign-in', 'coach')).toBe(3);
    expect(has(FIRST, 'coach.sign-in', 'Casey Coach')).toBe(1);
    expect(has(OWNER, 'coach.invite', FIRST)).toBe(1);
    expect(has(OWNER, 'coach.invite', SECOND)).toBe(1);
    expect(has(FIRST, 'coach.joined', 'Casey Coach')).toBe(1);
    expect(has(SECOND, 'coach.joined', 'Sam Second')).toBe(1);
    expect(has(SECOND, 'coach.sign-in', 'Sam Second')).toBe(1);
    expect(has(FIRST, 'plan.create', `plan Spring block ${planId}`)).toBe(1);
    for (const [i, a] of ATHLETES.entries()) expect(has(FIRST, 'athlete.create', `athlete ${a.name} ${athleteIds[i]}`), a.name).toBe(1);
    expect(has(FIRST, 'athlete.plan', `athlete ${ATHLETES[0]!.name}`)).toBe(1);
    expect(has(FIRST, 'session.move', `athlete ${ATHLETES[0]!.name}`)).toBe(1);
    // In the order they happened.
    const order = ['coach.invite', 'coach.joined', 'plan.create', 'athlete.create', 'athlete.plan', 'session.move'].map((act) => steps.findIndex((s) => s.includes(` ${act} `)));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    await page.close();
  }, 60_000);

  it('screenshots of the main pages at 1280 and 375 px', async () => {
    const page = await signIn(FIRST);
    const pages: [string, string][] = [
      ['athletes', '/console/athletes'],
      ['athlete', `/console/athletes/${athleteIds[0]}`],
      ['calendar', `/console/athletes/${athleteIds[0]}/calendar`],
      ['plans', '/console/plans'],
      ['plan', `/console/plans/${planId}`],
    ];
    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const [name, path] of pages) {
        expect((await page.goto(`${svc.url}${path}`))?.status(), path).toBe(200);
        await shoot(page, `console-${name}-${viewport.width}`);
      }
    }
    const owner = await signIn(OWNER);
    for (const viewport of [DESKTOP, PHONE]) {
      await owner.setViewportSize(viewport);
      for (const name of ['coaches', 'audit']) {
        await owner.goto(`${svc.url}/console/${name}`);
        await shoot(owner, `console-${name}-${viewport.width}`);
      }
    }
    await page.close();
    await owner.close();
    expect(browser.errors).toEqual([]);
  }, 120_000);
});
