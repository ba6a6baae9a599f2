/** The athlete profile document (YAML or JSON), validated with zod. */
import { z } from 'zod';
import { IANAZone } from 'luxon';
import { DEVICE_NAMES, isDeviceName } from '../writers/fit/profile.js';
import { cleanLine, hasVisible } from '../ir/text.js';

export const RACE_DISTANCES = ['800', '1500', 'mile', '3K', '5K', '8K', '10K', '15K', 'HM', 'M'] as const;

/** "6:00", "20:29", "1:34:06", "19:57.2" */
export const raceTimeSchema = z
  .string()
  .regex(/^\d{1,2}(:\d{1,2}){0,2}(\.\d+)?$/, 'a time such as "6:00", "20:29" or "1:34:06"');

/** A race distance name (case-insensitive) or a number of metres. */
export const raceDistanceSchema = z.union([z.number().positive(), z.string().min(1)]);

export const raceSchema = z.object({ distance: raceDistanceSchema, time: raceTimeSchema }).strict();

/** "7:05/mi", "6:20-6:25/mi", "4:55-5:35/km" */
export const paceTextSchema = z
  .string()
  .regex(/^\s*\d{1,2}:\d{2}(\s*[-–]\s*\d{1,2}:\d{2})?\s*\/\s*(mi|km)\s*$/i, 'a pace such as "7:05/mi" or "6:20-6:25/km"');

/** A name shown to people: one line, control characters removed, something visible in it. */
export function nameSchema(max: number) {
  return z
    .string()
    .overwrite(cleanLine)
    .min(1, 'a name needs a visible character')
    .max(max)
    .refine(hasVisible, 'a name needs a visible character');
}

/** "06:30": a 24-hour clock time, as calendars read it. */
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time such as "06:30"');

/** Beats per minute a heart can hold, from `min` (40 for a zone's bound). */
const bpm = (min = 40, what = 'a heart rate') =>
  z.number().int('a heart rate in whole beats per minute').min(min, `${what} of at least ${min} bpm`).max(240, `${what} of at most 240 bpm`);
const bpmSchema = bpm();

/** A zone's bounds, low to high: [130, 145]. */
const zoneBoundsSchema = z
  .tuple([bpmSchema, bpmSchema])
  .refine(([low, high]) => low < high, 'a zone runs from its low bound to a higher one, such as [130, 145]');

/**
 * The athlete's heart-rate data: maximum, threshold (lactate threshold, LTHR)
 * and/or the zones' own bounds. Zones written out win; otherwise they are
 * worked out from threshold HR (Friel), else from max HR (see src/paces/heart-rate.ts).
 */
export const heartRateSchema = z
  .object({
    max: bpm(100, 'a maximum heart rate').optional(),
    threshold: bpm(80, 'a threshold heart rate').optional(),
    zones: z.object({ Z1: zoneBoundsSchema, Z2: zoneBoundsSchema, Z3: zoneBoundsSchema, Z4: zoneBoundsSchema, Z5: zoneBoundsSchema }).strict().optional(),
  })
  .strict()
  .refine((hr) => hr.max !== undefined || hr.threshold !== undefined || hr.zones !== undefined, 'heart-rate data needs max, threshold or zones')
  .refine((hr) => hr.max === undefined || hr.threshold === undefined || hr.threshold < hr.max, { message: 'the threshold heart rate is below the maximum', path: ['threshold'] })
  .refine((hr) => !hr.zones || ascending(Object.values(hr.zones)), { message: 'zones rise from Z1 to Z5, each starting at or below where the one before it ends', path: ['zones'] });

/** Each zone starts after the one before it starts, and no later than it ends. */
function ascending(zones: [number, number][]): boolean {
  return zones.every((z, k) => k === 0 || (z[0] > zones[k - 1]![0] && z[0] <= zones[k - 1]![1] + 1));
}

export const athleteSchema = z
  .object({
    name: nameSchema(200),
    timezone: z
      .string()
      .refine((tz) => IANAZone.isValidZone(tz), { message: 'not an IANA time zone (such as "America/Chicago")' })
      .default('UTC'),
    units: z.enum(['mi', 'km']).default('mi'),
    fitness: z
      .object({
        race: raceSchema,
        goal: raceSchema.optional(),
        model: z.enum(['vdot', 'riegel']).default('vdot'),
        riegelExponent: z.number().min(1).max(1.3).default(1.06),
      })
      .strict(),
    paces: z.record(z.string(), paceTextSchema).default({}),
    ranges: z.enum(['low', 'mid', 'high']).default('low'),
    /** Heart-rate data: zones and %HRmax in a session become heart-rate targets on the watch. */
    heartRate: heartRateSchema.optional(),
    /** The watch's device profile for FIT files and bundles (see `runcast devices`). */
    device: z.string().refine(isDeviceName, { message: `a device profile: ${DEVICE_NAMES.join(', ')}` }).optional(),
    /** Preferred local start times per weekday for timed calendar events ("06:30"). */
    times: z.partialRecord(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), clockSchema).optional(),
  })
  .strict();

export type AthleteInput = z.input<typeof athleteSchema>;
export type AthleteProfile = z.output<typeof athleteSchema>;
export type HeartRateData = z.output<typeof heartRateSchema>;
