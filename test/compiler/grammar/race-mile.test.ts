/**
 * "Mile" alone is the mile raced, at the athlete's goal mile pace. "mile easy" and "the first mile" are no race:
 * read as one, a log's "warming up for the first mile" became a mile at race pace added to the day.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

const refusal = (text: string) => errors(compileSession(text, athlete));

describe('"mile" with no figure before it', () => {
  it('alone or as a race is the mile raced', () => {
    expectReads('Mile', 'wu 15:00 | run 1mi @goal Mile | cd 10:00');
    expectReads('Mile race', 'wu 15:00 | run 1mi @goal Mile | cd 10:00');
  });

  it('with a pace after it is no race, and stops the reading: "mile easy", "8 miles, the first mile easy"', () => {
    expect(refusal('mile easy')).toEqual(["'mile easy' is no mile raced, and no figure says how far"]);
    expect(refusal('8 miles, the first mile easy')).toHaveLength(1);
  });

  it('after an ordinal is a part of a run: "warming up for the first mile" (a real log)', () => {
    expect(refusal('Wednesday - 8 miles - Road - Felt great after warming up for the first mile. A little left quad soreness.')).toEqual(["'first mile' is a part of a run, not a mile raced"]);
  });

  it('with its figure or article stays a mile run', () => {
    expectReads('1 mile easy', 'run 1mi @E');
    expectReads('a mile easy', 'run 1mi @E');
  });
});
