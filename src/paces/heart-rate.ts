/**
 * The athlete's five heart-rate zones in beats per minute, from the profile's
 * heart-rate data: the zones as written, else worked out from threshold heart
 * rate, else from maximum heart rate, by the tables below. A coach can read
 * and correct both tables; each bound is a share of the heart rate it is of.
 */
import type { HeartRateData } from '../athlete/schema.js';

export type ZoneNumber = 1 | 2 | 3 | 4 | 5;
export const ZONE_NUMBERS: readonly ZoneNumber[] = [1, 2, 3, 4, 5];

/**
 * Zones as shares of maximum heart rate: the common five-zone table (Sally
 * Edwards' zones, the default of Garmin and Polar watches).
 */
export const ZONE_SHARES_OF_MAX: Record<ZoneNumber, readonly [number, number]> = {
  1: [0.5, 0.6],
  2: [0.6, 0.7],
  3: [0.7, 0.8],
  4: [0.8, 0.9],
  5: [0.9, 1.0],
};

/**
 * Zones as shares of lactate-threshold heart rate: Joe Friel's running zones
 * ("Quick Guide to Setting Zones"), his 5a–5c taken as one Z5 and his open
 * Z1 ("below 85 %") given a floor at 60 % so a watch has a low bound.
 */
export const ZONE_SHARES_OF_THRESHOLD: Record<ZoneNumber, readonly [number, number]> = {
  1: [0.6, 0.85],
  2: [0.85, 0.9],
  3: [0.9, 0.95],
  4: [0.95, 1.0],
  5: [1.0, 1.06],
};

export interface HeartRateZones {
  /** Each zone's low and high bound, bpm. */
  bounds: Record<ZoneNumber, readonly [number, number]>;
  /** Where the zones came from, for the notes. */
  from: 'zones' | 'threshold' | 'max';
  /** Maximum heart rate: as written, else the top of Z5 when the zones are written out. */
  max?: number;
  threshold?: number;
}

/** The zones the profile's heart-rate data gives, or undefined when it gives none. */
export function heartRateZones(hr: HeartRateData | undefined): HeartRateZones | undefined {
  if (!hr) return undefined;
  const known = { ...(hr.threshold !== undefined ? { threshold: hr.threshold } : {}) };
  if (hr.zones) {
    const { Z1, Z2, Z3, Z4, Z5 } = hr.zones;
    return { bounds: { 1: Z1, 2: Z2, 3: Z3, 4: Z4, 5: Z5 }, from: 'zones', max: hr.max ?? Z5[1], ...known };
  }
  if (hr.threshold !== undefined) return { bounds: shares(ZONE_SHARES_OF_THRESHOLD, hr.threshold), from: 'threshold', ...(hr.max !== undefined ? { max: hr.max } : {}), ...known };
  if (hr.max !== undefined) return { bounds: shares(ZONE_SHARES_OF_MAX, hr.max), from: 'max', max: hr.max };
  return undefined;
}

function shares(table: Record<ZoneNumber, readonly [number, number]>, of: number): Record<ZoneNumber, readonly [number, number]> {
  const at = (z: ZoneNumber) => [Math.round(table[z][0] * of), Math.round(table[z][1] * of)] as const;
  return { 1: at(1), 2: at(2), 3: at(3), 4: at(4), 5: at(5) };
}

/** How the zones were found, in words for the notes: "zones from threshold HR 172 bpm (Friel)". */
export function zonesSource(z: HeartRateZones): string {
  if (z.from === 'zones') return "the zones in the athlete's profile";
  if (z.from === 'threshold') return `zones from threshold HR ${z.threshold} bpm (Friel's table)`;
  return `zones from max HR ${z.max} bpm (the five-zone %HRmax table)`;
}
