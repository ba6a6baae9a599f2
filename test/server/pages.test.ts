import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RENDERED_SESSIONS, PLAYGROUND_BODY_LIMIT, PLAYGROUND_PER_MINUTE } from '../../src/server/routes/compile.js';
import { sdkDecode } from '../helpers/fit-decode.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let base: string;
const clock = new Date('2026-01-14T18:00:00Z');

/** SMALL_PLAN from 2026-01-05, by hand from its grid: week 1 Mon, Wed, Sat ×2; week 2 Tue, Thu, Sun (rest). */
const SESSION_IDS = ['w1-mon-0', 'w1-wed-0', 'w1-sat-0', 'w1-sat-1', 'w2-tue-0', 'w2-thu-0', 'w2-sun-0'];

const ATHLETE = { name: 'J', fitness: { race: { distance: 'mile', time: '6:00' } } };

beforeAll(async () => {
  svc = await startTestService({ now: () => clock, config: { publicUrl: 'https://runcast.test' } });
  const res = await svc.api('/api/athletes', {
    method: 'POST',
    json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' },
  });
  expect(res.status).toBe(201);
  const { links } = (await res.json()) as { links: { page: string } };
  base = pathOf(links.page);
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe("the athlete's page", () => {
  it('is HTML with helmet\'s headers, no referrer, and a policy that allows only the page\'s own scripts', async () => {
    const res = await svc.get(base);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).toContain("default-src 'self'");
    // Regression: with upgrade-insecure-requests a page reached over http on a LAN address had its
    // stylesheet request rewritten to https and lost (seen in Chromium on http://192.0.2.2).
    expect(csp).not.toContain('upgrade-insecure-requests');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
    // No inline script: every <script> loads a file of ours.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toMatch(/^<script src="\/static\/[a-z-]+\.js\?v=[\w-]+" defer>$/);
  });

  it('shows both weeks and every session of the plan, with working downloads for all but the rest day', async () => {
    const html = await (await svc.get(base)).text();
    expect(count(html, /<details class="week /g)).toBe(2);
    const ids = [...html.matchAll(/<article [^>]*data-session="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(SESSION_IDS);
    const fits = [...html.matchAll(/href="([^"]+\.fit)" data-format="fit"/g)].map((m) => m[1]!);
    expect(fits).toEqual(SESSION_IDS.filter((id) => id !== 'w2-sun-0').map((id) => `${base}sessions/${id}.fit`));
    for (const link of fits) {
      const res = await svc.get(link);
      expect(res.status, link).toBe(200);
      expect(sdkDecode(new Uint8Array(await res.arrayBuffer())).messages.workoutMesgs).toHaveLength(1);
    }
  });

  it("marks today in the athlete's zone and folds the finished weeks", async () => {
    // 2026-01-14 18:00 UTC is Wednesday noon in Chicago: week 2 is this week, week 1 is over.
    const html = await (await svc.get(base)).text();
    expect(html).toMatch(/<details class="week week-past" id="week-1" data-week="1">/);
    expect(html).toMatch(/<details class="week week-current" id="week-2" data-week="2" open>/);
    expect(count(html, /aria-current="date"/g)).toBe(1);
    expect(html).toMatch(/<li class="day today" aria-current="date">\s*<h4 class="day-label"><time datetime="2026-01-14">/);
  });

  it('links the calendar as webcal:// and https with a QR code, and the bundle of the next four weeks', async () => {
    const html = await (await svc.get(base)).text();
    const token = base.split('/')[2]!;
    expect(html).toContain(`id="subscribe-link" href="webcal://runcast.test/a/${token}/calendar.ics"`);
    expect(html).toContain(`value="https://runcast.test/a/${token}/calendar.ics"`);
    expect(html).toMatch(/<svg role="img" aria-label="QR code of the calendar subscription link" class="qr" /);
    expect(html).toContain(`id="bundle-link" href="/a/${token}/bundle.zip?days=28"`);
    const bundle = await svc.get(`/a/${token}/bundle.zip?days=28`);
    expect(bundle.headers.get('content-type')).toBe('application/zip');
  });

  it('answers with and without the trailing slash, and 304 to a matching If-None-Match', async () => {
    const first = await svc.get(base);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect((await svc.get(base.replace(/\/$/, ''))).status).toBe(200);
    expect((await svc.get(base, { headers: { 'If-None-Match': etag } })).status).toBe(304);
  });

  it('is the same 404 as any missing page for an unknown or malformed token', async () => {
    const missing = await svc.get('/nothing-here');
    const body = await missing.text();
    for (const path of ['/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/', '/a/short/', '/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const res = await svc.get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(body);
    }
  });
});

describe('a change to the athlete', () => {
  it('shows on the page at the next visit', async () => {
    const res = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' },
    });
    const created = (await res.json()) as { id: string; links: { page: string } };
    const page = pathOf(created.links.page);
    const before = await svc.get(page);
    expect(await before.text()).toContain('<h1>Jordan Miles</h1>');
    const patch = await svc.api(`/api/athletes/${created.id}`, {
      method: 'PATCH',
      json: { profile: { ...REFERENCE_PROFILE, name: 'Jordan M. Miles' } },
    });
    expect(patch.status).toBe(200);
    const after = await svc.get(page, { headers: { 'If-None-Match': before.headers.get('etag')! } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('<h1>Jordan M. Miles</h1>');
  });
});

describe('nothing from a plan or a profile becomes markup', () => {
  it('escapes a <script> in the athlete name, the plan name, a session title and its notes', async () => {
    const plan = [
      'name: "<b>Plan</b><script>alert(3)</script>"',
      'weeks:',
      '  - mon:',
      '      text: 45 min',
      '      title: "<script>alert(1)</script>"',
      '      notes: "<img src=x onerror=alert(2)>"',
      '',
    ].join('\n');
    const res = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: { ...REFERENCE_PROFILE, name: '<script>alert("name")</script>' }, plan: { yaml: plan }, start: '2026-01-05' },
    });
    expect(res.status).toBe(201);
    const { links } = (await res.json()) as { links: { page: string } };
    const html = await (await svc.get(pathOf(links.page))).text();
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toContain('<b>Plan</b>');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    // The chart carries the title in its own words, escaped by the svg writer.
    expect(html).not.toMatch(/<title>[^<]*<script/);
  });
});

describe('the pages\' own files', () => {
  it('serves the stylesheet and scripts the pages link, and nothing else from the folder', async () => {
    const html = await (await svc.get('/playground')).text();
    const links = [...html.matchAll(/(?:href|src)="(\/static\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.map((l) => l.split('?')[0])).toEqual(['/static/runcast.css', '/static/playground.js']);
    for (const link of links) {
      const res = await svc.get(link);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(link.includes('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
      const again = await svc.get(link, { headers: { 'If-None-Match': res.headers.get('etag')! } });
      expect(again.status).toBe(304);
    }
    for (const path of ['/static/missing.js', '/static/..%2Fpackage.json', '/static/%2e%2e/%2e%2e/package.json']) {
      expect((await svc.get(path)).status, path).toBe(404);
    }
  });

  it('serves the playground page with its labelled controls', async () => {
    const res = await svc.get('/playground');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    for (const id of ['pg-distance', 'pg-time', 'pg-units', 'pg-text']) expect(html).toContain(`<label for="${id}"`);
  });
});

describe('POST /api/compile for the playground (no admin token)', () => {
  const post = (json: unknown, headers: Record<string, string> = {}) =>
    svc.get('/api/compile', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) });

  it('compiles a session and, asked to, adds its words and chart', async () => {
    const res = await post({ text: '4 x 5 min @ Mile w/ 2 min jog', athlete: ATHLETE, render: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { workout: { title: string }; rendered: { title: string; steps: string[]; estimate: string; chart: string } };
    expect(body.rendered.title).toBe(body.workout.title);
    expect(body.rendered.steps).toHaveLength(3);
    expect(body.rendered.estimate).toMatch(/^51 min · /);
    // Four reps, three recoveries between them (none after the last), a warm-up and a cool-down.
    expect(count(body.rendered.chart, /class="block block-active/g)).toBe(4);
    expect(count(body.rendered.chart, /class="block block-recovery/g)).toBe(3);
    expect(count(body.rendered.chart, /class="block block-warmup/g)).toBe(1);
    expect(count(body.rendered.chart, /class="block block-cooldown/g)).toBe(1);
  });

  it('leaves the rendering out unless asked', async () => {
    const body = (await (await post({ text: '30 min easy', athlete: ATHLETE })).json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['diagnostics', 'workout']);
  });

  it('answers 422 with the position and hint of a mistake', async () => {
    const res = await post({ text: '4 x 5 mni @ Mile', athlete: ATHLETE, render: true });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; details: { diagnostics: Record<string, unknown>[] } } };
    expect(error.code).toBe('invalid_session');
    expect(error.details.diagnostics).toEqual([
      expect.objectContaining({ line: 1, column: 7, offset: 6, length: 3, hint: "did you mean 'min'?", sourceLine: '4 x 5 mni @ Mile' }),
    ]);
  });

  it('renders every session of a plan', async () => {
    const res = await post({ plan: SMALL_PLAN, athlete: ATHLETE, render: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rendered: { total: number; sessions: { id: string; when: string }[] } };
    expect(body.rendered.total).toBe(SESSION_IDS.length);
    expect(body.rendered.sessions.map((s) => s.id)).toEqual(SESSION_IDS);
    expect(body.rendered.sessions[1]!.when).toBe('Week 1 · Wed');
  });

  it(`renders at most ${MAX_RENDERED_SESSIONS} sessions of a long plan, and compiles all of them`, async () => {
    // 20 weeks of 7 one-line days: 140 sessions, about 3 KB of YAML.
    const week = '  - {mon: 30 min, tue: 30 min, wed: 30 min, thu: 30 min, fri: 30 min, sat: 30 min, sun: 30 min}\n';
    const res = await post({ plan: `name: Long\nweeks:\n${week.repeat(20)}`, athlete: ATHLETE, render: true });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { plan: { sessions: unknown[] }; rendered: { total: number; sessions: { id: string }[] } };
    expect(body.plan.sessions).toHaveLength(140);
    expect(body.rendered.total).toBe(140);
    expect(body.rendered.sessions).toHaveLength(MAX_RENDERED_SESSIONS);
    expect(body.rendered.sessions[0]!.id).toBe('w1-mon-0');
  });

  it('writes the FIT file of a session', async () => {
    const res = await post({ text: '4 x 5 min @ Mile w/ 2 min jog', athlete: ATHLETE, format: 'fit' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.ant.fit');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="session-4-5-min-Mile\.fit"/);
    const { messages } = sdkDecode(new Uint8Array(await res.arrayBuffer()));
    expect(messages.workoutMesgs).toHaveLength(1);
    // Every string on the watch writes × and dashes in ASCII.
    expect(messages.workoutMesgs![0]!.wktName).toBe('4x5 min @ Mile');
  });

  it('writes the FIT file of one session of a plan, by id', async () => {
    const res = await post({ plan: SMALL_PLAN, athlete: ATHLETE, format: 'fit', session: 'w1-wed-0' });
    expect(res.status).toBe(200);
    const { messages } = sdkDecode(new Uint8Array(await res.arrayBuffer()));
    // Wednesday of week 1 is "6×400m @ HM–10K" (19 bytes); in ASCII it fits the watch's 15 whole.
    const name = String(messages.workoutMesgs![0]!.wktName);
    expect(name).toBe('6x400m @ HM-10K');

    expect((await post({ plan: SMALL_PLAN, athlete: ATHLETE, format: 'fit' })).status).toBe(400);
    const missing = await post({ plan: SMALL_PLAN, athlete: ATHLETE, format: 'fit', session: 'w9-mon-0' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('no_session');
  });

  it('refuses a body over its limit that the admin API accepts', async () => {
    // A valid plan padded with a YAML comment past the playground's limit, well under the API's.
    const big = `${SMALL_PLAN}# ${'x'.repeat(PLAYGROUND_BODY_LIMIT)}\n`;
    const res = await post({ plan: big, athlete: ATHLETE });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    const admin = await svc.api('/api/compile', { method: 'POST', json: { plan: big, athlete: ATHLETE } });
    expect(admin.status).toBe(200);
  });

  it('still needs the right token when one is sent', async () => {
    const wrong = await post({ text: '30 min', athlete: ATHLETE }, { authorization: 'Bearer not-the-admin-token-at-all-0000' });
    expect(wrong.status).toBe(403);
    const admin = await svc.api('/api/compile', { method: 'POST', json: { text: '30 min', athlete: ATHLETE, render: true } });
    expect(admin.status).toBe(200);
    expect(((await admin.json()) as { rendered: { title: string } }).rendered.title).toBe('30 min easy');
  });

  it('gives the other admin routes no way in without the token', async () => {
    expect((await svc.get('/api/athletes')).status).toBe(401);
    expect((await svc.get('/api/templates')).status).toBe(401);
  });
});

describe('the playground rate limit', () => {
  let limited: TestService;
  beforeAll(async () => {
    limited = await startTestService();
  });
  afterAll(async () => {
    await limited.stop();
    removeDir(limited.dir);
  });

  it(`answers 429 after ${PLAYGROUND_PER_MINUTE} compiles a minute from one address, and leaves the admin API alone`, async () => {
    const post = () =>
      limited.get('/api/compile', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '30 min', athlete: ATHLETE }) });
    for (let i = 0; i < PLAYGROUND_PER_MINUTE; i++) expect((await post()).status).toBe(200);
    const over = await post();
    expect(over.status).toBe(429);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    const admin = await limited.api('/api/compile', { method: 'POST', json: { text: '30 min', athlete: ATHLETE } });
    expect(admin.status).toBe(200);
  });
});
