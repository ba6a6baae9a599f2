/**
 * The JSON API as each coach reaches it: an API token made in the console
 * reaches its coach's athletes and plans only (another coach's answer 404,
 * as ids that name nothing), the admin token reaches everything as the owner,
 * and every change made through the API is in the audit log with who made it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { athleteFor, athletesOf, planFor, plansOf } from '../../src/server/console/scope.js';
import { consoleCoach } from '../../src/server/console/session.js';
import type { Coach } from '../../src/store/accounts.js';
import { adminApi, type AdminApi } from '../support/admin-api.js';
import { ConsoleBrowser } from './support/console.js';
import { REFERENCE_PROFILE, SMALL_PLAN, removeDir, startTestService, type TestService } from './support/service.js';
import { makeCoach, PASSWORD } from './console/support.js';

let svc: TestService;
let ann: Coach;
let bob: Coach;
let annApi: AdminApi;
let bobApi: AdminApi;
const ids = { annPlan: '', bobPlan: '', ann1: '', bob1: '', own1: '' };

/** A token made on the coach's API tokens page, read from the page that shows it once. */
async function tokenFor(email: string): Promise<string> {
  const browser = new ConsoleBrowser(svc.url);
  await browser.signIn(email, PASSWORD);
  await browser.get('/console/tokens');
  const page = await browser.post('/console/tokens', { name: 'script' });
  return /id="console-link" type="text" readonly value="([A-Za-z0-9_-]{32})"/.exec(page.html)![1]!;
}

