/**
 * Sessions as other published plans write them (Daniels, Pfitzinger, Hansons,
 * Higdon, McMillan style) and the workout sentences of the mile article, compiled
 * for the reference athlete (6:00 mile, goal 5:45). Each expected step tree is
 * worked out from the text: what a coach means, in the athlete's own pace bands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession, loadAthlete, makeAthlete } from '../../src/compiler/index.js';
import type { Athlete } from '../../src/athlete/athlete.js';
import type { Node, Workout } from '../../src/ir/workout.js';
import { expectationDiffs, show } from '../corpus/expect.js';
import {
  MILE, active, around, band, between, cooldown, defaultCooldown, defaultWarmup, effort, meters, miles, open,
  outline, recovery, repeat, rest, shapeOf, stepDiffs, time, warmup, type Shape,
} from '../helpers/steps.js';

const loaded = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8'), 'reference.yaml');
if (!loaded.athlete) throw new Error(`reference athlete does not load: ${JSON.stringify(loaded.diagnostics)}`);
const athlete: Athlete = loaded.athlete;
const P = athlete.paces.paces;
const goal = athlete.paces.goal!;
/** Band half-widths from the issue: ±1.5% of speed for 800–5K (and I, R), ±2% for slower paces. */
const FAST = 0.015;
const SLOW = 0.02;

