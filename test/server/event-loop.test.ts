/**
 * No request may hold the event loop, whatever its text within the
 * documented limits: while costly plans are compiled and stored in a loop,
 * and while a 260-week plan's schedule is written for the first time, the
 * service's loop never stalls and /healthz keeps answering within 100 ms.
 *
 * The loop is watched from inside (the service runs in this process): the
 * CPU time its thread spends between two turns of the loop, which a machine
 * busy with other processes does not inflate, unlike the wall-clock delay.
 * And from outside: /healthz polled over HTTP. A stall is a property of the
 * request and shows on every try; a busy machine (tests run side by side on
 * two cores) only now and then, so a try over a bound is made again, twice
 * at most, and the best try is judged.
 */
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costlyProsePlan } from '../support/hostile.js';
import { probeLoop } from '../support/loop-probe.js';
import { pollHealth } from './support/health-poll.js';
import { REFERENCE_PROFILE, pathOf, removeDir, startTestService, type TestService } from './support/service.js';

/**
 * The loop's longest block and the slowest /healthz allowed: far above a
 * healthy service's few milliseconds, far below the 0.7 to 2 s these
 * requests held the loop for before. /healthz is timed by the wall clock, so
 * its bound leaves room for the machine taking the thread away.
 */
const LOOP_MS = 100;
const HEALTH_MS = 250;

let svc: TestService;
let salt = 1000;

beforeAll(async () => {
  svc = await startTestService();
  // The compile thread loads the compiler once, before anything is judged.
  expect((await publicCompile(costlyProsePlan(salt++))).status).toBe(200);
});

afterAll(async () => {
  await svc.stop();
  removeDir(svc.dir);
});

interface Watched<T> {
  result: T;
  /** The event loop's longest block while the work ran. */
  loopMs: number;
  /** The slowest /healthz answer meanwhile. */
  healthMs: number;
}

async function watched<T>(work: () => Promise<T>): Promise<Watched<T>> {
  const health = pollHealth(svc.get);
  const probe = probeLoop();
  try {
    const result = await work();
    const loopMs = probe.stop();
    return { result, loopMs, healthMs: await health.stop() };
  } finally {
    probe.stop();
    await health.stop();
  }
}

/** `work` watched, after `prepare` (not watched) each time. */
async function bestOfThree<T, P = undefined>(work: (prepared: P) => Promise<T>, prepare?: () => Promise<P>): Promise<Watched<T>> {
  let best: Watched<T> | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const prepared = (await prepare?.()) as P;
    const w = await watched(() => work(prepared));
    const over = (x: Watched<T>) => Math.max(x.loopMs / LOOP_MS, x.healthMs / HEALTH_MS);
    if (!best || over(w) < over(best)) best = w;
    if (over(best) < 1) break;
  }
  return best!;
}

function expectNoStall(w: Watched<unknown>): void {
  expect(w.loopMs, 'longest block of the event loop (ms)').toBeLessThan(LOOP_MS);
  expect(w.healthMs, 'slowest /healthz (ms)').toBeLessThan(HEALTH_MS);
}

function publicCompile(plan: string): Promise<Response> {
  return fetch(`${svc.url}/api/compile`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ plan, athlete: REFERENCE_PROFILE }),
  });
}

/** `times` requests, two at a time, each with plans no earlier request sent. */
async function inALoop(times: number, send: (salt: number) => Promise<Response>): Promise<Response[]> {
  const answers: Response[] = [];
  const lane = async () => {
    for (let k = 0; k < times / 2; k++) {
      const res = await send(salt++);
      await res.clone().arrayBuffer();
      answers.push(res);
    }
  };
  await Promise.all([lane(), lane()]);
  return answers;
}

describe('the event loop is never held', () => {
  it('31 cells of costly prose compiled in a loop on the public playground: the event loop is never held, /healthz answers throughout', async () => {
    const w = await bestOfThree(() => inALoop(6, (s) => publicCompile(costlyProsePlan(s))));
    for (const res of w.result) expect(res.status).toBe(200);
    expectNoStall(w);
  });

  it('the same plans stored through the admin API in a loop: no stall, and each answer lists every kept session, positioned', async () => {
    const create = (s: number) => svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml: costlyProsePlan(s) } } });
    const w = await bestOfThree(() => inALoop(4, create));
    for (const res of w.result) {
      expect(res.status).toBe(201);
      const body = (await res.json()) as { kept: { line: number; column: number; text: string }[]; diagnostics: { severity: string; line: number }[] };
      expect(body.kept).toHaveLength(31);
      // Each cell stands on its own line of the plan, after "name:" and "weeks:".
      expect(body.kept.map((k) => k.line)).toEqual(Array.from({ length: 31 }, (_, k) => k + 3));
      expect(body.diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual(body.kept.map((k) => k.line));
    }
    expectNoStall(w);
  });

  it("a 260-week plan's first schedule.fit holds the loop no longer than a small file takes: only the sessions it holds are encoded", async () => {
    const template = parse(readFileSync(new URL('../../templates/mile-8-week.yaml', import.meta.url), 'utf8')) as { weeks: unknown[] };
    const weeks = Array.from({ length: 260 }, (_, k) => template.weeks[k % template.weeks.length]);
    const yaml = stringify({ ...template, name: 'Five years of miles', weeks });
    const create = async () => {
      const created = await svc.api('/api/athletes', { method: 'POST', json: { profile: REFERENCE_PROFILE, plan: { yaml }, start: '2026-01-05' } });
      expect(created.status).toBe(201);
      return ((await created.json()) as { links: Record<string, string> }).links.schedule!;
    };
    const w = await bestOfThree(async (schedule) => {
      const res = await svc.get(pathOf(schedule));
      return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
    }, create);
    expect(w.result.status).toBe(200);
    expect(w.result.bytes).toBeLessThan(4096);
    expectNoStall(w);
  });
});
