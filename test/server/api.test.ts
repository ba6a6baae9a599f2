import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startTestService();
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; details: unknown } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error.message).toBe('string');
  // Nothing internal leaks into an error: no stack frames, no file paths.
  expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules|\/src\//);
  return body.error;
}

const createFromTemplate = (start = '2026-01-05') =>
  svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start } });

describe('templates', () => {
  it('lists the shipped templates with title and weeks', async () => {
    const res = await svc.api('/api/templates');
    expect(res.status).toBe(200);
    const { templates } = (await res.json()) as { templates: { name: string; title: string; weeks: number }[] };
    const names = templates.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['mile-8-week', 'mile-workouts']));
    const mile = templates.find((t) => t.name === 'mile-8-week')!;
    expect(mile.weeks).toBe(8);
    expect(mile.title.length).toBeGreaterThan(0);
  });
});

describe('athletes', () => {
  it('creates an athlete from a template and answers its private links', async () => {
    const res = await createFromTemplate();
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, any>;
    expect(res.headers.get('location')).toBe(`/api/athletes/${body.id}`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({ name: 'Jordan Miles', plan: { template: 'mile-8-week' }, start: '2026-01-05', version: 1 });
    expect(body.profile).toMatchObject({ name: 'Jordan Miles', timezone: 'America/Chicago', units: 'mi' });
    const links = body.links as Record<string, string>;
    const token = /\/a\/([A-Za-z0-9_-]{32})\//.exec(links.feed!)![1]!;
    expect(links.feed).toBe(`${svc.ctx.publicUrl()}/a/${token}/calendar.ics`);
    expect(links.webcal).toBe(links.feed!.replace(/^http:/, 'webcal:'));
    expect(links.page).toBe(`${svc.ctx.publicUrl()}/a/${token}/`);
    expect(links.bundle).toBe(`${svc.ctx.publicUrl()}/a/${token}/bundle.zip?days=28`);
    // The feed link works as handed out.
    expect((await svc.get(pathOf(links.feed!))).status).toBe(200);
    // The token is shown at creation only.
    const again = await (await svc.api(`/api/athletes/${body.id}`)).text();
    expect(again).not.toContain(token);
  });

  it('creates an athlete from inline YAML and a profile given as YAML text', async () => {
    const profileYaml = 'name: Lena Vogel\ntimezone: Europe/Berlin\nunits: km\nfitness:\n  race: { distance: 5K, time: "25:00" }\n';
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: profileYaml, plan: { yaml: SMALL_PLAN }, start: '2026-03-02' } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, any>;
    expect(body).toMatchObject({ name: 'Lena Vogel', plan: { yaml: SMALL_PLAN }, start: '2026-03-02' });
    expect(body.profile).toMatchObject({ timezone: 'Europe/Berlin', units: 'km' });
  });

  it('starts next Monday in the athlete’s zone when no start is given', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN } } });
    expect(res.status).toBe(201);
    const { start } = (await res.json()) as { start: string };
    const d = new Date(`${start}T12:00:00Z`);
    expect(d.getUTCDay()).toBe(1);
    const days = (d.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThan(8.5);
  });

  it('reads, lists, changes and deletes athletes', async () => {
    const created = (await (await createFromTemplate()).json()) as { id: string; links: { feed: string } };
    const one = await svc.api(`/api/athletes/${created.id}`);
    expect(one.status).toBe(200);

    const list = (await (await svc.api('/api/athletes?limit=1000')).json()) as { athletes: { id: string }[]; total: number; next: string | null };
    expect(list.athletes.map((a) => a.id)).toContain(created.id);
    expect(list.total).toBe(list.athletes.length);
    expect(list.next).toBeNull();
    const page = (await (await svc.api('/api/athletes?limit=1')).json()) as { athletes: unknown[]; next: string | null };
    expect(page.athletes).toHaveLength(1);
    expect(page.next).not.toBeNull();

    const patched = await svc.api(`/api/athletes/${created.id}`, { method: 'PATCH', json: { start: '2026-02-02', version: 1 } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ start: '2026-02-02', version: 2 });

    const renamed = await svc.api(`/api/athletes/${created.id}`, {
      method: 'PATCH',
      json: { profile: { ...REFERENCE_PROFILE, name: 'Jordan M.' }, plan: { yaml: SMALL_PLAN } },
    });
    expect(await renamed.json()).toMatchObject({ name: 'Jordan M.', version: 3, plan: { yaml: SMALL_PLAN }, start: '2026-02-02' });

    const stale = await svc.api(`/api/athletes/${created.id}`, { method: 'PATCH', json: { start: '2026-03-02', version: 1 } });
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: 'version_conflict', details: { version: 3 } });

    expect((await svc.api(`/api/athletes/${created.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await svc.api(`/api/athletes/${created.id}`)).status).toBe(404);
    expect((await svc.api(`/api/athletes/${created.id}`, { method: 'DELETE' })).status).toBe(404);
    // The deleted athlete's links are gone with it.
    expect((await svc.get(pathOf(created.links.feed))).status).toBe(404);
  });

  it('rotates the feed token: the old links stop at once, the new ones work', async () => {
    const created = (await (await createFromTemplate()).json()) as { id: string; links: { feed: string } };
    expect((await svc.get(pathOf(created.links.feed))).status).toBe(200);
    const rotated = await svc.api(`/api/athletes/${created.id}/token`, { method: 'POST' });
    expect(rotated.status).toBe(200);
    const body = (await rotated.json()) as { version: number; links: { feed: string } };
    expect(body.version).toBe(2);
    expect(body.links.feed).not.toBe(created.links.feed);
    expect((await svc.get(pathOf(created.links.feed))).status).toBe(404);
    expect((await svc.get(pathOf(body.links.feed))).status).toBe(200);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    for (const path of ['/api/athletes/00000000-0000-4000-8000-000000000000', '/api/athletes/not-a-uuid']) {
      const res = await svc.api(path);
      expect(res.status).toBe(404);
      expect((await errorOf(res)).code).toBe('not_found');
    }
    expect((await svc.api('/api/athletes/not-a-uuid/token', { method: 'POST' })).status).toBe(404);
    expect((await svc.api('/api/nothing-here')).status).toBe(404);
  });
});

describe('request errors', () => {
  it('400 on malformed JSON', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile": ' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('bad_json');
  });

  it('400 naming each field that does not match the schema', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'mile-8-week' }, start: '2026-02-30', extra: 1 } });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    const paths = (error.details as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['start', '']));
  });

  it('413 on a body over the limit', async () => {
    const huge = 'x'.repeat(svc.ctx.config.bodyLimit + 10);
    const res = await svc.api('/api/compile', { method: 'POST', json: { text: huge, athlete: REFERENCE_PROFILE } });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('415 on a body that is not JSON', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
  });

  it('401 without the admin token, 403 with a wrong one', async () => {
    const none = await svc.get('/api/athletes');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await errorOf(none)).code).toBe('unauthorized');
    const basic = await svc.get('/api/athletes', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    const wrong = await svc.get('/api/athletes', { headers: { authorization: 'Bearer not-the-admin-token-at-all' } });
    expect(wrong.status).toBe(403);
    expect((await errorOf(wrong)).code).toBe('forbidden');
    // Creating needs the token as much as reading does.
    const post = await svc.get('/api/athletes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(post.status).toBe(401);
  });

  it('422 with line and column for a plan that does not compile, with strict: true', async () => {
    const broken = 'name: Broken\nweeks:\n  - mon: 30 min easy\n    wed: 4 x 5 mni @ Mile\n';
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: broken }, start: '2026-01-05', strict: true } });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_plan');
    const diagnostics = (error.details as { diagnostics: { line: number; column: number; message: string; severity: string }[] }).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    const d = diagnostics[0]!;
    expect(d.severity).toBe('error');
    // "mni" sits on line 4; its column is where it starts in that line.
    expect(d.line).toBe(4);
    expect(d.column).toBe('    wed: 4 x 5 mni @ Mile'.indexOf('mni') + 1);
  });

  it('422 with line and column for YAML that does not parse', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: 'name: x\nweeks: [\n' } } });
    expect(res.status).toBe(422);
    const d = ((await errorOf(res)).details as { diagnostics: { line: number; column: number }[] }).diagnostics[0]!;
    expect(d.line).toBeGreaterThanOrEqual(2);
    expect(d.column).toBeGreaterThanOrEqual(1);
  });

  it('422 naming the path of a bad profile field, and for an unknown template', async () => {
    const res = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: { ...REFERENCE_PROFILE, timezone: 'Mars/Olympus' }, plan: { template: 'mile-8-week' } },
    });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_athlete');
    expect((error.details as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain('profile.timezone');

    const unknown = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template: 'no-such' } } });
    expect(unknown.status).toBe(422);
    const e2 = await errorOf(unknown);
    expect(e2.code).toBe('unknown_template');
    expect((e2.details as { templates: string[] }).templates).toContain('mile-8-week');
  });

  it('400, not 500, for a badly percent-encoded path', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(svc.url);
      const req = request({ host: u.hostname, port: u.port, path: '/api/athletes/%E0%A4%A', headers: { authorization: 'Bearer x' } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBeLessThan(500);
  });
});

describe('compile', () => {
  it('compiles one session for an athlete', async () => {
    const res = await svc.api('/api/compile', { method: 'POST', json: { text: '4 x 5 min @ Mile w/ 2 min jog', athlete: REFERENCE_PROFILE } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { workout: { steps: { type: string; count?: number }[] } };
    const repeat = body.workout.steps.find((s) => s.type === 'repeat');
    expect(repeat?.count).toBe(4);
  });

  it('compiles a plan, dated when a start is given', async () => {
    const res = await svc.api('/api/compile', { method: 'POST', json: { plan: SMALL_PLAN, athlete: REFERENCE_PROFILE, start: '2026-01-05' } });
    expect(res.status).toBe(200);
    const { plan } = (await res.json()) as { plan: { sessions: { id: string; date: string }[] } };
    expect(plan.sessions.map((s) => `${s.id} ${s.date}`)).toEqual([
      'w1-mon-0 2026-01-05',
      'w1-wed-0 2026-01-07',
      'w1-sat-0 2026-01-10',
      'w1-sat-1 2026-01-10',
      'w2-tue-0 2026-01-13',
      'w2-thu-0 2026-01-15',
      'w2-sun-0 2026-01-18',
    ]);
  });

  it('422 with the position and hint of a misspelt word', async () => {
    const res = await svc.api('/api/compile', { method: 'POST', json: { text: '4 x 5 mni @ Mile', athlete: REFERENCE_PROFILE } });
    expect(res.status).toBe(422);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_session');
    const d = (error.details as { diagnostics: { line: number; column: number; length: number; hint: string | null }[] }).diagnostics[0]!;
    expect(d).toMatchObject({ line: 1, column: 7, length: 3 });
    expect(d.hint).toMatch(/min/);
  });

  it('422 with positions for an athlete given as broken YAML', async () => {
    const res = await svc.api('/api/compile', {
      method: 'POST',
      json: { text: '30 min easy', athlete: 'name: X\nfitness:\n  race: { distance: mile, time: "six" }\n' },
    });
    expect(res.status).toBe(422);
    const d = ((await errorOf(res)).details as { diagnostics: { line: number }[] }).diagnostics[0]!;
    expect(d.line).toBe(3);
  });

  it('400 when neither or both of text and plan are given', async () => {
    expect((await svc.api('/api/compile', { method: 'POST', json: { athlete: REFERENCE_PROFILE } })).status).toBe(400);
    expect((await svc.api('/api/compile', { method: 'POST', json: { text: 'x', plan: 'y', athlete: REFERENCE_PROFILE } })).status).toBe(400);
  });
});

describe('health and the API description', () => {
  it('answers /healthz', async () => {
    const res = await svc.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document covering every route, with the request schemas', async () => {
    const res = await svc.get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as any;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/a/{token}/bundle.zip',
        '/a/{token}/calendar.ics',
        '/a/{token}/schedule.fit',
        '/a/{token}/sessions/{session}.{ext}',
        '/api/athletes',
        '/api/athletes/{id}',
        '/api/athletes/{id}/token',
        '/api/athletes/{id}/changes',
        '/api/athletes/{id}/changes/{change}',
        '/api/athletes/{id}/links',
        '/api/athletes/{id}/intervals',
        '/api/athletes/{id}/intervals/push',
        '/api/compile',
        '/api/openapi.json',
        '/api/plans',
        '/api/plans/{id}',
        '/api/templates',
        '/healthz',
      ].sort(),
    );
    const create = doc.paths['/api/athletes'].post.requestBody.content['application/json'].schema;
    expect(create.required).toEqual(expect.arrayContaining(['profile', 'plan']));
    expect(create.properties.profile).toEqual({ $ref: '#/components/schemas/AthleteProfile' });
    const profile = doc.components.schemas.AthleteProfile;
    const objectForm = profile.anyOf.find((s: any) => s.type === 'object');
    expect(objectForm.required).toEqual(expect.arrayContaining(['name', 'fitness']));
    expect(objectForm.properties.units.enum).toEqual(['mi', 'km']);
    // Every $ref points at a component that exists.
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    for (const r of refs) expect(doc.components.schemas[r.split('/').pop()!]).toBeDefined();
  });
});

const compileWithHeartRate = (heartRate: unknown) =>
  svc.api('/api/compile', { method: 'POST', json: { text: '40 min Z2', athlete: { ...REFERENCE_PROFILE, heartRate } } });

describe('heart-rate data in the service', () => {
  it('a profile with max HR 190 compiles "40 min Z2" to 114–133 bpm', async () => {
    const res = await compileWithHeartRate({ max: 190 });
    expect(res.status).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('"target":{"kind":"heartRate","low":114,"high":133,"name":"Z2"');
  });

  it('a threshold above the max is a 422 invalid_athlete that names profile.heartRate.threshold and says why', async () => {
    const res = await compileWithHeartRate({ max: 180, threshold: 185 });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; details: { issues: { path: string; message: string }[] } } };
    expect(error.code).toBe('invalid_athlete');
    expect(error.details.issues).toEqual([{ path: 'profile.heartRate.threshold', message: 'the threshold heart rate is below the maximum' }]);
  });
});
