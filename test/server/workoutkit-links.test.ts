/**
 * The Apple Watch download: /a/<token>/sessions/<date or id>.workout over a
 * real service on 127.0.0.1, with its ETag and 304, the link on the athlete's
 * page and the link in each running session's calendar event.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePlan } from '../../src/writers/workoutkit/codec.js';
import { watchRunOrder } from '../helpers/workoutkit-compare.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let base: string;
const PUBLIC_URL = 'https://runcast.test';

beforeAll(async () => {
  svc = await startTestService({ now: () => new Date('2026-01-01T12:00:00Z'), config: { publicUrl: PUBLIC_URL } });
  const res = await svc.api('/api/athletes', {
    method: 'POST',
    json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' },
  });
  expect(res.status).toBe(201);
  const athlete = (await res.json()) as { links: Record<string, string> };
  base = pathOf(athlete.links.page!).replace(/\/$/, '');
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());

describe('GET /a/<token>/sessions/<date>.workout', () => {
  it('serves the session as a .workout file iOS hands to the Workout app, by date and by id', async () => {
    const res = await svc.get(`${base}/sessions/2026-01-07.workout`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="2026-01-07-[^"]*\.workout"; filename\*=UTF-8''[^\s";]+\.workout$/);
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=300');
    const a = await bytes(res);
    const plan = decodePlan(a);
    expect(plan.custom).toMatchObject({ activity: 'running', location: 'outdoor', displayName: '6×400m @ HM–10K' });
    // Warm-up, 5 × (400 + jog), the last 400 alone, cool-down.
    expect(watchRunOrder(a).map((s) => s.place)).toEqual(['warmup', ...Array(5).fill(['work', 'recovery']).flat(), 'work', 'cooldown']);
    const byId = await bytes(await svc.get(`${base}/sessions/w1-wed-0.workout`));
    expect(Buffer.from(byId).equals(Buffer.from(a))).toBe(true);
  });

  it('answers 304 to If-None-Match with its ETag, strong or weak, and HEAD with the headers alone', async () => {
    const first = await svc.get(`${base}/sessions/2026-01-13.workout`);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    for (const tag of [etag, `W/${etag}`]) {
      const again = await svc.get(`${base}/sessions/2026-01-13.workout`, { headers: { 'if-none-match': tag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect((await bytes(again)).length).toBe(0);
    }
    const head = await svc.get(`${base}/sessions/2026-01-13.workout`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'));
  });

  it('refuses a strength session with 422 and the reason, and answers 404 for a day without a session', async () => {
    const strength = await svc.get(`${base}/sessions/w1-sat-1.workout`);
    expect(strength.status).toBe(422);
    expect(await strength.text()).toMatch(/strength session, and WorkoutKit files from runcast are running workouts/);
    expect((await svc.get(`${base}/sessions/2026-01-06.workout`)).status).toBe(404);
  });
});

describe('links to the Apple Watch file', () => {
  it('each running session on the page has "Add to Apple Watch"; the strength session has none', async () => {
    const html = await (await svc.get(`${base}/`)).text();
    const links = [...html.matchAll(/href="([^"]+\.workout)" data-format="workout">Add to Apple Watch/g)].map((m) => m[1]!);
    expect(links.map((l) => l.replace(/^.*\/sessions\//, ''))).toEqual(
      ['w1-mon-0', 'w1-wed-0', 'w1-sat-0', 'w2-tue-0', 'w2-thu-0'].map((id) => `${id}.workout`),
    );
    for (const link of links) expect((await svc.get(link)).status).toBe(200);
  });

  it("each running session's calendar event links its .workout file, which downloads", async () => {
    const cal = new ICAL.Component(ICAL.parse(await (await svc.get(`${base}/calendar.ics`)).text()));
    const descriptions = cal.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('description') ?? ''));
    const links = descriptions.flatMap((d) => d.match(/Apple Watch \(open on the iPhone\): (\S+\.workout)/)?.[1] ?? []);
    expect(links).toHaveLength(5);
    for (const link of links) {
      expect(link.startsWith(`${PUBLIC_URL}${base}/sessions/`)).toBe(true);
      const res = await svc.get(pathOf(link));
      expect(res.status).toBe(200);
      expect(decodePlan(await bytes(res)).custom?.activity).toBe('running');
    }
  });
});
