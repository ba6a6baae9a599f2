/**
 * Dates written around a session are the day of the month, kept in the notes:
 * never a run of that many minutes, and never a date where a month's name is a
 * word of talk or the number is a length.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, reads } from '../../helpers/reading.js';

describe('a date above or before a session is no part of it', () => {
  it('"Wednesday Dec. 28" above a training log\'s day is not a 28-minute run', () => {
    expect(reads('Wednesday Dec. 28\n\n10 miles easy at 8:23 pace.', 'run 10mi @8:23/mi')).toEqual([]);
    expect(reads('Friday Dec. 30\n\n10 miles easy', 'run 10mi @E')).toEqual([]);
  });

  it('the day may stand before the month, with an ordinal and a year', () => {
    expect(reads('Tuesday, September 13th, 2016: 6 x 800m @ 5K', 'wu 15:00 | 6x(run 800m @5K | rec open) | cd 10:00')).toEqual([]);
    expect(reads('13 Sept - 5 x 1k', 'wu 15:00 | 5x(run 1000m | rec open) | cd 10:00')).toEqual([]);
  });

  it('the date is kept in the session\'s notes as a word not used', () => {
    const w = compileSession('Friday Dec. 30\n\n10 miles easy', athlete);
    expect(w.diagnostics.map((d) => d.message)).toContain("'Dec. 30' is not used");
  });

  it('a month\'s name followed by a length or a count is not a date', () => {
    expect(reads('June 5 miles easy', 'run 5mi @E')).toEqual([]);
    expect(compileSession('Mar 10 x 400m', athlete).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('"may" and "march" in lower case are words of talk, not months', () => {
    expect(reads('you may 4 x 400m', 'wu 15:00 | 4x(run 400m | rec open) | cd 10:00')).toEqual([]);
    expect(compileSession('march 3 min', athlete).diagnostics.some((d) => d.message.includes("'march 3'"))).toBe(false);
  });
});
