/**
 * The form that adds an athlete, with no JSON: its fields checked with zod, then turned into the very body
 * POST /api/athletes takes (and checked by its schema too, so the dates obey the same rules).
 */
import { z } from 'zod';
import { RACE_DISTANCES } from '../../athlete/schema.js';
import { DEVICE_NAMES } from '../../writers/fit/profile.js';
import { zodIssues } from '../errors.js';
import type { NewAthleteBody } from '../routes/athletes.js';
import { createAthleteBody } from '../schemas.js';
import type { Parsed } from './view.js';

const blank = z.string().trim().default('');
/** Beats per minute as typed; the profile's schema judges the value (whole, in range, threshold below max). */
const bpmField = blank.refine((s) => s === '' || /^\d+(\.\d*)?$/.test(s), 'give beats per minute as a number, such as 185');

/** Where the plan sits: from a start date (default: next Monday), or placed so that its race lands on a date. */
export const placementFields = {
  placeBy: z.enum(['start', 'race'], { message: 'choose by start date or by race date' }),
  start: blank,
  race: blank,
};

export const athleteForm = z
  .object({
    _csrf: z.string().optional(),
    name: z.string().trim().min(1, 'give the athlete a name').max(200),
    raceDistance: z.enum(RACE_DISTANCES, { message: 'choose the distance of a recent race' }),
    raceTime: z.string().trim().min(1, 'give the time of that race, such as 20:29'),
    goalDistance: z.union([z.literal(''), z.enum(RACE_DISTANCES)]).default(''),
    goalTime: blank,
    units: z.enum(['mi', 'km']),
    timezone: z.string().trim().min(1, 'give a time zone such as America/Chicago'),
    device: blank,
    hrMax: bpmField,
    hrThreshold: bpmField,
    plan: z.string().trim().min(1, 'choose a plan from the library'),
    ...placementFields,
  })
  .refine((f) => f.placeBy !== 'race' || f.race !== '', { path: ['race'], message: 'give the race date' })
  .refine((f) => (f.goalDistance === '') === (f.goalTime === ''), { path: ['goalTime'], message: 'give both the goal race and its time, or neither' });

export type AthleteForm = z.output<typeof athleteForm>;

/** The start or race date a placement gives: only the one chosen, and none for "next Monday". */
export function placementOf(f: { placeBy: 'start' | 'race'; start: string; race: string }): { start?: string; race?: string } {
  if (f.placeBy === 'race') return { race: f.race };
  return f.start ? { start: f.start } : {};
}

/** Which field of the form a problem of the API body or the profile belongs to. */
export function athleteField(path: string): string | undefined {
  const fields: [RegExp, string][] = [
    [/^profile\.name/, 'name'],
    [/^profile\.fitness\.race\.distance/, 'raceDistance'],
    [/^profile\.fitness\.race/, 'raceTime'],
    [/^profile\.fitness\.goal\.distance/, 'goalDistance'],
    [/^profile\.fitness\.goal/, 'goalTime'],
    [/^profile\.units/, 'units'],
    [/^profile\.timezone/, 'timezone'],
    [/^profile\.device/, 'device'],
    [/^profile\.heartRate\.threshold/, 'hrThreshold'],
    [/^profile\.heartRate/, 'hrMax'],
    [/^plan/, 'plan'],
    [/^start/, 'start'],
    [/^race/, 'race'],
  ];
  return fields.find(([re]) => re.test(path))?.[1];
}

/** The API's body for the form, checked by the API's own schema. */
export function athleteBody(f: AthleteForm): Parsed<NewAthleteBody> {
  const profile = {
    name: f.name,
    timezone: f.timezone,
    units: f.units,
    fitness: {
      race: { distance: f.raceDistance, time: f.raceTime },
      ...(f.goalDistance ? { goal: { distance: f.goalDistance, time: f.goalTime } } : {}),
    },
    ...(f.device ? { device: f.device } : {}),
    ...heartRateOf(f),
  };
  const parsed = createAthleteBody.safeParse({ profile, plan: { library: f.plan }, ...placementOf(f) });
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of zodIssues(parsed.error)) fields[athleteField(issue.path) ?? 'form'] ??= issue.message;
  return { ok: false, problem: { status: 400, message: 'Check the marked fields.', diagnostics: [], fields } };
}

/** The heart-rate data typed, as the profile takes it: none when both fields are empty. */
function heartRateOf(f: AthleteForm): { heartRate?: { max?: number; threshold?: number } } {
  if (!f.hrMax && !f.hrThreshold) return {};
  return { heartRate: { ...(f.hrMax ? { max: Number(f.hrMax) } : {}), ...(f.hrThreshold ? { threshold: Number(f.hrThreshold) } : {}) } };
}

/** The choices the form offers. */
export function athleteChoices() {
  return {
    distances: RACE_DISTANCES,
    devices: DEVICE_NAMES,
    zones: Intl.supportedValuesOf('timeZone'),
  };
}
