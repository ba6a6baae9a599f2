/**
 * An athlete's links shown again through the API: the feed token kept sealed
 * with the server key at creation and rotation, on SQLite and PostgreSQL; a
 * rotation still ends the old links at once; a server without a key, or an
 * athlete whose token was not kept, answers what to do instead.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KyselyStore } from '../../src/store/kysely-store.js';
import { SecretBox } from '../../src/sync/intervals/secret.js';
import { freshDatabase, type TestDatabase } from '../support/postgres.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, tempDir, type TestService } from './support/service.js';

interface WithLinks {
  id: string;
  version: number;
  links: { page: string; feed: string; webcal: string; schedule: string; bundle: string; sessions: string };
}

async function json<T = WithLinks>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as T;
}

const create = (svc: TestService) =>
  svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-03-02' } }).then((r) => json(r, 201));
const links = (svc: TestService, id: string) => svc.api(`/api/athletes/${id}/links`);
const rotate = (svc: TestService, id: string) => svc.api(`/api/athletes/${id}/token`, { method: 'POST' }).then((r) => json(r, 200));
const tokenOf = (l: { feed: string }) => /\/a\/([A-Za-z0-9_-]{32})\//.exec(l.feed)![1]!;

describe.each(['sqlite', 'postgres'] as const)('the links again on %s', (backend) => {
  let svc: TestService;
  let database: TestDatabase | undefined;

  beforeAll(async () => {
    database = backend === 'postgres' ? await freshDatabase() : undefined;
    svc = await startTestService({ config: { secretBox: new SecretBox(randomBytes(32)), ...(database ? { databaseUrl: database.url } : {}) } });
  });

  afterAll(async () => {
    await svc.stop();
    removeDir(svc.dir);
    await database?.drop();
  });

  it('answers the links given at creation, as then, until a rotation; then the new ones, and the old stop at once', async () => {
    // Creation also answers what the coach should know of the plan; the links answer the athlete and its links.
    const { diagnostics: _d, kept: _k, ...created } = (await create(svc)) as WithLinks & { diagnostics: unknown; kept: unknown };
    expect(await json(await links(svc, created.id), 200)).toEqual(created);
    expect(await json(await links(svc, created.id), 200)).toEqual(created);
    expect((await svc.get(pathOf(created.links.feed))).status).toBe(200);

    const rotated = await rotate(svc, created.id);
    expect(tokenOf(rotated.links)).not.toBe(tokenOf(created.links));
    expect(await json(await links(svc, created.id), 200)).toEqual(rotated);
    expect((await svc.get(pathOf(created.links.feed))).status).toBe(404);
    expect((await svc.get(pathOf(rotated.links.feed))).status).toBe(200);
  });

  it('each athlete its own links; an unknown, malformed or deleted athlete is a 404', async () => {
    const [a, b] = [await create(svc), await create(svc)];
    expect((await json(await links(svc, a.id), 200)).links).toEqual(a.links);
    expect((await json(await links(svc, b.id), 200)).links).toEqual(b.links);
    expect((await svc.api(`/api/athletes/${b.id}`, { method: 'DELETE' })).status).toBe(204);
    for (const id of [b.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect((await json<{ error: { code: string } }>(await links(svc, id), 404)).error.code).toBe('not_found');
    }
  });

  it('needs the admin token', async () => {
    const a = await create(svc);
    expect((await svc.get(`/api/athletes/${a.id}/links`)).status).toBe(401);
    expect((await svc.get(`/api/athletes/${a.id}/links`, { headers: { authorization: 'Bearer not-the-admin-token-0123456789' } })).status).toBe(403);
  });

  it('no log line holds a token shown again', async () => {
    const a = await create(svc);
    const shown = await json(await links(svc, a.id), 200);
    const log = svc.logs.join('');
    expect(log).toContain(`/api/athletes/${a.id}/links`);
    expect(log).not.toContain(tokenOf(shown.links));
  });
});

describe('an athlete whose token was not kept', () => {
  const dir = tempDir();
  const key = new SecretBox(randomBytes(32));
  let svc: TestService | undefined;
  const restart = async (secretBox?: SecretBox) => {
    await svc?.stop();
    svc = await startTestService({ dir, config: secretBox ? { secretBox } : {} });
    return svc;
  };

  afterAll(async () => {
    await svc?.stop();
    removeDir(dir);
  });

  it('without RUNCAST_SECRET_KEY: 503 saying to set it; the links handed out keep working', async () => {
    const s = await restart();
    const a = await create(s);
    const body = await json<{ error: { code: string; message: string } }>(await links(s, a.id), 503);
    expect(body.error.code).toBe('links_unavailable');
    expect(body.error.message).toMatch(/RUNCAST_SECRET_KEY is not set.*openssl rand -base64 32/);
    expect((await s.get(pathOf(a.links.feed))).status).toBe(200);

    // Once the key is set, the athlete made without it is told to rotate; a rotation gives links that are kept.
    const k = await restart(key);
    const refused = await json<{ error: { code: string; message: string; details: { rotate: string } } }>(await links(k, a.id), 409);
    expect(refused.error).toMatchObject({ code: 'links_not_kept', details: { rotate: `/api/athletes/${a.id}/token` } });
    expect(refused.error.message).toMatch(/no RUNCAST_SECRET_KEY.*Rotate the feed token/);
    expect((await k.get(pathOf(a.links.feed))).status).toBe(200);
    const rotated = await rotate(k, a.id);
    expect(await json(await links(k, a.id), 200)).toEqual(rotated);
  });

  it('a token kept under another key: 409 saying the key changed, never a 500', async () => {
    const s = await restart(key);
    const a = await create(s);
    const other = await restart(new SecretBox(randomBytes(32)));
    const body = await json<{ error: { code: string; message: string } }>(await links(other, a.id), 409);
    expect(body.error.code).toBe('links_not_kept');
    expect(body.error.message).toMatch(/does not open with this RUNCAST_SECRET_KEY \(was the key changed\?\)/);
  });

  it("another athlete's sealed token copied into a row does not open there", async () => {
    const s = await restart(key);
    const [a, b] = [await create(s), await create(s)];
    const db = (s.ctx.store as KyselyStore).db;
    const row = await db.selectFrom('athletes').select('token_sealed').where('id', '=', a.id).executeTakeFirstOrThrow();
    await db.updateTable('athletes').set({ token_sealed: row.token_sealed }).where('id', '=', b.id).execute();
    expect((await json<{ error: { code: string } }>(await links(s, b.id), 409)).error.code).toBe('links_not_kept');
    expect((await json(await links(s, a.id), 200)).links).toEqual(a.links);
  });
});

describe('the demo athlete', () => {
  it('made on a fresh database with a server key, its links can be shown again like any athlete', async () => {
    const svc = await startTestService({ config: { demo: true, secretBox: new SecretBox(randomBytes(32)) } });
    try {
      expect(svc.demo).toBeDefined();
      const shown = await json(await links(svc, svc.demo!.id), 200);
      expect(shown.links).toEqual(svc.demo!.links);
    } finally {
      await svc.stop();
      removeDir(svc.dir);
    }
  });
});
