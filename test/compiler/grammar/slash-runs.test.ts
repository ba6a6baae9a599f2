/**
 * Lengths that are each a run of their own, parted only by slashes ("3M/3M", "5M/5M/3M"), are the
 * day's runs, not a run and its recovery (fixtures/corpus/blind-25's plan writes its doubles so);
 * a slash before a recovery-sized length still starts the recovery.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('runs parted by slashes', () => {
  it('"3M/3M" is two runs of the day', () => {
    expectReads('3M/3M', 'run 3mi @E || run 3mi @E');
  });

  it('"5M/5M/3M" is three, and "6 mi / 4 mi" two', () => {
    expectReads('5M/5M/3M', 'run 5mi @E || run 5mi @E || run 3mi @E');
    expectReads('6 mi / 4 mi', 'run 6mi @E || run 4mi @E');
  });

  it('a run with a slash before a recovery-sized length keeps it as its recovery: "5 x 1 km / 400m jog"', () => {
    expectReads('5 x 1 km / 400m jog', 'wu 15:00 | 5x(run 1km | rec 400m jog) | cd 10:00');
  });

  it('a length under a run of its own is no run of the day: "3 mi/1 mi" stays one session', () => {
    expect(compileRuns('3 mi/1 mi', athlete)).toHaveLength(1);
  });

  it('no double past a usual run, in two units, or of more runs than a day holds', () => {
    for (const text of ['30M/30M', '10 km / 6 mi', '5M/5M/5M/5M']) expect(compileRuns(text, athlete), text).toHaveLength(1);
  });

  it('the runs before a strength line are the day\'s runs too: "3M/3M\nCore"', () => {
    expectReads('3M/3M\nCore', 'run 3mi @E || run 3mi @E || strength');
  });
});
