/**
 * The whole feed for a pinned two-week sample, byte for byte. Regenerate with
 * UPDATE_GOLDEN=1 and read the diff: a change here is a change every
 * subscribed calendar will see.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeIcs } from '../../src/writers/ics.js';
import { samplePlan } from '../../fixtures/ics/sample-plan.js';
import { parseFeed } from '../../fixtures/ics/read-feed.js';

const golden = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/ics/two-weeks-new-york.ics');

const plan = samplePlan({ zone: 'America/New_York', start: '2026-03-02' });
const options = {
  times: { tue: '06:30', thu: '06:30', sat: '08:00' },
  baseUrl: 'https://runcast.example/a/jordan',
  generatedAt: '2026-02-20T09:00:00Z',
};

describe('ics golden file', () => {
  const text = writeIcs(plan, options);

  it('matches fixtures/ics/two-weeks-new-york.ics byte for byte', () => {
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
      mkdirSync(dirname(golden), { recursive: true });
      writeFileSync(golden, text);
      if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden file was missing and has been written: ${golden}; review it and rerun`);
    }
    expect(Buffer.from(text, 'utf8').equals(readFileSync(golden))).toBe(true);
  });

  it('is a feed ical.js reads with one event per session', () => {
    const feed = parseFeed(readFileSync(golden, 'utf8'));
    expect(feed.events).toHaveLength(plan.sessions.length);
  });
});
