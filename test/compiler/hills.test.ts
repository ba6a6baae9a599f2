/**
 * Hills and sprints: hill reps with no recovery written jog back down; a session the coach says
 * it finishes ("Finish w/ …") ends there and its opening run is its own warm-up; "steady pace" is
 * the pace a "Steady" day is run at.
 */
import { describe, it } from 'vitest';
import { expectReads } from '../helpers/reading.js';

describe('hill reps', () => {
  it('jog back down when no recovery is written (blind: a plan\'s "9x200m hills")', () => {
    expectReads('9x200m hills', 'wu 15:00 | 9x(run 200m ~hill | rec open jog) | cd 10:00');
    expectReads('5-6 hill repeats', 'wu 15:00 | 5x(run open ~hill | rec open jog) | cd 10:00');
  });

  it('keep a recovery the coach writes', () => {
    expectReads('6 x 200m hills w/ 90 sec walk', 'wu 15:00 | 6x(run 200m ~hill | walk 1:30) | cd 10:00');
  });

  it('are still no hill reps when they are sprints on the flat', () => {
    expectReads('6 x 100m sprints', 'wu 15:00 | 6x(run 100m ~sprint | rec open) | cd 10:00');
  });
});

describe('a session the coach says it finishes', () => {
  it('reads "Finish w/" as "finish with" (blind: a 5K plan\'s aerobic runs with sprints)', () => {
    expectReads(
      'Aerobic Run with Sprints\n4 miles steady pace,\nFinish w/ 4 x 30 sec sprints \nw/ 90 sec recovery jog, \n1 mile cool down',
      'run 4mi @M | 4x(run 0:30 ~sprint | rec 1:30 jog) | cd 1mi',
    );
    expectReads(
      'Aerobic Run with Sprints\n4 miles steady pace,\nFinish w/ 6 x 10 sec hill sprints \nw/ walk back to start for recovery, \n1 mile cool down',
      'run 4mi @M | 6x(run 0:10 ~hill | walk open) | cd 1mi',
    );
  });

  it('adds no cool-down after what it finishes with', () => {
    expectReads('Long Run\n8-9 miles steady pace\nFinish w/ 8 x 100m @Mile pace \nw/ 45 sec rest', 'run 8mi @M | 8x(run 100m @Mile | rest 0:45)');
    expectReads('3 miles easy, finish with 6 x 100m @ mile pace w/ 1 min rest', 'run 3mi @E | 6x(run 100m @Mile | rest 1:00)');
  });

  it('still warms up before work the coach does not say it finishes with', () => {
    expectReads('3 miles steady pace, 6 x 100m @ mile pace w/ 1 min rest', 'wu 15:00 | run 3mi @M | 6x(run 100m @Mile | rest 1:00) | cd 10:00');
  });
});
