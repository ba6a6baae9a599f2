/**
 * What the console's browser tests share: a plan table as text copied from a PDF gives it (one cell
 * misspelt), a paste as the browser delivers it, and screenshots kept in test-artifacts/ and, with
 * RUNCAST_SCREENSHOTS=docs, copied to docs/screenshots/.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'docs', 'screenshots');

/** A two-week table as text copied from a PDF: columns set apart by runs of spaces, one cell misspelt ('jgo'). */
export const FROM_PDF = [
  'Week   Monday        Tuesday                        Wednesday                    Thursday   Friday   Saturday   Sunday',
  '1      30 min easy   Rest                           6 x 400m @ 5K w/ 400m jgo   Rest       45 min   Rest       Rest',
  '2      30 min easy   4 x 5 min @ Mile w/ 2 min jog  Rest                         40 min     Rest     Rest       50 min',
].join('\n');

/** Pastes `text` into a field as the browser does: a paste event carrying it, which the page's script handles. */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Empties test-artifacts/<folder>; the function it returns shoots a whole page there (and to docs/ when asked). */
export function screenshots(folder: string): (page: Page, name: string) => Promise<void> {
  const dir = join(ROOT, 'test-artifacts', folder);
  const toDocs = process.env.RUNCAST_SCREENSHOTS === 'docs';
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (toDocs) mkdirSync(SHOTS, { recursive: true });
  return async (page, name) => {
    const path = join(dir, `${name}.png`);
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    if (toDocs) copyFileSync(path, join(SHOTS, `${name}.png`));
  };
}
