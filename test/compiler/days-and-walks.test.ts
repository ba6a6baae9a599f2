/**
 * Constructs rounds 12–22 showed together: a numbered heading before a dash, the walk that closes a
 * run/walk after "ending with", a walk named alone, a day off taken, dates and week headings as Japanese,
 * Chinese and Korean write them.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../helpers/reading.js';

describe('a numbered heading before a spaced dash', () => {
  it('heads what follows as "Week 1:" does', () => {
    expectReads('Week 1 - walk 4 minutes and jog 2 minutes; repeat 5 times', '5x(walk 4:00 | run 2:00 @E)');
    expectReads('Day 3 - 5 x 400m', 'wu 15:00 | 5x(run 400m | rec open) | cd 10:00');
  });

  it('a numbered title\'s total after its dash is still the stated total, not a heading', () => {
    const w = compileSession('Session 1 - 42mins\nWarm-up: 15 min easy\n3 x 4 min @ 10K w/ 2 min jog\nCool-down: 12 min', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.join(' ')).toMatch(/stated total/);
  });
});

describe('walks and days off', () => {
  it('"ending with a 5 min walk" closes the session with the walk', () => {
    expectReads('5 min walk then 7 x (1 min run, 1 min walk), ending with a 5 min walk', 'walk 5:00 | 7x(run 1:00 @E | walk 1:00) | walk 5:00');
  });

  it('a walk named alone is a walk as long as the athlete likes, never a run', () => {
    expectReads('Walk', 'walk open');
    expectReads('Walk or rest', 'walk open OR rest');
    expectReads('Tuesday: Walk or take day off.', 'walk open OR rest');
    expectReads('Rest or walk', 'rest OR walk open');
    const [step] = compileSession('Walk', athlete).steps;
    expect(step?.type === 'step' && [step.duration.kind, step.target.kind, /walk/i.test(step.label)]).toEqual(['open', 'none', true]);
  });

  it('"take the day off" is a day off', () => {
    expectReads('30 min easy or take the day off', 'run 30:00 @E OR rest');
  });
});

describe('dates and weeks as Japanese, Chinese and Korean write them', () => {
  it('a date marked by its month and day signs, with its weekday in brackets, is no length', () => {
    expectReads('04月01日(火) 7キロJog', 'run 7km @E');
    expectReads('2023年8月5日 10公里', 'run 10km @E');
    expectReads('3월 5일 10km 조깅', 'run 10km @E');
  });

  it('a week heading with its number before the week sign heads its line', () => {
    expectReads('1주차: 10분 템포런', 'run 10:00 @T');
    expectReads('1週目: ジョグ5km', 'run 5km @E');
    expectReads('第1周: 5公里慢跑', 'run 5km @E');
    expectReads('2~3주 차: 1km * 4세트', 'wu 15:00 | 4x(run 1km | rec open) | cd 10:00');
  });

  it('a number and a month sign with no day sign stays what it was', () => {
    expect(errors(compileSession('4月 10km', athlete)).length).toBeGreaterThan(0);
  });
});
