/**
 * The workoutkit writer over the IR: hand-built sessions (sets of reps, the
 * last rep without its recovery, lap-button steps, heart-rate zones, text
 * the watch must show as it is), every session of the shipped templates and
 * of the coach-text corpus. Each file is decoded and the workout the watch
 * runs is compared with the session step by step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePlan, compileSession, loadPlan } from '../../src/compiler/index.js';
import { hasErrors } from '../../src/ir/diagnostic.js';
import type { CompiledPlan, Node, Step, Workout } from '../../src/ir/workout.js';
import '../../src/writers/workoutkit.js';
import { WriterError } from '../../src/writers/errors.js';
import { getWriter } from '../../src/writers/registry.js';
import { decodePlan } from '../../src/writers/workoutkit/codec.js';
import { lengthFor } from '../../src/writers/workoutkit/from-ir.js';
import { ALL_SESSIONS, intervals, nested, planOf, rest, sets, step, strength } from '../../fixtures/tcx/sessions.js';
import { corpusPlans, corpusSessions } from '../corpus/corpus.js';
import { lonePlan, readRepo, referenceAthlete } from '../helpers/reference.js';
import { watchRunOrder, workoutKitDiffs } from '../helpers/workoutkit-compare.js';

const writer = getWriter('workoutkit')!;
const write = (w: Workout, plan: CompiledPlan = planOf([w])) => writer.writeWorkout!(w, plan, {});
const bytesOf = (w: Workout, plan?: CompiledPlan) => write(w, plan).data as Uint8Array;

function expectFaithful(w: Workout, plan: CompiledPlan): void {
  expect(workoutKitDiffs(w, writer.writeWorkout!(w, plan, {}).data as Uint8Array), `${w.id} ${w.title}`).toEqual([]);
}

describe('hand-built sessions', () => {
  for (const [name, w] of Object.entries(ALL_SESSIONS)) {
    if (w.sport !== 'running') continue;
    it(`${name}: the watch runs the session step by step`, () => expectFaithful(w, planOf([w])));
  }

  it('6 × 400 m without a recovery after the last rep: a block of 5 with the jog, the last rep alone, and a note', () => {
    const file = write(intervals);
    const c = decodePlan(file.data as Uint8Array).custom!;
    expect(c.displayName).toBe(intervals.title);
    expect(c.warmup?.displayName).toBe('15 min warm-up');
    expect(c.blocks.map((b) => [b.iterations, b.steps.map((s) => s.purpose)])).toEqual([
      [5, ['work', 'recovery']],
      [1, ['work']],
    ]);
    expect(c.cooldown?.goal).toEqual({ type: 'time', time: { value: 10, unit: 'minutes' } });
    expect(file.notes?.join(' ')).toMatch(/written as 5 × rep \+ recovery, then the last rep alone/);
  });

  it('sets of reps, which a block cannot nest, are written out set by set and said in a note', () => {
    const file = write(sets);
    const c = decodePlan(file.data as Uint8Array).custom!;
    // 3 × (4 × (200 + jog), rest): each set is a block of 4, then its rest.
    expect(c.blocks.map((b) => b.iterations)).toEqual([4, 1, 4, 1, 4, 1]);
    expect(file.notes).toContain('3 sets: the 3 sets are written out one after another (the device cannot nest repeats).');
    expect(watchRunOrder(file.data as Uint8Array)).toHaveLength(1 + 3 * 9 + 1);
  });

  it('nested sets that skip their last recoveries run no recovery after the last rep of either set', () => {
    const order = watchRunOrder(bytesOf(nested)).map((s) => s.place);
    expect(order.slice(-3)).toEqual(['recovery', 'work', 'cooldown']);
    expectFaithful(nested, planOf([nested]));
  });

  it('sets ending with a set of reps and no recovery after the very last rep: the last set is written apart without it', () => {
    const w = compileSession('3 sets of 5 x 30 second repeats', referenceAthlete());
    const file = write(w, lonePlan(w));
    const c = decodePlan(file.data as Uint8Array).custom!;
    expect(c.blocks.map((b) => [b.iterations, b.steps.length])).toEqual([[5, 2], [5, 2], [4, 2], [1, 1]]);
    expect(file.notes?.some((n) => n.includes('the last set is written apart, so that its last rep has no recovery after it'))).toBe(true);
    expectFaithful(w, lonePlan(w));
  });

  it('a lap-button step is an open goal, and the note says the athlete ends it by hand', () => {
    const w = ALL_SESSIONS.jogDown!;
    const file = write(w);
    const open = watchRunOrder(file.data as Uint8Array).filter((s) => s.step.goal.type === 'open');
    expect(open.length).toBeGreaterThan(0);
    expect(file.notes?.some((n) => /ends at the lap button: on the watch it is an open step/.test(n))).toBe(true);
  });

  it('a pace band is a speed-range alert in m/s; a heart-rate zone a zone alert; another effort only the name', () => {
    const w = { ...intervals, steps: [
      step({ duration: { kind: 'time', seconds: 300 }, target: { kind: 'effort', label: 'Zone 2' }, label: '5 min' }),
      step({ duration: { kind: 'time', seconds: 60 }, target: { kind: 'effort', label: 'hard' }, label: '1 min' }),
      step({ duration: { kind: 'distance', meters: 400 }, target: { kind: 'pace', name: 'Mile', low: 4.6, high: 4.4 }, label: '400 m @ Mile' }),
    ] };
    const steps = decodePlan(bytesOf(w)).custom!.blocks[0]!.steps.map((s) => s.step);
    expect(steps[0]!.alert).toEqual({ type: 'heartRateZone', zone: 2 });
    expect(steps[1]!.alert).toBeUndefined();
    expect(steps[1]!.displayName).toBe('1 min · hard');
    const perSecond = (m: number) => ({ distance: { value: m, unit: 'meters' }, time: { value: 1, unit: 'seconds' } });
    expect(steps[2]!.alert).toEqual({ type: 'speedRange', min: perSecond(4.4), max: perSecond(4.6) });
  });

  it("distance goals in the athlete's unit when exact, else metres", () => {
    expect(lengthFor(1609.344, 'mi')).toEqual({ value: 1, unit: 'miles' });
    expect(lengthFor(1609.344 * 2.5, 'mi')).toEqual({ value: 2.5, unit: 'miles' });
    expect(lengthFor(1600, 'mi')).toEqual({ value: 1600, unit: 'meters' });
    expect(lengthFor(5000, 'km')).toEqual({ value: 5, unit: 'kilometers' });
    expect(lengthFor(5000, 'mi')).toEqual({ value: 5000, unit: 'meters' });
    expect(lengthFor(400, 'km')).toEqual({ value: 400, unit: 'meters' });
  });

  it('a session kept as written is one open step with the coach\'s words, and says so', () => {
    const w: Workout = { ...intervals, steps: [], asWritten: true, source: '6 x 400m @ ??? pace', title: '6 x 400m @ ??? pace' };
    const file = write(w);
    expect(watchRunOrder(file.data as Uint8Array).map((s) => [s.step.goal.type, s.step.displayName])).toEqual([['open', '6 x 400m @ ??? pace']]);
    expect(file.notes?.[0]).toMatch(/one open step named with the coach's words/);
  });

  it('an edited session gets a new reference id; an unchanged one the same bytes', () => {
    const again = structuredClone(intervals);
    expect(Buffer.from(bytesOf(again)).equals(Buffer.from(bytesOf(intervals)))).toBe(true);
    const edited = { ...intervals, title: `${intervals.title}!` };
    expect(decodePlan(bytesOf(edited)).referenceId).not.toBe(decodePlan(bytesOf(intervals)).referenceId);
  });

  it('refuses a rest day and a strength session with a clear message; a plan leaves them out and says so', () => {
    expect(() => write(rest)).toThrow(WriterError);
    expect(() => write(rest)).toThrow(/is a rest day: there is nothing to run/);
    expect(() => write(strength)).toThrow(/is a strength session, and WorkoutKit files from runcast are running workouts/);
    const files = writer.writePlan(planOf([intervals, rest, strength]), {});
    expect(files.map((f) => f.path)).toEqual([`${intervals.date}-w3-wed-0.workout`]);
    expect(files[0]!.notes?.at(-1)).toBe('2 sessions are not running (rest, strength or cross-training): they stay on the calendar feed');
  });

  it("refuses a session with an error, with the compiler's message", () => {
    const w = compileSession('6 x 400m @ warp speed', referenceAthlete());
    expect(hasErrors(w.diagnostics)).toBe(true);
    expect(() => write(w, lonePlan(w))).toThrow(WriterError);
  });
});

describe('any step tree', () => {
  const leaf: fc.Arbitrary<Step> = fc
    .record({
      intensity: fc.constantFrom('warmup', 'active', 'recovery', 'rest', 'cooldown') as fc.Arbitrary<Step['intensity']>,
      duration: fc.oneof(
        fc.integer({ min: 1, max: 3600 }).map((seconds) => ({ kind: 'time' as const, seconds })),
        fc.constantFrom(100, 400, 1000, 1609.344, 5000, 1234.5).map((meters) => ({ kind: 'distance' as const, meters })),
        fc.constant({ kind: 'open' as const }),
      ),
      target: fc.oneof(
        fc.constant({ kind: 'none' as const }),
        fc.constantFrom('Zone 2', 'hill').map((label) => ({ kind: 'effort' as const, label })),
        fc.tuple(fc.double({ min: 2, max: 7, noNaN: true }), fc.double({ min: 2, max: 7, noNaN: true })).map(([low, high]) => ({ kind: 'pace' as const, name: 'P', low, high })),
      ),
    })
    .map((r) => step({ ...r, label: `${r.intensity} step` }));
  const tree = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc
        .record({ count: fc.integer({ min: 1, max: 5 }), children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }), skipLastRecovery: fc.boolean() })
        .map((r): Node => ({ type: 'repeat', ...r })),
    ),
  })).node;

  // Found by the property below (seed 1928078990): a warm-up repeated twice is no warm-up the watch can hold.
  it('a warm-up step inside a repeat is a work step of a block, said in a note', () => {
    const wu = step({ intensity: 'warmup', duration: { kind: 'time', seconds: 60 }, label: 'drill' });
    const w: Workout = { ...intervals, steps: [{ type: 'repeat', count: 2, skipLastRecovery: false, children: [wu] }] };
    const file = write(w);
    expect(decodePlan(file.data as Uint8Array).custom).toMatchObject({ blocks: [{ iterations: 2, steps: [{ purpose: 'work' }] }] });
    expect(file.notes).toContain('"drill" is in the middle of the workout, where the watch has only work and recovery steps: it is a work step.');
    expect(workoutKitDiffs(w, file.data as Uint8Array)).toEqual([]);
  });

  // Found by the property below (seed -1059963532): the set rest goes, then the last set's own last recovery.
  it('a set of reps, then a set rest, with nothing after the very last rep: neither runs after it', () => {
    const rep = step({ duration: { kind: 'distance', meters: 200 }, label: '200 m' });
    const jog = step({ intensity: 'recovery', duration: { kind: 'distance', meters: 200 }, label: 'jog' });
    const setRest = step({ intensity: 'rest', duration: { kind: 'time', seconds: 180 }, label: 'set rest' });
    const inner: Node = { type: 'repeat', count: 3, skipLastRecovery: false, children: [rep, jog] };
    const w: Workout = { ...intervals, steps: [{ type: 'repeat', count: 2, skipLastRecovery: true, children: [inner, setRest] }] };
    const order = watchRunOrder(bytesOf(w)).map((s) => s.step.displayName);
    expect(order).toEqual(['200 m', 'jog', '200 m', 'jog', '200 m', 'jog', 'set rest', '200 m', 'jog', '200 m', 'jog', '200 m']);
    expect(workoutKitDiffs(w, bytesOf(w))).toEqual([]);
  });

  it('runs on the watch step for step as the IR says, skipped recoveries included (fast-check prints its seed on failure)', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.constantFrom('mi', 'km') as fc.Arbitrary<'mi' | 'km'>, (steps, units) => {
        const w: Workout = { ...intervals, steps };
        const plan = { ...planOf([w]), athlete: { ...planOf([w]).athlete, units } };
        expect(workoutKitDiffs(w, bytesOf(w, plan))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('every template session reads back as its IR', () => {
  for (const template of ['mile-8-week', 'mile-workouts']) {
    it(template, () => {
      const { plan } = loadPlan(readRepo(`templates/${template}.yaml`), `${template}.yaml`);
      const compiled = compilePlan(plan!, referenceAthlete(), { start: '2026-11-30' });
      const running = compiled.sessions.filter((w) => w.sport === 'running');
      expect(running.length).toBeGreaterThan(20);
      for (const w of running) expectFaithful(w, compiled);
      expect(writer.writePlan(compiled, {})).toHaveLength(running.length);
    });
  }
});

describe('the coach-text corpus', () => {
  it('every running session of the single-session corpus that compiles reads back as its IR', () => {
    let written = 0;
    for (const { text } of corpusSessions()) {
      const w = compileSession(text, referenceAthlete());
      if (hasErrors(w.diagnostics) || w.sport !== 'running') continue;
      expectFaithful(w, lonePlan(w));
      written++;
    }
    expect(written).toBeGreaterThanOrEqual(100);
  });

  it('every running session of the 22 published plans reads back as its IR, sessions kept as written included', () => {
    let written = 0;
    for (const p of corpusPlans()) {
      const { plan, diagnostics } = loadPlan(p.document, `${p.id}.yaml`);
      expect(plan, diagnostics.map((d) => d.message).join('\n')).toBeDefined();
      const compiled = compilePlan(plan!, referenceAthlete(), { start: '2026-11-30' });
      for (const w of compiled.sessions.filter((s) => s.sport === 'running')) {
        expectFaithful(w, compiled);
        written++;
      }
    }
    expect(written).toBeGreaterThan(1000);
  });
});
