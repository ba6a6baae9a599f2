/**
 * Message numbers and enum values from the SDK's profile, looked up once at
 * load: handing the Encoder numbers spares it a search of the profile for
 * every field of every message.
 */
import { Profile } from '@garmin/fitsdk';

function mesgNum(name: string): number {
  const n = Profile.MesgNum[name];
  if (n === undefined) throw new Error(`@garmin/fitsdk profile has no message ${name}`);
  return n;
}

export const MESG = {
  FILE_ID: mesgNum('FILE_ID'),
  WORKOUT: mesgNum('WORKOUT'),
  WORKOUT_STEP: mesgNum('WORKOUT_STEP'),
  SCHEDULE: mesgNum('SCHEDULE'),
} as const;

/** The number of a named value of a FIT enum type ("wktStepDuration", "time" → 0). */
export function fitEnum(type: string, name: string): number {
  const values = (Profile.types as Record<string, Record<string, string> | undefined>)[type];
  const entry = values && Object.entries(values).find(([, n]) => n === name);
  if (!entry) throw new Error(`@garmin/fitsdk profile has no ${type} value ${name}`);
  return Number(entry[0]);
}
