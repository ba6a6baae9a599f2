/**
 * Each input that once stalled, crashed or poisoned the service, sent to the
 * real service on 127.0.0.1: a clear 4xx within a second, /healthz answering
 * in under 100 ms meanwhile, and nothing stored that cannot be served.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/compiler/budget.js';
import { ALIAS_BOMB, LADDER_96K, PARENS_2000, SIX_TRIPLES, TRIPLE, TWENTY_LEVELS, planWith } from '../support/hostile.js';
import { pollHealth } from './support/health-poll.js';
import { REFERENCE_PROFILE, SMALL_PLAN, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;
let clock = new Date('2026-01-01T12:00:00Z');

beforeAll(async () => {
  svc = await startTestService({ now: () => clock });
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

interface Answer {
  status: number;
  body: { error?: { code: string; message: string; details: Record<string, unknown> | null } } & Record<string, unknown>;
  ms: number;
  /** The slowest /healthz answer while the request was in flight. */
  healthMs: number;
}

/**
 * Sends the request while polling /healthz, timing both. A stall is a
 * property of the input and shows on every try; a busy machine (tests run
 * side by side on two cores) only now and then, so a slow answer is tried
 * twice more and the quickest try is the one judged. Every request sent here
 * is refused, so trying again changes nothing.
 */
async function timed(send: () => Promise<Response>): Promise<Answer> {
  let best: Answer | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const a = await once(send);
    if (!best || Math.max(a.ms / 1000, a.healthMs / 100) < Math.max(best.ms / 1000, best.healthMs / 100)) best = a;
    if (best.ms < 1000 && best.healthMs < 100) break;
  }
  return best!;
}

async function once(send: () => Promise<Response>): Promise<Answer> {
  const health = pollHealth(svc.get);
  const started = performance.now();
  const res = await send();
  const body = (await res.json()) as Answer['body'];
  const ms = performance.now() - started;
  return { status: res.status, body, ms, healthMs: await health.stop() };
}

