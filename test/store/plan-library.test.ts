/**
 * The plan library's storage contract, on SQLite and PostgreSQL: a plan stored
 * once, its followers, and an edit that bumps every follower's version in the
 * same transaction (what makes every instance's caches and feeds follow it).
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import type { NewAthlete, PlanSource } from '../../src/store/store.js';
import { BACKENDS, type Place } from './backends.js';

const NOW = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-02T00:00:00.000Z';
const TEXT = 'name: Base\nweeks:\n  - mon: 30 min easy\n';

function follower(name: string, plan: PlanSource, race?: string): NewAthlete {
  return {
    id: randomUUID(),
    profile: { name, timezone: 'UTC', units: 'km', fitness: { race: { distance: '5K', time: '25:00' } } },
    plan,
    start: '2026-01-05',
    ...(race ? { race } : {}),
    tokenHash: createHash('sha256').update(name).digest(),
    now: NOW,
  };
}

describe.each(BACKENDS)('the plan library on $name', (backend) => {
  let place: Place;
  let store: KyselyStore;

  beforeEach(async () => {
    place = await backend.place();
    store = await place.open();
  });

  afterEach(async () => {
    await store.close();
    await place.dispose();
  });

  it('stores a plan once and gives each follower its text, version and name', async () => {
    const plan = await store.plans.create({ name: 'Base', text: TEXT, now: NOW });
    expect(plan).toMatchObject({ name: 'Base', text: TEXT, version: 1, createdAt: NOW });
    const a = await store.createAthlete(follower('Ann', { library: plan.id }, '2026-03-07'));
    expect(a.plan).toEqual({ library: plan.id, yaml: TEXT, planVersion: 1, planName: 'Base' });
    expect(a.race).toBe('2026-03-07');
    expect((await store.getAthlete(a.id))!.plan).toEqual(a.plan);
    expect(await store.findAthleteByTokenHash(a.tokenHash)).toMatchObject({ id: a.id, plan: a.plan });
  });

  it('an edit bumps the plan and every follower, and only them, in one step', async () => {
    const plan = await store.plans.create({ name: 'Base', text: TEXT, now: NOW });
    const other = await store.plans.create({ name: 'Other', text: TEXT, now: NOW });
    const [a, b] = [await store.createAthlete(follower('Ann', { library: plan.id })), await store.createAthlete(follower('Bo', { library: plan.id }))];
    const c = await store.createAthlete(follower('Cy', { library: other.id }));
    const d = await store.createAthlete(follower('Di', { yaml: TEXT }));
    const edited = TEXT.replace('30 min', '40 min');
    const result = await store.plans.update(plan.id, { text: edited }, LATER);
    expect(result).toMatchObject({ ok: true, athletes: 2, plan: { version: 2, text: edited, updatedAt: LATER } });
    for (const before of [a, b]) {
      const after = (await store.getAthlete(before.id))!;
      expect(after.version).toBe(before.version + 1);
      expect(after.plan).toEqual({ library: plan.id, yaml: edited, planVersion: 2, planName: 'Base' });
      // The poll path sees the change too (it reads only id and version, then the row of a new version).
      expect(await store.findAthleteByTokenHash(before.tokenHash)).toMatchObject({ version: before.version + 1, plan: { yaml: edited } });
    }
    for (const untouched of [c, d]) expect((await store.getAthlete(untouched.id))!.version).toBe(untouched.version);
    expect(await store.plans.list()).toEqual([
      { id: plan.id, name: 'Base', version: 2, updatedAt: LATER, athletes: 2 },
      { id: other.id, name: 'Other', version: 1, updatedAt: NOW, athletes: 1 },
    ]);
  });

  it('a conditional edit on an old version changes nothing', async () => {
    const plan = await store.plans.create({ name: 'Base', text: TEXT, now: NOW });
    const a = await store.createAthlete(follower('Ann', { library: plan.id }));
    await store.plans.update(plan.id, { name: 'Base 2' }, LATER, 1);
    expect(await store.plans.update(plan.id, { text: 'x' }, LATER, 1)).toEqual({ ok: false, reason: 'version_conflict', current: 2 });
    expect((await store.plans.get(plan.id))!.text).toBe(TEXT);
    expect((await store.getAthlete(a.id))!.version).toBe(a.version + 1);
    expect(await store.plans.update(randomUUID(), { text: 'x' }, LATER)).toEqual({ ok: false, reason: 'not_found' });
  });

  it('keeps a plan that athletes follow, and deletes it once they follow another', async () => {
    const plan = await store.plans.create({ name: 'Base', text: TEXT, now: NOW });
    const a = await store.createAthlete(follower('Ann', { library: plan.id }));
    expect(await store.plans.delete(plan.id)).toBe('in_use');
    expect(await store.plans.athletesOn(plan.id)).toEqual([a.id]);
    const moved = await store.updateAthlete(a.id, { plan: { yaml: TEXT }, race: null }, LATER);
    expect(moved).toMatchObject({ ok: true, athlete: { plan: { yaml: TEXT } } });
    expect(moved.ok && moved.athlete.race).toBeUndefined();
    expect(await store.plans.delete(plan.id)).toBe('deleted');
    expect(await store.plans.delete(plan.id)).toBe('not_found');
  });
});
