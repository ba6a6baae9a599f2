/**
 * The feed and the page written on the compile thread, and compressed off the
 * thread that answers requests, are the very bytes the writers give when
 * called in place: the same calendar, the same HTML, the same gzip and
 * brotli streams under the same ETags, and the same 304 for a client that
 * has them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileStored, storedPlan } from '../../src/server/compile-jobs.js';
import { encode, entityTag, type Coding } from '../../src/server/encodings.js';
import { athleteBase, athleteLinks } from '../../src/server/links.js';
import { loadAssets } from '../../src/server/pages/assets.js';
import { athletePageView } from '../../src/server/pages/athlete-view.js';
import { qrSvg } from '../../src/server/pages/qr.js';
import { renderPage } from '../../src/server/pages/render.js';
import { storedAthlete } from '../../src/server/profile.js';
import { hashToken } from '../../src/server/tokens.js';
import type { CompiledPlan } from '../../src/ir/workout.js';
import type { AthleteRecord } from '../../src/store/store.js';
import { RevisionLog, writeIcs } from '../../src/writers/ics.js';
import { rawRequest } from './support/raw.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

const NOW = new Date('2026-01-07T09:30:00Z');
const PUBLIC_URL = 'https://runcast.test';

let svc: TestService;
let token: string;
let record: AthleteRecord;
let plan: CompiledPlan;

beforeAll(async () => {
  svc = await startTestService({ now: () => NOW, config: { publicUrl: PUBLIC_URL } });
  // Times on two weekdays: they change what the feed's events say.
  const profile = { ...REFERENCE_PROFILE, times: { mon: '06:30', sat: '08:00' } };
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
  expect(res.status).toBe(201);
  const links = ((await res.json()) as { links: Record<string, string> }).links;
  token = pathOf(links.page!).split('/')[2]!;
  record = (await svc.ctx.store.findAthleteByTokenHash(hashToken(token)))!;
  plan = compileStored(storedPlan(record), svc.ctx.templates);
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

/** The feed as the ICS writer gives it in place, for a first build at NOW. */
function feedInPlace(): Buffer {
  const revisions = new RevisionLog({}, NOW.toISOString().replace(/\.\d{3}Z$/, 'Z')).revisions;
  return Buffer.from(writeIcs(plan, { baseUrl: athleteBase(PUBLIC_URL, token), revisions, times: record.profile.times! }), 'utf8');
}

/** The page as the view and its template give it in place. */
async function pageInPlace(): Promise<Buffer> {
  const qr = await qrSvg(athleteLinks(PUBLIC_URL, token).webcal, 'QR code of the calendar subscription link');
  const today = svc.ctx.outputs.today(record);
  const view = athletePageView({ athlete: storedAthlete(record.profile), plan, start: plan.start ?? record.start, today, token, publicUrl: PUBLIC_URL, qr });
  return Buffer.from(renderPage('athlete', { ...view, assets: loadAssets().urls }), 'utf8');
}

const LINKS = [
  ['feed', 'calendar.ics', feedInPlace],
  ['page', '', pageInPlace],
] as const;

describe.each(LINKS)('the %s written off the thread', (_name, file, inPlace) => {
  it('is the bytes the writers give in place, under the tag of those bytes', async () => {
    const expected = await inPlace();
    const res = await rawRequest(svc.url, `/a/${token}/${file}`);
    expect(res.status).toBe(200);
    expect(res.body.equals(expected)).toBe(true);
    expect(res.headers.etag).toBe(entityTag(expected));
  });

  it.each(['gzip', 'br'] as Coding[])('goes %s-compressed in the bytes the same compression gives in place, and a client holding them gets 304', async (coding) => {
    const compressed = encode(await inPlace(), coding, 'stored');
    const res = await rawRequest(svc.url, `/a/${token}/${file}`, { headers: { 'accept-encoding': coding } });
    expect(res.headers['content-encoding']).toBe(coding);
    expect(res.body.equals(compressed)).toBe(true);
    expect(res.headers.etag).toBe(entityTag(compressed));
    const again = await rawRequest(svc.url, `/a/${token}/${file}`, { headers: { 'accept-encoding': coding, 'if-none-match': String(res.headers.etag) } });
    expect(again.status).toBe(304);
  });
});
