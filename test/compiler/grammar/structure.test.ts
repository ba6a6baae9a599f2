/**
 * The shape of an interval session: one line for each group of runners, and
 * recoveries written after the reps they go with ("… jog in between",
 * "90 seconds float", "1 minute recoveries" after a list of reps).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import type { Workout } from '../../../src/ir/workout.js';
import { outline } from '../../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const problems = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
const read = (text: string) => {
  const w = compileSession(text, athlete);
  expect(problems(w), text).toEqual([]);
  return w;
};
const same = (text: string, shorthand: string) => {
  expect(outline(read(text).steps), text).toEqual(outline(read(shorthand).steps));
};

describe('one line for each group of runners', () => {
  it('runs the first group, keeps the others as notes, and gives it the recovery written after them', () => {
    const text = '4 x 800 metres (main group)\n5 x 800 metres (endurance group)\n200 metre recoveries';
    same(text, '4 x 800m w/ 200m recovery');
    const w = read(text);
    expect(w.alternatives).toEqual([]);
    expect(JSON.stringify(w)).toContain('endurance group: 5 x 800 metres');
  });

  it('reads groups with no recovery written, as the reps alone', () => {
    same('14 x 200 metres (main group)\n16 x 200 metres (endurance group)', '14 x 200m');
  });

  it('leaves a single bracket that names a group as an aside', () => {
    same('6 x 400m (whole group)', '6 x 400m');
  });
});

describe('a recovery said of the reps before it', () => {
  it("'… jog in between' after reps on a line of their own is theirs, with more reps after", () => {
    same(
      '2 mile warm up\n2 x 1/2 mile at 10K pace, 2 min jog in between\n4 x 1/4 mile at 5K pace, 90 sec jog in between\n2 mile warm down',
      '2 mi WU + 2 x 0.5 mi @ 10K w/ 2 min jog + 4 x 0.25 mi @ 5K w/ 90 s jog + 2 mi CD',
    );
  });

  it("a float after reps is theirs: the Mona fartlek", () => {
    same(
      '2 x 90 seconds hard, 90 seconds float\n4 x 60 seconds hard, 60 seconds float\n4 x 30 seconds hard, 30 seconds float',
      '2 x 90 s hard w/ 90 s jog + 4 x 60 s hard w/ 60 s jog + 4 x 30 s hard w/ 30 s jog',
    );
  });

  it('a jog between a run and reps, said of no reps, still stands between them', () => {
    same('20 min @ T, 800m jog between, 4 x 400m @ 5K w/ 200m jog', '20 min @ T + 800m jog + 4 x 400m @ 5K w/ 200m jog');
  });

  it('keeps its own recovery when the reps have one', () => {
    same('6 x 400m @ 5K w/ 200m jog, 3 min jog in between\n4 x 200m @ Mile', '6 x 400m @ 5K w/ 200m jog + 3 min jog + 4 x 200m @ Mile');
  });
});

describe('plural recoveries after a list of reps', () => {
  it('go after every rep of a pyramid written as a list', () => {
    same('Pyramid intervals:\n1, 2, 3, 4, 5, 4, 3, 2, 1 minute reps\n1 minute recoveries', '1 min, 2 min, 3 min, 4 min, 5 min, 4 min, 3 min, 2 min, 1 min w/ 1 min recovery');
  });

  it('are a recovery of their own when no reps come before them', () => {
    const w = read('Recovery: 400m jogs');
    expect(w.steps.length).toBeGreaterThan(0);
  });
});

describe('one more rep, and reps named as such', () => {
  it("'plus an extra 1k' after reps is one more rep, after their recovery", () => {
    expect(outline(read('Track 6x1k off 3mins plus an extra 1k').steps)).toBe('warmup 900s, 6x(active 1000m, recovery 180s), active 1000m, cooldown 600s');
  });

  it('a length named an effort among reps is a rep run by feel, not easy running', () => {
    const text = 'Grass – 4min effort – 4min recovery – 4 x 2min efforts with 2min recovery between each – 4min effort';
    expect(outline(read(text).steps)).toBe('warmup 900s, active 240s, recovery 240s, 4x(active 120s, recovery 120s), active 240s, cooldown 600s');
    expect(JSON.stringify(read(text).steps)).not.toContain('easy');
  });

  it('a run with no reps around it stays a run', () => {
    same('45 min effort', '45 min');
  });
});

describe('a rest after reps that have their recovery', () => {
  it('stands between the blocks', () => {
    same('4x1000 (30seconds) 3 min rest 4x1000(30 seconds).', '4 x 1000m w/ 30 s recovery, 3 min rest, 4 x 1000m w/ 30 s recovery');
  });
});

describe('sets of a list', () => {
  it('hold the whole list, with the recovery written at its end after each rep', () => {
    same(
      'The workout: three to four sets of 400m, 300m, 200m with 90 seconds of rest between reps.',
      '3 x (400m w/ 90 s rest, 300m w/ 90 s rest, 200m w/ 90 s rest)',
    );
    same('3 sets of 400m @ 5K, 200m @ Mile w/ 200m jog', '3 x (400m @ 5K w/ 200m jog, 200m @ Mile w/ 200m jog)');
  });

  it('leave a list after a count without sets as it is', () => {
    same('3 x 400m, 300m, 200m', '3 x 400m, 300m, 200m');
    expect(outline(read('3 x 400m, 300m, 200m').steps)).not.toBe(outline(read('3 x (400m, 300m, 200m)').steps));
  });
});

describe('a continuous fartlek of blocks floated for as long as they ran', () => {
  const lastRepeat = (text: string) => read(text).steps.filter((n) => n.type === 'repeat').at(-1)!;

  it('runs the last float too: the Mona fartlek', () => {
    const mona = '2 x 90 seconds with 90 seconds recovery\n4 x 60 seconds with 60 seconds recovery\n4 x 30 seconds with 30 seconds recovery\n4 x 15 seconds with 15 seconds recovery';
    expect(lastRepeat(mona)).toMatchObject({ type: 'repeat', count: 4, skipLastRecovery: false });
    expect(lastRepeat('2 x 1min 30s (Equal rest floats)\n\n4 x 60s (Equal rest floats)\n\n4 x 30s (Equal rest floats)\n\n4 x 15s (Equal rest floats)')).toMatchObject({ skipLastRecovery: false });
  });

  it('skips the last recovery of fewer blocks, or of recoveries that differ from the reps', () => {
    expect(lastRepeat('4 x 3 min w/ 3 min jog, 4 x 2 min w/ 2 min jog')).toMatchObject({ skipLastRecovery: true });
    expect(lastRepeat('4 x 3 min w/ 1 min jog, 4 x 2 min w/ 1 min jog, 4 x 1 min w/ 1 min jog')).toMatchObject({ skipLastRecovery: true });
  });
});

describe('parts between spaced dashes', () => {
  it('are parts, even of two kinds of unit or of equal length', () => {
    same('Track – 1 x 1000m – 10min recovery – 1 x 600m', '1000m, 10 min recovery, 600m');
    same(
      'Grass – 3 x 3min – 3min recovery between efforts – 3 x 2min – 2min recovery between efforts',
      '3 x 3 min w/ 3 min recovery, 3 x 2 min w/ 2 min recovery',
    );
  });

  it('still reads a range of one unit', () => {
    same('45 - 60 min', '45-60 min');
  });
});

describe('a time after a second x', () => {
  it('is the recovery of the reps', () => {
    same('4 x 600m x 90s', '4 x 600m w/ 90 s recovery');
  });
});
