/**
 * "8 km a 5'40\"": after a length, the Romance "a" (or "à") before a clock is "at"; a prime with no seconds' mark after
 * two digits is still minutes and seconds; a recovery may give its pace before its length ("recupero a 5'40\" per un km").
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';
import { tokenize } from '../../../src/compiler/lexer.js';

const read = (text: string) => show(compileRuns(text, athlete));

describe('"a" before a pace', () => {
  it('is "at" after a length', () => {
    expect(read('12 km a 5\'35"')).toBe('run 12km @5:35/km');
    expect(read('4 X 1 km a 5\'10" con recupero a 5\'40" per un km')).toBe('wu 15:00 | 4x(run 1000m @5:10 per 1000m | rec 1000m recovery @5:40 per 1000m) | cd 10:00');
  });

  it('an English article before a pace is left alone', () => {
    expect(read('6 miles at a 7:30 pace')).toBe('run 6mi @7:30/mi');
  });
});

describe('minutes and seconds with a prime', () => {
  it('"5\'15" is a clock, its seconds\' mark left off', () => {
    expect(tokenize("1 km a 5'15 con").tokens[3]).toMatchObject({ kind: 'clock', value: '5:15' });
    expect(tokenize("5'75").tokens[0]).toMatchObject({ kind: 'number', value: '5' });
  });

  it('is never hours: "3\'30 recovery" is three and a half minutes', () => {
    expect(read("3'30 recovery")).toBe('run 3:30 @recovery');
  });
});

describe('a rep time slower than easy running', () => {
  it('is a pace per unit: "5 X 500 m a 5\'00\\"" is run at 5:00 a mile (km in a plan of km), not 500 m in five minutes', () => {
    expect(read('5 X 500 m a 5\'00"')).toBe('wu 15:00 | 5x(run 500m @5:00/mi | rec open) | cd 10:00');
  });

  it('a rep time a runner runs stays the rep\'s time', () => {
    expect(read('8 x 400 @ 1:30')).toBe('wu 15:00 | 8x(run 400m @1:30 per 400m | rec open) | cd 10:00');
  });
});

describe('a clock before a unit and "pace"', () => {
  it('"4 miles @ 6:50-7 mile pace" is 6:50-7:00 a mile, not a 7-mile run after it', () => {
    expect(show(compileRuns('4 miles @ 6:50-7 mile pace', athlete))).toBe('wu 15:00 | run 4mi @7:00-6:50/mi | cd 10:00');
  });

  it('"at 7:00 mile pace" is 7:00 a mile', () => {
    expect(show(compileRuns('4 miles at 7:00 mile pace', athlete))).toBe(show(compileRuns('4 miles at 7:00/mile', athlete)));
  });

  it('without "@" or "at" the clock is a time: "1:00 Mile Pace" is a minute at mile pace', () => {
    expect(show(compileRuns('5:00 Warm Up\n1:00 Mile Pace\n2:00 Recovery', athlete))).toContain('run 1:00 @Mile');
  });
});

describe('a band of whole minutes before a unit and "pace"', () => {
  it('"3 miles at 8-8:30 mile pace" is 8:00-8:30 a mile', () => {
    expect(show(compileRuns('3 miles at 8-8:30 mile pace', athlete))).toBe(show(compileRuns('3 miles at 8:00-8:30/mile', athlete)));
  });
});
