/** Heart-rate data through the service: a profile with it compiles zones to heart-rate targets; bad data is refused naming the field. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService();
});
afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const compile = (heartRate: unknown) =>
  svc.api('/api/compile', { method: 'POST', json: { text: '40 min Z2', athlete: { ...REFERENCE_PROFILE, heartRate } } });

describe('heart-rate data in the service', () => {
  it('a profile with max HR 190 compiles "40 min Z2" to 114–133 bpm', async () => {
    const res = await compile({ max: 190 });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('"target":{"kind":"heartRate","low":114,"high":133,"name":"Z2"');
  });

  it('a threshold above the max is a 422 invalid_athlete that names profile.heartRate.threshold and says why', async () => {
    const res = await compile({ max: 180, threshold: 185 });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; details: { issues: { path: string; message: string }[] } } };
    expect(error.code).toBe('invalid_athlete');
    expect(error.details.issues).toEqual([{ path: 'profile.heartRate.threshold', message: 'the threshold heart rate is below the maximum' }]);
  });
});
