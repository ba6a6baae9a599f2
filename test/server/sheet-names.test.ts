/**
 * A plan kept as a spreadsheet, handed to the service as text (no file name):
 * its name comes from the sheet's own heading, on the page, in the calendar and
 * from the compile API (it was called "Plan" everywhere).
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

const sheet = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url), 'utf8');

let svc: TestService;

beforeAll(async () => {
  svc = await startTestService();
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe.each(['titled.csv', 'named.tsv'])('a sheet with its name above the header (%s)', (file) => {
  it('is named so by the compile API, the calendar and the page', async () => {
    const compiled = await svc.api('/api/compile', { method: 'POST', json: { plan: sheet(file), athlete: REFERENCE_PROFILE } });
    expect(compiled.status).toBe(200);
    expect(((await compiled.json()) as { plan: { name: string } }).plan.name).toBe('Spring Base Block');

    const created = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: sheet(file) }, start: '2026-03-02' } });
    expect(created.status).toBe(201);
    const { links } = (await created.json()) as { links: Record<string, string> };
    const feed = new ICAL.Component(ICAL.parse(await (await svc.get(pathOf(links.feed!))).text()));
    expect(feed.getFirstPropertyValue('x-wr-calname')).toBe('Spring Base Block — Jordan Miles');
    const page = await (await svc.get(pathOf(links.page!))).text();
    expect(page).toContain('<strong>Spring Base Block</strong>');
    expect(page).not.toContain('<strong>Plan</strong>');
  });
});
