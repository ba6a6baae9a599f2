/**
 * Walking is no run: a walk day ("40 min walk") and the walks of a run/walk
 * session carry no pace in any writer, and are estimated at a walker's speed.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import type { Node, Step } from '../../src/ir/workout.js';
import { DEFAULT_PROFILE } from '../../src/writers/fit/profile.js';
import { encodeWorkout } from '../../src/writers/fit/workout.js';
import { intervalsText } from '../../src/writers/intervals.js';
import { tcxForWorkout } from '../../src/writers/tcx.js';
import '../../src/writers/workoutkit.js';
import { getWriter } from '../../src/writers/registry.js';
import { bothSteps, TARGET } from '../helpers/fit-decode.js';
import { readIntervals, runOrder } from '../helpers/intervals-reader.js';
import { lonePlan, referenceAthlete } from '../helpers/reference.js';
import { readTcx, executedTcx } from '../helpers/tcx-reader.js';
import { watchRunOrder } from '../helpers/workoutkit-compare.js';

const athlete = referenceAthlete();
const flat = (nodes: readonly Node[]): Step[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));
const walkDay = () => compileSession('40 min walk', athlete);
const runWalk = () => compileSession('Jog 4 minutes, walk 2 minutes, repeat 5 times', athlete);
const isWalk = (s: Step) => /\bwalk\b/.test(s.label);

describe('walk steps carry no pace', () => {
  it('in the IR: no target, and a walk day is estimated at a walking speed, not at easy pace', () => {
    const w = walkDay();
    expect(flat(w.steps).map((s) => [s.label, s.target.kind])).toEqual([['40 min walk', 'none']]);
    // 1.4 m/s for 40 minutes; at easy pace it would be over 7 km.
    expect(w.estimate.meters).toBeCloseTo(3360, 0);
    expect(flat(runWalk().steps).filter(isWalk).every((s) => s.target.kind === 'none')).toBe(true);
  });

  it('in FIT: every walk step has target_type open and a zero band, read so by both decoders', () => {
    for (const w of [walkDay(), runWalk()]) {
      const steps = bothSteps(encodeWorkout(w, lonePlan(w), DEFAULT_PROFILE).bytes);
      const walks = steps.filter((s) => /walk/.test(s.notes ?? ''));
      expect(walks.length, w.source).toBeGreaterThan(0);
      for (const s of walks) expect(s).toMatchObject({ targetType: TARGET.open, low: 0, high: 0 });
    }
  });

  it('in TCX, intervals.icu and WorkoutKit: no speed target, no pace, no alert', (ctx) => {
    for (const w of [walkDay(), runWalk()]) {
      const irWalks = flat(w.steps).filter(isWalk).length;
      const tcx = readTcx(tcxForWorkout(w, lonePlan(w))).workouts.flatMap((x) => executedTcx(x.steps));
      expect(tcx.filter((s) => s.target.kind === 'none').length).toBeGreaterThanOrEqual(irWalks);
      const read = runOrder(readIntervals(intervalsText(w, 'mi')).nodes).filter((s) => /walk/i.test(s.cue));
      expect(read.length, ctx.task.name).toBeGreaterThan(0);
      expect(read.every((s) => !s.pace && !s.heartRate)).toBe(true);
      const kit = watchRunOrder(getWriter('workoutkit')!.writeWorkout!(w, lonePlan(w), {}).data as Uint8Array).filter((s) => /walk/.test(s.step.displayName ?? ''));
      expect(kit.length).toBeGreaterThan(0);
      expect(kit.every((s) => s.step.alert === undefined)).toBe(true);
    }
  });
});

