/**
 * The athlete's watch in the service: the profile's `device` picks the limits
 * every FIT download is written for, and the schedule starts today and holds
 * what that watch's calendar shows. Files are read with both FIT decoders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bothSteps, fitSeconds, rawSchedules, sdkDecode } from '../helpers/fit-decode.js';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

/** 29 rungs with their recoveries, warm-up, 1 mi easy and cool-down: 60 steps, no repeat to fold. */
const LADDER = `${Array.from({ length: 29 }, (_, i) => `${(i + 1) * 100}m`).join(', ')} @ Mile w/ 200m jog recovery + 1 mi easy`;
/** Five weeks of one session a day, the ladder on the first Wednesday and a rest day each Sunday. */
const PLAN = `name: Long ladders
weeks:
${Array.from({ length: 5 }, () => `  - { mon: 30 min easy, tue: 30 min easy, wed: "${LADDER}", thu: 30 min easy, fri: 30 min easy, sat: 45 min easy, sun: Rest }`).join('\n')}
`;

let svc: TestService;
let clock = new Date('2026-01-01T12:00:00Z');

beforeAll(async () => {
  svc = await startTestService({ now: () => clock });
});
afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const create = (profile: Record<string, unknown>) => svc.api('/api/athletes', { method: 'POST', json: { profile, plan: { yaml: PLAN }, start: '2026-01-05' } });

async function athlete(profile: Record<string, unknown>): Promise<string> {
  const res = await create(profile);
  expect(res.status, await res.clone().text()).toBe(201);
  const { links } = (await res.json()) as { links: { page: string } };
  return pathOf(links.page).replace(/\/$/, '');
}

const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe("the athlete profile's device", () => {
  it('writes the 60-step session for a modern watch, and refuses it for the default one, naming the profile that fits', async () => {
    const modern = await athlete({ ...REFERENCE_PROFILE, device: 'modern' });
    const ok = await svc.get(`${modern}/sessions/w1-wed-0.fit`);
    expect(ok.status).toBe(200);
    expect(bothSteps(await bytes(ok))).toHaveLength(60);

    // An athlete whose watch cannot hold a session is not stored: every link must serve.
    const refused = await create(REFERENCE_PROFILE);
    expect(refused.status).toBe(422);
    const { error } = (await refused.json()) as { error: { code: string; message: string; details: { diagnostics: { message: string; hint: string; line: number }[] } } };
    expect(error.code).toBe('cannot_write');
    expect(error.details.diagnostics[0]!.message).toMatch(/^session w1-wed-0 on 2026-01-07 \(".*"\): needs 60 steps on the watch .* "conservative" allows 50/);
    expect(error.details.diagnostics[0]!.line).toBe(3);
    expect(error.details.diagnostics[0]!.hint).toMatch(/^the modern profile \(100 steps, nested repeats\) holds it: choose device "modern"/);
  });

  it('is checked when the athlete is saved', async () => {
    const res = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: { ...REFERENCE_PROFILE, device: 'forerunner-9000' }, plan: { yaml: PLAN } },
    });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { details: { issues: { path: string; message: string }[] } } };
    expect(error.details.issues).toContainEqual(expect.objectContaining({ path: 'profile.device', message: 'a device profile: conservative, modern' }));
  });

  it('is used by the compile API for a lone session', async () => {
    const ask = (profile: Record<string, unknown>) =>
      svc.api('/api/compile', { method: 'POST', json: { athlete: profile, text: LADDER, format: 'fit' } });
    const ok = await ask({ ...REFERENCE_PROFILE, device: 'modern' });
    expect(ok.status).toBe(200);
    expect(bothSteps(await bytes(ok))).toHaveLength(60);
    const refused = await ask(REFERENCE_PROFILE);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/^the session \(".*"\): needs 60 steps/);
  });
});

describe('the schedule download', () => {
  it('starts today, leaves the rest days off and holds at most what the watch shows, in whole days', async () => {
    const page = await athlete({ ...REFERENCE_PROFILE, device: 'modern' });
    // Before the plan starts: from its first day. Six sessions a week for five weeks, 28 of them in the schedule.
    const first = rawSchedules(await bytes(await svc.get(`${page}/schedule.fit`)));
    expect(first).toHaveLength(28);
    expect(first[0]!.scheduledTime).toBe(fitSeconds('2026-01-05T00:00:00Z'));
    expect(first.at(-1)!.scheduledTime).toBe(fitSeconds('2026-02-05T00:00:00Z'));
    const sundays = first.filter((e) => new Date(Date.UTC(1989, 11, 31) + e.scheduledTime! * 1000).getUTCDay() === 0);
    expect(sundays).toEqual([]);

    // Three weeks in (Monday 26 January in Chicago): from today.
    clock = new Date('2026-01-26T18:00:00Z');
    const later = await bytes(await svc.get(`${page}/schedule.fit`));
    sdkDecode(later);
    const entries = rawSchedules(later);
    expect(entries[0]!.scheduledTime).toBe(fitSeconds('2026-01-26T00:00:00Z'));
    expect(entries).toHaveLength(12);

    // Its last week (Saturday 7 February is the last session): from today still, never a day gone by.
    clock = new Date('2026-02-04T18:00:00Z');
    const lastWeek = rawSchedules(await bytes(await svc.get(`${page}/schedule.fit`)));
    expect(lastWeek.map((e) => e.scheduledTime)).toEqual(['04', '05', '06', '07'].map((d) => fitSeconds(`2026-02-${d}T00:00:00Z`)));

    // After the plan: a schedule with nothing on it (it held the plan's last four weeks, every one of them past).
    // Every link of a stored athlete still serves: a watch given it has nothing left on its calendar.
    clock = new Date('2026-03-01T18:00:00Z');
    const over = await svc.get(`${page}/schedule.fit`);
    expect(over.status).toBe(200);
    const empty = await bytes(over);
    expect(sdkDecode(empty).messages.fileIdMesgs).toMatchObject([{ type: 'schedules' }]);
    expect(rawSchedules(empty)).toEqual([]);
  });
});
