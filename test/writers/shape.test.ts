import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node, Repeat, Step } from '../../src/ir/workout.js';
import { countSteps, shapeForDevice, type ShapeOptions } from '../../src/writers/shape.js';
import { cooldown, intervals, jog400, rep400, sets, step, warmup } from '../../fixtures/fit/sessions.js';

const DEFAULT: ShapeOptions = { maxSteps: 50, nestedRepeats: false, countRepeatAsStep: true };
const NESTED: ShapeOptions = { ...DEFAULT, nestedRepeats: true };

/** The steps an athlete runs, in order, as the IR means them (last recovery skipped when flagged). */
function runSequence(nodes: readonly Node[]): Step[] {
  const out: Step[] = [];
  for (const n of nodes) {
    if (n.type === 'step') {
      out.push(n);
      continue;
    }
    const body = runSequence(n.children);
    for (let k = 0; k < n.count; k++) {
      if (k === n.count - 1 && n.skipLastRecovery) {
        let end = n.children.length;
        while (end > 0 && isRecovery(n.children[end - 1]!)) end--;
        // A body made only of recovery keeps it: there is no "work" to end on.
        out.push(...(end === 0 ? body : runSequence(n.children.slice(0, end))));
      } else {
        out.push(...body);
      }
    }
  }
  return out;
}

const isRecovery = (n: Node) => n.type === 'step' && (n.intensity === 'recovery' || n.intensity === 'rest');

function walk(nodes: readonly Node[], visit: (r: Repeat, depth: number) => void, depth = 0): void {
  for (const n of nodes) {
    if (n.type === 'repeat') {
      visit(n, depth);
      walk(n.children, visit, depth + 1);
    }
  }
}

describe('countSteps', () => {
  it('counts each step and one per repeat, nested ones included', () => {
    expect(countSteps(intervals().steps)).toBe(1 + (1 + 2) + 1);
    expect(countSteps(sets().steps)).toBe(1 + (1 + (1 + 2) + 1) + 1);
    expect(countSteps([])).toBe(0);
  });
});

