/**
 * A plan never sinks on one cell: a session runcast cannot read is kept as the
 * coach wrote it — the text on the calendar and the page, one open step
 * carrying it on the watch — with its positioned diagnostic beside it;
 * `strict: true` refuses such a plan outright. Real service on 127.0.0.1, FIT
 * read by both decoders, the feed by ical.js.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DURATION, bothSteps, parserDecode } from '../helpers/fit-decode.js';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

/** Week 1 Tuesday is real published text ("4 miles Easy 5", Hansons): a number left with no unit. */
const PLAN = `name: Two weeks with a cell to keep
weeks:
  - mon: Recovery 5 miles a.m., 4 miles p.m.
    tue: 4 miles Easy 5
    wed: 6 x 400m @ 5K w/ 400m jog
    sun: Rest
  - mon: 30 min easy
    wed: 10 miles Long Run
`;
const KEPT = '4 miles Easy 5';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ now: () => new Date('2026-01-01T12:00:00Z') });
});
afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

const create = (extra: Record<string, unknown> = {}) =>
  svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: PLAN }, start: '2026-01-05', ...extra } });

describe('a plan with a session runcast cannot read', () => {
  it('is stored, the session kept as written, and every link of it serves', async () => {
    const res = await create();
    expect(res.status, await res.clone().text()).toBe(201);
    const { links } = (await res.json()) as { links: Record<string, string> };
    const base = pathOf(links.page!).replace(/\/$/, '');

    // The page: the session marked, the coach's text, and where reading stopped.
    const page = await (await svc.get(`${base}/`)).text();
    const card = page.slice(page.indexOf('id="session-w1-tue-0"'), page.indexOf('</article>', page.indexOf('id="session-w1-tue-0"')));
    expect(card).toContain('<span class="badge kept">as written</span>');
    expect(card).toContain(`<blockquote class="coach-text">${KEPT}</blockquote>`);
    // In plain words on the athlete's page: what was not understood, no line or column.
    expect(card).toMatch(/runcast did not understand this: &#39;5&#39; stands after the session with no unit\./);
    expect(card).not.toMatch(/line 4|column 23/);

    // The watch: one open step that carries the text, read alike by both decoders.
    const fit = await svc.get(`${base}/sessions/w1-tue-0.fit`);
    expect(fit.status).toBe(200);
    const bytes = new Uint8Array(await fit.arrayBuffer());
    const steps = bothSteps(bytes);
    expect(steps).toHaveLength(1);
    // Open: the step ends when the athlete presses lap.
    expect(steps[0]).toMatchObject({ durationType: DURATION.open });
    expect(`${steps[0]!.name ?? ''} ${steps[0]!.notes ?? ''}`).toMatch(/4 miles/);
    const parsed = await parserDecode(bytes);
    expect(JSON.stringify(parsed)).toContain('4 miles Easy 5');

    // The calendar: the event on its date, titled with the text, saying why.
    const ics = await (await svc.get(`${base}/calendar.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const tue = events.find((e) => String(e.getFirstPropertyValue('dtstart')) === '2026-01-06');
    expect(tue).toBeDefined();
    expect(String(tue!.getFirstPropertyValue('summary'))).toBe(KEPT);
    expect(String(tue!.getFirstPropertyValue('description'))).toMatch(/kept as the coach wrote it\.\nruncast did not understand this: '5' stands after the session with no unit\./);

    // The day of two runs is two sessions, each on the watch.
    for (const id of ['w1-mon-0', 'w1-mon-1']) expect((await svc.get(`${base}/sessions/${id}.fit`)).status).toBe(200);
    expect(events.filter((e) => String(e.getFirstPropertyValue('dtstart')) === '2026-01-05')).toHaveLength(2);
  });

  it('is refused with strict: true, pointing at the cell', async () => {
    const res = await create({ strict: true });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { code: string; message: string; details: { diagnostics: { line: number; column: number; message: string }[] } } };
    expect(error.code).toBe('invalid_plan');
    expect(error.message).toMatch(/cannot read \(strict\)/);
    expect(error.details.diagnostics).toEqual([expect.objectContaining({ line: 4, column: 23, message: "'5' stands after the session with no unit" })]);
  });

  it('compiles in the playground with the session marked, and strict there too', async () => {
    const ok = await svc.get('/api/compile', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ plan: PLAN, athlete: REFERENCE_PROFILE, render: true }) });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { plan: { sessions: { id: string; asWritten?: boolean }[] }; diagnostics: { severity: string; line: number }[]; rendered: { sessions: { id: string; asWritten: { text: string; where: string } | null }[] } };
    expect(body.plan.sessions.filter((s) => s.asWritten).map((s) => s.id)).toEqual(['w1-tue-0']);
    expect(body.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', line: 4 }));
    expect(body.rendered.sessions.find((s) => s.id === 'w1-tue-0')!.asWritten).toEqual(expect.objectContaining({ text: KEPT, where: 'line 4, column 23' }));

    const strict = await svc.get('/api/compile', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ plan: PLAN, athlete: REFERENCE_PROFILE, strict: true }) });
    expect(strict.status).toBe(422);
  });
});
