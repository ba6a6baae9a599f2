/**
 * Brackets after a run that place parts inside it ("25 minute run (last 10 minutes at race pace)")
 * are run there; after reps, or after a run with a pace of its own, such brackets are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession, loadAthlete } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import type { Workout } from '../../../src/ir/workout.js';
import { outline } from '../../helpers/steps.js';
import { errors, reads } from '../../helpers/reading.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const problems = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message);

describe('parts placed inside a run, in brackets', () => {
  it('runs the last part at its pace, the rest of the run easy', () => {
    const w = compileSession('25 minute run (last 10 minutes at 10K pace)', athlete);
    expect(problems(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('25 min run, last 10 min @ 10K', athlete).steps));
    expect(w.estimate.seconds).toBeCloseTo(25 * 60, 0);
  });

  it('reads a distance run the same way', () => {
    const w = compileSession('5 miles (last 1 mile at 10K pace)', athlete);
    expect(problems(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('5 miles, last 1 mile @ 10K', athlete).steps));
  });

  it('refuses brackets that place a figure after reps, or after a run with a pace of its own, at the bracket', () => {
    for (const text of ['6 x 800m (last 200m fast)', '5 miles @ 10K (last 1 mile at 5K pace)']) {
      const [e] = compileSession(text, athlete).diagnostics.filter((d) => d.severity === 'error');
      expect(e?.message, text).toBe('the words in these brackets place a figure in the session');
      expect(text[e!.offset], text).toBe('(');
    }
  });

  it('refuses a warm-up or cool-down length in brackets after a run, which would be lost to the plan\'s own', () => {
    // Blind sample: "Thursday: 30min tempo @3.55min/k (15min w/up and dn);"
    for (const text of ['30min tempo @3:55/km (15min w/up and dn)', '30min tempo (15 min warmup and cooldown)']) {
      const [e] = compileSession(text, athlete).diagnostics.filter((d) => d.severity === 'error');
      expect(e?.message, text).toBe('the words in these brackets place a figure in the session');
      expect(text[e!.offset], text).toBe('(');
    }
  });
});

describe('a pace in brackets headed by a word and a colon', () => {
  it('"(Target: Half Marathon + 20 sec/mile)" is that pace, not the goal pace', () => {
    expect(reads('2 Miles (Target: Half Marathon + 20 sec/mile)', 'run 2mi @HM+20s')).toEqual([]);
    expect(reads('2 Miles (Target: HM pace)', 'wu 15:00 | run 2mi @HM | cd 10:00')).toEqual([]);
  });

  it('a pace that goes on in a way runcast does not read is refused, not dropped into a note', () => {
    const w = compileSession('1 Mile (Target: Half Marathon + 10/sec/mile)', athlete);
    expect(errors(w)).toEqual(['the pace in these brackets goes on in a way runcast does not read']);
    expect(reads('400 (mile pace to get the legs warmed up & a feel for the pace)', 'wu 15:00 | run 400m @Mile | cd 10:00')).toEqual([]);
  });
});

describe("an intensity level on the plan's own scale, in brackets", () => {
  it('is refused at its level, with a hint, alone or as a range: no pace can be told from it', () => {
    for (const text of ['run 40 min (Intensity: 2-4)', 'Warm-up 15 min (Intensity: 1), run 40 min (Intensity: 3)']) {
      const w = compileSession(text, athlete);
      expect(errors(w), text).toEqual(["an intensity level on the plan's own scale says no pace runcast can tell"]);
      const error = w.diagnostics.find((d) => d.severity === 'error')!;
      expect(error.hint).toContain('heart rate');
      expect(text.slice(error.offset, error.offset + error.length)).toMatch(/^[0-9]$/);
    }
  });

  it('leaves an intensity that says its pace to be read', () => {
    expect(reads('run 40 min (intensity: 10K pace)', 'wu 15:00 | run 40:00 @10K | cd 10:00')).toEqual([]);
  });
});

describe('a plan\'s pace code in brackets', () => {
  it('after a part said to be easy, is a note', () => {
    expectCode('30 min easy (R1)', 'run 30:00 @E');
  });

  it('where it is the only pace the reps have, is refused', () => {
    const [w] = compileRuns('6 x 400m (R1)', athlete);
    expect(w!.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(["unknown pace 'R1'"]);
  });
});

function expectCode(text: string, shown: string): void {
  expect(show(compileRuns(text, athlete))).toBe(shown);
}
