/**
 * Instructions written as English sentences (src/compiler/normalise/clauses.ts):
 * a verb and "for" before a length, an effort between the verb and the length,
 * an article before an effort, "of" before the running a length names; and the
 * places where such words are left as written.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

const refused = (text: string) => errors(compileSession(text, athlete));

describe('a verb of running or recovering, "for" and a length', () => {
  it('"Sprint for 1 minute, recovery jog for 90 seconds" reads the lengths as the parts', () => {
    expect(reads('Sprint for 1 minute, recovery jog for 90 seconds', 'wu 15:00 | run 1:00 ~sprint | rec 1:30 jog | cd 10:00')).toEqual([]);
  });

  it('"Easy run for 10 mins" between two words of the shorthand is an easy run of 10 minutes', () => {
    expect(reads('Easy run for 10 mins', 'run 10:00 @E')).toEqual([]);
  });

  it('"Cool down for at least 10 minutes" and "walk briskly for 4.5 minutes" read past the words around the length', () => {
    expect(reads('6 x 400m w/ 90 s jog. Cool down for at least 10 minutes.', 'wu 15:00 | 6x(run 400m | rec 1:30 jog) | cd 10:00')).toEqual([]);
    expect(reads('walk briskly for 4.5 minutes then jog for 30 seconds. Repeat 4 times.', '4x(rest 4:30 walk | run 0:30 @E)')).toEqual([]);
  });

  it('a "for" that fills a time after an alternation is still the fill', () => {
    expect(reads('- Warm-up: 5 min walk\n- Main Set: Alternate 1 min run / 1.5 min walk for 20 min\n- Cool Down: 5 min walk', 'walk 5:00 | 8x+(run 1:00 @E | rest 1:30 walk) | walk 5:00')).toEqual([]);
  });

  it('a "for" that names no length stays prose the reading stops on', () => {
    expect(refused('I had planned for 5-6 x 800m off 90s, but switched to 400s after 3.').length).toBeGreaterThan(0);
  });
});

describe('an effort between the verb and the length', () => {
  it('"run HARD for 30 seconds" (a blind sample) is 30 seconds hard', () => {
    expect(reads('WARM UP 10 minutes of easy running.\n8 percent incline and run HARD for 30 seconds.', 'wu 10:00 | run 0:30 ~hard | cd 10:00')).toEqual([]);
  });

  it('"Run fast for 30 seconds, followed by a 60-second rest" keeps the rest after the fast part', () => {
    expect(reads('Run fast for 30 seconds, followed by a 60-second rest', 'wu 15:00 | run 0:30 ~fast | rest 1:00 | cd 10:00')).toEqual([]);
  });

  it('an effort before a length that goes on to more words is left to the grammar', () => {
    expect(refused('Run hard 30 seconds uphill twice').length).toBeGreaterThan(0);
  });
});

describe('an article before an effort, and "of" before the running a length names', () => {
  it('"at a hard effort" and "at a steady pace" read as the effort or pace', () => {
    expect(reads('Run 10 minutes at a hard effort', 'wu 15:00 | run 10:00 ~hard | cd 10:00')).toEqual([]);
    // "steady pace" is the pace of a "Steady" day, marathon pace, as "20 minutes steady" is.
    expect(reads('20 minutes at a steady pace', 'run 20:00 @M')).toEqual([]);
  });

  it('"45-55 minutes of moderate running" (a blind sample) and "3 min of tempo running" read as the effort or pace', () => {
    const text = 'Warm up slowly, get the big muscles warm and ready to move.\n\n45-55 minutes of moderate running, finish with 6 x 150 m stride outs,\n\nCooldown slowly.';
    expect(reads(text, 'wu 15:00 | run 45:00 ~moderate | 6x(run 150m ~strides | rest 1:00 walk) | cd 10:00')).toEqual([]);
    expect(reads('1 x 3 min of tempo running', 'wu 15:00 | run 3:00 @T | cd 10:00')).toEqual([]);
    expect(reads('5 x 4min of threshold, 2 min jog', 'wu 15:00 | 5x(run 4:00 @T | rec 2:00 jog) | cd 10:00')).toEqual([]);
  });
});

describe('how a recovery is said around its length', () => {
  it('"with short recovery c. 2 minutes" and "with short recovery ( about 2 minutes)" (blind samples) recover 2 minutes', () => {
    expect(reads('3 x 10 minutes @ lactate threshold effort with short recovery c. 2 minutes.', 'wu 15:00 | 3x(run 10:00 @T | rec 2:00 recovery) | cd 10:00')).toEqual([]);
    expect(reads('4×8 minutes @ lactate threshold intensity with short recovery ( about 2 minutes).', 'wu 15:00 | 4x(run 8:00 @T | rec 2:00 recovery) | cd 10:00')).toEqual([]);
  });

  it('"recover for 5 minutes with a slow jog" is a jog of 5 minutes', () => {
    expect(reads('6 x 5 minutes at 10K pace then recover for 5 minutes with a slow jog.', 'wu 15:00 | 6x(run 5:00 @10K | rec 5:00 jog) | cd 10:00')).toEqual([]);
  });
});

describe('a part the run goes without', () => {
  it('"Run 3: Jog 20 minutes, NO WALKING" and "Day #3 (Run for 20 minutes, no walking)" (blind samples) are a run of 20 minutes', () => {
    expect(reads('Run 3: Jog 20 minutes, NO WALKING', 'run 20:00 @E')).toEqual([]);
    expect(reads('Day #3 (Run for 20 minutes, no walking)', 'run 20:00 @E')).toEqual([]);
  });
});

describe('a count written as one word', () => {
  it('"Repeat twice, then run for 5 mins." (a blind sample) runs the block twice, then the run', () => {
    expect(reads('Wed: Run 10 mins, walk 2 mins. Repeat twice, then run for 5 mins.', '2x+(run 10:00 @E | rest 2:00 walk) | run 5:00 @E')).toEqual([]);
  });

  it('"Do it twice" repeats what stands before it', () => {
    expect(reads('Run 10 mins, walk 2 mins. Do it twice.', '2x(run 10:00 @E | rest 2:00 walk)')).toEqual([]);
  });

  it('"twice" where no construct reads it stops the reading rather than running the block once', () => {
    expect(refused('6 x 400m w/ 200m jog, twice through')).toEqual(["unknown word 'twice'"]);
  });
});

describe('a pace before the length', () => {
  it('"Run at an easy pace for 30-50 minutes" runs the length at the pace', () => {
    expect(reads('Run at an easy pace for 30-50 minutes.', 'run 30:00 @E')).toEqual([]);
  });

  it('"Run at a nice easy pace for 1 minute, then walk for 1 minute. Do this 10 times." (a beginner programme)', () => {
    expect(reads('Run at a nice easy pace for 1 minute, then walk for 1 minute. Do this 10 times.', '10x(run 1:00 @E | rest 1:00 walk)')).toEqual([]);
  });

  it('a pace before a length that goes on to more words is left to the grammar', () => {
    expect(refused('Run at an easy pace for 30 minutes around the lake twice').length).toBeGreaterThan(0);
  });
});

describe('a verb that repeats what it names', () => {
  it('"Continue this alternating run/jog 6 times." (a blind sample) repeats the run and its recovery', () => {
    const text = 'Run 5 minutes at race pace then recover for 5 minutes with a slow jog. Continue this alternating run/jog 6 times.';
    expect(reads(text, 'wu 15:00 | 6x(run 5:00 @goal | rec 5:00 jog) | cd 10:00')).toEqual([]);
  });

  it('"Repeat this cycle 8 times", "You repeat this 8 times", "Complete the intervals 10 times"', () => {
    expect(reads('Run 1 minute, walk 2 minutes. Repeat this cycle 8 times.', '8x(run 1:00 @E | rest 2:00 walk)')).toEqual([]);
    expect(reads('Run 1 minute, walk 2 minutes. You repeat this 8 times.', '8x(run 1:00 @E | rest 2:00 walk)')).toEqual([]);
    expect(reads('Run 30 seconds followed by 90 seconds of walking. Complete the intervals 10 times.', '10x(run 0:30 @E | rest 1:30 walk)')).toEqual([]);
  });

  it('"Complete the workout 3 times this week" says how often, not how many', () => {
    expect(reads('Run 1 minute, walk 2 minutes. Repeat 8 times. Repeat the workout 3 times this week.', '8x(run 1:00 @E | rest 2:00 walk)')).toEqual([]);
  });
});
