/**
 * A stated total is the day: the parts written after it run inside it, easy
 * running fills the rest, and no warm-up or cool-down the coach did not write
 * pushes the day past it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Node, Workout } from '../../src/ir/workout.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const MILE = 1609.344;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const flat = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => (n.type === 'repeat' ? Array.from({ length: n.count }, () => flat(n.children)).flat() : [n]));
const meters = (w: Workout) => flat(w.steps).reduce((a, n) => a + (n.type === 'step' && n.duration.kind === 'distance' ? n.duration.meters : 0), 0);
const seconds = (w: Workout) => flat(w.steps).reduce((a, n) => a + (n.type === 'step' && n.duration.kind === 'time' ? n.duration.seconds : 0), 0);

describe('stated totals', () => {
  it('"6 mi total, 3 mi tempo" is six miles: three at T inside easy running, no plan warm-up', () => {
    const w = compileSession('6 mi total, 3 mi tempo', athlete);
    expect(errors(w)).toEqual([]);
    expect(meters(w)).toBeCloseTo(6 * MILE, 0);
    expect(flat(w.steps).some((n) => n.type === 'step' && n.intensity === 'warmup')).toBe(false);
  });

  it('"Total 45 min: 4 x 5 min @ T w/ 1 min jog" fills 45 minutes', () => {
    const w = compileSession('Total 45 min: 4 x 5 min @ T w/ 1 min jog', athlete);
    expect(errors(w)).toEqual([]);
    // The last rep's recovery leads into the easy running after it: within a minute of the total.
    expect(Math.abs(w.estimate.seconds - 45 * 60)).toBeLessThanOrEqual(60);
  });

  it('"40 min run – last 15 at half-marathon pace" is 40 minutes, the last 15 at HM', () => {
    const w = compileSession('40 min run – last 15 at half-marathon pace', athlete);
    expect(errors(w)).toEqual([]);
    expect(seconds(w)).toBe(40 * 60);
    const last = flat(w.steps).at(-1)!;
    expect(last).toMatchObject({ duration: { kind: 'time', seconds: 900 }, target: { kind: 'pace', name: 'HM' } });
  });
});
