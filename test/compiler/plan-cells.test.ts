/**
 * Constructs of published plans' day cells, read by the session grammar
 * (src/compiler/grammar/session.ts): a day of two runs parted by a slash, a
 * recovery written after a comma with "in between", "easy pace" after the length.
 * Real cells from published plans (the blind samples) stand beside invented ones.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { show } from '../corpus/expect.js';

const athlete = referenceAthlete();
const read = (text: string) => show(compileRuns(text, athlete));

describe('a day of two runs parted by a slash', () => {
  it('"AM: … / PM: …" is two runs, each read on its own', () => {
    expect(read('AM: 4 mi easy* / PM: 7-8 mi easy')).toBe('run 4mi @E || run 7mi @E');
    expect(read('AM: 4 mi very easy / PM: 6-8 mi easy')).toBe('run 4mi @recovery || run 6mi @E');
  });

  it('the second run keeps its own work', () => {
    expect(read('AM: 40 min easy / PM: 6 x 800m @ 5K w/ 2 min jog')).toBe('run 40:00 @E || wu 15:00 | 6x(run 800m @5K | rec 2:00 jog) | cd 10:00');
  });

  it('a slash inside a run is still no second run', () => {
    expect(read('AM: 4 mi easy / PM')).toMatch(/^!/);
  });
});

describe('a recovery after a comma, "in between"', () => {
  it('belongs to the reps before it, even when more reps follow', () => {
    const cell = '2 mile warm up\n4 x 1/4 mile at 10K pace, 60 sec jog in between\n4 x 1/4 mile at 5K pace, 90sec jog in between\n2 mile warm down';
    expect(read(cell)).toBe('wu 2mi | 4x+(run 402.336m @10K | rec 1:00 jog) | 4x(run 402.336m @5K | rec 1:30 jog) | cd 2mi');
  });

  it('without "in between", a recovery between two blocks stays between the blocks', () => {
    expect(read('4 x 400m @ 5K, 2 min jog, 4 x 300m @ 3K')).toBe('wu 15:00 | 4x(run 400m @5K | rec open) | rec 2:00 jog | 4x(run 300m @3K | rec open) | cd 10:00');
  });
});

describe('"pace" after the kind of run', () => {
  it('"easy pace" is the easy pace, not the goal race\'s', () => {
    expect(read('run 10 miles easy pace')).toBe('run 10mi @E');
    expect(read('run 3 miles easy pace, 3 miles tempo pace, 1 mile easy pace')).toBe('run 3mi @E | run 3mi @T | run 1mi @E');
  });

  it('"pace" alone after a length is still the goal race\'s', () => {
    expect(read('5 miles pace')).toBe('wu 15:00 | run 5mi @goal | cd 10:00');
  });
});

describe('a repeated group of paced parts with no recovery written', () => {
  it('the slower last part is the float: no rest is added after it', () => {
    expect(read('6 × (1200m at 90–92% 5k, 400m at 80% 5k)')).toBe('wu 15:00 | 6x(run 1200m @90–92% of 5K | run 400m @80% of 5K) | cd 10:00');
    expect(read('9 × (1 km at 105% MP, 1 km at 90% MP)')).toBe('wu 15:00 | 9x(run 1000m @105% of M | run 1000m @90% of M) | cd 10:00');
  });

  it('a faster last part still has the recovery the coach did not write', () => {
    expect(read('3 x (1 mi @ HM, 800m @ 5K)')).toBe('wu 15:00 | 3x(run 1mi @HM | run 800m @5K | rec open) | cd 10:00');
  });

  it('says which part is the float', () => {
    const [w] = compileRuns('4 x (400m @ 5K, 400m @ M)', athlete);
    expect(w!.notes.join(' ')).toContain('part is the float between reps');
  });
});

describe('all of a pace', () => {
  it('"100% MP" is marathon pace itself, "100% 5k" 5K pace', () => {
    expect(read('10 mi at 100% MP')).toBe('run 10mi @M');
    expect(read('9–10 × 2 min at 100% 5k with 1.5 min jog')).toBe('wu 15:00 | 9x(run 2:00 @5K | rec 1:30 jog) | cd 10:00');
  });

  it('a share below all of it stays a share', () => {
    expect(read('3 x 1 mi @ 95-100% of 5K')).toBe('wu 15:00 | 3x(run 1mi @95–100% of 5K | rec open) | cd 10:00');
  });
});

describe('FIRST\'s track repeats', () => {
  it('"Track Repeats" names an interval session, with the plan\'s warm-up and cool-down', () => {
    expect(read('Track Repeats 4 × 800 m (2 min recovery)')).toBe('wu 15:00 | 4x(run 800m | rec 2:00 recovery) | cd 10:00');
    expect(compileRuns('Track Repeats 4 × 800 m (2 min recovery)', athlete)[0]!.title).toMatch(/^Intervals/);
  });

  it('rungs parted by semicolons take the recovery written once at the end', () => {
    expect(read('Track Repeats 1,200 m; 1,000 m; 800 m; 600 m; 400 m (200 m recovery)')).toBe(
      'wu 15:00 | run 1200m | rec 200m recovery | run 1000m | rec 200m recovery | run 800m | rec 200m recovery | run 600m | rec 200m recovery | run 400m | cd 10:00',
    );
  });

  it('one bare length before a semicolon is no ladder', () => {
    expect(read('10 min; 20 min @ T')).toBe('run 10:00 @E | run 20:00 @T | cd 10:00');
  });

  it('a group\'s recovery and its rest between sets, each in brackets, go where they say', () => {
    expect(read('Track Repeats 2 × (6 × 400 m) (90 sec recovery) (2 min 30 sec recovery between sets)')).toBe(
      'wu 15:00 | 2x(6x(run 400m | rec 1:30 recovery) | rec 2:30 recovery) | cd 10:00',
    );
  });

  it('a group\'s recovery alone is still its rest between sets', () => {
    expect(read('2 x (4 x 200m @ Mile) (jog 4 min recovery)')).toBe('wu 15:00 | 2x(4x(run 200m @Mile | rec open) | rec 4:00 jog) | cd 10:00');
  });
});

describe('a first line that names the session', () => {
  it('"Easy Run or Off Day" above the session is its title, not a choice to read', () => {
    const [w] = compileRuns('Easy Run or Off Day\n4-5 miles easy pace or\nOff Day', athlete);
    expect(show([w!])).toBe('run 4mi @E OR rest');
    expect(w!.title).toMatch(/^Easy Run or Off Day/);
    expect(w!.diagnostics.map((d) => d.message)).toContain("'Easy Run or Off Day' is not a label runcast knows");
  });

  it('a title that opens with a race distance', () => {
    expect(read('5k Test Workout\n1-2 mile warm up, \n4 x 800m @5k pace w/ 400m recovery jog,\n1-2 mile cool down')).toBe('wu 1mi | 4x(run 800m @5K | rec 400m jog) | cd 1mi');
    expect(read('5k Pace Intervals\n1-2 mile warm up, \n8 x 400m @5k pace w/ 200m recovery jog,\n1-2 mile cool down')).toBe('wu 1mi | 8x(run 400m @5K | rec 200m jog) | cd 1mi');
  });

  it('a known label on a line of its own is still the label', () => {
    const [w] = compileRuns('General aerobic + speed\n8 miles w/ 10x100m strides', athlete);
    expect(w!.title).toMatch(/^General aerobic \+ speed/);
    expect(w!.diagnostics).toEqual([]);
  });

  it('a first line with no session below it is not set aside as a title: it is the session', () => {
    expect(read('Easy Run or Off Day\nwhatever suits you')).toBe('run open @E OR rest');
    expect(read('Tempo or Off Day\nwhatever suits you')).toMatch(/^!/);
  });

  it('"Recovery Run Pace" and "Best Pace" after a clock: recovery pace, best effort', () => {
    expect(read('Bring It Down\n5:00 Warmup\n5:00 Recovery Run Pace\n4:00 10K Pace\n1:00 Best Pace')).toBe('wu 5:00 | run 5:00 @recovery | run 4:00 @10K | run 1:00 ~best | cd 10:00');
  });
});

describe('a run and, in brackets, what runs inside it', () => {
  it('one part shorter than the run is its work, with easy running around it', () => {
    expect(read('13km tempo (9km @ tempo)')).toBe('run 2km @E | run 9km @T | run 2km @E');
  });

  it('parts that fill the run are the run itself; easy at both ends needs no warm-up added', () => {
    expect(read('10 mi (3 mi easy, 4 mi @ M, 3 mi easy)')).toBe('run 3mi @E | run 4mi @M | run 3mi @E');
    expect(read('10 mi (3 mi easy, 4 mi @ M, 3 mi @ HM)')).toBe('wu 15:00 | run 3mi @E | run 4mi @M | run 3mi @HM | cd 10:00');
  });

  it('a bracket that restates the run is still checked, not run twice', () => {
    const [w] = compileRuns('8 mi @ M (8 mi @ 7:00/mi)', athlete);
    expect(show([w!])).toBe('run 8mi @M');
    expect(w!.diagnostics.map((d) => d.message).join(' ')).toContain('the explanation says');
  });
});

describe('a verb and a bare number in a plan that declares its units', () => {
  const cell = (text: string, bare: 'mi' | 'km') => show(compileRuns(text, athlete, { words: { bare } }));
  const walk = (text: string) => compileRuns(text, athlete, { words: { bare: 'mi' } })[0]!.steps[0];

  it('"Walk 2" in a plan in miles walks 2 miles (blind-26\'s plans); "Run 3" runs 3', () => {
    expect(cell('Walk 2', 'mi')).toBe('run 2mi');
    expect(walk('Walk 2')).toMatchObject({ type: 'step', duration: { kind: 'distance', meters: 2 * 1609.344 }, label: '2 mi walk' });
    expect(cell('Run 3', 'mi')).toBe('run 3mi @E');
  });

  it('"Walk 30" is half an hour: 30 miles is no walk a plan sets, by the norms', () => {
    expect(walk('Walk 30')).toMatchObject({ type: 'step', duration: { kind: 'time', seconds: 1800 } });
  });

  it('outside a plan, "Walk 2" still asks for its unit', () => {
    expect(compileRuns('Walk 2', athlete)[0]!.diagnostics.find((d) => d.severity === 'error')?.message).toBe("'2' stands after the session with no unit");
  });
});
