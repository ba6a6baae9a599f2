import { describe, expect, it } from 'vitest';
import { formatRoughDistance, METERS_PER_MILE } from '../../src/units/format.js';

/** An estimate as the compiler keeps it: whole metres. */
const estimated = (miles: number) => Math.round(miles * METERS_PER_MILE);

describe('formatRoughDistance', () => {
  it('rounds once, in the unit shown: a written 3 mi is 3 mi, not 2.98 mi (4828 m rounded to 4800 m, then to miles)', () => {
    expect(formatRoughDistance(estimated(3), 'mi')).toBe('3 mi');
    expect(formatRoughDistance(estimated(3), 'km')).toBe('4.8 km');
  });

  it('shows whole quarter miles as written, anything else to a tenth', () => {
    for (const miles of [1, 1.25, 1.5, 6.25, 6.75, 10, 26]) expect(formatRoughDistance(estimated(miles), 'mi')).toBe(`${miles} mi`);
    // 9750 m is 6.058 mi; the marathon 26.22 mi.
    expect(formatRoughDistance(9750, 'mi')).toBe('6.1 mi');
    expect(formatRoughDistance(42195, 'mi')).toBe('26.2 mi');
  });

  it('shows kilometres to a tenth from 3 km, and shorter estimates to 100 m', () => {
    expect(formatRoughDistance(9750, 'km')).toBe('9.8 km');
    expect(formatRoughDistance(5000, 'km')).toBe('5 km');
    expect(formatRoughDistance(2414, 'km')).toBe('2400 m');
    expect(formatRoughDistance(805, 'mi')).toBe('800 m');
    expect(formatRoughDistance(30, 'mi')).toBe('100 m');
  });
});
