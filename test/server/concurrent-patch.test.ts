/**
 * PATCH without `version` is last-writer-wins: concurrent changes of one
 * athlete all apply, one after the other, on one instance or several, on
 * SQLite and on PostgreSQL (five to seven of ten answered 409
 * version_conflict, which the API promises only to a PATCH with `version`).
 * With `version`, the first write wins and the others get 409.
 */
import { describe, expect, it } from 'vitest';
import { useInstances } from './support/instances.js';
import { REFERENCE_PROFILE, SMALL_PLAN, type TestService } from './support/service.js';

const CONCURRENT = 10;

/** Ten start dates, one per PATCH: the stored one says which write came last. */
const starts = Array.from({ length: CONCURRENT }, (_, i) => `2026-0${1 + Math.floor(i / 4)}-${String(5 + 7 * (i % 4)).padStart(2, '0')}`);

interface Answer {
  status: number;
  body: { version?: number; start?: string; error?: { code: string } };
}

async function patchAll(services: TestService[], id: string, version?: number): Promise<Answer[]> {
  return Promise.all(
    starts.map(async (start, i) => {
      const res = await services[i % services.length]!.api(`/api/athletes/${id}`, { method: 'PATCH', json: { start, ...(version !== undefined ? { version } : {}) } });
      return { status: res.status, body: (await res.json()) as Answer['body'] };
    }),
  );
}

async function create(svc: TestService): Promise<string> {
  const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

function expectAllApplied(answers: Answer[], stored: { version: number; start: string }) {
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
  // Each applied once, in some order: versions 2 to 11, each given once.
  expect(answers.map((a) => a.body.version).sort((x, y) => x! - y!)).toEqual(Array.from({ length: CONCURRENT }, (_, i) => i + 2));
  expect(stored.version).toBe(CONCURRENT + 1);
  // The last writer's start date is the one stored.
  const last = answers.find((a) => a.body.version === stored.version)!;
  expect(stored.start).toBe(last.body.start);
}

describe.each([
  ['SQLite, one instance', 1],
  ['PostgreSQL, two instances', 2],
])('ten concurrent PATCHes of one athlete (%s)', (_, instances) => {
  const services = useInstances(instances);

  it('without version: every one applies, last writer wins, no 409', async () => {
    const id = await create(services[0]!);
    const answers = await patchAll(services, id);
    const stored = (await (await services[0]!.api(`/api/athletes/${id}`)).json()) as { version: number; start: string };
    expectAllApplied(answers, stored);
  });

  it('with the same version: one applies, the others get 409 version_conflict', async () => {
    const id = await create(services[0]!);
    const answers = await patchAll(services, id, 1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.error?.code)).toEqual(Array(CONCURRENT - 1).fill('version_conflict'));
  });
});
