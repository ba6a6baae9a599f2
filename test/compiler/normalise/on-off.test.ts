/**
 * "60 on / 30 off", "1 on 1 off": bare numbers for a rep and its recovery are seconds or
 * minutes by the norms of a rep and a recovery; where both fit as well, a unit is asked for.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('a rep and its recovery as bare numbers with "on" and "off"', () => {
  it('reads seconds where a minute-long recovery of 30 would be no recovery (blind: "treadmill 60 on / 30 off x 10")', () => {
    expectReads('Tuesday - treadmill 60 on / 30 off x 10.', 'wu 15:00 | 10x(run 1:00 | rest 0:30) | cd 10:00');
  });

  it('reads minutes where one second is no rep', () => {
    expectReads('10 x 1 on 1 off', 'wu 15:00 | 10x(run 1:00 | rec 1:00) | cd 10:00');
    expectReads('8 x 3 on 2 off', 'wu 15:00 | 8x(run 3:00 | rec 2:00) | cd 10:00');
  });

  it('asks for a unit where seconds and minutes fit as well', () => {
    const w = compileSession('8 x 30 on 10 off', athlete);
    expect(w.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('leaves numbers that carry their unit alone', () => {
    expectReads('8 x 20 sec on 40 sec off', 'wu 15:00 | 8x(run 0:20 | rec 0:40) | cd 10:00');
  });
});
