/**
 * "<clock> recovery after <label>" lines below "<clock> <label>" parts: each
 * places its recovery after every part of that label, between the reps of a
 * repeated one; after a last part run once there is nothing to recover for.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

describe('recoveries placed after the parts of a label', () => {
  it('each part gets the recovery its label is given ("In Control")', () => {
    const text = 'In Control\n6:00 Warm Up\n1:00 Mile Pace\n3:00 5K Pace\n5:00 10K Pace\n7:00 Recovery Run Pace\n0:30 recovery after Mile Pace\n1:30 recovery after 5K Pace\n2:30 recovery after 10K Pace';
    expect(reads(text, 'wu 6:00 | run 1:00 @Mile | rec 0:30 | run 3:00 @5K | rec 1:30 | run 5:00 @10K | rec 2:30 | run 7:00 @recovery')).toEqual([]);
  });

  it('a repeated part gets it after each rep ("2 x 3:30 10K Pace … 1:00 Recovery after 10K Pace")', () => {
    const text = 'Slow Down to Speed Up\n5:00 Warm Up\n2 x 3:30 10K Pace\n2 x 2:30 5K Pace\n2 x 1:30 Mile Pace\n0:30 Best Pace\n1:00 Recovery after 10K Pace\n1:30 Recovery after 5K Pace\n2:00 Recovery after Mile Pace';
    expect(reads(text, 'wu 5:00 | 2x+(run 3:30 @10K | rec 1:00) | 2x+(run 2:30 @5K | rec 1:30) | 2x+(run 1:30 @Mile | rec 2:00) | run 0:30 ~best | cd 10:00')).toEqual([]);
  });

  it('the recovery after the last part, run once, is left out with a note', () => {
    const text = 'Hill Hillier Hilliest\n5:00 Warm Up\n1:00 10K Effort\n0:45 5K Effort\n0:30 Mile Effort\n2:00 Recovery after 10K effort\n1:30 Recovery after 5k effort\n1:00 Recovery after Mile effort';
    expect(reads(text, 'wu 5:00 | run 1:00 @10K | rec 2:00 | run 0:45 @5K | rec 1:30 | run 0:30 @Mile | cd 10:00')).toEqual([]);
    expect(JSON.stringify(compileSession(text, athlete))).toContain('is left out');
  });

  it('works on a session with no title, and in minutes written as words', () => {
    expect(reads('3 min 5K Pace\n2:00 Mile Pace\n1 min rest after 5K Pace\n4:00 easy', 'wu 15:00 | run 3:00 @5K | rec 1:00 | run 2:00 @Mile | run 4:00 @E')).toEqual([]);
  });

  it('a label no part has leaves the lines as written, refused', () => {
    const text = 'Deuces\n5:00 Warm Up\n10 x 2:00 5K Pace\n2:00 recovery after intervals #4 and #8.';
    expect(errors(compileSession(text, athlete)).length).toBeGreaterThan(0);
  });
});

describe('one line placing several recoveries', () => {
  it('"Recovery is 1:00 after 5K Pace intervals and 2:00 after Tempo Run" places each after its parts', () => {
    const text = 'Speedurance\n7:00 Warm Up\n3 x 2:00 5K Pace\n10:00 Tempo Run\n3 x 2:00 5K Pace\nRecovery is 1:00 after 5K Pace intervals and 2:00 after Tempo Run';
    expect(reads(text, 'wu 7:00 | 3x+(run 2:00 @5K | rec 1:00) | run 10:00 @T | rec 2:00 | 3x(run 2:00 @5K | rec 1:00) | cd 10:00')).toEqual([]);
  });

  it('a line with a part that is not "<length> after <label>" is left as written', () => {
    const text = '5:00 Warm Up\n3 x 2:00 5K Pace\n10:00 Tempo Run\nRecovery is 1:00 after 5K Pace and easy jogging after Tempo Run';
    expect(errors(compileSession(text, athlete)).length).toBeGreaterThan(0);
  });
});
