/**
 * Efforts and counts written every way coaches write them: heart-rate zones,
 * perceived effort and effort words read through the table of efforts to a
 * pace (with a note), percentages of a named pace, run/walk, decimal commas,
 * and counts before, after and in words ("4 rounds of", "4 by 2:00", "6 to 10 800m").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Node, PaceTarget, Workout } from '../../src/ir/workout.js';
import { outline } from '../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const flat = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));
const work = (w: Workout) => flat(w.steps).filter((n) => n.type === 'step' && n.intensity === 'active');
const pace = (w: Workout): PaceTarget => {
  const t = work(w)[0]!;
  if (t.type !== 'step' || t.target.kind !== 'pace') throw new Error(`no pace in ${JSON.stringify(t)}`);
  return t.target;
};
const same = (a: string, b: string) => expect(outline(compileSession(a, athlete).steps)).toEqual(outline(compileSession(b, athlete).steps));

describe('efforts instead of paces, read through the table of efforts', () => {
  it('"40 min Z2" is 40 minutes at E, with a note saying how the zone was read', () => {
    const w = compileSession('40 min Z2', athlete);
    expect(errors(w)).toEqual([]);
    expect(pace(w).name).toBe('E');
    expect(w.notes).toContain("read Z2 as E pace: a heart-rate zone, run at the pace of that effort; heart-rate data in the athlete's profile (max HR, threshold HR or zones) would make it a heart-rate target");
  });

  it('"zone 2-3 for 45 min" is 45 minutes between E and M', () => {
    const w = compileSession('zone 2-3 for 45 min', athlete);
    expect(errors(w)).toEqual([]);
    expect(pace(w).name).toBe('E–M');
    expect(work(w)[0]).toMatchObject({ duration: { kind: 'time', seconds: 2700 } });
  });

  it('"15 min @ RPE 6" and "5 x 3 min at 8/10 effort" take the pace of that effort', () => {
    expect(pace(compileSession('15 min @ RPE 6', athlete)).name).toBe('HM');
    expect(pace(compileSession('5 x 3 min at 8/10 effort w/ 2 min jog', athlete)).name).toBe('10K');
  });

  it('"sub-threshold" and "CV" are paces of the table', () => {
    expect(pace(compileSession('20 min sub-threshold', athlete)).name).toBe('HM');
    expect(pace(compileSession('6 x 1km @ CV w/ 1 min jog', athlete)).name).toBe('10K');
  });
});

describe('percentages of a named pace', () => {
  it('"8 km at 95% of MP" runs at 95 % of marathon-pace speed', () => {
    const w = compileSession('8 km at 95% of MP', athlete);
    const m = athlete.paces.paces.M.speed;
    const t = pace(w);
    expect((t.low + t.high) / 2).toBeCloseTo(m * 0.95, 2);
    expect(t.name).toBe('95% of M');
  });

  it('"110% of 5K pace" is faster than 5K pace', () => {
    const t = pace(compileSession('5 x 1000 @ 110% of 5K pace w/ 2 min jog', athlete));
    expect((t.low + t.high) / 2).toBeCloseTo(athlete.paces.paces['5K'].speed * 1.1, 2);
  });

  it('a share no runner could run is refused: "300% of MP"', () => {
    expect(errors(compileSession('8 km at 300% of MP', athlete))).toHaveLength(1);
  });
});

describe('counts placed anywhere', () => {
  it('"4 rounds of: 400m @ 5K, 200m jog" is four rounds', () => same('4 rounds of: 400m @ 5K, 200m jog', '4 x 400m @ 5K w/ 200m jog'));
  it('"4 by 2:00 hard w/ 1:00 jog" is four reps', () => same('4 by 2:00 hard w/ 1:00 jog', '4 x 2:00 hard w/ 1:00 jog'));
  it('"6 to 10 800m repeats at 5K pace" is a range of counts', () => same('6 to 10 800m repeats at 5K pace', '6-10 x 800m @ 5K'));
});

describe('run/walk and decimal commas', () => {
  it('"Jog 4 minutes, walk 2 minutes, repeat 5 times": the jogs are the work, the walks the recovery', () => {
    const w = compileSession('Jog 4 minutes, walk 2 minutes, repeat 5 times', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps[0]).toMatchObject({ type: 'repeat', count: 5 });
    const [jog, walk] = flat(w.steps);
    expect(jog).toMatchObject({ intensity: 'active', duration: { seconds: 240 } });
    expect(walk).toMatchObject({ intensity: 'rest', duration: { seconds: 120 } });
  });

  it('"4,5 km easy" is four and a half kilometres; "1,000m" stays a thousand metres', () => {
    expect(work(compileSession('4,5 km easy', athlete))[0]).toMatchObject({ duration: { kind: 'distance', meters: 4500 } });
    expect(work(compileSession('2 x 1,000m @ 10K', athlete))[0]).toMatchObject({ duration: { kind: 'distance', meters: 1000 } });
  });
});

describe('treadmill settings', () => {
  it('"30 min at 7.5 mph, 4% incline" runs at 8:00/mi, the incline a note', () => {
    const w = compileSession('30 min at 7.5 mph, 4% incline', athlete);
    expect(errors(w)).toEqual([]);
    const t = pace(w);
    expect(1609.344 / ((t.low + t.high) / 2)).toBeCloseTo(480, -1);
    expect(w.notes).toContain('read 7.5 mph as a pace of 8:00/mi');
    expect(w.notes.some((n) => n.startsWith('treadmill incline 4%'))).toBe(true);
  });

  it('"20 min @ 11 km/h" runs at 5:27/km', () => {
    expect(pace(compileSession('20 min @ 11 km/h', athlete)).name).toBe('5:27/km');
  });
});

describe('recoveries in brackets, and repeats said in words', () => {
  it('"6 x 400m @ 5K [2\']" recovers two minutes between the reps', () => same("6 x 400m @ 5K [2']", '6 x 400m @ 5K w/ 2 min recovery'));
  it('"4 x 1 mile @ T (rest 90 s, 90 s, 90 s)" rests 90 s between each', () => same('4 x 1 mile @ T (rest 90 s, 90 s, 90 s)', '4 x 1 mile @ T w/ 90 s rest'));
  it('recoveries that differ are not made one: one for each gap is run in order, any other number stays an explanation, warned about', () => {
    const gaps = compileSession('4 x 1 mile @ T (rest 90 s, 90 s, 60 s)', athlete);
    expect(gaps.steps.filter((s) => s.type === 'step' && s.intensity === 'rest').map((s) => s.type === 'step' && s.duration)).toEqual([90, 90, 60].map((seconds) => ({ kind: 'time', seconds })));
    const w = compileSession('4 x 1 mile @ T (rest 90 s, 60 s)', athlete);
    expect(w.diagnostics.some((d) => d.severity === 'warning' && d.message.startsWith('the explanation says'))).toBe(true);
  });
  it('"Run 3 min, walk 1 min, do it again twice" is three rounds', () => {
    expect(compileSession('Run 3 min, walk 1 min, do it again twice', athlete).steps[0]).toMatchObject({ type: 'repeat', count: 3 });
  });
});
