/**
 * Debian's Chromium for the browser tests, driven by playwright-core: one persistent context a file, every
 * console error and uncaught exception of its pages collected (a content-security-policy violation shows up
 * there), and a page opened at a given size that must answer 200.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Debian's chromium; RUNCAST_CHROMIUM names another build. */
export const CHROMIUM = process.env.RUNCAST_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

export interface Browser {
  context: BrowserContext;
  /** Console errors (other than a 4xx a page expects) and uncaught exceptions, with the page's URL. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchBrowser(options: { acceptDownloads?: boolean } = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it (apt-get install -y chromium); the end-to-end tests need it.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'runcast-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: options.acceptDownloads ?? false,
    viewport: DESKTOP,
  });
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  });
  return {
    context,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new page at `url`, which must answer 200. */
export async function openPage(context: BrowserContext, url: string, viewport = DESKTOP): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  return page;
}
