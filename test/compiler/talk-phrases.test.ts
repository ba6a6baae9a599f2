/**
 * Words of the shorthand in talk about the session: "my second set of intervals",
 * "another cozy run" name the session talked about, so the sentence holding them is
 * set aside like other talk, while the same words doing their work in a session
 * ("2 sets of 4 x 400m", "a tempo run of around 40 minutes") are read as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { outline } from '../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const same = (text: string, shorthand: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  expect(outline(w.steps), text).toEqual(outline(compileSession(shorthand, athlete).steps));
  return w;
};

describe('a phrase naming the session talked about', () => {
  it('"Yet another cozy run at the beginning of the week with ten miles …" (a training log) reads ten miles', () => {
    const text = 'Tuesday\nYet another cozy run at the beginning of the week with ten miles featuring a visit to my favorite trails.';
    const w = same(text, '10 miles');
    expect(w.notes.join(' ')).toContain('Yet another cozy run');
  });

  it('"I ran my second set of intervals last night." is talk: "sets" is no count, "second" no time', () => {
    const w = same('I ran my second set of intervals last night. 5 x 400m w/ 400m jog.', '5 x 400m w/ 400m jog');
    expect(w.notes.join(' ')).toContain('second set of intervals');
  });

  it('"Another set of intervals with the club." before the reps is talk, not a second set', () => {
    same('Another set of intervals with the club. 6 x 800m @ 5K w/ 2 min jog', '6 x 800m @ 5K w/ 2 min jog');
  });

  it('a count of sets not named by "my" or "another" is still a count, and stops the reading when it cannot be placed', () => {
    const w = compileSession('We did sets of hill sprints. 6 x 200m w/ jog back', athlete);
    expect(errors(w).length).toBe(1);
  });

  it('a pace in the phrase keeps it a session: "… I do a continuous tempo run of around 40 minutes." (a coaching blog) is 40 minutes at tempo', () => {
    same('Nearly every week during the year, regardless of my training block, I do a continuous tempo run of around 40 minutes.', 'tempo run of 40 minutes');
  });

  it('a figure in the phrase keeps it: "my 5 x 1km session" is the session itself', () => {
    same('Today was my 5 x 1km session w/ 2 min jog.', '5 x 1km w/ 2 min jog');
  });
});

describe('a verb of the narrative with its particle', () => {
  it('"Set off with a 2k warmup, then 5x800m …" (a training log) reads the warm-up and the reps', () => {
    same('Set off with a 2k warmup, then 5x800m with 3 minute walking recoveries.', '2 km warm up, 5 x 800m w/ 3 min walk');
  });

  it('"Tonight we kicked it off with the classic 400s: …" sets "kicked it off" aside', () => {
    const w = same('Tonight we kicked it off with the classic 400s: 6 x 400m w/ 1 min rest.', '6 x 400m w/ 1 min rest');
    expect(w.notes.join(' ')).toContain('kicked it off');
  });

  it('"First off it was 3.5 miles easy." reads the run', () => {
    same('First off it was 3.5 miles easy.', '3.5 miles easy');
  });

  it('"started off easy" says how the session is run, so the reading still stops there', () => {
    const w = compileSession('It started off easy enough. 8 x 1 min w/ 90 sec walk.', athlete);
    expect(errors(w).map((d) => d.message)).toEqual(["unknown word 'off'"]);
  });
});

describe('a sentence that reports how the session went', () => {
  it('"Run felt easy and it was a great warmup." after the run is talk: "easy" is how it felt, not a part', () => {
    const w = same('I ran 4.5 miles before the track. Run felt easy and it was a great warmup.', '4.5 miles');
    expect(w.notes.join(' ')).toContain('Run felt easy');
  });

  it('"Felt tough but good to push things hard." before the reps is talk: "hard" is no effort of a part', () => {
    same('Felt tough but good to push things hard. 5 x 800m w/ 3 min walk.', '5 x 800m w/ 3 min walk');
  });
});
