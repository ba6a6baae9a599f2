import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startTestService({ config: { rateLimits: { api: 40, authFailures: 5, feed: 30, feedFailures: 4 } } });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe('rate limits', () => {
  it('throttle token guessing hard while polling a real feed is allowed more', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
    const feed = pathOf(((await res.json()) as { links: { feed: string } }).links.feed);
    // Successful polls do not count as failures.
    for (let i = 0; i < 10; i++) expect((await svc.get(feed)).status).toBe(200);
    const guesses: number[] = [];
    for (let i = 0; i < 6; i++) guesses.push((await svc.get(`/a/${String(i).padStart(32, 'x')}/calendar.ics`)).status);
    expect(guesses).toEqual([404, 404, 404, 404, 429, 429]);
    const limited = await svc.get(`/a/${'y'.repeat(32)}/calendar.ics`);
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  });

  it('throttle failed admin authentication', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await svc.get('/api/athletes', { headers: { authorization: 'Bearer wrong-wrong-wrong-wrong' } })).status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
  });
});
