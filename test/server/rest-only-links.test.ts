/**
 * An athlete stored with a plan of rest days alone (stored before such plans
 * were refused) still gets sensible answers on every link: the calendar and
 * the page as for any plan, and for the watch what the links give once a
 * plan is over, a schedule with nothing on it and a bundle that says why it
 * holds no workout, never a 422.
 */
import { randomUUID } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../src/server/tokens.js';
import { sdkDecode } from '../helpers/fit-decode.js';
import { REFERENCE_PROFILE, removeDir, startTestService, type TestService } from './support/service.js';

const REST_ONLY_PLAN = `name: Recovery fortnight
weeks:
  - { mon: Rest, tue: Rest, wed: Rest, thu: Rest, fri: Rest, sat: Rest, sun: Rest }
  - { mon: Rest, tue: Rest, wed: Rest, thu: Rest, fri: Rest, sat: Rest, sun: Rest }
`;

let svc: TestService;
let base: string;

beforeAll(async () => {
  svc = await startTestService({ now: () => new Date('2026-01-07T12:00:00Z') });
  // Stored as it was before the API refused such plans: straight into the store.
  const token = newToken();
  await svc.ctx.store.createAthlete({
    id: randomUUID(),
    profile: { ...REFERENCE_PROFILE, units: 'mi' },
    plan: { yaml: REST_ONLY_PLAN },
    start: '2026-01-05',
    tokenHash: hashToken(token),
    now: new Date().toISOString(),
  });
  base = `/a/${token}`;
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

async function bytes(path: string): Promise<Uint8Array> {
  const res = await svc.get(path);
  expect(res.status, `${path}: ${res.status}`).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}

describe('an athlete stored with a plan of rest days alone', () => {
  it('has a calendar and a page that says nothing goes on the watch', async () => {
    expect((await svc.get(`${base}/calendar.ics`)).status).toBe(200);
    const page = strFromU8(await bytes(`${base}/`));
    expect(page).toContain('Recovery fortnight');
    expect(page).toContain('Nothing is left to put on the watch');
  });

  it('gets a schedule with nothing on it', async () => {
    const decoded = sdkDecode(await bytes(`${base}/schedule.fit`));
    expect(decoded.messages.scheduleMesgs ?? []).toHaveLength(0);
  });

  it('gets a bundle holding an empty schedule and a README that says every day is a rest day', async () => {
    const files = unzipSync(await bytes(`${base}/bundle.zip`));
    expect(Object.keys(files).filter((p) => !p.endsWith('/')).sort()).toEqual(['GARMIN/NewFiles/SCHEDULE.FIT', 'README.txt']);
    expect(sdkDecode(files['GARMIN/NewFiles/SCHEDULE.FIT']!).messages.scheduleMesgs ?? []).toHaveLength(0);
    expect(strFromU8(files['README.txt']!)).toMatch(/rest day/);
  });
});