const publicCompile = (json: unknown) => () =>
  fetch(`${svc.url}/api/compile`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
const create = (json: unknown) => () => svc.api('/api/athletes', { method: 'POST', json });
const patch = (id: string, json: unknown) => () => svc.api(`/api/athletes/${id}`, { method: 'PATCH', json });

function expectOverBudget(a: Answer, limit: keyof typeof LIMITS) {
  expect(a.status, JSON.stringify(a.body)).toBe(422);
  expect(a.body.error?.code).toBe('over_budget');
  expect(a.body.error?.details).toMatchObject({ limit, max: LIMITS[limit] });
  expect(a.body.error?.message).toContain(LIMITS[limit].toLocaleString('en-US'));
  expect(a.ms).toBeLessThan(1000);
  expect(a.healthMs).toBeLessThan(100);
}

/** Warm the compile path and /healthz once, so the first timed request does not pay for loading their code. */
beforeAll(async () => {
  await (await publicCompile({ text: '6 x 400m @ 5K', athlete: REFERENCE_PROFILE })()).arrayBuffer();
  await (await svc.get('/healthz')).arrayBuffer();
});

describe('the public compile (no credentials)', () => {
  it('refuses "200 x (200 x (200 x 400m))" at once with the figure and the limit (it answered after 8–9 s, /healthz waiting)', async () => {
    const a = await timed(publicCompile({ text: TRIPLE, athlete: REFERENCE_PROFILE }));
    expectOverBudget(a, 'sessionSteps');
    expect(a.body.error?.details?.figure).toBeGreaterThan(8_000_000);
  });

  it('refuses six of them joined by "+" (the process died out of memory)', async () => {
    expectOverBudget(await timed(publicCompile({ text: SIX_TRIPLES, athlete: REFERENCE_PROFILE })), 'sessionSteps');
    expect((await svc.get('/healthz')).status).toBe(200);
  });

  it('refuses twenty levels of "2 x (" and 2,000 parentheses (500: stack overflow)', async () => {
    expectOverBudget(await timed(publicCompile({ text: TWENTY_LEVELS, athlete: REFERENCE_PROFILE })), 'depth');
    expectOverBudget(await timed(publicCompile({ text: PARENS_2000, athlete: REFERENCE_PROFILE })), 'sessionChars');
  });

  it('answers an alias bomb as the plan or as the profile with 422 and its line (500)', async () => {
    const asPlan = await timed(publicCompile({ plan: ALIAS_BOMB, athlete: REFERENCE_PROFILE }));
    expect(asPlan.status).toBe(422);
    expect(asPlan.body.error?.code).toBe('invalid_plan');
    expect((asPlan.body.error?.details?.diagnostics as { line: number; message: string }[])[0]).toMatchObject({ line: 2, column: 8 });
    const asProfile = await timed(publicCompile({ text: '400m', athlete: ALIAS_BOMB }));
    expect(asProfile.status).toBe(422);
    expect(asProfile.body.error?.code).toBe('invalid_athlete');
    for (const a of [asPlan, asProfile]) expect(a.ms).toBeLessThan(1000);
  });
});

describe('creating and changing athletes', () => {
  let id: string;

  beforeAll(async () => {
    const res = await create({ profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' })();
    expect(res.status).toBe(201);
    id = ((await res.json()) as { id: string }).id;
  });

  it('refuses a plan cell over budget, pointing at it (it was stored with 201 after 8.3 s, its feed took 6.9 s)', async () => {
    const a = await timed(create({ profile: REFERENCE_PROFILE, plan: { yaml: planWith(TRIPLE) }, start: '2026-01-05' }));
    expectOverBudget(a, 'sessionSteps');
    expect(a.body.error?.details).toMatchObject({ line: 3, column: 11 });
  });

  it('refuses a deep cell on create and PATCH (500)', async () => {
    expectOverBudget(await timed(create({ profile: REFERENCE_PROFILE, plan: { yaml: planWith(TWENTY_LEVELS) } })), 'depth');
    expectOverBudget(await timed(patch(id, { plan: { yaml: planWith(TWENTY_LEVELS) } })), 'depth');
  });

  it('refuses a 96 KB cell by its length (stored after 2.4 s)', async () => {
    expectOverBudget(await timed(create({ profile: REFERENCE_PROFILE, plan: { yaml: planWith(LADDER_96K) } })), 'sessionChars');
  });

  it('answers alias bombs in the plan or the profile, on create and PATCH, with 422 (500)', async () => {
    const answers = [
      await timed(create({ profile: REFERENCE_PROFILE, plan: { yaml: ALIAS_BOMB } })),
      await timed(create({ profile: ALIAS_BOMB, plan: { template: 'mile-8-week' } })),
      await timed(patch(id, { plan: { yaml: ALIAS_BOMB } })),
      await timed(patch(id, { profile: ALIAS_BOMB })),
    ];
    expect(answers.map((a) => [a.status, a.body.error?.code])).toEqual([
      [422, 'invalid_plan'],
      [422, 'invalid_athlete'],
      [422, 'invalid_plan'],
      [422, 'invalid_athlete'],
    ]);
  });

  it('refuses start dates outside 1970–2200 with a clear message (9999-12-31 and 0000-01-01 were stored; their feeds answered 422)', async () => {
    for (const start of ['9999-12-31', '0000-01-01', '1969-12-29', '2201-01-05']) {
      for (const send of [create({ profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start }), patch(id, { start })]) {
        const a = await timed(send);
        expect(a.status, start).toBe(400);
        expect(JSON.stringify(a.body.error?.details)).toContain('a date from 1970-01-01 to 2200-12-31');
      }
    }
    const edge = await create({ profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2200-12-29' })();
    expect(edge.status).toBe(201);
  });

  it('refuses names with nothing visible ("\\u0000", spaces) and clock times a calendar cannot hold', async () => {
    for (const name of ['\u0000', '   ', '\u200b\t', '\u0007\u001b']) {
      const a = await timed(create({ profile: { ...REFERENCE_PROFILE, name }, plan: { yaml: SMALL_PLAN } }));
      expect(a.status, JSON.stringify(name)).toBe(422);
      expect(JSON.stringify(a.body.error?.details)).toContain('a name needs a visible character');
    }
    const badPlanName = await timed(create({ profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN.replace('name: Test block', 'name: "\\u0001 "') } }));
    expect(badPlanName.status).toBe(422);
    // "25:00" passed the profile's check, then every feed of the athlete answered 422.
    const late = await timed(create({ profile: { ...REFERENCE_PROFILE, times: { mon: '25:00' } }, plan: { yaml: SMALL_PLAN } }));
    expect(late.status).toBe(422);
    expect(JSON.stringify(late.body.error?.details)).toContain('24-hour time');
  });

  it('refuses a session a watch cannot hold when the plan is stored, pointing at it, rather than 422 to the athlete later', async () => {
    const tooLong = await timed(create({ profile: REFERENCE_PROFILE, plan: { yaml: planWith('70 km easy') }, start: '2026-01-05' }));
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error?.code).toBe('cannot_write');
    expect(tooLong.body.error?.message).toMatch(/TCX/);
    expect((tooLong.body.error?.details?.diagnostics as { line: number; column: number }[])[0]).toMatchObject({ line: 3, column: 11 });
    const ladder = Array.from({ length: 60 }, (_, i) => `${200 + i * 10}m`).join(', ') + ' @ 5K w/ 200m jog';
    const tooMany = await timed(patch(id, { plan: { yaml: planWith(ladder) } }));
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error?.code).toBe('cannot_write');
    expect(tooMany.body.error?.message).toMatch(/FIT/);
  });
});

describe('an athlete that is stored can be served, every link of it', () => {
  const DIRTY_PLAN = [
    'name: "Block\\u0001 \\u001b[31mred\\u001b[0m"',
    'description: "Base\\u0007 phase\\r\\nline two\\u0085"',
    'weeks:',
    '  - mon: { text: "6 x 400m @ 5K w/ 400m jog", title: "Tuesday\\u0000 track\\u007f", notes: "Bring\\u0008 spikes\\tand water\\nsee you\\u001f" }',
    '    wed: 30 min easy',
    '',
  ].join('\n');

  it('control characters in names, titles and notes reach no output (the ICS feed and the page carried them raw)', async () => {
    const res = await svc.api('/api/athletes', {
      method: 'POST',
      json: { profile: { ...REFERENCE_PROFILE, name: 'Jordan\u0007 Miles\u001b' }, plan: { yaml: DIRTY_PLAN }, start: '2026-01-05' },
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { name: string; links: Record<string, string> };
    expect(body.name).toBe('Jordan Miles');
    const ics = await (await svc.get(pathOf(body.links.feed!))).text();
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Block [31mred[0m — Jordan Miles');
    const monday = cal.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('summary')).startsWith('Tuesday'))!;
    expect(monday.getFirstPropertyValue('summary')).toBe('Tuesday track');
    expect(String(monday.getFirstPropertyValue('description'))).toContain('Bring spikes\tand water\nsee you');
    const page = await (await svc.get(pathOf(body.links.page!))).text();
    expect(page).toContain('Jordan Miles');
    expect(page).toContain('Tuesday track');
    expect(page).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });

  it('feed, page, every session as FIT and TCX, schedule and bundle all answer 200, before, during and after the plan', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' } });
    const { links } = (await res.json()) as { links: Record<string, string> };
    const base = pathOf(links.page!).replace(/\/$/, '');
    const compiled = (await (await svc.api('/api/compile', { method: 'POST', json: { plan: SMALL_PLAN, athlete: REFERENCE_PROFILE, start: '2026-01-05' } })).json()) as {
      plan: { sessions: { id: string; sport: string }[] };
    };
    // Rest days stay off the watch: the page offers no FIT or TCX for them (and both answer 422, saying why).
    const paths = [
      `${base}/`,
      `${base}/calendar.ics`,
      `${base}/schedule.fit`,
      `${base}/bundle.zip?days=28`,
      ...compiled.plan.sessions.flatMap((s) => (s.sport === 'rest' ? [] : [`${base}/sessions/${s.id}.fit`, `${base}/sessions/${s.id}.tcx`])),
    ];
    // Before the plan, in its second week, and months after its end (the page's default bundle link answered 422 then).
    for (const now of ['2026-01-01T12:00:00Z', '2026-01-14T12:00:00Z', '2026-06-01T12:00:00Z']) {
      clock = new Date(now);
      for (const path of paths) expect((await svc.get(path)).status, `${path} at ${now}`).toBe(200);
      const page = await (await svc.get(`${base}/`)).text();
      // Once the plan is over the page offers no bundle: nothing is left to put on the watch.
      const offered = /id="bundle-link" href="([^"]+)"/.exec(page);
      expect(offered === null, `the page's bundle link at ${now}`).toBe(now.startsWith('2026-06'));
      if (!offered) continue;
      const bundle = offered[1]!.replace(/&amp;/g, '&');
      expect(bundle.startsWith(`${base}/bundle.zip`)).toBe(true);
      expect((await svc.get(bundle)).status, `the page's bundle link at ${now}`).toBe(200);
    }
  });
});
