/**
 * Every session of both templates, compiled for the reference athlete, drawn
 * and read back: the blocks must be the steps as run (worked out here
 * independently of the writer, from the IR's rule for skipLastRecovery) with
 * widths in proportion to the compiler's estimate of each step.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { estimateStepSeconds } from '../../src/compiler/estimate.js';
import { compilePlan, compileSession, loadPlan } from '../../src/compiler/index.js';
import type { CompiledPlan, Node, Step, Workout } from '../../src/ir/workout.js';
import { workoutSvg } from '../../src/writers/svg.js';
import { blocks, parseSvg, xmllintWellFormed } from '../../fixtures/svg/read-svg.js';
import { athlete, paces } from '../../fixtures/svg/sessions.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function compiledTemplate(name: string): CompiledPlan {
  const { plan, diagnostics } = loadPlan(readFileSync(resolve(root, 'templates', name), 'utf8'), name);
  if (!plan) throw new Error(`${name}: ${diagnostics.map((d) => d.message).join('; ')}`);
  return compilePlan(plan, athlete, { start: '2026-03-02' });
}

const isRecovery = (n: Node) => n.type === 'step' && (n.intensity === 'recovery' || n.intensity === 'rest');

/**
 * The IR's rule, read positionally: in the last repetition of a repeat with
 * skipLastRecovery the trailing recovery/rest steps are not run, and the repeat
 * just before them (if any) ends its own last repetition the same way.
 */
function asRun(nodes: readonly Node[], trimEnd = false): Step[] {
  let end = nodes.length;
  if (trimEnd) while (end > 0 && isRecovery(nodes[end - 1]!)) end--;
  const out: Step[] = [];
  nodes.slice(0, end).forEach((n, i) => {
    if (n.type === 'step') {
      out.push(n);
      return;
    }
    for (let r = 0; r < n.count; r++) {
      const last = r === n.count - 1;
      out.push(...asRun(n.children, last && (n.skipLastRecovery || (trimEnd && i === end - 1))));
    }
  });
  return out;
}

const sessionsOf = (plan: CompiledPlan): Workout[] => plan.sessions.flatMap((w) => [w, ...w.alternatives]);

describe.each(['mile-8-week.yaml', 'mile-workouts.yaml'])('every session of %s', (template) => {
  const plan = compiledTemplate(template);
  const sessions = sessionsOf(plan);

  it('compiles without errors, so each chart below is a real one', () => {
    expect(plan.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(sessions.filter((w) => w.diagnostics.some((d) => d.severity === 'error')).map((w) => w.id)).toEqual([]);
  });

  it('renders to well-formed SVG with a summary for screen readers', () => {
    for (const w of sessions) {
      const svg = workoutSvg(w, plan.athlete.units, { paces });
      expect(xmllintWellFormed(svg), w.id).toMatchObject({ ok: true });
      const root = parseSvg(svg);
      expect(root.attrs['role']).toBe('img');
      expect(root.attrs['aria-label'], w.id).toContain(w.title);
    }
  });

  it('draws running sessions block by block as run, widths in proportion to each step’s estimate', () => {
    const running = sessions.filter((w) => w.sport === 'running');
    expect(running.length).toBeGreaterThan(10);
    for (const w of running) {
      const steps = asRun(w.steps);
      const drawn = blocks(parseSvg(workoutSvg(w, plan.athlete.units, { paces })));
      expect(drawn.map((b) => b.classes[1]), w.id).toEqual(steps.map((s) => `block-${s.intensity}`));
      const seconds = steps.map((s) => estimateStepSeconds(s, paces));
      const total = seconds.reduce((a, b) => a + b, 0);
      // The compiler rounds its estimate inside repeats, so its total may be off by a few seconds.
      expect(Math.abs(total - w.estimate.seconds), w.id).toBeLessThanOrEqual(3);
      const width = drawn.reduce((a, b) => a + b.width, 0);
      drawn.forEach((b, i) => expect(b.width / width, `${w.id} block ${i}`).toBeCloseTo(seconds[i]! / total, 3));
    }
  });

  it('draws rest days, strength and cross-training as labelled placeholders', () => {
    const others = sessions.filter((w) => w.sport !== 'running');
    expect(others.length).toBeGreaterThan(0);
    for (const w of others) {
      const root = parseSvg(workoutSvg(w, plan.athlete.units, { paces }));
      expect(root.attrs['class'], w.id).toContain(`placeholder-${w.sport}`);
      expect(blocks(root)).toHaveLength(0);
    }
  });

  it('draws the same blocks through the registry, which has no pace table', () => {
    for (const w of sessions.filter((s) => s.sport === 'running')) {
      const exact = blocks(parseSvg(workoutSvg(w, plan.athlete.units, { paces })));
      const inferred = blocks(parseSvg(workoutSvg(w, plan.athlete.units)));
      expect(inferred.map((b) => b.classes.join(' '))).toEqual(exact.map((b) => b.classes.join(' ')));
      // Within a unit of the plot (a few seconds) of where the athlete's own table puts them.
      inferred.forEach((b, i) => expect(Math.abs(b.x - exact[i]!.x), `${w.id} block ${i}`).toBeLessThan(1));
    }
  });
});

describe('the playground’s example', () => {
  it('draws "4 x 5 min @ Mile w/ 2 min jog" as four run blocks between warm-up and cool-down', () => {
    const w = compileSession('4 x 5 min @ Mile w/ 2 min jog', athlete);
    const kinds = blocks(parseSvg(workoutSvg(w, 'mi', { paces }))).map((b) => b.classes[1]);
    expect(kinds.filter((k) => k === 'block-active')).toHaveLength(4);
    expect(kinds).toEqual(['block-warmup', 'block-active', 'block-recovery', 'block-active', 'block-recovery', 'block-active', 'block-recovery', 'block-active', 'block-cooldown']);
  });
});
