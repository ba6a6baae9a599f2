/**
 * "Total workout 55 minutes" on a line of its own above the session's lines: the length of the
 * session, which the lines below fill; not one more easy run.
 */
import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a total on its own line above the session', () => {
  it('restates lines that fill it, their own warm-up and cool-down kept (real: "Total workout 55 minutes")', () => {
    expectReads('Workout 2\nTotal workout 55 minutes\n10min warm-up\n2 sets of;\n15min at threshold\n5min recovery\n10min cool down', 'wu 10:00 | 2x(run 15:00 @T | rec 5:00 recovery) | cd 10:00');
    expectReads('Total workout time 45 minutes\n10min warm-up\n3 sets of:\n7min at threshold\n2min recovery\n10min cool down', 'wu 10:00 | 3x(run 7:00 @T | rec 2:00 recovery) | cd 10:00');
  });

  it('leaves easy running around work shorter than it', () => {
    expectReads('Total 10 miles\n3 miles tempo', 'run 3.5mi @E | run 3mi @T | run 3.5mi @E');
  });

  it('a total after the session with its own warm-up and cool-down adds no others', () => {
    expectReads('10min warm-up\n2 x 15min at threshold w/ 5min recovery\n10min cool down\nTotal workout 55 minutes', 'wu 10:00 | 2x(run 15:00 @T | rec 5:00 recovery) | cd 10:00');
  });
});
