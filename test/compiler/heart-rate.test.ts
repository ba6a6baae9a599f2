/**
 * Heart rates in the coach's text ("40 min Z2", "zone 2-3", "70-78% HRmax",
 * "HR 140-150", "under 150 bpm"): heart-rate targets for an athlete whose
 * profile has heart-rate data, the pace of that effort (with a note) for one
 * whose profile has none.
 */
import { describe, expect, it } from 'vitest';
import { compileSession, makeAthlete } from '../../src/compiler/index.js';
import type { AthleteInput } from '../../src/athlete/schema.js';
import type { Node, Step, Target, Workout } from '../../src/ir/workout.js';
import { readAs } from '../../src/writers/read-as.js';

const base: AthleteInput = { name: 'Ada', units: 'km', fitness: { race: { distance: '10K', time: '44:00' } } };
const noData = makeAthlete(base);
const withMax = makeAthlete({ ...base, heartRate: { max: 190 } });
const withThreshold = makeAthlete({ ...base, heartRate: { max: 190, threshold: 172 } });

const flat = (nodes: readonly Node[]): Step[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
function target(w: Workout): Target {
  expect(errors(w)).toEqual([]);
  return flat(w.steps).find((s) => s.intensity === 'active')!.target;
}

describe('heart-rate zones', () => {
  it('"40 min Z2" with max HR 190 is 114–133 bpm (60–70 % of max), named Z2, with a note', () => {
    const w = compileSession('40 min Z2', withMax);
    expect(target(w)).toMatchObject({ kind: 'heartRate', low: 114, high: 133, name: 'Z2', zones: { low: 2, high: 2 }, share: { of: 'max', low: 60, high: 70 } });
    expect(w.notes).toContain('Z2 is 114–133 bpm: zones from max HR 190 bpm (the five-zone %HRmax table)');
    expect(readAs(w, 'km')).toBe('40 min @ Z2');
  });

  it('"zone 2-3 for 45 min" with threshold HR 172 spans Z2 and Z3 by Friel: 146–163 bpm for 45 minutes', () => {
    const w = compileSession('zone 2-3 for 45 min', withThreshold);
    expect(target(w)).toMatchObject({ kind: 'heartRate', low: 146, high: 163, name: 'Z2–Z3' });
    expect(flat(w.steps).find((s) => s.target.kind === 'heartRate')).toMatchObject({ duration: { kind: 'time', seconds: 2700 } });
  });

  it('"zone 2 run 30 min", "5 min in Zone 2", "Z2-Z3" and "HR zone 2" are read as zones too', () => {
    expect(target(compileSession('zone 2 run 30 min', withMax))).toMatchObject({ kind: 'heartRate', name: 'Z2' });
    expect(target(compileSession('5 min in Zone 2', withMax))).toMatchObject({ kind: 'heartRate', name: 'Z2' });
    expect(target(compileSession('40 min Z2-Z3', withMax))).toMatchObject({ kind: 'heartRate', low: 114, high: 152 });
    const hrZone = compileSession('30 min HR zone 2', withMax);
    expect(target(hrZone)).toMatchObject({ kind: 'heartRate', name: 'Z2' });
    expect(hrZone.diagnostics).toEqual([]);
    // "1 hr Z2" is an hour in Z2.
    expect(flat(compileSession('1 hr Z2', withMax).steps)[0]).toMatchObject({ duration: { kind: 'time', seconds: 3600 }, target: { kind: 'heartRate', name: 'Z2' } });
  });

  it('with no heart-rate data "40 min Z2" is run at E pace, and the note says heart-rate data would make it a heart-rate target', () => {
    const w = compileSession('40 min Z2', noData);
    expect(target(w)).toMatchObject({ kind: 'pace', name: 'E' });
    expect(w.notes.join(' ')).toMatch(/read Z2 as E pace: a heart-rate zone.*heart-rate data in the athlete's profile .* would make it a heart-rate target/);
  });

  it('a zone keeps the pace of its effort for the estimate: 10 km in Z2 takes as long as 10 km at E', () => {
    const hr = compileSession('10 km Z2', withMax);
    const pace = compileSession('10 km Z2', noData);
    expect(hr.estimate.seconds).toBeCloseTo(pace.estimate.seconds, 0);
  });

  it('hard zones are work: "6 x 3 min Z4 w/ 2 min jog" gets the warm-up, and a heart-rate target on each rep only', () => {
    const w = compileSession('6 x 3 min Z4 w/ 2 min jog', withThreshold);
    const steps = flat(w.steps);
    expect(steps[0]!.intensity).toBe('warmup');
    expect(steps.filter((s) => s.target.kind === 'heartRate').map((s) => s.label)).toEqual(['3 min @ Z4']);
  });
});

describe('shares of maximum heart rate', () => {
  it('"45 min at 70-78% HRmax" with max HR 190 is 133–148 bpm', () => {
    const w = compileSession('45 min at 70-78% HRmax', withMax);
    expect(target(w)).toMatchObject({ kind: 'heartRate', low: 133, high: 148, name: '70–78% HRmax', share: { of: 'max', low: 70, high: 78 } });
  });

  it('"30 min @ 75% of max HR" is one share, 143 bpm', () => {
    expect(target(compileSession('30 min @ 75% of max HR', withMax))).toMatchObject({ kind: 'heartRate', low: 143, high: 143 });
  });

  it('with no heart-rate data a share of max HR is the pace of that effort by Daniels: 70–78 % is E, 85–90 % is M–T', () => {
    expect(target(compileSession('45 min at 70-78% HRmax', noData))).toMatchObject({ kind: 'pace', name: 'E' });
    const w = compileSession('20 min @ 85-90% HRmax', noData);
    expect(target(w)).toMatchObject({ kind: 'pace', name: 'M–T' });
    expect(w.notes.join(' ')).toContain('would make it a heart-rate target');
  });

  it('"90% max effort" stays an effort: no heart-rate word, no heart rate', () => {
    expect(target(compileSession('6 x 30 s @ 90% max effort w/ 90 s jog', withMax)).kind).toBe('effort');
  });
});

describe('beats per minute', () => {
  it('"30 min HR 140-150" is 140–150 bpm, for every athlete', () => {
    for (const a of [noData, withMax]) expect(target(compileSession('30 min HR 140-150', a))).toMatchObject({ kind: 'heartRate', low: 140, high: 150, name: '140–150 bpm' });
  });

  it('"40 min easy under 150 bpm" caps the heart rate: from Z1\'s floor to 150, with a note', () => {
    const w = compileSession('40 min easy under 150 bpm', withMax);
    expect(target(w)).toMatchObject({ kind: 'heartRate', low: 95, high: 150, name: 'under 150 bpm' });
    expect(w.notes).toContain('under 150 bpm: 95–150 bpm on the watch, which alerts above 150');
    expect(w.diagnostics).toEqual([]);
  });

  it('"1 hr 20 min easy" is a time, not a heart rate', () => {
    const w = compileSession('1 hr 20 min easy', withMax);
    expect(target(w)).toMatchObject({ kind: 'pace', name: 'E' });
    expect(flat(w.steps)[0]!.duration).toEqual({ kind: 'time', seconds: 4800 });
  });
});

describe('efforts and shares of a pace stay paces', () => {
  it('RPE and effort words map to pace bands whatever the heart-rate data', () => {
    expect(target(compileSession('15 min @ RPE 6', withThreshold))).toMatchObject({ kind: 'pace', name: 'HM' });
    expect(target(compileSession('6 x 1km @ CV w/ 1 min jog', withThreshold))).toMatchObject({ kind: 'pace', name: '10K' });
  });

  it('"5 miles @80% goal HM" is 80 % of the speed at half-marathon pace', () => {
    const t = target(compileSession('5 miles @80% goal HM', noData));
    expect(t).toMatchObject({ kind: 'pace', name: '80% of goal HM' });
    if (t.kind !== 'pace') throw new Error('no pace');
    expect((t.low + t.high) / 2).toBeCloseTo(noData.paces.paces.HM.speed * 0.8, 2);
  });

  it('with no heart-rate data every rep of "3 x 10 min Z2", and a recovery "@ Z1", keep the zone in their notes', () => {
    const steps = flat(compileSession('3 x 10 min Z2 w/ 3 min jog @ Z1', noData).steps);
    expect(steps.filter((s) => s.intensity === 'active').map((s) => s.notes)).toEqual([['Z2']]);
    expect(steps.find((s) => s.intensity === 'recovery')!.notes).toEqual(['Z1']);
  });
});
