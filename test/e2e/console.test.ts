/**
 * The coach's console in a real browser (Debian's Chromium driven by playwright-core) against the real
 * service on 127.0.0.1: a plan pasted from a PDF, its marked cell mended, saved; an athlete added, given the
 * plan by race date, one session moved; then the athlete's calendar feed (ical.js) and FIT files (the Garmin
 * SDK's decoder) must show exactly that. The coach and CSRF token come from test/helpers/console-coach.ts.
 * Screenshots at 1280 and 375 px go to test-artifacts/e2e-console/ (and docs/screenshots/ with
 * RUNCAST_SCREENSHOTS=docs). Chromium is required: without it these tests fail, they are not skipped.
 */
import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SecretBox } from '../../src/sync/intervals/secret.js';
import { launchBrowser, openPage, PHONE, type Browser } from '../helpers/chromium.js';
import { startConsole, type ConsoleUnderTest } from '../helpers/console-coach.js';
import { FROM_PDF, pasteInto, screenshots } from '../helpers/console-e2e.js';
import { sdkDecode } from '../helpers/fit-decode.js';
import { checkBasics } from '../helpers/page-checks.js';
import { pathOf, removeDir, startTestService, type TestService } from '../server/support/service.js';

// Thursday 1 January 2026.
const NOW = new Date('2026-01-01T12:00:00Z');

let svc: TestService;
let ui: ConsoleUnderTest;
let browser: Browser;
let setupError: Error | undefined;
let shoot: (page: Page, name: string) => Promise<void>;

