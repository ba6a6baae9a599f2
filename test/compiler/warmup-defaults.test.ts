/**
 * Where the plan's warm-up and cool-down go: around work faster than easy, never
 * around a long continuous run done by feel, which is its own warm-up and whose
 * written length is the day.
 */
import { describe, expect, it } from 'vitest';
import { reads } from '../helpers/reading.js';

describe('the plan\'s warm-up and cool-down', () => {
  it('are not added around a long run done by feel: the coach\'s length is the day', () => {
    // A hill route of 30-40 minutes (a club's workout page), "20 min fast" and "3 km fast" plan cells.
    expect(reads('Plan a 30-40 minute route that will have some decent hills on it. Attack each hill and recover and cruise the remainder of the time.', 'run 30:00 ~hill')).toEqual([]);
    expect(reads('20 min fast', 'run 20:00 ~fast')).toEqual([]);
    expect(reads('3 km fast', 'run 3km ~fast')).toEqual([]);
  });

  it('are added around a short piece of work by feel, and around reps even when there is one', () => {
    expect(reads('5 min fast', 'wu 15:00 | run 5:00 ~fast | cd 10:00')).toEqual([]);
    expect(reads('1 x 20 min fast', 'wu 15:00 | run 20:00 ~fast | cd 10:00')).toEqual([]);
    expect(reads('session 2 is 1x15-20 minutes @ 1/2 marathon pace.', 'wu 15:00 | run 15:00 @HM | cd 10:00')).toEqual([]);
  });

  it('are still added around a run at a named pace faster than marathon pace', () => {
    expect(reads('20 min @ T', 'wu 15:00 | run 20:00 @T | cd 10:00')).toEqual([]);
  });
});

describe('a day its label names easy', () => {
  it('"Long Run: 21KM Easy (4:40/KM) + 5KM @ 3:55/KM" has no warm-up or cool-down around its faster finish', () => {
    expect(reads('Long Run: 21KM Easy (4:40/KM) + 5KM @ 3:55/KM', 'run 21km @4:40/km | run 5km @3:55/km')).toEqual([]);
  });

  it('reps under such a label are warmed up as any: "Speed – endurance 3 x 1k loop 4 min recovery in between"', () => {
    expect(reads('Speed – endurance 3 x 1k loop 4 min recovery in between', 'wu 15:00 | 3x(run 1000m | rec 4:00) | cd 10:00')).toEqual([]);
  });
});
