/**
 * The athlete's page and the playground in a real browser (Debian's Chromium
 * driven by playwright-core) against the real service on 127.0.0.1. One
 * browser for the whole file. Screenshots go, with the downloads, to
 * test-artifacts/e2e/; `npm run screenshots` also writes them to
 * docs/screenshots/ (the README shows them), so a test run leaves the tree as it was.
 *
 * Chromium is required: without it these tests fail, they are not skipped.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/compiler/index.js';
import { DEMO_PROFILE, DEMO_TEMPLATE } from '../../src/server/demo.js';
import { checkProfile } from '../../src/server/profile.js';
import { hashToken } from '../../src/server/tokens.js';
import { plainPunctuation } from '../../src/writers/typography.js';
import { decodePlan } from '../../src/writers/workoutkit/codec.js';
import { rawSchedules, sdkDecode } from '../helpers/fit-decode.js';
import { checkBasics } from '../helpers/page-checks.js';
import { pathOf, removeDir, startTestService, type TestService } from '../server/support/service.js';

/** Debian's chromium; RUNCAST_CHROMIUM names another build. */
const CHROMIUM = process.env.RUNCAST_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'docs', 'screenshots');
const UPDATE_DOCS = process.env.RUNCAST_SCREENSHOTS === 'docs';
const ARTIFACTS = join(ROOT, 'test-artifacts', 'e2e');
const PUBLIC_URL = 'https://runcast.example.com';
/** The screenshots' athlete has a fixed token, so the link and QR code in them do not change from run to run. */
const DOCS_TOKEN = 'docs-screenshot-token-0123456789';
const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

// Thursday 1 January 2026: the demo athlete's plan starts on Monday 5 January.
let clock = new Date('2026-01-01T12:00:00Z');
// Wednesday 21 January, noon in Chicago: week 3 of the plan, weeks 1 and 2 behind.
const LATER = new Date('2026-01-21T18:00:00Z');
const TODAY = '2026-01-21';

let svc: TestService;
let context: BrowserContext;
let userDataDir: string;
let demoBase: string;
/** Console errors and uncaught exceptions from every page: a CSP violation shows up here. */
const browserErrors: string[] = [];

/**
 * Set when the browser or the service could not be started. Every test then
 * fails with it (a failing beforeAll would leave them reported as skipped).
 */
let setupError: Error | undefined;

beforeAll(async () => {
  try {
    await setUp();
  } catch (err) {
    setupError = err as Error;
  }
}, 120_000);

beforeEach(() => {
  if (setupError) throw setupError;
});

