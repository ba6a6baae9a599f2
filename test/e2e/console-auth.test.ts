/**
 * The console's account pages in headless Chromium at 375 px: an owner signs
 * in with the keyboard alone, and sign-in, Coaches, API tokens and the audit
 * log fit the width (nothing scrolls sideways) with every control reachable
 * by Tab and labelled.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { removeDir, startTestService, type TestService } from '../server/support/service.js';
import { makeCoach, PASSWORD } from '../server/console/support.js';

const CHROMIUM = process.env.RUNCAST_CHROMIUM ?? '/usr/bin/chromium';
const PHONE = { width: 375, height: 740 };

let svc: TestService;
let context: BrowserContext;
let userDataDir: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium); the end-to-end tests need it.`);
  svc = await startTestService();
  await makeCoach(svc.ctx, 'owner@club.example', 'owner');
  await makeCoach(svc.ctx, 'a.coach.with.a.rather.long.address@a-club-with-a-long-name.example');
  userDataDir = mkdtempSync(join(tmpdir(), 'runcast-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'], viewport: PHONE });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (svc) {
    await svc.stop();
    removeDir(svc.dir);
  }
});

/** Whether anything on the page is wider than the window. */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe('the account pages at 375 px', () => {
  it('sign in by keyboard alone, then every page fits the width and its controls are labelled', async () => {
    const page = await context.newPage();
    await page.goto(`${svc.url}/console/tokens`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    expect(await overflows(page)).toBe(false);
    // The email field has focus on arrival; Tab goes to the password; Enter submits.
    await page.keyboard.type('owner@club.example');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL(/\/console\/tokens$/), page.keyboard.press('Enter')]);

    // Make a token with the keyboard: its name, Enter; it is shown once.
    await page.focus('#token-name');
    await page.keyboard.type('laptop');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.waitForSelector('#console-link');
    expect(await page.inputValue('#console-link')).toMatch(/^[A-Za-z0-9_-]{32}$/);

    for (const path of ['/console/tokens', '/console/coaches', '/console/audit']) {
      await page.goto(`${svc.url}${path}`);
      expect(await overflows(page), path).toBe(false);
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('input:not([type=hidden]), select, button')]
          .filter((el) => !(el as HTMLElement).hidden && !(el as HTMLInputElement).labels?.length && !el.textContent?.trim())
          .map((el) => el.outerHTML),
      );
      expect(unlabelled, path).toEqual([]);
    }
    // Every control of the Coaches page is reached by Tab, in order, from the top.
    await page.goto(`${svc.url}/console/coaches`);
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.getAttribute('id') ?? document.activeElement?.textContent?.trim() ?? ''));
    }
    expect([...reached]).toEqual(expect.arrayContaining(['invite-email', 'invite-role', 'Invite', 'Sign out']));
    expect([...reached].some((r) => r.startsWith('Disable'))).toBe(true);
  }, 120_000);
});
