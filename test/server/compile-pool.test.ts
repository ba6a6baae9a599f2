/**
 * The compile thread's budget: a text that compiles past its time is
 * refused as the text's doing (422 over_budget) and the thread is replaced,
 * so the next job is answered; more jobs than may wait are refused as load
 * (503 with a retry time), never queued without bound.
 */
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompileJob } from '../../src/server/compile-jobs.js';
import { CompilePool } from '../../src/server/compile-pool.js';
import { HttpError } from '../../src/server/errors.js';
import { costlyProsePlan } from '../support/hostile.js';
import { REFERENCE_PROFILE, SMALL_PLAN } from './support/service.js';

const TEMPLATES = new URL('../../templates', import.meta.url).pathname;
const pools: CompilePool[] = [];

function pool(options: { budgetMs?: number; maxWaiting?: number } = {}): CompilePool {
  const p = new CompilePool({ templatesDir: TEMPLATES, logger: pino({ level: 'silent' }), ...options });
  pools.push(p);
  return p;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const playground = (body: Record<string, unknown>) =>
  ({ kind: 'playground', body: { athlete: REFERENCE_PROFILE, render: false, format: 'json', ...body } }) as Extract<CompileJob, { kind: 'playground' }>;

/** An athlete's feed and page, as their links have them written. */
const stored = { profile: REFERENCE_PROFILE, plan: { yaml: SMALL_PLAN }, start: '2026-01-05' };
const feed = { kind: 'feed', baseUrl: 'https://runcast.test/a/token', previous: {}, now: '2026-01-07T09:30:00Z', ...stored } as const;
const page = { kind: 'page', today: '2026-01-07', token: 'token', publicUrl: 'https://runcast.test', assets: { css: 'c', copy: 'j', playground: 'p', consoleCss: 'cc', console: 'cj' }, ...stored } as const;

async function refusal(p: Promise<unknown>): Promise<HttpError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
}

describe('the compile thread', () => {
  it('answers a session as the playground would', async () => {
    const answer = await pool().run(playground({ text: '6 x 400m @ 5K w/ 200m jog' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body as string).workout.steps.length).toBeGreaterThan(1);
  });

  it('a plan that compiles past the time budget is refused with 422 over_budget, and a new thread takes the next job', async () => {
    const p = pool({ budgetMs: 1 });
    // Loaded before the budget counts: the first job only starts once the thread is ready.
    const err = await refusal(p.run(playground({ plan: costlyProsePlan(7) })));
    expect(err.status).toBe(422);
    expect(err.code).toBe('over_budget');
    expect(err.details).toMatchObject({ limit: 'compileMs', max: 1 });
    // The stopped thread's place is taken: the next job is compiled (and, at 1 ms, refused the same way).
    expect((await refusal(p.run(playground({ plan: costlyProsePlan(8) })))).code).toBe('over_budget');
  });

  it("writes an athlete's feed with the revisions it stamped, and their page", async () => {
    const p = pool();
    const built = await p.run(feed);
    const ics = new TextDecoder().decode(built.data);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(built.changed.length);
    expect(built.changed.every((r) => r.sequence === 0 && r.modified === feed.now)).toBe(true);
    expect(new TextDecoder().decode((await p.run(page)).data)).toContain('Test block');
  });

  it.each([
    ['calendar feed', feed],
    ['page', page],
  ] as const)("an athlete's %s written past the time budget is refused with a 422 that says so, never a fault", async (output, job) => {
    const err = await refusal(pool({ budgetMs: 1 }).run(job));
    expect(err.status).toBe(422);
    expect(err.code).toBe('over_budget');
    expect(err.message).toContain(`this plan's ${output} took more than 0.001 s to write`);
    expect(err.details).toMatchObject({ limit: 'compileMs', max: 1 });
  });

  it('more jobs than may wait are refused for load: 503 with the seconds to wait', async () => {
    const p = pool({ maxWaiting: 1 });
    const first = p.run(playground({ plan: costlyProsePlan(9) }));
    const second = p.run(playground({ plan: costlyProsePlan(10) }));
    const err = await refusal(p.run(playground({ plan: costlyProsePlan(11) })));
    expect(err.status).toBe(503);
    expect(err.code).toBe('busy');
    expect(err.details).toMatchObject({ retryAfter: expect.any(Number) });
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });
});
