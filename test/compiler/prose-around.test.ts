/**
 * Prose around a clear session in club posts, logs and articles: everyday words are
 * not typos, the writer's "I" is not interval pace, a count in brackets repeats what
 * stands before it, and words in brackets that place a figure stop the reading rather
 * than become a note. Real texts from the blind samples are named by their source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { expectationDiffs, show } from '../corpus/expect.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { approximations } from '../../src/compiler/normalise/approximate.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const warned = (text: string, w: Workout) => w.diagnostics.filter((d) => d.severity === 'warning').map((d) => text.slice(d.offset, d.offset + d.length));
const means = (text: string, expected: string) => {
  const runs = compileRuns(text, athlete);
  expect(expectationDiffs(runs, expected, { lenient: true }), `${text}\n  got: ${show(runs)}`).toEqual([]);
};

describe('everyday words are spelled right, not typos of the shorthand', () => {
  it('"will" is not "hill": the sentence it stands in is set aside and listed', () => {
    // ledburyharriers.org.uk, Thursday night sessions
    const text = 'This week’s session will be intervals.  5 mins run with 2 minutes recovery  (4 times)';
    means(text, 'wu 15:00 | 4x(run 5:00 | rec 2:00 recovery) | cd 10:00');
    expect(warned(text, compileSession(text, athlete))[0]).toContain('will be intervals');
  });

  it('an unknown everyday word gets no "did you mean"', () => {
    const w = compileSession('6 x 400m will', athlete);
    for (const d of w.diagnostics) expect(d.hint ?? '').not.toContain("'hill'");
  });

  it('a typo of a shorthand word still stops with its suggestion', () => {
    expect(errors(compileSession('4 x 5 mni @ Mile', athlete))[0]!.hint).toContain("did you mean 'min'");
  });

  it('words a construct reads are not everyday prose: "10 miles with last 3 at marathon pace"', () => {
    means('10 miles with last 3 at marathon pace', 'run 7mi @E | run 3mi @M');
  });
});

describe('the writer\'s "I" is not interval pace', () => {
  it('"So, this week I did a 2 X 3 mile Tempo run." reads the tempo reps', () => {
    // worn-out-shoes.blogspot.com
    means('So, this week I did a 2 X 3 mile Tempo run.', 'wu 15:00 | 2x(run 3mi @T | rec open) | cd 10:00');
  });

  it('"In the morning I did a 1 km jog warm up before doing 6 x 10″ sprints with 90″ recovery."', () => {
    // runrich.co.uk, weekly reflection
    means('In the morning I did a 1 km jog warm up before doing 6 x 10″ sprints with 90″ recovery.', 'wu 1000m | 6x(run 0:10 ~sprint | rec 1:30) | cd 10:00');
  });

  it('"@ I", "at I pace" and "1k I" stay the pace', () => {
    for (const text of ['5 x 1000 @ I with 400 jog', '5 x 1000 at I pace with 400 jog', '5 x 1k I w/ 400 jog']) {
      const w = compileSession(text, athlete);
      expect(errors(w), text).toEqual([]);
      expect(JSON.stringify(w.steps), text).toContain('"I"');
    }
  });
});

describe('a count in brackets repeats what stands before it', () => {
  it.each([
    ['5 mins run with 2 minutes recovery (4 times)', 'wu 15:00 | 4x(run 5:00 | rec 2:00 recovery) | cd 10:00'],
    ['400m, 200m jog (x4)', 'wu 15:00 | 4x(run 400m | rec 200m jog) | cd 10:00'],
    ['400m w/ 200m jog (4x)', 'wu 15:00 | 4x(run 400m | rec 200m jog) | cd 10:00'],
    ['1 min hard, 1 min easy (repeat 4 times)', 'wu 15:00 | 4x(run 1:00 ~hard | rec 1:00 @E) | cd 10:00'],
    ['10 min warm up, 400m, 200m jog (x4), 10 min cool down', 'wu 10:00 | 4x(run 400m | rec 200m jog) | cd 10:00'],
  ])('%s', (text, expected) => means(text, expected));

  it('a bare number in brackets is not a count: "6 x 400m (4)"', () => {
    means('6 x 400m (4)', 'wu 15:00 | 6x(run 400m | rec open) | cd 10:00');
  });

  it('a run with a walk after it stays run/walk\'s easy running: "5 min run with 1 min walk (4 times)"', () => {
    means('5 min run with 1 min walk (4 times)', '4x(run 5:00 @E | walk 1:00)');
  });
});

describe('words in brackets that place a figure stop the reading', () => {
  it.each([
    // reps: which reps, and how much of each, the words do not say
    '6 x 800m (last 200m fast)',
    // fullfourcerunning.blogspot.com: was read as 8 even sets
    'The session was eight sets of three minutes with one minute recovery (two at the turn).',
  ])('%s', (text) => {
    const [e] = errors(compileSession(text, athlete));
    expect(e?.message).toBe('the words in these brackets place a figure in the session');
    expect(text[e!.offset]).toBe('(');
  });

  it('an aside without a figure stays a note: "(aim to beat last week)"', () => {
    expect(errors(compileSession('6 x 800m w/ 400m jog (aim to beat last week)', athlete))).toEqual([]);
  });
});

describe('a figure said to be approximate is run as written', () => {
  it('"I do a continuous tempo run of around 40 minutes" reads the tempo', () => {
    // courtneyatkinson.com.au, aerobic fitness gains
    means('Nearly every week during the year, regardless of my training block, I do a continuous tempo run of around 40 minutes.', 'run 40:00 @T');
  });

  it('"Take a good warm up of around 15 minutes, then run 5 x 1k at your target 5k pace."', () => {
    const text = 'Take a good warm up of around 15 minutes, then run 5 x 1k at your target 5k pace.';
    means(text, 'wu 15:00 | 5x(run 1000m @goal 5K | rec open) | cd 10:00');
    expect(warned(text, compileSession(text, athlete))).toContain('around');
  });

  it('"c." with its full stop: "4 x 8 min w/ recovery c. 2 minutes"', () => {
    means('4 x 8 min w/ recovery c. 2 minutes', 'wu 15:00 | 4x(run 8:00 | rec 2:00 recovery) | cd 10:00');
  });

  it('an approximating word before no figure is left where it stands: "jog around the park"', () => {
    const kinds = (text: string) => approximations(tokenize(text).tokens).map((t) => `${t.kind}:${t.raw}`);
    expect(kinds('jog around the park')).toContain('word:around');
    expect(kinds('jog around 2 min')).toContain('prose:around');
  });
});

describe('counts written before what they repeat', () => {
  it.each([
    ['Repeat 5 times: 400m w/ 200m jog', 'wu 15:00 | 5x(run 400m | rec 200m jog) | cd 10:00'],
    ['Do this 4 times: 400m, 200m jog', 'wu 15:00 | 4x(run 400m | rec 200m jog) | cd 10:00'],
    ['Repeat 5x: 400m w/ 200m jog', 'wu 15:00 | 5x(run 400m | rec 200m jog) | cd 10:00'],
    ['4 rounds of: 400m, 200m jog', 'wu 15:00 | 4x(run 400m | rec 200m jog) | cd 10:00'],
    ['three sets of 1 mile', 'wu 15:00 | 3x(run 1mi | rec open) | cd 10:00'],
    ['6 to 10 800m repeats', 'wu 15:00 | 6x(run 800m | rec open) | cd 10:00'],
  ])('%s (a count is not the name of the session)', (text, expected) => means(text, expected));
});
