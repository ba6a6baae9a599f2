/**
 * Efforts written in words and perceived effort written in words, read through
 * the table of efforts (src/compiler/dialect/efforts.ts) to a pace, with the
 * coach's words kept in the step's notes; and where such words are left alone.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, flat, reads } from '../../helpers/reading.js';

const workStep = (text: string) => flat(compileSession(text, athlete).steps).find((s) => s.intensity === 'active')!;

describe('effort phrases read as the pace of that effort', () => {
  it('"very easy" is recovery pace, after the length it is run for', () => {
    expect(reads('7-9 mi very easy', 'run 7mi @recovery')).toEqual([]);
    expect(reads('4-6 mi very easy', 'run 4mi @recovery')).toEqual([]);
    expect(reads('25 minutes easy recovery run', 'run 25:00 @recovery')).toEqual([]);
    expect(reads('5:00 Warmup\n5:00 Recovery Run Pace\n4:00 10K Pace', 'wu 5:00 | run 5:00 @recovery | run 4:00 @10K | cd 10:00')).toEqual([]);
  });

  it('"comfortably hard", "strong pace" and "slightly faster than a talking pace" are threshold', () => {
    expect(reads('5x (3min comfortably hard followed by 30sec easy)', 'wu 15:00 | 5x(run 3:00 @T | rec 0:30 @E) | cd 10:00')).toEqual([]);
    expect(reads('5 minutes easy warm up, then 2x (8 minutes strong pace, 2 minutes easy recovery)', 'wu 5:00 | 2x(run 8:00 @T | rec 2:00 recovery) | cd 10:00')).toEqual([]);
    expect(reads('Run 10 minutes slightly faster than a talking pace', 'wu 15:00 | run 10:00 @T | cd 10:00')).toEqual([]);
  });

  it('"at a comfortable pace" and "at a slow and conversational pace" are easy, and say how they were read', () => {
    expect(reads('Run 3 miles at a comfortable pace', 'run 3mi @E')).toEqual([]);
    expect(reads('30 min at a slow and conversational pace', 'run 30:00 @E')).toEqual([]);
    const w = compileSession('Run 3 miles at a comfortable pace', athlete);
    expect(w.notes).toContain('read comfortable pace as E pace: an easy effort');
    expect(workStep('Run 3 miles at a comfortable pace').notes).toContain('comfortable pace');
  });

  it('leaves an effort that opens a part, or stands between words that join parts, to the grammar', () => {
    // "Very easy 30 min": the grammar's effort words read it as before.
    const opening = compileSession('very easy 30 min', athlete);
    expect(opening.notes.some((n) => n.startsWith('read very easy'))).toBe(false);
  });
});

describe('perceived effort written in words', () => {
  it('"(effort level 5)" after the length is RPE 5, and the step says so', () => {
    expect(reads('Run 15 mins (effort level 5)', 'run 15:00 ~rpe5')).toEqual([]);
    expect(reads('Sunday: Run 15 mins (effort level 5)', 'run 15:00 ~rpe5')).toEqual([]);
    expect(workStep('Run 15 mins (effort level 5)').target).toMatchObject({ kind: 'pace', name: 'M' });
  });

  it('"at a level 6-7 effort" and "an intensity level of 8 to 9" are ranges of RPE', () => {
    expect(reads('4 x 400m at a level 6-7 effort w/ 400m jog', 'wu 15:00 | 4x(run 400m ~rpe6-7 | rec 400m jog) | cd 10:00')).toEqual([]);
    expect(workStep('4 x 400m at a level 6-7 effort w/ 400m jog').target).toMatchObject({ name: 'HM–T' });
    expect(reads('6 x 2 min at an intensity level of 8 to 9 w/ 1 min walk', 'wu 15:00 | 6x(run 2:00 ~rpe8-9 | walk 1:00) | cd 10:00')).toEqual([]);
  });

  it('"9/10 effort" and "7/10 RPE" keep the coach\'s words in the step\'s notes', () => {
    expect(reads('Courtenay Hills: 3 x 200 metres at 9/10 effort w/ 2 min jog', 'wu 15:00 | 3x(run 200m ~rpe9 | rec 2:00 jog) | cd 10:00')).toEqual([]);
    expect(reads('4 x 90 seconds @ 7/10 RPE, jog back downhill recovery', 'wu 15:00 | 4x(run 1:30 ~rpe7 | rec open jog) | cd 10:00')).toEqual([]);
    expect(workStep('5 x 3 min 8/10 effort w/ 2 min jog').notes).toEqual(['8/10 effort']);
  });

  it('a level with no effort word after it is no perceived effort', () => {
    const w = compileSession('Level 5 x 400m w/ 200m jog', athlete);
    expect(w.notes.some((n) => n.includes('RPE'))).toBe(false);
  });
});

describe('a heart-rate zone survives as the zone', () => {
  it('"a zone 2 run for 50 minutes" is E pace whose step names the zone, for an athlete with no heart-rate data', () => {
    expect(reads('So the Coach had me do a zone 2 run for 50 minutes today.', 'run 50:00 @Z2')).toEqual([]);
    expect(workStep('50 min Z2').notes).toEqual(['Z2']);
  });
});

describe('an effort alone in the last sentence', () => {
  it('is the target of a session of one part before it', () => {
    expect(reads('40 Mins Run\nZone 2', 'run 40:00 @Z2')).toEqual([]);
    expect(reads('Long run: 4-6km. Zone 2', 'run 4km @Z2')).toEqual([]);
  });

  it('is left unread after several parts, where it could be any of them', () => {
    const w = compileSession('10 min wu, 20 min tempo. Zone 3', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });
});
