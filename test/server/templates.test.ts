import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkDecode } from '../helpers/fit-decode.js';
import { hashToken } from '../../src/server/tokens.js';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

let svc: TestService;

beforeAll(async () => {
  svc = await startTestService();
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

describe.each(['mile-8-week', 'mile-workouts'])('every session of the %s template, served to the reference athlete', (template) => {
  it('is an event of the feed and downloads as FIT and TCX', async () => {
    const start = '2026-01-05';
    const created = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { template }, start } });
    expect(created.status).toBe(201);
    const { links } = (await created.json()) as { links: Record<string, string> };
    const base = pathOf(links.page!).replace(/\/$/, '');

    // What the compiler makes of the plan is the reference for what the links must serve.
    const record = await svc.ctx.store.findAthleteByTokenHash(hashToken(base.split('/')[2]!));
    const compiled = await svc.ctx.outputs.compiled(record!);
    expect(compiled.sessions.length).toBeGreaterThan(20);

    const ics = await (await svc.get(`${base}/calendar.ics`)).text();
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(compiled.sessions.length);
    const eventDates = events.map((e) => String(e.getFirstPropertyValue('dtstart'))).sort();
    expect(eventDates).toEqual(compiled.sessions.map((s) => s.date!).sort());

    for (const s of compiled.sessions) {
      const fit = await svc.get(`${base}/sessions/${s.id}.fit`);
      const tcx = await svc.get(`${base}/sessions/${s.id}.tcx`);
      if (s.sport === 'rest') {
        // A rest day stays on the calendar, not on the watch: no workout to start, in either format, in the same words.
        const refusals = [];
        for (const answer of [fit, tcx]) {
          expect(answer.status, `${s.id} as ${answer.url}`).toBe(422);
          refusals.push(((await answer.json()) as { error: { code: string; message: string } }).error);
        }
        expect(refusals[0]!.message).toMatch(/is a rest day: there is nothing to run/);
        expect(refusals[1]).toEqual(refusals[0]);
      } else {
        expect(fit.status, `${s.id} as FIT`).toBe(200);
        const decoded = sdkDecode(new Uint8Array(await fit.arrayBuffer()));
        expect(decoded.messages.workoutMesgs, s.id).toHaveLength(1);
        expect(tcx.status, `${s.id} as TCX`).toBe(200);
        expect(await tcx.text()).toContain('<TrainingCenterDatabase');
      }
    }
  });
});
