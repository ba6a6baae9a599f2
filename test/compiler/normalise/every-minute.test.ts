/**
 * "EMOM 10 min: 200m": every minute on the minute, the part run at the start of each minute
 * and the rest of the minute its recovery (it read one 200m run).
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('every minute on the minute', () => {
  it('is as many reps as minutes, each started on the minute', () => {
    expectReads('EMOM 10 min: 200m', 'wu 15:00 | 10x(run 200m | rec 0:10) | cd 10:00');
    expectReads('EMOM x 10: 200m', 'wu 15:00 | 10x(run 200m | rec 0:10) | cd 10:00');
    expectReads('12 min EMOM: 200m hard', 'wu 15:00 | 12x(run 200m ~hard | rec 0:05) | cd 10:00');
    expectReads('EMOM for 8 minutes: 100m sprint', 'wu 15:00 | 8x(run 100m ~sprint | rec 0:35) | cd 10:00');
  });

  it('between a warm-up and a cool-down of its own', () => {
    expectReads('Warm up 10 min\nEMOM 10 min: 200m\nCool down 10 min', 'wu 10:00 | 10x(run 200m | rec 0:10) | cd 10:00');
  });

  it('a part with a count of its own is not made a rep of the minutes', () => {
    const w = compileSession('EMOM 10 min: 4 x 50m', athlete);
    expect(w.steps.some((s) => s.type === 'repeat' && s.count === 10)).toBe(false);
  });
});
