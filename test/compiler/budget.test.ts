/**
 * The compile budget: an input whose work is out of proportion to its size is
 * refused before the work is done, with the figure and the limit, in
 * milliseconds; legitimate sessions and plans are never refused.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan, compileSession, loadAthlete, loadPlan, parseSession } from '../../src/compiler/index.js';
import { BudgetError, LIMITS, sessionSteps } from '../../src/compiler/budget.js';
import type { Node } from '../../src/ir/workout.js';
import { corpusSessions } from '../corpus/corpus.js';
import { LADDER_96K, PARENS_2000, SIX_TRIPLES, TRIPLE, TWENTY_LEVELS, planWith } from '../support/hostile.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const athlete = loadAthlete(read('fixtures/athletes/reference.yaml')).athlete!;

/** Runs `work`, expecting a BudgetError for `limit`, and how long the refusal took. */
function refusal(work: () => unknown, limit: BudgetError['limit']): { error: BudgetError; ms: number } {
  const started = performance.now();
  try {
    work();
  } catch (e) {
    const ms = performance.now() - started;
    expect(e, String(e)).toBeInstanceOf(BudgetError);
    expect((e as BudgetError).limit).toBe(limit);
    return { error: e as BudgetError, ms };
  }
  throw new Error(`expected the ${limit} budget to refuse it`);
}

const nested = (levels: number, open: string, inner: string, close: string) => open.repeat(levels) + inner + close.repeat(levels);

describe('sessions over budget are refused before they are expanded', () => {
  it('"200 x (200 x (200 x 400m))" is refused in milliseconds with its step count (it took 8–9 s and 1.7 MB of TCX)', () => {
    const { error, ms } = refusal(() => compileSession(TRIPLE, athlete), 'sessionSteps');
    expect(ms).toBeLessThan(200);
    expect(error.figure).toBeGreaterThan(8_000_000);
    expect(error.max).toBe(LIMITS.sessionSteps);
    expect(error.message).toMatch(/runs up to 24,040,202 steps .*at most 1,000/);
  });

  it('six of them joined by "+" are refused the same way (they ended the process out of memory)', () => {
    const { error, ms } = refusal(() => compileSession(SIX_TRIPLES, athlete), 'sessionSteps');
    expect(ms).toBeLessThan(200);
    expect(error.figure).toBeGreaterThan(6 * 8_000_000);
  });

  it('deep brackets are refused by depth before the recursive reader sees them (stack overflows at 20 levels of "2 x (" and 2,000 parentheses)', () => {
    expect(refusal(() => compileSession(TWENTY_LEVELS, athlete), 'depth').error.figure).toBe(20);
    expect(refusal(() => compileSession(nested(LIMITS.depth + 1, '[', '400m', ']'), athlete), 'depth').error.figure).toBe(LIMITS.depth + 1);
    expect(refusal(() => compileSession(PARENS_2000, athlete), 'sessionChars').error.figure).toBe(4004);
    expect(refusal(() => compileSession(nested(400, '(', '4', ')'), athlete), 'depth').error.figure).toBe(400);
  });

  it('brackets as deep as the budget allows still compile (or fail) as values', () => {
    const w = compileSession(nested(LIMITS.depth, '2 x (', '400m @ 5K w/ 200m jog', ')'), athlete);
    expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(executed(w.steps)).toBeLessThanOrEqual(LIMITS.sessionSteps);
  });

  it('a cell longer than a session can be is refused by its length (a 96 KB ladder took 2.4 s to store)', () => {
    const { error, ms } = refusal(() => compileSession(LADDER_96K, athlete), 'sessionChars');
    expect(error.figure).toBe(LADDER_96K.length);
    expect(ms).toBeLessThan(50);
  });

  it('a session copied from a coach\'s page with its sentences is never refused for its length', () => {
    const samples = readdirSync(new URL('../../fixtures/corpus/', import.meta.url)).filter((d) => d.startsWith('blind-'));
    const longest = Math.max(...samples.flatMap((d) => corpusSessions(new URL(`../../fixtures/corpus/${d}/`, import.meta.url)).map((s) => s.text.length)));
    expect(longest).toBeGreaterThan(1000);
    expect(longest).toBeLessThanOrEqual(LIMITS.sessionChars);
  });

  it('an explanation is counted too: it is compiled and compared step by step', () => {
    refusal(() => compileSession('6 x 400m @ 5K (i.e. 200 x (200 x 400m))', athlete), 'sessionSteps');
  });

  it('the step count is an upper bound of the steps the compiled session really runs', () => {
    const texts = [
      ...read('fixtures/corpus/sessions.tsv').split('\n').slice(1).map((l) => l.split('\t')[1] ?? ''),
      '2 x (4 x 200m @ Mile w/ 200m jog), 4 min between sets',
      '3 sets of 4 x 400m @ 5K w/ 200m jog w/ 800m jog between sets',
      '8 miles w/ 4 miles @ 15K to half marathon pace',
      '2 x 300m cut down (100m @ 5K, 100m @ Mile, 100m @ Faster)',
      '4 x 800m/300m @ 5K/Mile w/ 100m/400m jog recovery',
      '400m, 800m, 1200m, 800m, 400m @ 5K w/ 400m jog',
      'WU/CD + 10 x 1 min @ 5K w/ 1 min jog or 45 min cross-train',
    ].filter(Boolean);
    for (const text of texts) {
      const parsed = parseSession(text);
      if (!parsed.ok) continue;
      const w = compileSession(text, athlete);
      const runs = executed(w.steps) + w.alternatives.reduce((n, a) => n + executed(a.steps), 0);
      expect(sessionSteps(parsed.session), text).toBeGreaterThanOrEqual(runs);
    }
  });

  it('counts over nested repeats multiply, whatever the counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: LIMITS.depth }), (counts) => {
        const text = counts.map((c) => `${c} x (`).join('') + '400m' + ')'.repeat(counts.length);
        const parsed = parseSession(text);
        expect(parsed.ok).toBe(true);
        const product = counts.reduce((a, b) => a * b, 1);
        expect(sessionSteps((parsed as { ok: true; session: Parameters<typeof sessionSteps>[0] }).session)).toBeGreaterThanOrEqual(product);
        if (product * 2 > LIMITS.sessionSteps) refusal(() => compileSession(text, athlete), 'sessionSteps');
      }),
      { numRuns: 300 },
    );
  });
});

