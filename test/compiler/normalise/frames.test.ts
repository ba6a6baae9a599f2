/**
 * The frame of a session told as a sentence: a short subject and a verb that opens the session
 * ("Track workouts begin with …", "Every runner starts with …") are talk, and "and end(s) with"
 * joins the session's other end; a subject naming a pace keeps it.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/compiler/lexer.js';
import { normalise } from '../../../src/compiler/normalise/index.js';
import { expectReads as reads } from '../../helpers/reading.js';

const prose = (text: string) => normalise(tokenize(text).tokens).filter((t) => t.kind === 'prose').map((t) => t.raw);

describe('a subject and a verb that open the session', () => {
  it('"Track workouts begin with a 10–20-min warm-up and ends with a 10-min cool-down" after the reps (a club\'s page)', () => {
    reads('Track Repeats 3 × 1,600 m (400 m recovery)\nTrack workouts begin with a 10–20-min warm-up and ends with a 10-min cool-down', 'wu 10:00 | 3x(run 1600m | rec 400m) | cd 10:00');
  });

  it('"Every runner starts with an 800m warm up and ends with an 800m cool down." before the reps', () => {
    reads('Every runner starts with an 800m warm up and ends with an 800m cool down.\n\n2 x 400\n2 x 800', 'wu 800m | 2x+(run 400m | rec open) | 2x(run 800m | rec open) | cd 800m');
  });

  it('a subject that names a pace is no talk: "Tempo runs start with 2 miles easy"', () => {
    expect(prose('Tempo runs start with 2 miles easy')).not.toContain('Tempo');
  });

  it('a verb with no figure after it is left to the sentence: "Every runner starts with a smile"', () => {
    expect(prose('Every runner starts with a smile. 6 x 800m')).toEqual([]);
  });
});

describe('words of a session told as a sentence', () => {
  it('"5*1600 targeting 5:52-5:55 with 90 second rests" (a runner\'s log): the pace and the rests', () => {
    reads('Tuesdays track workout was solid. 5 x 1600 targeting 5:52-5:55 with 90 second rests.', 'wu 15:00 | 5x(run 1600m @5:52-5:55/mi | rest 1:30) | cd 10:00');
  });

  it('"finish with 6 x 20 second strides (mile pace) with 1 min rests in between"', () => {
    reads('30-35 minute run, finish with 6 x 20 second strides (mile pace) with 1 min rests in between', 'run 30:00 @E | 6x(run 0:20 @Mile | rest 1:00)');
  });
});