describe('shapeForDevice', () => {
  it('writes "no recovery after the last rep" as N−1 × (rep + jog) then the last rep alone', () => {
    const r = shapeForDevice(intervals().steps, DEFAULT);
    if (!r.ok) throw new Error(r.message);
    const [wu, reps, last, cd] = r.nodes;
    expect(wu).toEqual(warmup());
    expect(reps).toMatchObject({ type: 'repeat', count: 5, skipLastRecovery: false });
    expect((reps as Repeat).children).toEqual([rep400(), jog400()]);
    expect(last).toEqual(rep400());
    expect(cd).toEqual(cooldown());
    expect(r.nodes).toHaveLength(4);
    expect(r.notes.join(' ')).toMatch(/5 × rep \+ recovery, then the last rep alone/);
    expect(runSequence(r.nodes)).toEqual(runSequence(intervals().steps));
  });

  it('drops the repeat wrapper when two reps leave one repeat of one', () => {
    const two: Node = { type: 'repeat', count: 2, children: [rep400(), jog400()], skipLastRecovery: true };
    const r = shapeForDevice([two], DEFAULT);
    expect(r).toMatchObject({ ok: true, nodes: [rep400(), jog400(), rep400()] });
  });

  it('writes a single rep with a skipped recovery as the work alone', () => {
    const one: Node = { type: 'repeat', count: 1, children: [rep400(), jog400()], skipLastRecovery: true };
    expect(shapeForDevice([one], DEFAULT)).toMatchObject({ ok: true, nodes: [rep400()] });
  });

  it('keeps a repeat unchanged, without notes, when there is no recovery to skip', () => {
    const r: Node = { type: 'repeat', count: 3, children: [rep400()], skipLastRecovery: true };
    const out = shapeForDevice([r], DEFAULT);
    expect(out).toEqual({
      ok: true,
      nodes: [{ type: 'repeat', count: 3, children: [rep400()], skipLastRecovery: false }],
      notes: [],
    });
  });

  it('keeps nested repeats for a permissive device', () => {
    const r = shapeForDevice(sets().steps, NESTED);
    if (!r.ok) throw new Error(r.message);
    // wu, R2[R3[200, jog], 200, set jog], R3[200, jog], 200, cd
    expect(countSteps(r.nodes)).toBe(1 + (1 + (1 + 2) + 1 + 1) + (1 + 2) + 1 + 1);
    let deepest = 0;
    walk(r.nodes, (_, d) => (deepest = Math.max(deepest, d)));
    expect(deepest).toBe(1);
    expect(runSequence(r.nodes)).toEqual(runSequence(sets().steps));
  });

  it('unrolls the outer repeat of nested sets for the default device', () => {
    const r = shapeForDevice(sets().steps, DEFAULT);
    if (!r.ok) throw new Error(r.message);
    walk(r.nodes, (rep, depth) => {
      expect(depth).toBe(0);
      expect(rep.children.every((c) => c.type === 'step')).toBe(true);
    });
    // Two written-out sets of [R3, 200, set jog], then the last set [R3, 200].
    expect(countSteps(r.nodes)).toBe(1 + 2 * 5 + 4 + 1);
    expect(r.notes.join(' ')).toMatch(/3 sets of 4 × 200m: the 2 sets are written out/);
    expect(runSequence(r.nodes)).toEqual(runSequence(sets().steps));
  });

  it('unrolls the inner repeat instead when that is what fits', () => {
    // Preferred form is 16 steps; the inner-unrolled one is 15.
    const r = shapeForDevice(sets().steps, { ...DEFAULT, maxSteps: 15 });
    if (!r.ok) throw new Error(r.message);
    expect(countSteps(r.nodes)).toBe(15);
    expect(r.notes.join(' ')).toMatch(/reps inside each set are written out/);
    expect(r.notes.join(' ')).toMatch(/15-step limit/);
    expect(runSequence(r.nodes)).toEqual(runSequence(sets().steps));
  });

  it('merges the last rep back into the repeat, with a note, as a last resort', () => {
    const r = shapeForDevice(sets().steps, { ...DEFAULT, maxSteps: 12 });
    if (!r.ok) throw new Error(r.message);
    // wu, R3[200, jog ×4 written out, set jog], cd = 1 + (1 + 9) + 1
    expect(countSteps(r.nodes)).toBe(12);
    expect(r.notes.join(' ')).toMatch(/press lap to skip it/);
    // The athlete runs every planned step; only skippable recoveries are added.
    const planned = runSequence(sets().steps);
    const shaped = runSequence(r.nodes);
    expect(shaped.filter((s) => !isRecovery(s))).toEqual(planned.filter((s) => !isRecovery(s)));
    expect(shaped.length).toBeGreaterThan(planned.length);
  });

  it('refuses, naming the count and the limit, when nothing fits', () => {
    const r = shapeForDevice(sets().steps, { ...DEFAULT, maxSteps: 11 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('needs 12 steps');
    expect(r.message).toContain('allows 11');
  });

  it('fits a 70-step session (10 sets of 3 × 200m) into 50 by unrolling the inner reps', () => {
    const inner: Node = {
      type: 'repeat',
      count: 3,
      children: [
        step({ duration: { kind: 'distance', meters: 200 }, label: '200m' }),
        step({ intensity: 'recovery', duration: { kind: 'distance', meters: 200 }, label: 'jog' }),
      ],
      skipLastRecovery: true,
    };
    const outer: Node = {
      type: 'repeat',
      count: 10,
      children: [inner, step({ intensity: 'rest', duration: { kind: 'time', seconds: 120 }, label: 'rest' })],
      skipLastRecovery: true,
    };
    const nodes = [warmup(), outer, cooldown()];
    expect(runSequence(nodes)).toHaveLength(1 + 10 * 6 - 1 + 1);
    const r = shapeForDevice(nodes, DEFAULT);
    if (!r.ok) throw new Error(r.message);
    // Outer-unrolled would be 2 + 9 × 5 + 4 = 51 > 50; inner-unrolled is 2 + (1 + 6) + 4.
    expect(countSteps(r.nodes)).toBe(13);
    expect(runSequence(r.nodes)).toEqual(runSequence(nodes));
  });

  it('refuses a 62-step session that has no repeats to compact', () => {
    const nodes = Array.from({ length: 62 }, (_, i) =>
      step({ duration: { kind: 'time', seconds: 60 }, intensity: i % 2 ? 'recovery' : 'active', label: 'on' }),
    );
    const r = shapeForDevice(nodes, DEFAULT);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.message).toMatch(/needs 62 steps .* allows 50/);
  });

  it('shaped trees run the same steps, never skip-flagged, never nested when not allowed, within the limit', () => {
    const leaf = fc
      .record({
        intensity: fc.constantFrom('active', 'recovery', 'rest', 'warmup') as fc.Arbitrary<Step['intensity']>,
        seconds: fc.integer({ min: 1, max: 600 }),
      })
      .map(({ intensity, seconds }) => step({ intensity, duration: { kind: 'time', seconds }, label: `${intensity} ${seconds}` }));
    const tree = fc.letrec<{ node: Node }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .record({
            count: fc.integer({ min: 1, max: 6 }),
            children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
            skipLastRecovery: fc.boolean(),
          })
          .map((r): Node => ({ type: 'repeat', ...r })),
      ),
    })).node;
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.boolean(), fc.integer({ min: 1, max: 100 }), (nodes, nested, max) => {
        const r = shapeForDevice(nodes, { maxSteps: max, nestedRepeats: nested, countRepeatAsStep: true });
        if (!r.ok) {
          expect(r.message).toContain(`allows ${max}`);
          return;
        }
        expect(countSteps(r.nodes)).toBeLessThanOrEqual(max);
        walk(r.nodes, (rep, depth) => {
          expect(rep.skipLastRecovery).toBe(false);
          if (!nested) expect(depth).toBe(0);
        });
        const planned = runSequence(nodes);
        const shaped = runSequence(r.nodes);
        if (r.notes.some((n) => n.includes('press lap'))) {
          expect(shaped.filter((s) => !isRecovery(s))).toEqual(planned.filter((s) => !isRecovery(s)));
        } else {
          expect(shaped).toEqual(planned);
        }
      }),
      { numRuns: 400 },
    );
  });
});
