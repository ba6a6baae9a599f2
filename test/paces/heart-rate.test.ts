/** The athlete's five heart-rate zones: as written, from threshold HR (Friel), from max HR (the five-zone table). */
import { describe, expect, it } from 'vitest';
import { heartRateZones, ZONE_SHARES_OF_MAX, ZONE_SHARES_OF_THRESHOLD } from '../../src/paces/heart-rate.js';

describe('heart-rate zones', () => {
  it('from max HR 190: 50–60 %, 60–70 %, … 90–100 % of max', () => {
    const z = heartRateZones({ max: 190 })!;
    expect(z.from).toBe('max');
    expect(z.bounds).toEqual({ 1: [95, 114], 2: [114, 133], 3: [133, 152], 4: [152, 171], 5: [171, 190] });
  });

  it('from threshold HR 172 by Friel: Z2 85–90 %, Z4 up to threshold, Z5 above it', () => {
    const z = heartRateZones({ threshold: 172 })!;
    expect(z.from).toBe('threshold');
    expect(z.bounds[2]).toEqual([146, 155]);
    expect(z.bounds[4]).toEqual([163, 172]);
    expect(z.bounds[5]).toEqual([172, 182]);
    expect(z.max).toBeUndefined();
  });

  it('threshold wins over max for the zones; max is kept for shares of it', () => {
    const z = heartRateZones({ max: 190, threshold: 172 })!;
    expect(z.from).toBe('threshold');
    expect(z.max).toBe(190);
  });

  it('zones written out win, and the top of Z5 stands for max HR when none is given', () => {
    const zones = { Z1: [100, 130], Z2: [130, 145], Z3: [145, 160], Z4: [160, 172], Z5: [172, 188] } as const satisfies Record<string, [number, number]>;
    const z = heartRateZones({ threshold: 170, zones: { ...zones } as never })!;
    expect(z.from).toBe('zones');
    expect(z.bounds[3]).toEqual([145, 160]);
    expect(z.max).toBe(188);
  });

  it('no data, no zones', () => {
    expect(heartRateZones(undefined)).toBeUndefined();
  });

  it('both tables rise without gaps: each zone starts where the one before it ends', () => {
    for (const table of [ZONE_SHARES_OF_MAX, ZONE_SHARES_OF_THRESHOLD]) {
      for (const z of [2, 3, 4, 5] as const) expect(table[z][0]).toBe(table[(z - 1) as 1 | 2 | 3 | 4][1]);
    }
  });
});
