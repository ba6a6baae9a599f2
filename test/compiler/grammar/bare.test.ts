/**
 * A number written without its unit, read by plausibility: each reading scored
 * against the coaching norms (dialect/norms.ts) for where the number stands,
 * the most usual kept, a note whenever another reading was possible too, and a
 * refusal when none is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import type { Node, Workout } from '../../../src/ir/workout.js';
import { outline } from '../../helpers/steps.js';
import { expectReads } from '../../helpers/reading.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const same = (text: string, shorthand: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  expect(outline(w.steps), text).toEqual(outline(compileSession(shorthand, athlete).steps));
  return w;
};

describe('a bare recovery after the reps', () => {
  it('"4 x 1 mile w/ 3" recovers 3 minutes: 3 m or 3 mi is no recovery, so no note', () => {
    const w = same('4 x 1 mile w/ 3', '4 x 1 mile w/ 3 min');
    expect(w.notes.filter((n) => n.startsWith('read 3'))).toEqual([]);
  });

  it('"6 x 800 w/ 2" recovers 2 minutes', () => {
    same('6 x 800 w/ 2', '6 x 800m w/ 2 min');
  });

  it('"6 x 400m w/ 90" recovers 90 seconds, and says 90 m would be unusual', () => {
    const w = same('6 x 400m w/ 90', '6 x 400m w/ 90 s');
    expect(w.notes).toContain('read 90 as 90 s; 90 m would be an unusual recovery');
  });

  it('"8-10 x 400 w/ 200" recovers 200 metres, and says 200 s would be as usual', () => {
    const w = same('8-10 x 400 w/ 200', '8-10 x 400m w/ 200m');
    expect(w.notes).toContain('read 200 as 200 m; 200 s would be as usual a recovery');
  });

  it('"4 x 1 mile w/ 400" recovers a lap: 400 s is long for a recovery', () => {
    same('4 x 1 mile w/ 400', '4 x 1 mile w/ 400m');
  });

  it('"6 x 800, 2 jog": a bare number before a recovery word is a recovery too', () => {
    same('6 x 800, 2 jog', '6 x 800m, 2 min jog');
  });

  it('a range is read as one: "6 x 400 w/ 1-2"', () => {
    same('6 x 400 w/ 1-2', '6 x 400m w/ 1-2 min');
  });

  it('work inside a run is no recovery: "12 miles w/ 8 @ MP" stays miles', () => {
    same('12 miles w/ 8 @ MP', '12 miles w/ 8 miles @ MP');
  });

  it('a unit still to come is waited for: "4 x 2min with 1 ½ min recovery" is not read as a bare 1', () => {
    const w = compileSession('4 x 2min with 1 ½ min recovery', athlete);
    expect(w.notes.filter((n) => n.startsWith('read 1 as'))).toEqual([]);
  });
});

describe('a bare number alone at the start of a day', () => {
  const kmAthlete = { ...athlete, profile: { ...athlete.profile, units: 'km' as const } };

  it('"Mo: 7" is a run of 7 in the athlete\'s unit, with notes saying so', () => {
    const mi = compileSession('Mo: 7', athlete);
    expect(errors(mi)).toEqual([]);
    expect(mi.steps[0]).toMatchObject({ duration: { kind: 'distance', meters: 7 * 1609.344 } });
    expect(mi.notes).toContain("read 7 as 7 in the plan's or athlete's unit; 7 min would be an unusual run");
    expect(mi.notes).toContain('7 with no unit is run in mi, your unit');
    const km = compileSession('Mo: 7', kmAthlete);
    expect(km.steps[0]).toMatchObject({ duration: { kind: 'distance', meters: 7000 } });
  });

  it('"Thursday: 8 @ 7:10": the pace is per the same unit as the run', () => {
    const km = compileSession('Thursday: 8 @ 7:10', kmAthlete);
    expect(errors(km)).toEqual([]);
    const run = km.steps.find((s) => s.type === 'step' && s.intensity === 'active');
    expect(run).toMatchObject({ duration: { kind: 'distance', meters: 8000 }, target: { name: '7:10/km' } });
  });

  it('a text that names its unit runs in it: "Mo: 7, then 2 miles cool-down" is 7 miles for any athlete', () => {
    const w = compileSession('Mo: 7, then 2 miles cool-down', kmAthlete);
    expect(w.steps[0]).toMatchObject({ duration: { kind: 'distance', meters: 7 * 1609.344 } });
  });

  it('"45 easy" is 45 minutes: 45 miles or km would be an unusual run', () => {
    const w = same('45 easy', '45 min easy');
    expect(w.notes).toContain("read 45 as 45 min; 45 in the plan's or athlete's unit would be an unusual run");
  });

  it('"15" is as usual 15 minutes as 15 miles: refused, with a hint', () => {
    const w = compileSession('15', athlete);
    expect(errors(w)).toEqual(["'15' needs a unit"]);
  });

  it('the day of a date is no run: "Tuesday, September 13, 2016: 1-mile warmup; 20-min tempo run"', () => {
    const w = compileSession('Tuesday, September 13, 2016: 1-mile warmup; 20-min tempo run', athlete);
    expect(w.steps.some((s) => s.type === 'step' && s.duration.kind === 'distance' && s.duration.meters > 13 * 1600)).toBe(false);
  });
});

describe('a bare number judged by the session\'s label', () => {
  it('"Long: 16" is 16 miles: 16 min is no long run', () => {
    const w = compileSession('Long: 16', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps[0]).toMatchObject({ duration: { kind: 'distance', meters: 16 * 1609.344 } });
  });

  it('"Long: 90" is 90 minutes, not 90 metres', () => {
    const w = compileSession('Long: 90', athlete);
    expect(w.steps[0]).toMatchObject({ duration: { kind: 'time', seconds: 5400 } });
  });

  it('a lone "60" is an hour\'s run, with a note; a lone "800" stays metres', () => {
    const w = compileSession('60', athlete);
    expect(w.steps[0]).toMatchObject({ duration: { kind: 'time', seconds: 3600 } });
    expect(w.notes).toContain("read 60 as 60 min; 60 in the plan's or athlete's unit would be an unusual run");
    expect(compileSession('800', athlete).steps[0]).toMatchObject({ duration: { kind: 'distance', meters: 800 } });
  });
});

describe('a hyphen left hanging before "to"', () => {
  it('"1- to 2-mile warm-up" is a range of miles', () => {
    same('1- to 2-mile warm-up\n2 x 2 miles at HM pace with 4 minutes rest\n1-mile cooldown', '1-2 mi warm-up, 2 x 2 mi @ HM w/ 4 min rest, 1 mi cooldown');
  });
});

describe('the time for a run after "in"', () => {
  const flat = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));
  const paceOf = (w: Workout) => {
    const run = flat(w.steps).find((s) => s.type === 'step' && s.intensity === 'active');
    return run?.type === 'step' ? run.target : undefined;
  };

  it('"5 miles in 40-42" is minutes, kept as a pace of 8:00-8:24 per mile: 40 s for 5 miles is no speed', () => {
    const w = compileSession('5 miles in 40-42', athlete);
    expect(errors(w)).toEqual([]);
    expect(paceOf(w)).toMatchObject({ kind: 'pace', name: '8:24-8:00/mi' });
    expect(outline(w.steps)).toEqual(outline(compileSession('5 miles @ 8:00-8:24/mi', athlete).steps));
  });

  it('"10 km in 50 min" is 5:00 per km', () => {
    same('10 km in 50 min', '10 km @ 5:00/km');
  });

  it('a rep\'s own time stays a split: "8 x 400 in 75" is 75 s a rep', () => {
    const w = compileSession('8 x 400 in 75', athlete);
    expect(paceOf(w)).toMatchObject({ name: '1:15 per 400m' });
  });
});

describe('a run of a bare number, then words saying how or where it is run', () => {
  it('"Wednesday: 6 easy on the dirt track." is 6 miles easy', () => {
    expectReads('Wednesday: 6 easy on the dirt track.', 'run 6mi @E');
  });

  it('"Tu: 14 on hills" is a hilly 14-mile run, not a misspelt unit', () => {
    expectReads('Tu: 14 on hills', 'run 14mi ~hill');
  });

  it('a count stays a count: "Mo: 4 reps" is four reps, no run of 4 miles', () => {
    expectReads('Mo: 4 reps', 'wu 15:00 | 4x(run open | rec open) | cd 10:00');
  });

  it('a misspelt unit after a lone number is still refused: "Mo: 7 mlies"', () => {
    expect(errors(compileSession('Mo: 7 mlies', athlete))).toEqual(["unknown unit 'mlies'"]);
  });
});

describe('a bare warm-up or cool-down', () => {
  it('"15WU … 15 CD" is minutes: fifteen miles is no warm-up', () => {
    expectReads('15 wu, 6x400, 10 cd', 'wu 15:00 | 6x(run 400m | rec open) | cd 10:00');
  });

  it('".5 w/u … .5 c/d" is half a mile in a text of miles: thirty seconds is too short to warm up', () => {
    expectReads('3 Miles, .5 w/u, 3×800 with 400 recovery, .5 c/d', 'wu 0.5mi | 3x(run 800m | rec 400m) | cd 0.5mi');
  });

  it('"2 wu" is two miles for an athlete in miles, and says which reading was taken', () => {
    const w = compileSession('2 wu, 6x400, 2 cd', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('2 mi wu, 6x400, 2 mi cd', athlete).steps));
    expect(w.notes.some((n) => n.startsWith('read 2 as 2'))).toBe(true);
  });

  it('a number both readings make as usual stays refused, pointed at', () => {
    const w = compileSession('4 wu, 6x400, 2 mi cd', athlete);
    expect(errors(w)).toEqual(["'4' needs a unit"]);
  });
});

describe('a bare number with tenths', () => {
  it('"Thu - 23.2 @ 7:38 min/mile" is no 23:12 run: minutes are written whole or by the half', () => {
    const w = compileSession('Thu  - 23.2 @ 7:38 min/mile', athlete);
    expect(JSON.stringify(w.steps)).not.toContain('"seconds":1392');
    expect(w.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(["'23.2' needs a unit"]);
  });

  it('a tenth of a mile reads as miles on its own: "Wed: 4.3 easy"', () => {
    expectReads('Wed: 4.3 easy', 'run 4.3mi @E');
  });

  it('a half reads as the norms find usual: "Tue: 7.5 easy" is 7.5 miles', () => {
    expectReads('Tue: 7.5 easy', 'run 7.5mi @E');
  });
});