beforeAll(async () => {
  try {
    shoot = screenshots('e2e-console');
    svc = await startTestService({ now: () => NOW, config: { secretBox: new SecretBox(randomBytes(32)) } });
    ui = await startConsole(svc);
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
  await ui?.close();
  if (svc) {
    await svc.stop();
    removeDir(svc.dir);
  }
});

const open = (path: string, viewport?: { width: number; height: number }) => openPage(browser.context, `${ui.url}${path}`, viewport);

const idIn = (url: string) => /\/(?:plans|athletes)\/([0-9a-f-]{36})/.exec(url)![1]!;

describe('the console in a browser', () => {
  let planId = '';
  let athleteId = '';

  it('a plan pasted from a PDF is read as typed, its misspelt cell marked, mended by keyboard and saved', async () => {
    const page = await open('/console/plans/new');
    // A paste as the browser delivers it: the console's script turns the PDF's columns into a grid.
    await pasteInto(page.locator('#pg-text'), FROM_PDF);
    expect(await page.locator('#pg-text').inputValue()).toMatch(/^Week\tMonday\tTuesday\t/);
    expect(await page.locator('#pg-text-label').textContent()).toBe('Plan (YAML, or a grid pasted from a spreadsheet or PDF)');
    const marked = page.locator('#pg-diagnostics li', { hasText: "unknown word 'jgo'" });
    await marked.waitFor();
    expect(await marked.locator('mark').textContent()).toBe('jgo');
    await shoot(page, 'console-plan-marked');
    await marked.getByRole('button', { name: 'Select it in the text' }).click();
    await page.keyboard.type('jog');
    await page.locator('#pg-status', { hasText: 'Compiled' }).waitFor();
    await expect.poll(() => page.locator('#pg-problems').isHidden()).toBe(true);
    expect(await page.locator('#pg-output .read-as').first().textContent()).toBe('Read as: 30 min @ E');
    await page.getByLabel(/Name in the library/).fill('Spring block');
    await page.getByRole('button', { name: 'Save in the library' }).click();
    await page.locator('#saved').waitFor();
    planId = idIn(page.url());
    const stored = (await svc.ctx.store.plans.get(planId))!;
    expect(stored.name).toBe('Spring block');
    expect(stored.text).toContain('6 x 400m @ 5K w/ 400m jog\t');
    expect(stored.text).not.toContain('jgo');
    await page.close();
  }, 60_000);

  it('an athlete added with the form, then given the plan by race date from the plan page', async () => {
    const page = await open('/console/athletes/new');
    await page.getByLabel('Name', { exact: true }).fill('Robin Runner');
    await page.locator('#a-race-distance').selectOption('5K');
    await page.locator('#a-race-time').fill('20:30');
    await page.getByLabel('Units').selectOption('km');
    await page.locator('#a-zone').fill('Europe/Paris');
    await page.locator('#a-plan').selectOption(planId);
    await page.getByRole('button', { name: 'Add the athlete' }).click();
    await page.locator('.console-notice', { hasText: 'Athlete added' }).waitFor();
    athleteId = idIn(page.url());
    expect(await page.locator('svg.qr[role="img"]').count()).toBe(1);
    await shoot(page, 'console-athlete');

    const plan = await open(`/console/plans/${planId}`);
    await plan.getByLabel('Robin Runner').check();
    await plan.getByLabel('by a race date').check();
    await plan.locator('#g-race').fill('2026-01-25');
    await plan.getByRole('button', { name: 'Give the plan' }).click();
    await plan.locator('#assigned', { hasText: 'Robin Runner: now on this plan' }).waitFor();
    const record = (await svc.ctx.store.getAthlete(athleteId))!;
    expect([record.race, record.start]).toEqual(['2026-01-25', '2026-01-05']);
    await page.close();
    await plan.close();
  }, 60_000);

  it("one session moved on the athlete's calendar, and the feed and the FIT files show exactly that", async () => {
    const page = await open(`/console/athletes/${athleteId}/calendar`);
    // By race on Sunday 25 January: week 1 from Monday 12 January; its Wednesday's intervals go to Thursday.
    const actions = page.locator('#week-1 .console-actions').filter({ has: page.locator('input[name="session"][value="w1-wed-0"]') });
    await actions.locator('summary').click();
    await actions.getByLabel('Move to').fill('2026-01-15');
    await actions.getByRole('button', { name: /^Move/ }).click();
    await page.locator('.console-notice', { hasText: 'Saved' }).waitFor();
    expect(await page.locator('#session-w1-wed-0 .badge.change').textContent()).toBe('moved by your coach');
    expect(await page.locator('.console-changes li').first().textContent()).toContain('Moved 6×400m @ 5K (w1-wed-0) to 2026-01-15');
    await shoot(page, 'console-calendar');

    const detail = await open(`/console/athletes/${athleteId}`);
    const feedLink = await detail.locator('#link-feed').inputValue();
    const base = pathOf(await detail.locator('#link-page').inputValue()).replace(/\/$/, '');
    const feed = await detail.request.get(`${svc.url}${pathOf(feedLink)}`);
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent').map((e) => ({
      id: /-(w\d+-\w+-\d+)@runcast$/.exec(String(e.getFirstPropertyValue('uid')))![1],
      date: String(e.getFirstPropertyValue('dtstart')).slice(0, 10),
    }));
    const compiled = await svc.ctx.outputs.compiled((await svc.ctx.store.getAthlete(athleteId))!);
    // Exactly the plan with that one session moved: every other session where the plan has it.
    expect(events.sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      compiled.sessions.map((s) => ({ id: s.id, date: s.id === 'w1-wed-0' ? '2026-01-15' : s.date })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(compiled.sessions.find((s) => s.id === 'w1-mon-0')?.date).toBe('2026-01-12');
    const fit = await detail.request.get(`${svc.url}${base}/sessions/2026-01-15.fit`);
    expect(fit.status()).toBe(200);
    const decoded = sdkDecode(new Uint8Array(await fit.body()));
    expect(String(decoded.messages.workoutMesgs![0]!.wktName)).toContain('400');
    expect((await detail.request.get(`${svc.url}${base}/sessions/2026-01-14.fit`)).status()).toBe(404);
    await page.close();
    await detail.close();
  }, 60_000);

  it('every page works at phone width by keyboard, labelled, nothing wider than the screen', async () => {
    for (const path of ['/console/athletes', '/console/athletes/new', `/console/athletes/${athleteId}`, `/console/athletes/${athleteId}/calendar`, '/console/plans', `/console/plans/${planId}`]) {
      const page = await open(path, PHONE);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
      await checkBasics(page);
      const name = path.replace(/[0-9a-f-]{36}/, 'x').replace(/\W+/g, '-').replace(/^-|-$/g, '');
      await shoot(page, `${name}-375`);
      await page.close();
    }
    expect(browser.errors).toEqual([]);
  }, 60_000);
});
