/**
 * One athlete's writes come one at a time: ten session changes sent at once,
 * with a PATCH of the athlete and an edit of the library plan it follows in
 * among them, are all kept, each bumping the version once — on one instance
 * over SQLite, and on two instances sharing PostgreSQL, where the version
 * check decides between them.
 */
import { describe, expect, it } from 'vitest';
import { useInstances } from './support/instances.js';
import { REFERENCE_PROFILE, SMALL_PLAN } from './support/service.js';

const CONCURRENT = 10;
// Two weeks from Monday 5 January: ten days to add a session on.
const days = Array.from({ length: CONCURRENT }, (_, i) => `2026-01-${String(5 + i).padStart(2, '0')}`);

describe.each([
  ['SQLite, one instance', 1],
  ['PostgreSQL, two instances', 2],
])('ten concurrent changes of one athlete (%s)', (_, instances) => {
  const services = useInstances(instances);

  it('every change is kept, with a PATCH and a plan edit in among them; each write bumps the version once', async () => {
    const svc = services[0]!;
    const plan = (await (await svc.api('/api/plans', { method: 'POST', json: { text: SMALL_PLAN } })).json()) as { id: string };
    const created = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { library: plan.id }, start: '2026-01-05' } });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const on = (i: number) => services[i % services.length]!;

    const answers = await Promise.all([
      ...days.map((date, i) => on(i).api(`/api/athletes/${id}/changes`, { method: 'POST', json: { kind: 'add', date, text: `${20 + i} min easy` } })),
      on(1).api(`/api/athletes/${id}`, { method: 'PATCH', json: { start: '2026-01-05', strict: false } }),
      on(0).api(`/api/plans/${plan.id}`, { method: 'PATCH', json: { text: SMALL_PLAN.replace('45 min', '50 min') } }),
    ]);
    const bodies = await Promise.all(answers.map(async (res) => ({ status: res.status, body: (await res.json()) as { version?: number } })));
    expect(bodies.map((b) => b.status)).toEqual([...days.map(() => 201), 200, 200]);

    const stored = (await (await svc.api(`/api/athletes/${id}`)).json()) as { version: number };
    const changes = (await (await svc.api(`/api/athletes/${id}/changes`)).json()) as { changes: { text: string }[] };
    expect(changes.changes.map((c) => c.text).sort()).toEqual(days.map((_, i) => `${20 + i} min easy`).sort());
    // Created at 1; ten changes, one PATCH and one plan edit since: each once.
    expect(stored.version).toBe(1 + CONCURRENT + 2);
    const versions = bodies.slice(0, CONCURRENT + 1).map((b) => b.body.version!);
    expect(new Set(versions).size).toBe(CONCURRENT + 1);
  });
});