describe('plans over budget are refused before any session is resolved', () => {
  it('a plan cell over budget names its place in the file', () => {
    const loaded = loadPlan(planWith(TRIPLE), 'plan.yaml');
    const { error, ms } = refusal(() => compilePlan(loaded.plan!, athlete, { start: '2030-01-07' }), 'sessionSteps');
    expect(ms).toBeLessThan(200);
    expect(error.place).toEqual({ file: 'plan.yaml', line: 3, column: 11 });
    expect(error.message).toMatch(/^plan\.yaml:3:11: the session runs/);
  });

  it('a deep cell in a stored plan is refused by depth (it was a 500 on create and PATCH)', () => {
    const loaded = loadPlan(planWith(TWENTY_LEVELS), 'plan.yaml');
    refusal(() => compilePlan(loaded.plan!, athlete, { start: '2030-01-07' }), 'depth');
  });

  it('a plan document longer than the budget is refused before it is read as YAML', () => {
    const text = `name: P\nweeks:\n${'  - mon: 30 min easy\n'.repeat(Math.ceil(LIMITS.planChars / 20))}`;
    expect(refusal(() => loadPlan(text), 'planChars').error.figure).toBe(text.length);
  });

  it('more weeks than a plan may have: YAML and spreadsheet alike (a 300-row CSV threw a ZodError)', () => {
    const yaml = `name: P\nweeks:\n${'  - mon: 30 min easy\n'.repeat(LIMITS.planWeeks + 1)}`;
    expect(refusal(() => loadPlan(yaml, 'p.yaml'), 'planWeeks').error.figure).toBe(LIMITS.planWeeks + 1);
    const csv = `Mon,Tue\n${'30 min easy,Rest\n'.repeat(300)}`;
    expect(refusal(() => loadPlan(csv, 'p.csv'), 'planWeeks').error.figure).toBe(300);
    expect(loadPlan(`Mon,Tue\n${'30 min easy,Rest\n'.repeat(LIMITS.planWeeks)}`, 'p.csv').plan).toBeDefined();
  });

  it('steps of all sessions together and different sessions are counted over the whole plan', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const heavy = '30 x (10 x 100m @ Mile w/ 100m jog)';
    const weeks = Array.from({ length: 30 }, () => `  - ${days.map((d) => `${d}: ${heavy}`).join('\n    ')}`).join('\n');
    const steps = refusal(() => compilePlan(loadPlan(`name: P\nweeks:\n${weeks}\n`).plan!, athlete), 'planSteps');
    expect(steps.error.figure).toBeGreaterThan(LIMITS.planSteps);
    const distinct = Array.from({ length: 80 }, (_, w) => `  - ${days.map((d, k) => `${d}: ${400 + w * 7 + k}m @ 5K`).join('\n    ')}`).join('\n');
    const sessions = refusal(() => compilePlan(loadPlan(`name: P\nweeks:\n${distinct}\n`).plan!, athlete), 'planSessions');
    expect(sessions.error.figure).toBe(560);
  });

  it("the plan's default warm-up is shorthand too, and budgeted with its place", () => {
    const text = `name: P\ndefaults:\n  warmup: ${JSON.stringify(nested(30, '(', '15 min', ')'))}\nweeks:\n  - mon: 30 min easy\n`;
    const { error } = refusal(() => loadPlan(text, 'p.yaml'), 'depth');
    expect(error.place?.line).toBe(3);
  });

  it('every shipped template and corpus plan is within budget', () => {
    for (const file of readdirSync(new URL('../../templates/', import.meta.url)).filter((f) => f.endsWith('.yaml'))) {
      const loaded = loadPlan(read(`templates/${file}`), file);
      expect(() => compilePlan(loaded.plan!, athlete, { start: '2030-01-07' })).not.toThrow();
    }
    for (const file of readdirSync(new URL('../../fixtures/corpus/plans/', import.meta.url))) {
      const plan = JSON.parse(read(`fixtures/corpus/plans/${file}`)) as { weeks: { text: string }[][] };
      const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
      const yaml = `name: ${file}\nweeks:\n${plan.weeks.map((w) => `  - ${w.map((c, k) => `${days[k]}: ${JSON.stringify(c.text)}`).join('\n    ')}`).join('\n')}\n`;
      expect(() => compilePlan(loadPlan(yaml, file).plan!, athlete), file).not.toThrow();
    }
  });
});

/** Steps a watch runs, repetitions multiplied out. */
function executed(nodes: readonly Node[]): number {
  return nodes.reduce((n, node) => n + (node.type === 'step' ? 1 : node.count * executed(node.children)), 0);
}