async function setUp(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium); the end-to-end tests need it.`);
  }
  if (UPDATE_DOCS) mkdirSync(SHOTS, { recursive: true });
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  svc = await startTestService({ now: () => clock, config: { demo: true, publicUrl: PUBLIC_URL } });
  if (!svc.demo) throw new Error('the service made no demo athlete');
  demoBase = pathOf(svc.demo.links.page);
  clock = LATER;

  // The screenshots' athlete: the demo's profile and plan under a known token.
  await svc.ctx.store.createAthlete({
    id: randomUUID(),
    profile: DEMO_PROFILE,
    plan: { template: DEMO_TEMPLATE },
    start: svc.demo.start,
    tokenHash: hashToken(DOCS_TOKEN),
    now: LATER.toISOString(),
  });

  userDataDir = mkdtempSync(join(tmpdir(), 'runcast-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    viewport: DESKTOP,
  });
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) browserErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => browserErrors.push(`${page.url()}: ${e.message}`));
  });
}

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (svc) {
    await svc.stop();
    removeDir(svc.dir);
  }
});

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const res = await page.goto(`${svc.url}${path}`);
  expect(res?.status()).toBe(200);
  return page;
}

/** Saves a screenshot with the test artifacts, and under docs/screenshots/ (for the README) when asked to. */
async function shoot(page: Page, name: string, target?: { element?: string; fullPage?: boolean }): Promise<void> {
  const path = join(ARTIFACTS, `${name}.png`);
  if (target?.element) await page.locator(target.element).first().screenshot({ path, animations: 'disabled' });
  else await page.screenshot({ path, fullPage: target?.fullPage ?? false, animations: 'disabled' });
  if (UPDATE_DOCS) copyFileSync(path, join(SHOTS, `${name}.png`));
}

describe("the demo athlete's page", () => {
  it('shows the eight weeks and every session of the template, today marked and past weeks folded', async () => {
    const page = await open(demoBase);
    const record = await svc.ctx.store.findAthleteByTokenHash(hashToken(demoBase.split('/')[2]!));
    const profile = checkProfile(DEMO_PROFILE as Record<string, unknown>);
    if (!profile.ok) throw profile.error;
    // What the compiler makes of the template from the demo's start is what the page must show.
    const expected = compilePlan(svc.ctx.templates.get(DEMO_TEMPLATE)!.plan, profile.athlete, { start: record!.start });
    expect(expected.weeks).toBe(8);

    const weeks = page.locator('details.week');
    await expect.poll(() => weeks.count()).toBe(8);
    const sessions = await page.locator('article[data-session]').evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-session'),
        // The title's own text, without the "optional" badge after it.
        title: el.querySelector('.session-title')!.firstChild!.textContent!.trim(),
        date: el.closest('li.day')!.querySelector('time')!.getAttribute('datetime'),
      })),
    );
    expect(sessions).toEqual(expected.sessions.map((s) => ({ id: s.id, title: s.title, date: s.date })));

    const opened = await weeks.evaluateAll((els) => els.map((el) => (el as HTMLDetailsElement).open));
    expect(opened).toEqual([false, false, true, true, true, true, true, true]);
    const today = page.locator('li.day[aria-current="date"]');
    expect(await today.count()).toBe(1);
    expect(await today.locator('time').first().getAttribute('datetime')).toBe(TODAY);
    await page.close();
  });

  it('downloads a FIT file from a session that decodes as that workout', async () => {
    const page = await open(demoBase);
    const link = page.locator('article[data-session="w3-wed-0"] a[data-format="fit"]');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const saved = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/^2026-01-21-.*\.fit$/);
    const { messages } = sdkDecode(new Uint8Array(readFileSync(saved)));
    expect(messages.workoutMesgs).toHaveLength(1);
    const title = (await page.locator('article[data-session="w3-wed-0"] .session-title').textContent())!.trim();
    // The watch gets the title with × and dashes in ASCII.
    expect(plainPunctuation(title).startsWith(String(messages.workoutMesgs![0]!.wktName))).toBe(true);
    await page.close();
  });

  it('puts "Add to Apple Watch" first on an iPhone, last elsewhere, and it downloads the .workout file', async () => {
    const buttons = (page: Page) => page.locator('article[data-session="w3-wed-0"] .downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('data-format')));
    const desktop = await open(demoBase);
    expect(await buttons(desktop)).toEqual(['fit', 'tcx', 'workout']);
    await desktop.close();
    const phone = await context.newPage();
    const cdp = await context.newCDPSession(phone);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' });
    await phone.goto(`${svc.url}${demoBase}`);
    expect(await buttons(phone)).toEqual(['workout', 'fit', 'tcx']);
    const link = phone.locator('article[data-session="w3-wed-0"] a[data-format="workout"]');
    const [download] = await Promise.all([phone.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^2026-01-21-.*\.workout$/);
    const saved = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    const title = (await phone.locator('article[data-session="w3-wed-0"] .session-title').textContent())!.trim();
    expect(decodePlan(new Uint8Array(readFileSync(saved))).custom?.displayName).toBe(title);
    await phone.close();
  });

  it('subscribes with a webcal:// link to the feed, which is a calendar of every session', async () => {
    const page = await open(demoBase);
    const webcal = await page.locator('#subscribe-link').getAttribute('href');
    expect(webcal).toBe(svc.demo!.links.webcal);
    expect(webcal).toMatch(/^webcal:\/\/runcast\.example\.com\/a\/[\w-]{32}\/calendar\.ics$/);
    const https = await page.locator('#feed-link').inputValue();
    expect(https).toBe(webcal!.replace(/^webcal:/, 'https:'));
    const feed = await page.request.get(`${svc.url}${pathOf(https)}`);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const events = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent');
    expect(events).toHaveLength(await page.locator('article[data-session]').count());
    expect(await page.locator('svg.qr[role="img"]').count()).toBe(1);
    await page.close();
  });

  it('works by keyboard from a skip link, with labelled controls, at phone width', async () => {
    const page = await open(demoBase, PHONE);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the content');
    await checkBasics(page);
    await page.close();
  });
});

describe('screenshots of the athlete page', () => {
  it('at 1280 px: the top and this week as a row of days', async () => {
    const page = await open(`/a/${DOCS_TOKEN}/`, DESKTOP);
    await checkBasics(page);
    await shoot(page, 'athlete-1280');
    await shoot(page, 'athlete-1280-week', { element: 'details.week-current' });
    await page.close();
  });

  it('at 375 px: the top and today as a list', async () => {
    const page = await open(`/a/${DOCS_TOKEN}/`, PHONE);
    await shoot(page, 'athlete-375');
    await page.locator('li.day.today').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'athlete-375-today');
    await page.close();
  });
});

describe('the playground', () => {
  it('draws four reps, their recoveries, a warm-up and a cool-down for "4 x 5 min @ Mile w/ 2 min jog"', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'playground-1280'],
      [PHONE, 'playground-375'],
    ] as const) {
      const page = await open('/playground', viewport);
      await checkBasics(page);
      await page.locator('#pg-text').pressSequentially('4 x 5 min @ Mile w/ 2 min jog', { delay: 10 });
      const chart = page.locator('#pg-output svg.runcast-chart');
      await chart.waitFor();
      expect(await chart.locator('g.block-active').count()).toBe(4);
      // No recovery after the last rep.
      expect(await chart.locator('g.block-recovery').count()).toBe(3);
      expect(await chart.locator('g.block-warmup').count()).toBe(1);
      expect(await chart.locator('g.block-cooldown').count()).toBe(1);
      expect(await page.locator('#pg-output .steps li').allTextContents()).toEqual([
        'Warm-up: 15 min',
        expect.stringMatching(/^4 × \(5 min @ Mile .*, 2 min jog\) — no recovery after the last$/),
        'Cool-down: 10 min',
      ]);
      await checkBasics(page);
      await shoot(page, name, { fullPage: true });
      await page.close();
    }
  });

  it('marks "mni" in "4 x 5 mni @ Mile" with the hint', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'playground-1280-error'],
      [PHONE, 'playground-375-error'],
    ] as const) {
      const page = await open('/playground', viewport);
      const text = page.locator('#pg-text');
      await text.pressSequentially('4 x 5 mni @ Mile', { delay: 10 });
      const mark = page.locator('#pg-diagnostics li.error mark');
      await mark.waitFor();
      expect(await mark.textContent()).toBe('mni');
      // The marked copy is the line as typed, the mark exactly under the bad word.
      expect(await page.locator('#pg-diagnostics li.error pre').textContent()).toBe('4 x 5 mni @ Mile');
      expect(await page.locator('#pg-diagnostics li.error .hint').textContent()).toBe("Hint: did you mean 'min'?");
      expect(await text.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#pg-fit').isDisabled()).toBe(true);
      await shoot(page, name, { fullPage: true });

      // The button puts the selection on the word in the box, for keyboard users.
      await page.locator('#pg-diagnostics li.error button').click();
      const selected = await text.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
      expect(selected).toBe('mni');

      // Fixing the word clears the mark and draws the workout.
      await text.fill('4 x 5 min @ Mile');
      await page.locator('#pg-output svg.runcast-chart').waitFor();
      expect(await page.locator('#pg-diagnostics li').count()).toBe(0);
      await page.close();
    }
  });

  it("shows runcast's best guess at a session written as prose, beside its refusal", async () => {
    const page = await open('/playground', DESKTOP);
    const text = page.locator('#pg-text');
    await text.fill("I ran my second set of intervals last night. I ran 5x400 with 400 recovery's in between. It was difficult.");
    await page.locator('#pg-diagnostics li.error').waitFor();
    await page.locator('#pg-output p.nothing', { hasText: 'Best guess' }).waitFor();
    expect(await page.locator('#pg-output p.nothing').textContent()).toBe('Best guess, not used until written so: 15 min WU, 5 × 400 m w/ 400 m recovery, 10 min CD');
    expect(await page.locator('#pg-fit').isDisabled()).toBe(true);
    await page.close();
  });

  it('downloads the FIT file of what is on the screen', async () => {
    const page = await open('/playground');
    await page.locator('#pg-text').fill('6 x 400m @ 5K w/ 400m jog');
    await page.locator('#pg-output svg.runcast-chart').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pg-fit').click()]);
    const saved = join(ARTIFACTS, `playground-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toBe('session-6-400m-5K.fit');
    const { messages } = sdkDecode(new Uint8Array(readFileSync(saved)));
    expect(messages.workoutMesgs).toHaveLength(1);
    expect(String(messages.workoutMesgs![0]!.wktName).startsWith('6x400m')).toBe(true);
    await page.close();
  });

  it('compiles a whole plan in YAML, each session with its chart', async () => {
    const page = await open('/playground');
    await page.locator('input[name="mode"][value="plan"]').check();
    await page.locator('#pg-text').fill('name: Two days\nweeks:\n  - tue: 4 x 5 min @ Mile w/ 2 min jog\n    sat: 45 min\n');
    await expect.poll(() => page.locator('#pg-output article.session').count()).toBe(2);
    expect(await page.locator('#pg-output .when').allTextContents()).toEqual(['Week 1 · Tue', 'Week 1 · Sat']);
    expect(await page.locator('#pg-output svg.runcast-chart').count()).toBe(2);
    // A plan has no one file: each session has its own button, and the one for a lone session is gone.
    expect(await page.locator('#pg-fit').isVisible()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pg-output article').first().locator('button').click()]);
    expect(download.suggestedFilename()).toBe('w1-tue-0-4-5-min-Mile.fit');
    const saved = join(ARTIFACTS, `playground-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    expect(sdkDecode(new Uint8Array(readFileSync(saved))).messages.workoutMesgs).toHaveLength(1);
    await page.close();
  });
});

describe('nothing typed or stored becomes markup', () => {
  it("shows a <script> in the athlete's name and a session's title as text, and runs nothing", async () => {
    const name = `<script>window.__pwned = 'name'</script>`;
    const title = `<script>window.__pwned = 'title'</script>`;
    const plan = `name: Test\nweeks:\n  - mon:\n      text: 45 min\n      title: "${title}"\n      notes: "<img src=x onerror=\\"window.__pwned = 'notes'\\">"\n`;
    const res = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: { ...DEMO_PROFILE, name }, plan: { yaml: plan }, start: '2026-01-19' },
    });
    expect(res.status).toBe(201);
    const { links } = (await res.json()) as { links: { page: string } };
    const page = await open(pathOf(links.page));
    expect(await page.locator('h1').textContent()).toBe(name);
    expect((await page.locator('.session-title').first().textContent())!.trim()).toBe(title);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('shows markup typed into the playground as text', async () => {
    const page = await open('/playground');
    const typed = `<img src=x onerror="window.__pwned = 'pg'">`;
    await page.locator('#pg-text').fill(typed);
    await page.locator('#pg-diagnostics li.error').first().waitFor();
    expect(await page.locator('#pg-diagnostics li.error pre').first().textContent()).toBe(typed);
    expect(await page.evaluate(() => document.querySelectorAll('img, script:not([src])').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('what the athlete sees of a finished two-week sheet, a half-marathon goal and a rest day', () => {
  // fixtures/plans/titled.csv: two weeks from Monday 5 January, so over by Wednesday 21 January (the clock).
  const runner = { ...DEMO_PROFILE, fitness: { race: { distance: '5K', time: '20:00' }, goal: { distance: 'HM', time: '1:25:00' } } };
  let base: string;
  let page: Page;

  beforeAll(async () => {
    if (setupError) return;
    const sheet = readFileSync(join(ROOT, 'fixtures/plans/titled.csv'), 'utf8');
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: runner, plan: { yaml: sheet }, start: '2026-01-05' } });
    expect(res.status).toBe(201);
    base = pathOf(((await res.json()) as { links: { page: string } }).links.page).replace(/\/$/, '');
    page = await open(`${base}/`);
  });

  afterAll(async () => {
    await page?.close();
  });

  it("names the plan by the sheet's title row, not \"Plan\"", async () => {
    expect(await page.locator('.plan-line strong').textContent()).toBe('Spring Base Block');
    expect(await page.title()).toContain('Spring Base Block');
  });

  it('shows each race row at its current-fitness pace beside its time, the goal under it labelled (the HM row paired the goal pace with the fitness time)', async () => {
    const rows = await page.locator('table.pace-table tbody tr:not(.group)').evaluateAll((trs) =>
      trs.map((tr) => {
        const pace = tr.querySelectorAll('td')[1]!;
        return {
          name: tr.querySelector('th')!.firstChild!.textContent!.trim(),
          pace: pace.firstChild!.textContent!.trim(),
          goal: pace.querySelector('.plan-pace')?.textContent ?? null,
          time: tr.querySelectorAll('td')[3]!.textContent!.trim(),
        };
      }),
    );
    const seconds = (clock: string) => clock.split(':').reduce((n, x) => n * 60 + Number(x), 0);
    const meters: Record<string, number> = { M: 42195, HM: 21097.5, '15K': 15000, '10K': 10000, '8K': 8000, '5K': 5000, '3K': 3000, Mile: 1609.344, '1500': 1500, '800': 800 };
    const race = rows.filter((r) => r.time !== '');
    expect(race.map((r) => r.name)).toEqual(['M', 'HM', '15K', '10K', '8K', '5K', '3K', 'Mile', '1500', '800']);
    for (const r of race) {
      // The time, run evenly, is a pace within the band shown beside it (a second either way for rounding).
      const perMile = (seconds(r.time) / meters[r.name]!) * 1609.344;
      const [slow, fast] = r.pace.replace(' /mi', '').split('–').map(seconds);
      expect(perMile, `${r.name}: ${r.pace} beside ${r.time}`).toBeLessThanOrEqual(slow! + 1);
      expect(perMile, `${r.name}: ${r.pace} beside ${r.time}`).toBeGreaterThanOrEqual((fast ?? slow!) - 1);
    }
    // 1:25:00 is 6:29 a mile: the goal, under the HM row and nowhere else.
    expect(race.filter((r) => r.goal).map((r) => [r.name, r.goal])).toEqual([['HM', expect.stringMatching(/^Goal: \d:\d\d(–\d:\d\d)? \/mi$/)]]);
    const [goalSlow, goalFast] = race.find((r) => r.name === 'HM')!.goal!.replace(/^Goal: | \/mi$/g, '').split('–').map(seconds);
    expect(389).toBeLessThanOrEqual(goalSlow!);
    expect(389).toBeGreaterThanOrEqual(goalFast ?? goalSlow!);
  });

  it('shows a written 3 mi as 3 mi, not 2.98 mi', async () => {
    const estimate = (await page.locator('article[data-session="w1-sat-0"] .estimate').textContent())!;
    expect(estimate).toMatch(/ · 3 mi \(4\.8 km\)$/);
    expect(await page.locator('body').textContent()).not.toMatch(/2\.98 mi/);
  });

  it('links no file for a rest day, and its FIT and TCX both answer the same refusal', async () => {
    expect(await page.locator('article[data-session="w1-mon-0"] a[data-format]').count()).toBe(0);
    const answers = await Promise.all(['fit', 'tcx'].map((f) => page.request.get(`${svc.url}${base}/sessions/w1-mon-0.${f}`)));
    expect(answers.map((a) => a.status())).toEqual([422, 422]);
    const [fit, tcx] = await Promise.all(answers.map(async (a) => (await a.json()) as { error: { message: string } }));
    expect(fit!.error.message).toMatch(/is a rest day: there is nothing to run/);
    expect(tcx).toEqual(fit);
  });

  it('says the plan is finished, offers nothing more for the watch, keeps its last week open, and its schedule holds no past session', async () => {
    expect(await page.locator('#plan-finished').textContent()).toContain('This plan finished on Sunday 18 January 2026.');
    expect(await page.locator('#bundle-link').count()).toBe(0);
    expect(await page.locator('a[href$="schedule.fit"]').count()).toBe(0);
    expect(await page.locator('#watch-done').isVisible()).toBe(true);
    expect(await page.locator('details.week').evaluateAll((els) => els.map((el) => (el as HTMLDetailsElement).open))).toEqual([false, true]);
    // Every session of the two weeks, rest days included, is still there.
    expect(await page.locator('article[data-session]').count()).toBe(14);
    await checkBasics(page);
    await page.screenshot({ path: join(ARTIFACTS, 'athlete-finished-1280.png'), animations: 'disabled' });

    const schedule = await page.request.get(`${svc.url}${base}/schedule.fit`);
    expect(schedule.status()).toBe(200);
    const bytes = new Uint8Array(await schedule.body());
    const { messages } = sdkDecode(bytes);
    expect(messages.fileIdMesgs).toMatchObject([{ type: 'schedules' }]);
    expect(messages.scheduleMesgs ?? []).toEqual([]);
    expect(rawSchedules(bytes)).toEqual([]);
  });
});

describe('the browser', () => {
  it('reported no errors and no Content-Security-Policy violations on any page', () => {
    expect(browserErrors).toEqual([]);
  });
});
