import ICAL from 'ical.js';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkDecode } from '../helpers/fit-decode.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let clock = new Date('2026-01-01T12:00:00Z');
let athlete: { id: string; links: Record<string, string> };
let base: string;
const PUBLIC_URL = 'https://runcast.test';

/** The sessions of SMALL_PLAN from 2026-01-05, worked out by hand from its grid. */
const SESSIONS = [
  ['w1-mon-0', '2026-01-05'],
  ['w1-wed-0', '2026-01-07'],
  ['w1-sat-0', '2026-01-10'],
  ['w1-sat-1', '2026-01-10'],
  ['w2-tue-0', '2026-01-13'],
  ['w2-thu-0', '2026-01-15'],
  ['w2-sun-0', '2026-01-18'],
] as const;

beforeAll(async () => {
  // A fixed public URL keeps the links inside the feed (part of each event's content) the same across restarts.
  svc = await startTestService({ now: () => clock, config: { publicUrl: PUBLIC_URL } });
  const res = await svc.api('/api/athletes', {
    method: 'POST',
    json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' },
  });
  expect(res.status).toBe(201);
  athlete = (await res.json()) as typeof athlete;
  base = pathOf(athlete.links.page!).replace(/\/$/, '');
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((e) => ({
    uid: String(e.getFirstPropertyValue('uid')),
    start: e.getFirstPropertyValue('dtstart') as unknown as ICAL.Time,
    summary: String(e.getFirstPropertyValue('summary')),
    description: String(e.getFirstPropertyValue('description') ?? ''),
    sequence: Number(e.getFirstPropertyValue('sequence')),
    modified: String(e.getFirstPropertyValue('last-modified')),
  }));
}

async function bytes(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

describe('the calendar feed', () => {
  it('is a parseable calendar with one event per session on its date, served for polling', async () => {
    const res = await svc.get(`${base}/calendar.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const list = events(await res.text());
    expect(list.map((e) => e.start.toString()).sort()).toEqual(SESSIONS.map(([, d]) => d).sort());
    for (const e of list) expect(e.start.isDate).toBe(true);
  });

  it('links each workout event to downloads that work and decode as FIT', async () => {
    const list = events(await (await svc.get(`${base}/calendar.ics`)).text());
    const fitLinks = list.flatMap((e) => e.description.match(/https?:\/\/\S+\.fit/g) ?? []);
    // Rest days carry no link; every other session does.
    expect(fitLinks.length).toBe(SESSIONS.length - 1);
    for (const link of fitLinks) {
      expect(link.startsWith(`${PUBLIC_URL}${base}/sessions/`)).toBe(true);
      const res = await svc.get(pathOf(link));
      expect(res.status).toBe(200);
      const decoded = sdkDecode(await bytes(res));
      expect(decoded.messages.workoutMesgs).toHaveLength(1);
    }
    // The double day links by session id, since its date names two sessions.
    expect(fitLinks.some((l) => l.endsWith('/sessions/w1-sat-0.fit'))).toBe(true);
    expect(fitLinks.some((l) => l.endsWith('/sessions/w1-sat-1.fit'))).toBe(true);
  });

  it('answers 304 to If-None-Match with its ETag, strong or weak', async () => {
    const first = await svc.get(`${base}/calendar.ics`);
    const etag = first.headers.get('etag')!;
    await first.arrayBuffer();
    for (const tag of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await svc.get(`${base}/calendar.ics`, { headers: { 'if-none-match': tag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect((await again.arrayBuffer()).byteLength).toBe(0);
    }
    const stale = await svc.get(`${base}/calendar.ics`, { headers: { 'if-none-match': '"not-it"' } });
    expect(stale.status).toBe(200);
  });

  it('serves an unchanged feed from the cache', async () => {
    await (await svc.get(`${base}/calendar.ics`)).arrayBuffer();
    const before = svc.ctx.outputs.cache.stats();
    await (await svc.get(`${base}/calendar.ics`)).arrayBuffer();
    const after = svc.ctx.outputs.cache.stats();
    expect(after.hits).toBe(before.hits + 1);
    expect(after.misses).toBe(before.misses);
  });
});

describe('workout downloads', () => {
  it('serves a session by date and by id as the same FIT bytes, with a safe file name', async () => {
    const byDate = await svc.get(`${base}/sessions/2026-01-07.fit`);
    expect(byDate.status).toBe(200);
    expect(byDate.headers.get('content-type')).toBe('application/vnd.ant.fit');
    const disposition = byDate.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="2026-01-07[A-Za-z0-9._-]*\.fit"; filename\*=UTF-8''[^\s";]+$/);
    const a = await bytes(byDate);
    const byId = await bytes(await svc.get(`${base}/sessions/w1-wed-0.fit`));
    expect(Buffer.compare(Buffer.from(a), Buffer.from(byId))).toBe(0);
    const decoded = sdkDecode(a);
    // 6 x 400m with recoveries: the workout has repeat structure and work steps.
    const steps = decoded.messages.workoutStepMesgs!;
    expect(steps.length).toBeGreaterThanOrEqual(3);
  });

  it('serves the first session of a double day by date, the second by id', async () => {
    const first = await bytes(await svc.get(`${base}/sessions/2026-01-10.fit`));
    const zero = await bytes(await svc.get(`${base}/sessions/w1-sat-0.fit`));
    const one = await svc.get(`${base}/sessions/w1-sat-1.fit`);
    expect(one.status).toBe(200);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(zero))).toBe(0);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(await bytes(one)))).not.toBe(0);
  });

  it('serves TCX', async () => {
    const res = await svc.get(`${base}/sessions/2026-01-13.tcx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.garmin.tcx+xml');
    expect(res.headers.get('content-disposition')).toMatch(/filename="2026-01-13[^"]*\.tcx"/);
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toContain('<TrainingCenterDatabase');
    // "4 x 5 min w/ 2 min jog" has no recovery after the last rep, which TCX cannot say:
    // the writer repeats rep + recovery 3 times, then writes the last rep alone.
    expect(xml).toMatch(/<Repetitions>3<\/Repetitions>/);
  });

  it('answers 404 for a day without a session and for unknown formats', async () => {
    for (const path of ['/sessions/2026-01-06.fit', '/sessions/2027-01-01.tcx', '/sessions/w9-mon-0.fit', '/sessions/2026-01-05.gpx', '/nothing']) {
      expect((await svc.get(`${base}${path}`)).status).toBe(404);
    }
  });

  it('answers 304 for a download the client already has', async () => {
    const first = await svc.get(`${base}/sessions/2026-01-05.fit`);
    await first.arrayBuffer();
    const again = await svc.get(`${base}/sessions/2026-01-05.fit`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('serves the FIT schedule with one entry per dated session but the rest day', async () => {
    const res = await svc.get(`${base}/schedule.fit`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.ant.fit');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="schedule\.fit"/);
    const decoded = sdkDecode(await bytes(res));
    // Sunday of week 2 is "Rest": on the calendar feed, not on the watch.
    expect(decoded.messages.scheduleMesgs).toHaveLength(SESSIONS.length - 1);
  });

  it('serves a USB bundle of the days asked for, every FIT file in it decoding', async () => {
    const res = await svc.get(`${base}/bundle.zip?from=2026-01-05&days=7`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.zip"/);
    const files = unzipSync(await bytes(res));
    const fits = Object.keys(files).filter((p) => p.toLowerCase().endsWith('.fit'));
    expect(fits.every((p) => p.startsWith('GARMIN/NewFiles/'))).toBe(true);
    // Week 1 holds four sessions; the schedule is the fifth file.
    expect(fits).toHaveLength(5);
    for (const p of fits) sdkDecode(files[p]!);
  });

  it('starts the bundle at the plan start when today is earlier, and refuses more than 28 days', async () => {
    const res = await svc.get(`${base}/bundle.zip`);
    expect(res.status).toBe(200);
    const fits = Object.keys(unzipSync(await bytes(res))).filter((p) => p.toLowerCase().endsWith('.fit'));
    // Every session but the rest day, and the schedule.
    expect(fits).toHaveLength(SESSIONS.length - 1 + 1);
    expect((await svc.get(`${base}/bundle.zip?days=60`)).status).toBe(400);
    expect((await svc.get(`${base}/bundle.zip?from=tomorrow`)).status).toBe(400);
  });

  it('serves the athlete page at the page link, shown inline, not downloaded', async () => {
    const res = await svc.get(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(await res.text()).toContain('Test block');
  });
});

describe('tokens and headers', () => {
  it('answers an unknown, a malformed and a revoked token exactly like a missing page', async () => {
    const missing = await svc.get('/no/such/page');
    const reference = { status: missing.status, body: await missing.text() };
    expect(reference.status).toBe(404);
    const unknown = `/a/${'A'.repeat(32)}/calendar.ics`;
    const malformed = '/a/short/calendar.ics';
    const created = (await (await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } })).json()) as { id: string; links: { feed: string } };
    await svc.api(`/api/athletes/${created.id}/token`, { method: 'POST' });
    for (const path of [unknown, malformed, pathOf(created.links.feed), `/a/${'A'.repeat(32)}/sessions/2026-01-05.fit`]) {
      const res = await svc.get(path);
      expect({ status: res.status, body: await res.text() }).toEqual(reference);
    }
  });

  it('sends helmet’s headers and no referrer on every response', async () => {
    for (const path of [`${base}/calendar.ics`, '/healthz', '/api/athletes', '/nope']) {
      const res = await svc.get(path);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('changes reach the links', () => {
  it('a plan edit changes only the edited event’s SEQUENCE and LAST-MODIFIED, and the ETag', async () => {
    const fitBefore = await bytes(await svc.get(`${base}/sessions/2026-01-07.fit`));
    const before = await svc.get(`${base}/calendar.ics`);
    const etag = before.headers.get('etag')!;
    const old = events(await before.text());
    expect(old.every((e) => e.sequence === 0)).toBe(true);

    clock = new Date('2026-01-02T08:30:00Z');
    const edited = SMALL_PLAN.replace('6 x 400m @ HM-10K w/ 400m jog recovery', '8 x 400m @ HM-10K w/ 400m jog recovery');
    const patch = await svc.api(`/api/athletes/${athlete.id}`, { method: 'PATCH', json: { plan: { yaml: edited } } });
    expect(patch.status).toBe(200);

    const after = await svc.get(`${base}/calendar.ics`, { headers: { 'if-none-match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const now = events(await after.text());
    const byUid = new Map(old.map((e) => [e.uid, e]));
    expect(now.map((e) => e.uid).sort()).toEqual(old.map((e) => e.uid).sort());
    const changed = now.filter((e) => e.sequence !== byUid.get(e.uid)!.sequence);
    expect(changed.map((e) => e.start.toString())).toEqual(['2026-01-07']);
    expect(changed[0]!.sequence).toBe(1);
    expect(changed[0]!.modified).toBe('2026-01-02T08:30:00Z');
    for (const e of now.filter((x) => x !== changed[0])) expect(e.modified).toBe(byUid.get(e.uid)!.modified);

    // The workout file follows too; the untouched day's does not change.
    const fitAfter = await bytes(await svc.get(`${base}/sessions/2026-01-07.fit`));
    expect(Buffer.compare(Buffer.from(fitAfter), Buffer.from(fitBefore))).not.toBe(0);
    sdkDecode(fitAfter);
  });

  it('keeps SEQUENCE when the feed is rebuilt with nothing changed, across a restart', async () => {
    const first = await (await svc.get(`${base}/calendar.ics`)).text();
    await svc.stop();
    svc = await startTestService({ dir: svc.dir, now: () => new Date('2026-03-01T00:00:00Z'), config: { publicUrl: PUBLIC_URL } });
    const again = await (await svc.get(`${base}/calendar.ics`)).text();
    expect(again).toBe(first);
  });
});

// Guards a crash: an asynchronous token lookup (PostgreSQL) that failed ran the feed's handler without an athlete, and the throw became an unhandled rejection that ended the process.
describe('a token lookup that fails', () => {
  const store = () => svc.ctx.store as { findAthleteByTokenHash: unknown };

  async function withFailingLookup(error: Error, run: () => Promise<void>) {
    store().findAthleteByTokenHash = () => Promise.reject(error);
    try {
      await run();
    } finally {
      delete store().findAthleteByTokenHash;
    }
  }

  it('answers 503 with Retry-After when the database cannot be reached, on every athlete link', async () => {
    await withFailingLookup(new Error('Connection terminated unexpectedly'), async () => {
      for (const path of [`${base}/calendar.ics`, `${base}/sessions/w1-mon-0.fit`, `${base}/schedule.fit`]) {
        const res = await svc.get(path);
        expect(res.status, path).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      }
    });
    // The service is still there, and answers again once the database does.
    expect((await svc.get(`${base}/calendar.ics`)).status).toBe(200);
  });

  it('answers 500 for any other failure, and keeps serving', async () => {
    await withFailingLookup(new Error('something else'), async () => {
      const res = await svc.get(`${base}/calendar.ics`);
      expect(res.status).toBe(500);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('internal');
    });
    expect((await svc.get(`${base}/calendar.ics`)).status).toBe(200);
  });
});
