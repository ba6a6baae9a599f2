/**
 * Ambiguity decided by plausibility: candidate readings scored against the
 * coaching norms (src/compiler/dialect/norms.ts), the most usual kept, a note
 * when the runner-up was usual too, and no reading that gives a pace no runner runs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import { NORMS, choose, fit, lengthCandidates } from '../../src/compiler/dialect/norms.js';
import type { Node, Workout } from '../../src/ir/workout.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const flat = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));
const recoveries = (w: Workout) => flat(w.steps).filter((n) => n.type === 'step' && n.intensity !== 'active' && n.intensity !== 'warmup' && n.intensity !== 'cooldown');

describe('the norms table', () => {
  it('scores a 3 min recovery usual, a 3 mi recovery impossible', () => {
    expect(fit(180, NORMS.recovery.seconds)).toBe(2);
    expect(fit(3 * 1609.344, NORMS.recovery.meters)).toBe(0);
  });

  it('says so when the runner-up is possible too', () => {
    const chosen = choose(lengthCandidates(1, 'recovery'), '1m', 'recovery');
    expect(chosen).toEqual({ value: 'min', note: 'read 1m as 1 min; 1 mi would be an unusual recovery' });
  });
});

describe('"m" before a recovery', () => {
  it('"6 x 800m @ 5K w/ 3m recovery" recovers 3 minutes, not 3 miles', () => {
    const w = compileSession('6 x 800m @ 5K w/ 3m recovery', athlete);
    expect(errors(w)).toEqual([]);
    const [rec] = recoveries(w);
    expect(rec).toMatchObject({ duration: { kind: 'time', seconds: 180 } });
  });

  it('"6 x 400 w/ 1m jog" recovers a minute and notes the mile it could have been', () => {
    const w = compileSession('6 x 400 w/ 1m jog', athlete);
    expect(recoveries(w)[0]).toMatchObject({ duration: { kind: 'time', seconds: 60 } });
    expect(w.notes).toContain('read 1m as 1 min; 1 mi would be an unusual recovery');
  });

  it('"2m wu" stays two miles: only a recovery is weighed against minutes', () => {
    const w = compileSession('2m wu, 4 x 1 mi @ T w/ 2m jog, 2m cd', athlete);
    expect(w.steps[0]).toMatchObject({ intensity: 'warmup', duration: { kind: 'distance' } });
  });
});

describe('a clock after "@"', () => {
  it('"16 miles @8:05 average" is a pace per mile, not the time of the whole run', () => {
    const w = compileSession('16 miles @8:05 average', athlete);
    expect(errors(w)).toEqual([]);
    const step = flat(w.steps).find((n) => n.type === 'step' && n.duration.kind === 'distance' && n.duration.meters > 25000);
    expect(step).toBeDefined();
    const target = step!.type === 'step' ? step!.target : undefined;
    expect(target?.kind).toBe('pace');
    const speed = target?.kind === 'pace' ? (target.low + target.high) / 2 : 0;
    expect(1609.344 / speed).toBeCloseTo(485, -1);
    expect(w.notes.some((n) => n.startsWith('read @8:05 as a pace per mi'))).toBe(true);
  });

  it('a rep time stays a rep time where a runner could run it: "8 x 400 @ 75"', () => {
    const w = compileSession('8 x 400 @ 75', athlete);
    const rep = flat(w.steps).find((n) => n.type === 'step' && n.intensity === 'active');
    expect(rep?.type === 'step' && rep.target.kind === 'pace' && rep.target.name).toBe('1:15 per 400m');
  });

  it('no reading at all when neither is a pace a runner runs: "2 x 1000m @ 75" is refused', () => {
    const w = compileSession('2 x 1000m @ 75', athlete);
    expect(errors(w)[0]!.message).toContain('neither a time for this rep nor a pace a runner runs');
  });
});
