/** Checks every page in the browser tests makes: what a keyboard and a screen reader need, and a phone's width. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every form control has a label, every link and button words, and nothing is wider than the screen. */
export async function checkBasics(page: Page): Promise<void> {
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input:not([type=hidden]), select, textarea')]
      .filter((el) => (el.labels?.length ?? 0) === 0 && !el.getAttribute('aria-label'))
      .map((el) => el.outerHTML),
  );
  expect(unlabelled).toEqual([]);
  const nameless = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button')]
      .filter((el) => !el.hidden && (el.textContent ?? '').trim() === '' && !el.getAttribute('aria-label'))
      .map((el) => el.outerHTML),
  );
  expect(nameless).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
