/**
 * A session written as a page of prose that runcast refuses is kept as the
 * coach wrote it, with runcast's best guess at it beside the refusal: on the
 * athlete's page, in the calendar event and in the playground. The watch gets
 * the one open step of a kept session, never the guess. Real service on
 * 127.0.0.1, FIT read by both decoders, the feed by ical.js.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DURATION, bothSteps } from '../helpers/fit-decode.js';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

/** Tuesday is a training log's words (fixtures/corpus/blind-4): refused, with a guess. */
const LOG = "I ran my second set of intervals last night. I ran 5x400 with 400 recovery's in between. It was difficult.";
const PLAN = `name: A week with a session in prose
weeks:
  - mon: 30 min easy
    tue: "${LOG}"
    thu: 6 x 800m @ 5K w/ 400m jog
`;
const GUESS = '15 min WU, 5 × 400 m w/ 400 m recovery, 10 min CD';

let svc: TestService;
beforeAll(async () => {
  svc = await startTestService({ now: () => new Date('2026-01-01T12:00:00Z') });
});
afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe("runcast's best guess at a session it refused", () => {
  it('stands beside the refusal on the page and in the calendar; the watch gets the open step', async () => {
    const res = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: PLAN }, start: '2026-01-05' } });
    expect(res.status, await res.clone().text()).toBe(201);
    const base = pathOf(((await res.json()) as { links: Record<string, string> }).links.page!).replace(/\/$/, '');

    const page = await (await svc.get(`${base}/`)).text();
    const card = page.slice(page.indexOf('id="session-w1-tue-0"'), page.indexOf('</article>', page.indexOf('id="session-w1-tue-0"')));
    expect(card).toContain('<span class="badge kept">as written</span>');
    expect(card).toContain(`runcast&#39;s best guess, not used until the coach writes it so: ${GUESS}.`);

    const steps = bothSteps(new Uint8Array(await (await svc.get(`${base}/sessions/w1-tue-0.fit`)).arrayBuffer()));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ durationType: DURATION.open });

    const ics = await (await svc.get(`${base}/calendar.ics`)).text();
    const tue = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('dtstart')) === '2026-01-06');
    expect(String(tue!.getFirstPropertyValue('description'))).toContain(`runcast's best guess, not used until the coach writes it so: ${GUESS}.`);
  });

  it('comes with the playground\'s refusal of a single session, and with a plan\'s kept session', async () => {
    const one = await svc.api('/api/compile', { method: 'POST', json: { text: LOG, athlete: REFERENCE_PROFILE } });
    expect(one.status).toBe(422);
    const { error } = (await one.json()) as { error: { code: string; details: { diagnostics: { severity: string }[]; guess?: string } } };
    expect(error.code).toBe('invalid_session');
    expect(error.details.diagnostics[0]).toMatchObject({ severity: 'error' });
    expect(error.details.guess).toBe(GUESS);

    const plan = await svc.api('/api/compile', { method: 'POST', json: { plan: PLAN, athlete: REFERENCE_PROFILE, render: true } });
    expect(plan.status).toBe(200);
    const body = (await plan.json()) as { rendered: { sessions: { id: string; asWritten: { guess: string | null } | null }[] } };
    expect(body.rendered.sessions.find((s) => s.id === 'w1-tue-0')!.asWritten!.guess).toBe(GUESS);
    expect(body.rendered.sessions.find((s) => s.id === 'w1-mon-0')!.asWritten).toBeNull();
  });

  it('is not there for a refusal runcast has no guess for', async () => {
    const res = await svc.api('/api/compile', { method: 'POST', json: { text: '4 x 5 mni @ Mile', athlete: REFERENCE_PROFILE } });
    expect(res.status).toBe(422);
    const { error } = (await res.json()) as { error: { details: Record<string, unknown> } };
    expect(error.details).not.toHaveProperty('guess');
  });
});