async function created(res: Response): Promise<string> {
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const athleteOn = (plan: { library: string } | { yaml: string }, name: string) => ({ profile: { ...REFERENCE_PROFILE, name }, plan, start: '2026-01-05' });

beforeAll(async () => {
  svc = await startTestService();
  await makeCoach(svc.ctx, 'owner@club.example', 'owner');
  ann = await makeCoach(svc.ctx, 'ann@club.example');
  bob = await makeCoach(svc.ctx, 'bob@club.example');
  annApi = adminApi(svc.url, await tokenFor('ann@club.example'));
  bobApi = adminApi(svc.url, await tokenFor('bob@club.example'));
  ids.annPlan = await created(await annApi('/api/plans', { method: 'POST', json: { text: SMALL_PLAN, name: "Ann's block" } }));
  ids.bobPlan = await created(await bobApi('/api/plans', { method: 'POST', json: { text: SMALL_PLAN, name: "Bob's block" } }));
  ids.ann1 = await created(await annApi('/api/athletes', { method: 'POST', json: athleteOn({ library: ids.annPlan }, 'Ann One') }));
  ids.bob1 = await created(await bobApi('/api/athletes', { method: 'POST', json: athleteOn({ library: ids.bobPlan }, 'Bob One') }));
  ids.own1 = await created(await svc.api('/api/athletes', { method: 'POST', json: athleteOn({ yaml: SMALL_PLAN }, 'Owner One') }));
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe("a coach's API token", () => {
  it('lists only the coach’s athletes and plans', async () => {
    const list = (await (await annApi('/api/athletes')).json()) as { athletes: { id: string }[]; total: number };
    expect(list.athletes.map((a) => a.id)).toEqual([ids.ann1]);
    expect(list.total).toBe(1);
    const plans = (await (await annApi('/api/plans')).json()) as { plans: { id: string }[] };
    expect(plans.plans.map((p) => p.id)).toEqual([ids.annPlan]);
  });

  it("cannot reach another coach's athlete or plan by id, by any route: each is a 404", async () => {
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/athletes/${ids.bob1}`],
      ['PATCH', `/api/athletes/${ids.bob1}`, { profile: { ...REFERENCE_PROFILE, name: 'Taken' } }],
      ['DELETE', `/api/athletes/${ids.bob1}`],
      ['GET', `/api/athletes/${ids.bob1}/links`],
      ['POST', `/api/athletes/${ids.bob1}/token`],
      ['GET', `/api/athletes/${ids.bob1}/changes`],
      ['POST', `/api/athletes/${ids.bob1}/changes`, { kind: 'skip', session: '2026-01-05' }],
      ['GET', `/api/athletes/${ids.bob1}/intervals`],
      ['GET', `/api/athletes/${ids.own1}`],
      ['GET', `/api/plans/${ids.bobPlan}`],
      ['PATCH', `/api/plans/${ids.bobPlan}`, { name: 'Taken' }],
      ['DELETE', `/api/plans/${ids.bobPlan}`],
    ];
    for (const [method, path, json] of attempts) {
      const res = await annApi(path, { method, ...(json ? { json } : {}) });
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    const bobNow = (await (await svc.api(`/api/athletes/${ids.bob1}`)).json()) as { name: string; version: number };
    expect(bobNow).toMatchObject({ name: 'Bob One', version: 1 });
    expect(((await (await svc.api(`/api/plans/${ids.bobPlan}`)).json()) as { name: string }).name).toBe("Bob's block");
  });

  it("cannot put an athlete on another coach's plan", async () => {
    const res = await annApi('/api/athletes', { method: 'POST', json: athleteOn({ library: ids.bobPlan }, 'Sneaky') });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unknown_plan');
    const patch = await annApi(`/api/athletes/${ids.ann1}`, { method: 'PATCH', json: { plan: { library: ids.bobPlan } } });
    expect(patch.status).toBe(422);
  });

  it('stops working once revoked', async () => {
    const browser = new ConsoleBrowser(svc.url);
    await browser.signIn('bob@club.example', PASSWORD);
    await browser.get('/console/tokens');
    const page = await browser.post('/console/tokens', { name: 'to revoke' });
    const token = /value="([A-Za-z0-9_-]{32})"/.exec(page.html)![1]!;
    const api = adminApi(svc.url, token);
    expect((await api('/api/athletes')).status).toBe(200);
    const listed = await svc.ctx.store.accounts.apiTokens(bob.id);
    const id = listed.find((t) => t.name === 'to revoke')!.id;
    expect((await browser.post(`/console/tokens/${id}/revoke`)).status).toBe(200);
    expect((await api('/api/athletes')).status).toBe(403);
  });
});

describe('the admin token', () => {
  it("is the owner's: it reaches every athlete and plan", async () => {
    const list = (await (await svc.api('/api/athletes')).json()) as { athletes: { id: string }[]; total: number };
    expect(list.athletes.map((a) => a.id).sort()).toEqual([ids.ann1, ids.bob1, ids.own1].sort());
    expect((await svc.api(`/api/athletes/${ids.ann1}`)).status).toBe(200);
    expect((await svc.api(`/api/plans/${ids.bobPlan}`)).status).toBe(200);
  });
});

describe('the scope functions the console reads through', () => {
  it("give a coach their own athletes and plans, and nothing of another coach's", async () => {
    const a = consoleCoach(ann);
    expect((await athletesOf(svc.ctx, a)).map((x) => x.id)).toEqual([ids.ann1]);
    expect((await plansOf(svc.ctx, a)).map((x) => x.id)).toEqual([ids.annPlan]);
    expect((await athleteFor(svc.ctx, a, ids.ann1))?.name).toBe('Ann One');
    expect(await athleteFor(svc.ctx, a, ids.bob1)).toBeUndefined();
    expect(await planFor(svc.ctx, a, ids.bobPlan)).toBeUndefined();
    const owner = consoleCoach((await svc.ctx.store.accounts.firstOwner())!);
    expect(await athletesOf(svc.ctx, owner)).toHaveLength(3);
    expect((await planFor(svc.ctx, owner, ids.bobPlan))?.name).toBe("Bob's block");
  });
});

describe('the audit log', () => {
  it('has every change made through the API, with who made it, and the account events', async () => {
    expect((await annApi(`/api/athletes/${ids.ann1}`, { method: 'PATCH', json: { start: '2026-01-12' } })).status).toBe(200);
    expect((await annApi(`/api/plans/${ids.annPlan}`, { method: 'PATCH', json: { text: SMALL_PLAN.replace('30 min easy', '35 min easy') } })).status).toBe(200);
    const { entries } = await svc.ctx.store.accounts.auditPage(200);
    const has = (email: string, action: string, id: string) => entries.find((e) => e.coachEmail === email && e.action === action && e.target.id === id);
    expect(has('ann@club.example', 'plan.create', ids.annPlan)).toMatchObject({ target: { kind: 'plan', name: "Ann's block" }, detail: { via: 'api' } });
    expect(has('ann@club.example', 'athlete.create', ids.ann1)).toMatchObject({ target: { kind: 'athlete', name: 'Ann One' } });
    expect(has('ann@club.example', 'athlete.update', ids.ann1)).toMatchObject({ detail: { fields: ['start'] } });
    expect(has('ann@club.example', 'plan.update', ids.annPlan)).toMatchObject({ detail: { fields: ['text'], touched: 1 } });
    expect(has('owner@club.example', 'athlete.create', ids.own1)).toBeDefined();
    expect(has('ann@club.example', 'coach.sign-in', ann.id)).toBeDefined();
    const tokens = entries.filter((e) => e.coachEmail === 'bob@club.example' && e.target.kind === 'token').map((e) => e.action);
    expect(tokens).toEqual(expect.arrayContaining(['token.create', 'token.revoke']));
    // Refused attempts changed nothing, so recorded nothing.
    expect(entries.filter((e) => e.target.id === ids.bob1 && e.coachEmail === 'ann@club.example')).toEqual([]);
    // What a coach makes through the API is theirs.
    expect(await svc.ctx.store.accounts.ownerOf('athlete', ids.ann1)).toBe(ann.id);
    expect(await svc.ctx.store.accounts.ownerOf('plan', ids.bobPlan)).toBe(bob.id);
  });

  it('is shown to the owner, newest first', async () => {
    const browser = new ConsoleBrowser(svc.url);
    await browser.signIn('owner@club.example', PASSWORD);
    const page = await browser.get('/console/audit');
    expect(page.status).toBe(200);
    expect(page.html).toContain('coach.sign-in');
    expect(page.html).toContain('plan.update');
    expect(page.html.indexOf('coach.sign-in')).toBeLessThan(page.html.indexOf('plan.update'));
  });
});