function compiled(text: string, who: Athlete = athlete): Workout {
  const w = compileSession(text, who);
  expect(w.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.column}: ${d.message}`), text).toEqual([]);
  return w;
}

function expectSteps(text: string, expected: Shape[], who: Athlete = athlete): Workout {
  const w = compiled(text, who);
  expect(stepDiffs(w.steps, expected), `${text}\n  got: ${outline(w.steps)}`).toEqual([]);
  return w;
}

/** The work of a session with its plan warm-up and cool-down around it. */
const around15and10 = (...work: Shape[]): Shape[] => [defaultWarmup, ...work, defaultCooldown];

/** Speed for a pace written per mile plus `seconds` (positive: slower). */
const offsetPerMile = (speed: number, seconds: number) => MILE / (MILE / speed + seconds);

/** Counts and durations only, for sentences that name no pace: "4x+(a:200 r:open)", "+" when the last recovery is run. */
function skeleton(nodes: readonly (Node | Shape)[]): string {
  return shapeOf(nodes as Node[])
    .map((n) => {
      if (n.type === 'repeat') return `${n.count}x${n.skipLastRecovery ? '' : '+'}(${skeleton(n.children)})`;
      const d = n.duration;
      return `${n.intensity[0]}:${d.kind === 'distance' ? Math.round(d.meters) : d.kind === 'time' ? `${d.seconds}s` : 'open'}`;
    })
    .join(' ');
}

describe('threshold runs', () => {
  it('Daniels: "20 min @ T" is a 20-minute tempo between the plan warm-up and cool-down', () => {
    expectSteps('20 min @ T', around15and10(active(time(1200), band(P.T))));
  });

  it('"2 x 15 min @ tempo w/ 3 min jog": tempo is T, the jog only between the two', () => {
    expectSteps('2 x 15 min @ tempo w/ 3 min jog', around15and10(repeat(2, [active(time(900), band(P.T)), recovery(time(180))])));
  });

  it('Hansons: "2 mi WU, 4 x 1 mi @ T w/ 1 min rest, 2 mi CD" keeps the written warm-up and cool-down and adds none', () => {
    expectSteps('2 mi WU, 4 x 1 mi @ T w/ 1 min rest, 2 mi CD', [
      warmup(miles(2)),
      repeat(4, [active(miles(1), band(P.T)), rest(time(60))]),
      cooldown(miles(2)),
    ]);
  });

  it('McMillan: "3 x 2 mi @ 15K w/ 3 min jog"', () => {
    expectSteps('3 x 2 mi @ 15K w/ 3 min jog', around15and10(repeat(3, [active(miles(2), band(P['15K'])), recovery(time(180))])));
  });

  it('"20 min @ threshold + 6 x 200m @ R w/ 200m jog": two blocks, one warm-up and one cool-down', () => {
    expectSteps(
      '20 min @ threshold + 6 x 200m @ R w/ 200m jog',
      around15and10(active(time(1200), band(P.T)), repeat(6, [active(meters(200), band(P.R)), recovery(meters(200))])),
    );
  });

  it('"15 min easy, 20 min @ T, 10 min easy": the easy running written around the tempo replaces the plan defaults', () => {
    expectSteps('15 min easy, 20 min @ T, 10 min easy', [active(time(900), band(P.E)), active(time(1200), band(P.T)), active(time(600), band(P.E))]);
  });
});

describe('runs with a faster part', () => {
  // The rest of the run is easy and split around the fast part: that easy running is
  // the warm-up and cool-down, so the plan's 15 + 10 minutes must not be added on top
  // (a 16-mile run must stay 16 miles).
  it('Pfitzinger: "16 mi w/ 10 mi @ MP" is 3 mi easy, 10 mi at marathon pace, 3 mi easy', () => {
    const w = expectSteps('16 mi w/ 10 mi @ MP', [active(miles(3), band(P.E)), active(miles(10), band(P.M)), active(miles(3), band(P.E))]);
    expect(w.notes.join(' ')).toMatch(/split evenly/);
  });

  it('Pfitzinger: "10 mi w/ 5 mi @ LT" (LT is threshold)', () => {
    expectSteps('10 mi w/ 5 mi @ LT', [active(miles(2.5), band(P.E)), active(miles(5), band(P.T)), active(miles(2.5), band(P.E))]);
  });

  it('the issue\'s own example: "8 miles w/ 4 miles @ 15K to half marathon pace"', () => {
    expectSteps('8 miles w/ 4 miles @ 15K to half marathon pace', [
      active(miles(2), band(P.E)),
      active(miles(4), between(P['15K'], P.HM)),
      active(miles(2), band(P.E)),
    ]);
  });
});

describe('VO2 intervals', () => {
  it('Daniels: "5 x 1000m @ I w/ 400m jog"', () => {
    expectSteps('5 x 1000m @ I w/ 400m jog', around15and10(repeat(5, [active(meters(1000), band(P.I)), recovery(meters(400))])));
  });

  it('"6 x 3 min @ 5K w/ 2 min jog"', () => {
    expectSteps('6 x 3 min @ 5K w/ 2 min jog', around15and10(repeat(6, [active(time(180), band(P['5K'])), recovery(time(120))])));
  });

  it('"5 x 3 min @ I w/ equal time jog": equal time of a 3-minute rep is 3 minutes', () => {
    expectSteps('5 x 3 min @ I w/ equal time jog', around15and10(repeat(5, [active(time(180), band(P.I)), recovery(time(180))])));
  });

  it('"5 x 1000m @ I jog 50 to 90% interval time between": half of the rep time for an athlete who takes the low end', () => {
    // At I pace (about 6:28/mi) 1000 m takes about 241 s; 50% is 120.5 s, rounded to 120 s.
    expect(Math.round(1000 / P.I.speed)).toBe(241);
    const w = expectSteps('5 x 1000m @ I jog 50 to 90% interval time between', around15and10(repeat(5, [active(meters(1000), band(P.I)), recovery(time(120))])));
    expect(w.notes.join(' ')).toMatch(/50%/);
  });

  it('the same session for an athlete who takes the high end of ranges: 90% of 241 s is 217 s, rounded to 215 s', () => {
    const high = makeAthlete({ name: 'High', units: 'mi', fitness: { race: { distance: 'mile', time: '6:00' } }, ranges: 'high' });
    expectSteps('5 x 1000m @ I jog 50 to 90% interval time between', around15and10(repeat(5, [active(meters(1000), band(high.paces.paces.I)), recovery(time(215))])), high);
  });

  it('Higdon: "5 x 1000m @ 5K w/ 1:30 recovery" reads 1:30 as a minute and a half', () => {
    expectSteps('5 x 1000m @ 5K w/ 1:30 recovery', around15and10(repeat(5, [active(meters(1000), band(P['5K'])), recovery(time(90))])));
  });

  it('"12 x 400m @ 5K w/ 90 sec recovery"', () => {
    expectSteps('12 x 400m @ 5K w/ 90 sec recovery', around15and10(repeat(12, [active(meters(400), band(P['5K'])), recovery(time(90))])));
  });

  it('"4 x 1200m @ 5K–10K w/ 400m jog": a range with a typographic dash runs from 10K pace to 5K pace', () => {
    const expected = around15and10(repeat(4, [active(meters(1200), between(P['10K'], P['5K'])), recovery(meters(400))]));
    expectSteps('4 x 1200m @ 5K–10K w/ 400m jog', expected);
    expectSteps('4 x 1200m @ 5K — 10K w/ 400m jog', expected);
  });
});

describe('sets with set rest', () => {
  it('"3 sets of 4 x 200m @ R w/ 200m jog w/ 5 min between sets": the set rest replaces the last jog of each set and is not run after the last set', () => {
    expectSteps(
      '3 sets of 4 x 200m @ R w/ 200m jog w/ 5 min between sets',
      around15and10(repeat(3, [repeat(4, [active(meters(200), band(P.R)), recovery(meters(200))]), recovery(time(300))])),
    );
  });

  it('"2 sets of 4 x 400m @ 5K w/ 200m jog w/ 3 min between sets"', () => {
    expectSteps(
      '2 sets of 4 x 400m @ 5K w/ 200m jog w/ 3 min between sets',
      around15and10(repeat(2, [repeat(4, [active(meters(400), band(P['5K'])), recovery(meters(200))]), recovery(time(180))])),
    );
  });

  it('"2 x (3 x 200m @ R w/ 200m jog) w/ 800m jog between sets"', () => {
    expectSteps(
      '2 x (3 x 200m @ R w/ 200m jog) w/ 800m jog between sets',
      around15and10(repeat(2, [repeat(3, [active(meters(200), band(P.R)), recovery(meters(200))]), recovery(meters(800))])),
    );
  });

  it('"2 x (4 x 400m @ Mile w/ 1 min rest)": with no set rest written, the minute of rest is run between the sets too', () => {
    // The inner repeat keeps its last rest; the outer skip drops it after the final set.
    const w = expectSteps(
      '2 x (4 x 400m @ Mile w/ 1 min rest)',
      around15and10(repeat(2, [repeat(4, [active(meters(400), band(P.Mile)), rest(time(60))], false)])),
    );
    expect(w.notes.join(' ')).toMatch(/between sets/);
  });

  it('"4 x 400m @ 5K w/ 400m jog + 4 x 200m @ Mile w/ 200m jog": the jog after the last 400 leads into the 200s', () => {
    expectSteps(
      '4 x 400m @ 5K w/ 400m jog + 4 x 200m @ Mile w/ 200m jog',
      around15and10(
        repeat(4, [active(meters(400), band(P['5K'])), recovery(meters(400))], false),
        repeat(4, [active(meters(200), band(P.Mile)), recovery(meters(200))]),
      ),
    );
  });
});

describe('strides', () => {
  it('"6 x 20 sec strides": no pace, the plan\'s strides recovery (1 min walk), no warm-up added', () => {
    const w = expectSteps('6 x 20 sec strides', [repeat(6, [active(time(20), effort('strides')), rest(time(60))])]);
    expect(w.notes.join(' ')).toMatch(/strides recovery/);
  });

  it('Higdon: "6 mi + 6 x 100m strides"', () => {
    expectSteps('6 mi + 6 x 100m strides', [active(miles(6), band(P.E)), repeat(6, [active(meters(100), effort('strides')), rest(time(60))])]);
  });

  it('"4 x 100m strides @ Mile for rhythm" carries mile pace', () => {
    expectSteps('4 x 100m strides @ Mile for rhythm', [repeat(4, [active(meters(100), band(P.Mile)), rest(time(60))])]);
  });
});

describe('fartlek', () => {
  it('"10 x 1 min @ 5K w/ 1 min easy"', () => {
    expectSteps('10 x 1 min @ 5K w/ 1 min easy', around15and10(repeat(10, [active(time(60), band(P['5K'])), recovery(time(60))])));
  });

  it('"10 x 1 min @ 5K w/ 1 min easy jog"', () => {
    expectSteps('10 x 1 min @ 5K w/ 1 min easy jog', around15and10(repeat(10, [active(time(60), band(P['5K'])), recovery(time(60))])));
  });
});

describe('offsets and explicit paces', () => {
  it('"4 mi @ MP-10s": ten seconds per mile faster than marathon pace, with the slow-pace band', () => {
    expectSteps('4 mi @ MP-10s', around15and10(active(miles(4), around(offsetPerMile(P.M.speed, -10), SLOW))));
  });

  it('"3 x 1 mile @ 5K pace + 5 sec w/ 2 min jog": five seconds per mile slower than 5K pace', () => {
    // Regression: "pace + 5 sec" was read as a separate 5-second easy run joined by "+".
    expectSteps(
      '3 x 1 mile @ 5K pace + 5 sec w/ 2 min jog',
      around15and10(repeat(3, [active(miles(1), around(offsetPerMile(P['5K'].speed, 5), FAST)), recovery(time(120))])),
    );
  });

  it('"3 x 1 mile @ 5K+5s w/ 2 min jog" is the same session written tightly', () => {
    expectSteps('3 x 1 mile @ 5K+5s w/ 2 min jog', around15and10(repeat(3, [active(miles(1), around(offsetPerMile(P['5K'].speed, 5), FAST)), recovery(time(120))])));
  });

  /** A written pace keeps its centre; the band around it is no wider than the ±2% of slow paces. */
  function expectCentred(w: Workout, speed: number) {
    const work = w.steps.flatMap(function flat(n: Node): Node[] {
      return n.type === 'repeat' ? n.children.flatMap(flat) : [n];
    }).filter((n) => n.type === 'step' && n.intensity === 'active');
    expect(work.length).toBeGreaterThan(0);
    for (const s of work) {
      if (s.type !== 'step' || s.target.kind !== 'pace') throw new Error(`no pace on ${JSON.stringify(s)}`);
      expect((s.target.low + s.target.high) / 2).toBeCloseTo(speed, 9);
      expect(s.target.low).toBeLessThan(speed);
      expect((s.target.high - speed) / speed).toBeLessThanOrEqual(SLOW + 1e-12);
    }
  }

  it('"6 x 800m @ 2:50 w/ 90s jog": 2:50 is the time for each 800', () => {
    const w = expectSteps('6 x 800m @ 2:50 w/ 90s jog', around15and10(repeat(6, [active(meters(800), around(800 / 170, FAST)), recovery(time(90))])));
    expectCentred(w, 800 / 170);
  });

  it('"3 mi @ 6:30/mi"', () => {
    const w = compiled('3 mi @ 6:30/mi');
    expect(skeleton(w.steps)).toBe(`w:900s a:${Math.round(3 * MILE)} c:600s`);
    expectCentred(w, MILE / 390);
  });

  it('"4 x 1 km @ 4:05/km w/ 2 min"', () => {
    const w = compiled('4 x 1 km @ 4:05/km w/ 2 min');
    expect(skeleton(w.steps)).toBe('w:900s 4x(a:1000 r:120s) c:600s');
    expectCentred(w, 1000 / 245);
  });

  it('"8 x 400 @ 75": bare track numbers are metres, 75 is seconds per 400; no recovery written is an open one, said in the notes', () => {
    const w = expectSteps('8 x 400 @ 75', around15and10(repeat(8, [active(meters(400), around(400 / 75, FAST)), recovery(open)])));
    expect(w.notes.join(' ')).toMatch(/no recovery written/);
  });

  it('"8 x 400 @ 75 w. 400m jog rest": "w." is "with" and a jog rest is a jog', () => {
    expectSteps('8 x 400 @ 75 w. 400m jog rest', around15and10(repeat(8, [active(meters(400), around(400 / 75, FAST)), recovery(meters(400))])));
  });

  it('"6 x 400m in 75s w/ 400m jog"', () => {
    expectSteps('6 x 400m in 75s w/ 400m jog', around15and10(repeat(6, [active(meters(400), around(400 / 75, FAST)), recovery(meters(400))])));
  });
});

describe('the ways coaches write numbers and recoveries', () => {
  it('"6 x 1000m @ 5K (jog 4 min recovery)": a recovery in parentheses', () => {
    expectSteps('6 x 1000m @ 5K (jog 4 min recovery)', around15and10(repeat(6, [active(meters(1000), band(P['5K'])), recovery(time(240))])));
  });

  it('"1 hr" is an hour easy', () => {
    expectSteps('1 hr', [active(time(3600), band(P.E))]);
  });

  it('"1.5 mi" is a mile and a half easy', () => {
    expectSteps('1.5 mi', [active(miles(1.5), band(P.E))]);
  });

  it('"8 mi easy"', () => {
    expectSteps('8 mi easy', [active(miles(8), band(P.E))]);
  });

  it('"6 x 1,000m @ 10K w/ 2 min jog": a thousands separator', () => {
    expectSteps('6 x 1,000m @ 10K w/ 2 min jog', around15and10(repeat(6, [active(meters(1000), band(P['10K'])), recovery(time(120))])));
  });

  it('"5 x 1k @ 5K w/ 400m jog": 1k is 1000 m', () => {
    expectSteps('5 x 1k @ 5K w/ 400m jog', around15and10(repeat(5, [active(meters(1000), band(P['5K'])), recovery(meters(400))])));
  });

  it('"6 × 800m @ 5K w/ 400m jog": the multiplication sign', () => {
    expectSteps('6 × 800m @ 5K w/ 400m jog', around15and10(repeat(6, [active(meters(800), band(P['5K'])), recovery(meters(400))])));
  });

  it('"6–8 x 800m @ 5K w/ 400m jog": an en dash in the count; the low end is taken and the choice noted', () => {
    const w = expectSteps('6–8 x 800m @ 5K w/ 400m jog', around15and10(repeat(6, [active(meters(800), band(P['5K'])), recovery(meters(400))])));
    expect(w.notes.join(' ')).toMatch(/6–8/);
  });

  it('"8 to 10 x 400m @ Mile w/ 400m jog"', () => {
    const w = expectSteps('8 to 10 x 400m @ Mile w/ 400m jog', around15and10(repeat(8, [active(meters(400), band(P.Mile)), recovery(meters(400))])));
    expect(w.notes.join(' ')).toMatch(/8–10/);
  });

  it('a ladder "400m, 300m, 200m @ Mile w/ previous distance jog recovery": each jog as long as the rep before it, none after the last', () => {
    expectSteps(
      '400m, 300m, 200m @ Mile w/ previous distance jog recovery',
      around15and10(active(meters(400), band(P.Mile)), recovery(meters(400)), active(meters(300), band(P.Mile)), recovery(meters(300)), active(meters(200), band(P.Mile))),
    );
  });

  it('race day written "5K race": one 5 km step at 5K pace', () => {
    // Regression: "5K race" (and "400m race") threw a TypeError in resolvePace instead of compiling.
    const w = compiled('5K race');
    const work = w.steps.filter((s) => s.type === 'step' && s.intensity === 'active');
    expect(stepDiffs(work, [active(meters(5000), band(P['5K']))])).toEqual([]);
  });

  it('"WU/CD + 6 x 400m @ 5K w/ 400m jog" adds the plan warm-up and cool-down once', () => {
    expectSteps('WU/CD + 6 x 400m @ 5K w/ 400m jog', around15and10(repeat(6, [active(meters(400), band(P['5K'])), recovery(meters(400))])));
  });

  it('a comma before the recovery clause: "6 x 400m @ 5K, w/ 400m jog"', () => {
    // Regression: a comma before "w/" stopped the session with "unknown word 'w'".
    expectSteps('6 x 400m @ 5K, w/ 400m jog', around15and10(repeat(6, [active(meters(400), band(P['5K'])), recovery(meters(400))])));
  });
});

describe('the workout sentences of "How To Run A Faster Mile"', () => {
  it('"8 to 10 x 30 seconds at 90-95% effort or max heart rate with 60 seconds of recovery jog in between each interval"', () => {
    expectSteps(
      '8 to 10 x 30 seconds at 90-95% effort or max heart rate with 60 seconds of recovery jog in between each interval',
      around15and10(repeat(8, [active(time(30), effort('90-95% effort or max heart rate')), recovery(time(60))])),
    );
  });

  it('"4 x 5 minutes at mile pace": mile pace is the goal pace; no recovery written, so an open one with a note', () => {
    const w = expectSteps('4 x 5 minutes at mile pace', around15and10(repeat(4, [active(time(300), band(goal)), recovery(open)])));
    expect(w.notes.join(' ')).toMatch(/no recovery written/);
  });

  it('"4 x 3 minutes at mile pace"', () => {
    expectSteps('4 x 3 minutes at mile pace', around15and10(repeat(4, [active(time(180), band(goal)), recovery(open)])));
  });

  it('the ascending ladder as the article writes it, comma before "with a full recovery"', () => {
    const w = compiled('4 x 200 meters, 2 x 400 meters, 2 x 600 meters, and 1 x 800 meters, with a full recovery in between each interval');
    // A full recovery between every interval and none after the last one.
    expect(skeleton(w.steps.filter((s) => s.type === 'repeat' || (s.intensity !== 'warmup' && s.intensity !== 'cooldown')))).toBe(
      '4x+(a:200 r:open) 2x+(a:400 r:open) 2x+(a:600 r:open) a:800',
    );
  });

  it('the ascending ladder at goal mile pace, comma before the recovery clause', () => {
    const rep = (count: number, m: number) => repeat(count, [active(meters(m), band(goal)), recovery(open)], false);
    expectSteps(
      '4 x 200 meters, 2 x 400 meters, 2 x 600 meters, and 1 x 800 meters at goal mile pace, with a full recovery in between each interval',
      around15and10(rep(4, 200), rep(2, 400), rep(2, 600), active(meters(800), band(goal))),
    );
  });

  it('the pyramid "200m, 400m, 600m, 800m, 600m, 400m, and 200m @ goal mile pace with a full recovery in between each interval"', () => {
    const legs = [200, 400, 600, 800, 600, 400, 200].flatMap((m, k, all) => [active(meters(m), band(goal)), ...(k < all.length - 1 ? [recovery(open)] : [])]);
    expectSteps('200m, 400m, 600m, 800m, 600m, 400m, and 200m @ goal mile pace with a full recovery in between each interval', around15and10(...legs));
  });

  it('"8 x 200 meters or 4 x 600 meters": the first is the workout, the other travels as its alternative', () => {
    const w = compiled('8 x 200 meters or 4 x 600 meters');
    // No pace is written, so only the reps are pinned down, not whether a warm-up goes around them.
    const reps = (nodes: readonly Node[]) => skeleton(nodes.filter((n) => n.type === 'repeat'));
    expect(reps(w.steps)).toBe('8x(a:200 r:open)');
    expect(w.alternatives).toHaveLength(1);
    expect(reps(w.alternatives[0]!.steps)).toBe('4x(a:600 r:open)');
  });
});

describe('labels that also name a day of their own', () => {
  it('"Strength 3 x 2 miles @ MP-10s w/ 800m jog" is a labelled workout; "Strength" alone stays a strength day', () => {
    const w = compiled('Strength 3 x 2 miles @ MP-10s w/ 800m jog');
    expect(w.title).toBe('Strength: 3×2 mi @ M−10s');
    expect(skeleton(w.steps.filter((n) => n.type === 'repeat'))).toBe('3x(a:3219 r:800)');
    for (const text of ['Strength', 'Strength training']) {
      const day = compiled(text);
      expect(day.sport, text).toBe('strength');
      expect(day.title, text).toBe(text);
    }
  });

  it('"Threshold 4 miles" runs at T; "Interval 5 x 1K @ 5K" is named Intervals', () => {
    const t = compiled('Threshold 4 miles');
    expect(t.title).toBe('Threshold 4 mi');
    expect(t.steps).toHaveLength(1);
    expect(t.steps[0]!.type === 'step' && t.steps[0]!.target.kind === 'pace' && t.steps[0]!.target.name).toBe('T');
    expect(compiled('Interval 5 x 1K @ 5K').title).toBe('Intervals: 5×1000m @ 5K');
  });
});

describe('race titles', () => {
  // Regression: a race inside a longer run was titled "10 mi w/ 8K race race".
  it('"8k-10k tune-up race, 10 miles" and "Half Marathon goal race 17 miles" say "race" once', () => {
    expect(compiled('8k-10k tune-up race, 10 miles').title).toBe('10 mi w/ 8K race');
    expect(compiled('Half Marathon goal race 17 miles').title).toBe('17 mi w/ Half marathon');
  });
});

/**
 * Real text from plans, club pages and training logs beyond the development corpus,
 * each construct once: what failed on it ("was: …"), and what its author means, in
 * the corpus notation (test/corpus/notation.ts). Sources are named above each group.
 */
describe('constructs met in further published text', () => {
  const means = (text: string, expected: string) => {
    const diffs = expectationDiffs(compileRuns(text, athlete), expected);
    expect(diffs, `${text}\n  got: ${show(compileRuns(text, athlete))}`).toEqual([]);
  };

  const MEANT: { source: string; what: string; cases: [text: string, meant: string][] }[] = [
    {
      source: 'Advanced Marathoning (hoovercj/time-to-run, marathon_pfitzinger_18_55 and 12_85)',
      what: '"; jog 50 to 90% interval time between" after reps inside a run is their recovery (was: a jog after the run); "Dress rehearsal"; a label on its own line; the p.m. run\'s own label',
      cases: [
        ['VO₂ Max 8 miles w/ 5x800 m @ 5K race pace; jog 50 to 90% interval time between', 'run ~ @E | 5x+(run 800m @5K | rec ~ jog) | run ~ @E'],
        ['8K-15K tune-up race (total 9 miles to 13 miles)', 'run ~ @E | run 8km @goal 8K | run ~ @E'],
        ['Dress rehearsal 7 miles w/ 2 miles @ marathon race pace', 'run ~ @E | run 2mi @M | run ~ @E'],
        ['General aerobic + speed\n8 miles w/ 10x100m strides', 'run ~ @E | 10x(run 100m ~strides | rest 1:00 walk)'],
        ['Medium-long run 15 miles a.m. Recovery 4 miles p.m.', 'run 15mi @E || run 4mi @recovery'],
      ],
    },
    {
      source: 'training logs and club pages ("2hrs 40min medium.", "3x2\' up with 4\' walk", "5’ - 7’ between sets")',
      what: 'a time in two units is one time (was: "2 h easy + 40 min easy"); prime marks are minutes and seconds (was: "90\' easy" read as 90 metres)',
      cases: [
        ['2 hrs 40 min easy', 'run 2:40:00 @E'],
        ['1h30 easy', 'run 1:30:00 @E'],
        ['4 x 1 min 30 sec @ 5K w/ 1 min jog', 'wu ~ | 4x(run 1:30 @5K | rec 1:00 jog) | cd ~'],
        ["90' easy", 'run 1:30:00 @E'],
        ["5 x 3' w/ 1'30'' jog", 'wu ~ | 5x(run 3:00 | rec 1:30 jog) | cd ~'],
        ['6 x 1’ @ 5K w/ 30” jog', 'wu ~ | 6x(run 1:00 @5K | rec 0:30 jog) | cd ~'],
      ],
    },
    {
      source: 'club sessions and TrainingPeaks\' novice marathon plan',
      what: '"x 20" repeats the lines above it, not the warm-up (was: 47 miles); an easy part after the work is the alternation\'s recovery; "10 x 400 hard"; a clock before "jog" is minutes (was: two hours)',
      cases: [
        ['15 mins warm up\n1 min @ 5k – 10k pace\n1 min steady\nx 20\n15 mins warm down', 'wu 15:00 | 20x(run 1:00 @5K–10K | run 1:00 ~steady) | cd 15:00'],
        ['5 x (3 min hard, 2 min easy)', 'wu ~ | 5x(run 3:00 ~hard | rec 2:00 @E) | cd ~'],
        ['10 x 400 hard', 'wu ~ | 10x(run 400m ~hard | rec open) | cd ~'],
        ['2 miles easy\n4x 3:00 @ 10K effort, 2:00 jog between each\n2 miles easy', 'run 2mi @E | 4x+(run 3:00 @10K | rec 2:00 jog) | run 2mi @E'],
        // Higdon's whole-session "1:45 run" stays hours and minutes.
        ['1:45 run', 'run 1:45:00 @E'],
      ],
    },
    {
      source: 'mycouchto5k.co.uk, realbuzz.com, love-running.com (run/walk programmes)',
      what: '"for a total of 20 minutes" makes as many rounds as fill the time; a warm-up written after the set still comes first; "Week 1" before the session',
      cases: [
        ['Begin with a brisk 5-minute walk, then alternate 60 seconds of running and 90 seconds of walking, for a total of 20 minutes. Finish with a 5-minute walk to warm down', 'rest 5:00 walk | 8x+(run 1:00 @E | rest 1:30 walk) | cd 5:00'],
        ['Alternate 8 minutes of jogging with 2 minutes of walking. Repeat 2 times', '2x(run 8:00 @E | rest 2:00 walk)'],
        ['Alternate 8 minutes of jogging with 2 minutes of walking. Repeat 2 times\nStart with a brisk 5 minute warm-up walk and finish with a 5 minute gentle cool-down walk', 'wu 5:00 | 2x(run 8:00 @E | rest 2:00 walk) | cd 5:00'],
        ['Week 1 Run for 1 min, then walk for 90 seconds. Repeat 8 times.', '8x(run 1:00 @E | rest 1:30 walk)'],
        // A walk alone is the session's one step.
        ['2½ minutes of walking', 'run 2:30'],
      ],
    },
    {
      source: 'thevirtualrunner.org, daveelger.net, dev.mh.co.za, wrinkledrunner.com, runblogrun.com, runnerstribe.com, beermatt.blogspot.com, plus70runner.com',
      what: 'weekdays and list marks before a part, a slash between parts, "x mile", "in-between", "off 90", "walk/jog", "recovery jog for", "Warm up for"',
      cases: [
        ['Friday – 1 hour easy run at 10k pace', 'run 1:00:00 @10K'],
        ['Wed- 4 mile jog, then 10 x 400 with a 60 second recovery. .5 mile cool-down.', 'run 4mi @E | 10x(run 400m | rec 1:00) | cd 0.5mi'],
        ['2 mi ez/8 x 100m @5k with 200 m rec/1 mi CD', 'run 2mi @E | 8x(run 100m @5K | rec 200m recovery) | cd 1mi'],
        ['3 x mile @ 5k race pace, half mile jog', 'wu ~ | 3x(run 1mi @5K | rec 0.5mi jog) | cd ~'],
        ['10 x 400m with 60s rest in-between reps', 'wu ~ | 10x(run 400m | rest 1:00 rest) | cd ~'],
        ['5 x 1km off 90', 'wu ~ | 5x(run 1000m | rec 1:30) | cd ~'],
        ['10 x 200m with 200m walk/jog recovery', 'wu ~ | 10x(run 200m | rec 200m jog) | cd ~'],
        ['Sprint for 1 minute, recovery jog for 90 seconds', 'wu ~ | run 1:00 ~sprint | rec 1:30 jog | cd ~'],
        ['Warm up for 10–15 minutes', 'wu 10:00'],
        ['– 20 minute warm-up\n– 5 x 2 laps with 1:00 recovery\n– 10 minute cool-down', 'wu 20:00 | 5x(run 800m | rec 1:00 recovery) | cd 10:00'],
        ['1. 10 minute warm-up.\n2. 6 x 400m @ 5K w/ 200m jog\n3. 10 minute cool down', 'wu 10:00 | 6x(run 400m @5K | rec 200m jog) | cd 10:00'],
      ],
    },
    {
      source: 'danielcaballero88/running-plans (a 10K plan\'s time-based intervals)',
      what: 'a line "Recovery is 2:30 between intervals" or "1:00 Recovery between all intervals" gives the reps above it their recovery; "Mile Pace", "Best Pace" after a clock',
      cases: [
        ['5:00 Warm Up\n3 x 7:00 5K Pace\nRecovery is 2:30 between intervals', 'wu 5:00 | 3x(run 7:00 @5K | rec 2:30 recovery) | cd ~'],
        ['8 x 1:00 5K Pace\n1:00 Recovery between all intervals', 'wu ~ | 8x(run 1:00 @5K | rec 1:00 recovery) | cd ~'],
        ['5:00 Warm Up\n1:00 5K Pace\n2 x 0:45 Mile Pace\n0:30 Best Pace\n1:00 Recovery between all intervals', 'wu 5:00 | run 1:00 @5K | rec 1:00 recovery | 2x+(run 0:45 @Mile | rec 1:00 recovery) | run 0:30 ~best | cd ~'],
      ],
    },
    {
      source: 'yaxleyrunners.org.uk, stfinbarrsac.com, livforrunning.wordpress.com, musicmunky/twandrews, runblogrun.com',
      what: '"at an easy pace", cruise intervals and "lactate threshold intensity" at T, "x6" after the rep, "1 min @ 6:30" a pace, "90 percent effort", ordinals',
      cases: [
        ['40 -60 minutes at an easy pace.', 'run 40:00 @E'],
        ['6-8 x 1km at cruise interval pace followed by 2 minute jog recovery.', 'wu ~ | 6x(run 1000m @T | rec 2:00 jog) | cd ~'],
        ['3 x 2k @ lactate threshold intensity with 2 min jog', 'wu ~ | 3x(run 2000m @T | rec 2:00 jog) | cd ~'],
        ['3 mins run at 65% effort x6', 'wu ~ | 6x(run 3:00 ~65% effort | rec open) | cd ~'],
        ['Monday - 1st Workout: 10 min warmup, 10 x (1 min @ 6:30 / 1 min jog), 10 min cooldown', 'wu 10:00 | 10x(run 1:00 @6:30/mi | rec 1:00 jog) | cd 10:00'],
        ['4×200 meters on track, 90 percent effort', 'wu ~ | 4x(run 200m ~90 percent effort | rec open) | cd ~'],
      ],
    },
    {
      source: 'CLCStriders/striders (weekly club interval posts), pacing.run (Norwegian threshold sessions)',
      what: '"2 sets of:" and the lines below it; a set ends with its rest; "All with … between reps and … between sets" under blocks of reps',
      cases: [
        [
          '1 mile warm up jog, dynamic stretches, drills and strides\nThe session:\n2 sets of:\n* 4 x 3 minutes @ 10k pace (90 seconds recovery)\n* 3 minutes rest between the two Sets\n(24 minutes of effort in total)\nMinimum 1 mile cool down, jog and stretch',
          'wu 1mi | 2x(4x(run 3:00 @10K | rec 1:30 recovery) | rest 3:00 rest) | cd 1mi',
        ],
        ["10min @ 6'30''/km\n5 lots of:\n6min @ 5'00''/km\n1min rest\n10min @ 6'30''/km", 'wu ~ | run 10:00 @6:30/km | 5x+(run 6:00 @5:00/km | rest 1:00 rest) | run 10:00 @6:30/km | cd ~'],
        [
          '1 mile warm up jog, dynamic stretches, drills and strides\nThe session:\n* 4 x 3.5 minutes @ 10k pace\n* 4 x 2.5 minutes @ 5k pace \n* 2 x 1.5 minutes @ 3k pace\n* All with 90 secs walk recovery between reps and 3 minutes recovery between sets\nMinimum 1 mile cool down, jog and stretch',
          'wu 1mi | 4x(run 3:30 @10K | rest 1:30 walk) | rec 3:00 recovery | 4x(run 2:30 @5K | rest 1:30 walk) | rec 3:00 recovery | 2x(run 1:30 @3K | rest 1:30 walk) | cd 1mi',
        ],
      ],
    },
    {
      source: 'madelog.blogspot.com, michaelthereluctantrunner.blogspot.com, karlstutelberg.blogspot.com, runblogrun.com, sophieacoaching.com, hal-higdon half plan (S0hamJosh1/hermes)',
      what: '"AM … PM …" opening two runs, "Run three mins walk one mins", "200m easy between", "comfortably hard", "strideouts", a unit written twice, "6.4 km pace"',
      cases: [
        ['AM Run - 1 hr. PM Run - 50 min easy.', 'run 1:00:00 @E || run 50:00 @E'],
        ['AM -1 hr. PM Run - Track: 2 mile warmup. 14x800 at 10K pace. 200m easy between.', 'run 1:00:00 @E || wu 2mi | 14x(run 800m @10K | rec 200m recovery) | cd ~'],
        ['Week 3 Run three mins walk one mins. Repeat six times. Do three times a week.', '6x(run 3:00 @E | rest 1:00 walk)'],
        ['8 minute warm up, then 5x (3min comfortably hard followed by 30sec easy), finish with 8 minute cool down.', 'wu 8:00 | 5x(run 3:00 @T | rec 0:30 @E) | cd 8:00'],
        ['Tuesday: 30 minute run, 20 minute tempo run, 4x 150m strideouts, 20 minute cooldown', 'run 30:00 @E | run 20:00 @T | 4x(run 150m ~strides | rest 1:00 walk) | cd 20:00'],
        ['Friday: 30-45 minute minute park run, relaxed', 'run 30:00 @E'],
        ['6.4 km pace', 'wu ~ | run 6.4km @goal | cd ~'],
      ],
    },
    {
      source: 'runningexcels.com (Higdon 10K), daytonarunningseries.com (Hansons), f3waxhaw.com (Daniels-style 5K), manchesterharriers.co.uk, sielitetrack.org, issuu.com (a club half plan), 7c0h.com, cherryblossom.org',
      what: '"3 m" is miles below 20, "400 rec", Daniels\' letters after a length, "SEVEN TIMES:", "Relaxed" and "Long Run Pace", "1/2 Marathon Pace", "4 striders", "6-8 hill repeats", "CT"',
      cases: [
        ['Rest or 3 m', 'rest OR run 3mi @E'],
        ['6 x 1m, 400 rec', 'wu ~ | 6x(run 1mi | rec 400m recovery) | cd ~'],
        ['12 x 400, 400 rec', 'wu ~ | 12x(run 400m | rec 400m recovery) | cd ~'],
        ['15min T + 3min E + 10min T + 2min E + 5min T', 'wu ~ | run 15:00 @T | run 3:00 @E | run 10:00 @T | run 2:00 @E | run 5:00 @T | cd ~'],
        ['8 x (400m R w/ 400m jog)', 'wu ~ | 8x(run 400m @R | rec 400m jog) | cd ~'],
        ['SEVEN TIMES: 3 minutes at 3km race pace 3 minutes recovery', 'wu ~ | 7x(run 3:00 @3K | rec 3:00 recovery) | cd ~'],
        ['FIVE TIMES: 1000m at target 5km pace, 2 minutes rest.', 'wu ~ | 5x(run 1000m @goal 5K | rest 2:00 rest) | cd ~'],
        ['Relaxed 4-8 mile run.', 'run 4mi @E'],
        ['6 mi @ Long Run Pace', 'run 6mi @E'],
        ['40min @ 1/2 Marathon Pace', 'wu ~ | run 40:00 @HM | cd ~'],
        ['6-8 hill repeats', 'wu ~ | 6x(run open ~hill | rec open) | cd ~'],
        ['CT or Rest', 'cross OR rest'],
        ['stretch & strength', 'strength'],
        ['4x1200m at 10km race pace – focus on form in last 400m of every rep', 'wu ~ | 4x(run 1200m @10K | rec open) | cd ~'],
        ['Rest day or optional easy recovery run of 4-7 miles.', 'rest OR run 4mi @E'],
      ],
    },
    {
      source: 'runningexcels.com, manchesterharriers.co.uk, livrozilla.com (a PDF plan, cells wrapped), running.ca, f3waxhaw.com, disboards.com (Daniels 10K), capricloses.wordpress.com',
      what: '"6 x 400 mile pace" (was: 400 miles), "800s" are metres (was: seconds), "FIVE OR SIX TIMES", a wrapped cell, "20:00 of 2:30 run 2:30 walk", "Interval-pace", "@ WU", "Track Workout #1:"',
      cases: [
        ['6 x 400 mile pace', 'wu ~ | 6x(run 400m @Mile | rec open) | cd ~'],
        ['FIVE OR SIX TIMES: 800s at 5km race pace', 'wu ~ | 5x(run 800m @5K | rec open) | cd ~'],
        ['3-mile\ntempo', 'run 3mi @T'],
        ['6x800\nmeter', 'wu ~ | 6x(run 800m | rec open) | cd ~'],
        ['20:00 of 2:30 run 2:30 walk', '4x(run 2:30 @E | rest 2:30 walk)'],
        ['5 x (4min Interval-pace with 3min jog)', 'wu ~ | 5x(run 4:00 @I | rec 3:00 jog) | cd ~'],
        ['2 mi @ WU + 12 x 400 @ R w/ 400 RI @ WU + 2 mi @ CD', 'wu 2mi | 12x(run 400m @R | rec 400m recovery @E) | cd 2mi'],
        ['Track Workout #1:  10 x 400m with 400m rest intervals.', 'wu ~ | 10x(run 400m | rest 400m rest) | cd ~'],
      ],
    },
    {
      source: 'issuu.com (a club half plan), f3waxhaw.com, cherryblossom.org (ASICS ten-mile plan), northsidexctf.org',
      what: 'Galloway\'s "Run 2, Walk 1" kept for the athlete, "Repetition-Pace", "3-4 one-mile repeats", "between 5k and tempo pace", "1600m pace"',
      cases: [
        ['3 mi Run 2, Walk 1', 'run 3mi @E'],
        ['Workout #1: 4 x (2x200m Repetition-Pace w/200m recovery, 1x400m Repetition-Pace w/400m recovery)', 'wu ~ | 4x(2x+(run 200m @R | rec 200m recovery) | run 400m @R | rec 400m recovery) | cd ~'],
        ['3-4 one-mile repeats with a two-minute recovery in between.', 'wu ~ | 3x(run 1mi | rec 2:00 recovery) | cd ~'],
        ['2 x 100m sprint at 95%, 4 x 800m between 5k and tempo pace, 5 x 200m at 1600m to 800m pace', 'wu ~ | 2x+(run 100m ~95% | rec open) | 4x+(run 800m @5K–T | rec open) | 5x(run 200m @Mile–800 | rec open) | cd ~'],
      ],
    },
  ];
  for (const group of MEANT) {
    it(`${group.what} — ${group.source}`, () => {
      for (const [text, meant] of group.cases) means(text, meant);
    });
  }

  it('"VO₂ Max" with a subscript two is the VO₂max label (was: unexpected character), and the day adds up to its 8 miles (was 10.4)', () => {
    const w = compiled('VO₂ Max 8 miles w/ 5x800 m @ 5K race pace; jog 50 to 90% interval time between');
    expect(w.title.startsWith('VO₂max')).toBe(true);
    // The day's total, as the plan states it, within the slack of estimated jogs.
    expect(w.estimate.meters / (8 * MILE)).toBeGreaterThan(0.97);
    expect(w.estimate.meters / (8 * MILE)).toBeLessThan(1.05);
  });

  it('"8K-15K tune-up race (total 9 miles to 13 miles)" is 9 miles (was: 7.8); "General aerobic + speed" on its own line keeps the 8', () => {
    expect(compiled('8K-15K tune-up race (total 9 miles to 13 miles)').estimate.meters).toBeCloseTo(9 * MILE, -1);
    expect(compiled('General aerobic + speed\n8 miles w/ 10x100m strides').estimate.meters).toBeCloseTo(8 * MILE, -1);
  });

  it('"Goal marathon 26.2mi" is the marathon, its length said again (was: unknown word \'Goal\')', () => {
    const w = compiled('Goal marathon 26.2mi');
    expect(w.title).toBe('Marathon');
    expect(w.estimate.meters).toBeCloseTo(42195, 0);
  });

  it('"Dress rehearsal" is a label, so nothing is left unused (was: a warning)', () => {
    const w = compiled('Dress rehearsal 7 miles w/ 2 miles @ marathon race pace');
    expect(w.title).toBe('Dress rehearsal 7 mi');
    expect(w.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  // Edge cases: the labels' short forms (LT, MP, E, L, Speed, SOS), the unit of the run inherited by its part,
  // a time off after a slash, and strides with no count, which are listed rather than invented.
  it('short labels, "12 miles w/ 8 @ MP", "10 miles with last 3 at marathon pace", "1 min on/1 min off", "+ strides"', () => {
    expect(compiled('LT 8 mi w/ 4 mi @ LT').title).toBe('Lactate threshold 8 mi');
    expect(compiled('MP 15 miles w/ 12 miles @ MP').title).toBe('Marathon-pace run 15 mi');
    expect(compiled('E 5 mi').title).toBe('Easy 5 mi');
    expect(compiled('L 12 mi').title).toBe('Long run 12 mi');
    expect(compiled('Speed 12 x 400m').title).toBe('Intervals: 12×400m');
    means('12 miles w/ 8 @ MP', 'run ~ @E | run 8mi @M | run ~ @E');
    means('10 miles with last 3 at marathon pace', 'run 7mi @E | run 3mi @M');
    means('Fartlek: 10 x 1 min on/1 min off', 'wu ~ | 10x(run 1:00 ~hard | rec 1:00 jog) | cd ~');
    // Strides with no count or length: the usual set, run, with a note that says so.
    means('Easy 30-40 min + strides', 'run 30:00 @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expect(compiled('Easy 30-40 min + strides').notes.join(' ')).toContain('strides with no count or length: read as 4 × 100 m');
  });

  // Edge cases beside "30 min cross" (Higdon): the length after the sport, and a bare "run" as the other choice.
  it('"Cross-train 30-45 min" keeps its length; "Rest or run" offers an easy run of any length', () => {
    const cross = compiled('Cross-train 30-45 min');
    expect(cross.sport).toBe('cross_training');
    expect(cross.estimate.seconds).toBe(30 * 60);
    const rest = compiled('Rest or run');
    expect(rest.sport).toBe('rest');
    expect(rest.alternatives.map((a) => a.sport)).toEqual(['running']);
  });

  it('a number in quotes is not a time: "‘4’ repeats of 400M"', () => {
    expect(compiled('‘4’ repeats of 400M with 50% recovery between each lap.').steps.some((n) => n.type === 'repeat' && n.count === 4)).toBe(true);
  });

  it('the routine around the warm-up (stretches, drills) is listed, not run', () => {
    const w = compiled('1 mile warm up jog, dynamic stretches, drills and strides\n4 x 2km @10k pace w/ 2 min jog\n1 mile cool down, jog and stretch');
    expect(w.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual(["'dynamic stretches' is not used", "'drills and strides' is not used", "'jog and stretch' is not used"]);
  });
});
