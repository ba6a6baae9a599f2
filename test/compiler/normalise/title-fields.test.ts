/**
 * Write-up around a session that adds no step: "Location: …" field lines are
 * kept in the notes, and a numbered title's total ("Session 1 – 42mins") is
 * the session's stated total, never a run of its own.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

describe('field lines and a title\'s total', () => {
  it('"Location: Anywhere" is kept in the notes and the warm-up under it stays the warm-up', () => {
    expect(reads('Location: Anywhere\nWarm-up: 15 min running at an easy pace.', 'wu 15:00 @E')).toEqual([]);
    expect(compileSession('Location: Anywhere\nWarm-up: 15 min easy', athlete).notes.join(' ')).toContain('Location: Anywhere');
  });

  it('a text that is nothing but a field is left as written', () => {
    expect(errors(compileSession('Location: track', athlete)).length).toBeGreaterThan(0);
  });

  it('"Session 1 – 42mins" over its parts states the total and adds no 42-minute run', () => {
    const text = 'Session 1 – 42mins\nWarm-up: 15 min easy\n20 min tempo\nWarm Down: 10 min easy';
    expect(reads(text, 'wu 15:00 | run 20:00 @T | cd 10:00')).toEqual([]);
    expect(compileSession(text, athlete).notes.join(' ')).toContain("is the session's stated total");
  });

  it('a numbered line with a length and nothing below it is still the run', () => {
    expect(reads('Day 1 - 30 min easy', 'run 30:00 @E')).toEqual([]);
  });
});

describe("a title's total in brackets, over the lines that make it up", () => {
  it('"Long Run (1 hr 15 mins)\\nRun 75 minutes in Zone 2." is one run of 75 minutes, not two', () => {
    expect(reads('Long Run (1 hr 15 mins)\nRun 75 minutes in Zone 2 (10:30–11:30).', 'run 1:15:00 @Z2')).toEqual([]);
    const w = compileSession('Long Run (1 hr 15 mins)\nRun 75 minutes in Zone 2.', athlete);
    expect(w.notes.join()).toContain("stated total");
  });

  it('a title it does not know names the session too: "Foundation Run (40 mins)\\nRun 40 minutes in Zone 2."', () => {
    expect(reads('Foundation Run (40 mins)\nRun 40 minutes in Zone 2.', 'run 40:00 @Z2')).toEqual([]);
  });

  it('the lines below are the session: "Speed Play (39 mins)\\n5 min Z1. …"', () => {
    expect(reads('Speed Play (39 mins)\n5 min Z1.\n5 min Z2.\n3 × (1 min Z5 / 2 min Z1).\n5 min Z2.\n15 min Z1.', 'run 5:00 @Z1 | run 5:00 @Z2 | 3x+(run 1:00 @Z5 | rec 2:00 @Z1) | run 5:00 @Z2 | run 15:00 @Z1')).toEqual([]);
  });

  it('a title with its total and nothing below stays the session: "Long Run (1 hr 15 mins)"', () => {
    expect(reads('Long Run (1 hr 15 mins)', 'run 1:15:00 @E')).toEqual([]);
  });
});

describe("a title's total in brackets over lines that are only a part of it", () => {
  it('the title stays the run where the lines below do not make it up', () => {
    expect(reads('Tempo Run (4 miles)\n1 mile warm up, 1 mile cool down', 'wu 1mi | run 4mi @T | cd 1mi')).toEqual([]);
    expect(reads('Easy Run (40 min)\n6 x 20 sec strides', 'run 40:00 @E | 6x(run 0:20 ~strides | rest 1:00 walk)')).toEqual([]);
    expect(reads('Threshold (20 min)\nWarm up 15 min, cool down 10 min', 'wu 15:00 | run 20:00 @T | cd 10:00')).toEqual([]);
  });

  it('a warm-up and cool-down named without lengths fill the rest: "Tempo Run (45 mins)\\nWarm-up, 20 min Z3, cool-down."', () => {
    expect(reads('Tempo Run (45 mins)\nWarm-up, 20 min Z3, cool-down.', 'wu 15:00 | run 20:00 @Z3 | cd 10:00')).toEqual([]);
  });

  it('reps alone under a title of reps: "Long Intervals (1 hr 10 mins)\\n4 × (5 min Z4 / 3 min Z1)."', () => {
    expect(reads('Long Intervals (1 hr 10 mins)\n4 × (5 min Z4 / 3 min Z1).', 'wu 15:00 | 4x(run 5:00 @Z4 | rec 3:00 @Z1) | cd 10:00')).toEqual([]);
  });
});
