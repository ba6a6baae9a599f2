import { describe, expect, it } from 'vitest';
import { riegelSeconds } from '../../src/paces/riegel.js';

const MILE = 1609.344;

describe('Riegel', () => {
  it('predicts 5K 19:57.2 and HM 1:31:47.3 from a 6:00 mile', () => {
    // 360 · (5000/1609.344)^1.06 = 1197.2 s; 360 · (21097.5/1609.344)^1.06 = 5507.3 s.
    expect(Math.abs(riegelSeconds(360, MILE, 5000) - 1197.2)).toBeLessThan(0.2);
    expect(Math.abs(riegelSeconds(360, MILE, 21097.5) - (3600 + 31 * 60 + 47.3))).toBeLessThan(0.2);
  });

  it('takes its exponent as a parameter', () => {
    // With k = 1 pace is the same at every distance, so time scales with distance.
    expect(riegelSeconds(360, MILE, 2 * MILE, 1)).toBeCloseTo(720, 9);
    expect(riegelSeconds(360, MILE, 2 * MILE, 1.1)).toBeCloseTo(720 * 2 ** 0.1, 9);
  });

  it('returns the same time for the same distance', () => {
    expect(riegelSeconds(1234.5, 5000, 5000)).toBe(1234.5);
  });
});
