/**
 * Coach accounts' storage contract on SQLite and PostgreSQL: emails unique
 * whatever their case, one-time links used once and not after they expire,
 * sessions by hashed id, API tokens, the audit log in pages, and the first
 * owner adopting what was made before there were accounts.
 */
import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import type { NewAthlete } from '../../src/store/store.js';
import { BACKENDS, type Place } from './backends.js';

const NOW = '2026-01-01T00:00:00.000Z';
const LATER = '2026-01-02T00:00:00.000Z';
const sha = (s: string) => createHash('sha256').update(s).digest();

function athlete(name: string, coachId?: string): NewAthlete {
  return {
    id: randomUUID(),
    profile: { name, timezone: 'UTC', units: 'km', fitness: { race: { distance: '5K', time: '25:00' } } },
    plan: { template: 'mile-8-week' },
    start: '2026-01-05',
    tokenHash: sha(name),
    now: NOW,
    ...(coachId ? { coachId } : {}),
  };
}

describe.each(BACKENDS)('coach accounts on $name', (backend) => {
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

  const coach = (email: string, role: 'owner' | 'coach' = 'coach') =>
    store.accounts.createCoach({ id: randomUUID(), email, name: email.split('@')[0]!, role, passwordHash: 'h', now: NOW });

  it('an email is taken whatever its case, and found whatever its case', async () => {
    const ann = await coach('Ann@Example.com');
    expect(ann).toMatchObject({ email: 'Ann@Example.com', role: 'coach', active: true });
    expect(await coach('ann@example.COM')).toBe('email_taken');
    expect(await store.accounts.coachForSignIn('ANN@example.com')).toMatchObject({ id: (ann as { id: string }).id, passwordHash: 'h' });
    expect(await store.accounts.coachForSignIn('nobody@example.com')).toBeUndefined();
  });

  it('the first owner adopts the athletes and plans made before there were accounts; a second owner does not', async () => {
    const old = await store.createAthlete(athlete('Old'));
    const oldPlan = await store.plans.create({ name: 'Old plan', text: 'name: x\nweeks: []\n', now: NOW });
    const owner = await store.accounts.createOwner({ id: randomUUID(), email: 'o@example.com', name: 'O', passwordHash: 'h', now: NOW });
    if (owner === 'email_taken') throw new Error('unexpected');
    expect(await store.accounts.ownerOf('athlete', old.id)).toBe(owner.id);
    expect(await store.accounts.ownerOf('plan', oldPlan.id)).toBe(owner.id);
    const later = await store.createAthlete(athlete('Later'));
    await store.accounts.createOwner({ id: randomUUID(), email: 'o2@example.com', name: 'O2', passwordHash: 'h', now: NOW });
    expect(await store.accounts.ownerOf('athlete', later.id)).toBeNull();
    expect(await store.accounts.ownerOf('athlete', randomUUID())).toBeUndefined();
    expect((await store.accounts.firstOwner())?.id).toBe(owner.id);
  });

  it("lists and counts one coach's athletes and plans", async () => {
    const a = (await coach('a@example.com')) as { id: string };
    const b = (await coach('b@example.com')) as { id: string };
    await store.createAthlete(athlete('A1', a.id));
    await store.createAthlete(athlete('A2', a.id));
    await store.createAthlete(athlete('B1', b.id));
    await store.plans.create({ name: 'Plan A', text: 't', now: NOW, coachId: a.id });
    await store.plans.create({ name: 'Plan B', text: 't', now: NOW, coachId: b.id });
    expect((await store.listAthletes({ limit: 10, coach: a.id })).athletes.map((x) => x.name)).toEqual(['A1', 'A2']);
    expect(await store.countAthletes(a.id)).toBe(2);
    expect(await store.countAthletes()).toBe(3);
    expect((await store.plans.list(b.id)).map((p) => p.name)).toEqual(['Plan B']);
    expect(await store.plans.list()).toHaveLength(2);
  });

  it('an invitation is used once, sets the password and name, and ends the sessions the coach had', async () => {
    const invited = await store.accounts.createCoach({ id: randomUUID(), email: 'new@example.com', name: '', role: 'coach', passwordHash: null, now: NOW });
    if (invited === 'email_taken') throw new Error('unexpected');
    expect(invited.active).toBe(false);
    await store.accounts.createLink({ tokenHash: sha('invite'), purpose: 'invite', coachId: invited.id, now: NOW, expiresAt: LATER });
    await store.accounts.saveSession(sha('sid'), '{}', invited.id, LATER);
    expect(await store.accounts.openLink(sha('invite'), NOW)).toMatchObject({ purpose: 'invite', coach: { id: invited.id } });
    // A reset redemption cannot use an invitation.
    expect(await store.accounts.redeemLink(sha('invite'), 'reset', { passwordHash: 'p' }, NOW)).toBeUndefined();
    const done = await store.accounts.redeemLink(sha('invite'), 'invite', { passwordHash: 'p', name: 'New Coach' }, NOW);
    expect(done).toMatchObject({ id: invited.id, name: 'New Coach', active: true });
    expect(await store.accounts.redeemLink(sha('invite'), 'invite', { passwordHash: 'q' }, NOW)).toBeUndefined();
    expect(await store.accounts.openLink(sha('invite'), NOW)).toBeUndefined();
    expect((await store.accounts.coachForSignIn('new@example.com'))?.passwordHash).toBe('p');
    expect(await store.accounts.session(sha('sid'), NOW)).toBeUndefined();
  });

  it('an expired link does nothing', async () => {
    const c = (await coach('c@example.com')) as { id: string };
    await store.accounts.createLink({ tokenHash: sha('reset'), purpose: 'reset', coachId: c.id, now: NOW, expiresAt: LATER });
    expect(await store.accounts.openLink(sha('reset'), LATER)).toBeUndefined();
    expect(await store.accounts.redeemLink(sha('reset'), 'reset', { passwordHash: 'p' }, LATER)).toBeUndefined();
    expect((await store.accounts.coachForSignIn('c@example.com'))?.passwordHash).toBe('h');
  });

  it('the owner set-up link makes the owner once, and is left usable when the email is refused', async () => {
    await coach('taken@example.com');
    await store.accounts.createLink({ tokenHash: sha('owner'), purpose: 'owner', coachId: null, now: NOW, expiresAt: LATER });
    expect(await store.accounts.ownerLinkOpen(NOW)).toBe(true);
    const input = { id: randomUUID(), email: 'TAKEN@example.com', name: 'O', passwordHash: 'p', now: NOW };
    expect(await store.accounts.redeemOwnerLink(sha('owner'), input)).toBe('email_taken');
    const owner = await store.accounts.redeemOwnerLink(sha('owner'), { ...input, email: 'owner@example.com' });
    expect(owner).toMatchObject({ role: 'owner', email: 'owner@example.com' });
    expect(await store.accounts.ownerLinkOpen(NOW)).toBe(false);
    expect(await store.accounts.redeemOwnerLink(sha('owner'), { ...input, id: randomUUID(), email: 'x@example.com' })).toBe('owner_exists');
  });

  it('sessions are kept by hashed id until they expire or are destroyed; disabling a coach ends theirs', async () => {
    const c = (await coach('s@example.com')) as { id: string };
    await store.accounts.saveSession(sha('one'), '{"a":1}', null, LATER);
    await store.accounts.saveSession(sha('one'), '{"a":2}', c.id, LATER);
    await store.accounts.saveSession(sha('two'), '{"b":1}', null, NOW);
    expect(await store.accounts.session(sha('one'), NOW)).toBe('{"a":2}');
    // Expired at its expiry instant, and pruned.
    expect(await store.accounts.session(sha('two'), NOW)).toBeUndefined();
    await store.accounts.pruneSessions(NOW);
    await store.accounts.touchSession(sha('one'), '2026-02-01T00:00:00.000Z');
    expect(await store.accounts.session(sha('one'), '2026-01-15T00:00:00.000Z')).toBe('{"a":2}');
    expect(await store.accounts.disableCoach(c.id, NOW)).toBe(true);
    expect(await store.accounts.session(sha('one'), NOW)).toBeUndefined();
    await store.accounts.saveSession(sha('three'), '{}', null, LATER);
    await store.accounts.destroySession(sha('three'));
    expect(await store.accounts.session(sha('three'), NOW)).toBeUndefined();
  });

  it("API tokens find their coach until revoked or the coach is disabled; a coach revokes only their own", async () => {
    const c = (await coach('t@example.com')) as { id: string };
    const d = (await coach('u@example.com')) as { id: string };
    const token = await store.accounts.createApiToken({ id: randomUUID(), coachId: c.id, name: 'laptop', tokenHash: sha('tok'), now: NOW });
    expect((await store.accounts.coachByApiToken(sha('tok')))?.id).toBe(c.id);
    expect(await store.accounts.revokeApiToken(d.id, token.id, NOW)).toBeUndefined();
    await store.accounts.tokenUsed(sha('tok'), LATER);
    expect(await store.accounts.apiTokens(c.id)).toEqual([{ id: token.id, coachId: c.id, name: 'laptop', createdAt: NOW, lastUsedAt: LATER }]);
    expect(await store.accounts.revokeApiToken(c.id, token.id, LATER)).toBe('laptop');
    expect(await store.accounts.coachByApiToken(sha('tok'))).toBeUndefined();
    await store.accounts.createApiToken({ id: randomUUID(), coachId: d.id, name: 'ci', tokenHash: sha('tok2'), now: NOW });
    await store.accounts.disableCoach(d.id, NOW);
    expect(await store.accounts.coachByApiToken(sha('tok2'))).toBeUndefined();
  });

  it('the audit log pages from the newest entry', async () => {
    for (let i = 0; i < 5; i++) {
      await store.accounts.addAudit({ at: NOW, coachId: null, coachEmail: 'admin', action: `act${i}`, target: { kind: 'athlete', id: `id${i}`, ...(i === 0 ? { name: 'Ann' } : {}) }, detail: { i } });
    }
    const first = await store.accounts.auditPage(3);
    expect(first.entries.map((e) => e.action)).toEqual(['act4', 'act3', 'act2']);
    const second = await store.accounts.auditPage(3, first.next);
    expect(second.entries.map((e) => e.action)).toEqual(['act1', 'act0']);
    expect(second.next).toBeUndefined();
    expect(second.entries[1]).toMatchObject({ target: { kind: 'athlete', id: 'id0', name: 'Ann' }, detail: { i: 0 }, coachEmail: 'admin' });
  });
});
