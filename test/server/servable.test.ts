/**
 * An athlete is stored only if every link it is given answers. A plan of rest
 * days alone was stored, and its `schedule` and `bundle` links answered 422:
 * it is refused where the coach stores it, pointing at the plan, and a plan
 * with one run among its rest days is stored with links that all answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

const ALL_REST = `name: Recovery fortnight
weeks:
  - mon: Rest
    wed: rest day
  - sun: Rest
`;

const ONE_RUN = `name: Recovery fortnight
weeks:
  - mon: Rest
    wed: 20 min easy
  - sun: Rest
`;

interface Diagnostics {
  error: { code: string; message: string; details: { diagnostics: { line: number; column: number; message: string; hint: string | null; sourceLine: string | null }[] } };
}

describe('a plan with no session to run', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => {
    await svc.stop();
    removeDir(svc.dir);
  });

  function expectRefused(body: Diagnostics) {
    expect(body.error.code).toBe('invalid_plan');
    expect(body.error.message).toBe('The plan has no session to run: every day of it is a rest day.');
    const [d] = body.error.details.diagnostics;
    // At the plan's first day, where the coach will write a run.
    expect(d).toMatchObject({ line: 3, column: 10, length: 4, sourceLine: '  - mon: Rest' });
    expect(d!.hint).toMatch(/write at least one session/i);
  }

  it('is refused when an athlete is created with it (it was stored, and its schedule and bundle answered 422)', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: ALL_REST }, start: '2026-01-05' } });
    expect(res.status).toBe(422);
    expectRefused((await res.json()) as Diagnostics);
  });

  it('is refused when an athlete is changed to it, and the athlete stays as it was', async () => {
    const created = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
    const { id } = (await created.json()) as { id: string };
    const res = await svc.api(`/api/athletes/${id}`, { method: 'PATCH', json: { plan: { yaml: ALL_REST } } });
    expect(res.status).toBe(422);
    expectRefused((await res.json()) as Diagnostics);
    expect(((await (await svc.api(`/api/athletes/${id}`)).json()) as { version: number }).version).toBe(1);
  });

  it('one run among rest days is stored, and every link it is given answers', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: ONE_RUN }, start: '2026-01-05' } });
    expect(res.status).toBe(201);
    const { links } = (await res.json()) as { links: Record<string, string> };
    for (const name of ['page', 'feed', 'schedule', 'bundle']) {
      const answer = await svc.get(pathOf(links[name]!));
      expect(answer.status, name).toBe(200);
      await answer.arrayBuffer();
    }
  });
});
