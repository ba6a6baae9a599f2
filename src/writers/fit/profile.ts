/**
 * What a watch can store, as the FIT writer needs to know it. A user picks a
 * profile by name (`--device` on the command line, `device` in the athlete
 * profile for the service); `runcast devices` lists them.
 *
 * The default is deliberately the smallest common ground, so a file written
 * without options loads on older Forerunners as well as new ones:
 * - 50 steps: a workout size older Garmin models accept; newer models take
 *   more, and a profile may raise the limit up to 100.
 * - no nested repeats: a repeat inside a repeat is refused or flattened by
 *   many models, so the shaper writes one level only unless told otherwise.
 * - string sizes (bytes, terminating NUL included): 16 for the workout name
 *   and step names, 50 for step notes — the sizes the FIT SDK's example
 *   configuration gives these fields, which is what devices built on it
 *   allocate. Longer text is cut between words (see strings.ts).
 * - 128 bytes for the workout description, a field older models ignore.
 * - 28 scheduled sessions: watches show about four weeks of a training
 *   calendar, so a schedule holds at most that many and says when it is cut.
 */
import { z } from 'zod';

export interface DeviceProfile {
  name: string;
  /** Which watches it suits, in words for `runcast devices`. */
  suits: string;
  maxSteps: number;
  nestedRepeats: boolean;
  workoutNameBytes: number;
  stepNameBytes: number;
  notesBytes: number;
  descriptionBytes: number;
  /** Sessions one schedule holds. */
  scheduleEntries: number;
}

/** The highest step count any profile may ask for. */
export const MAX_STEPS_LIMIT = 100;

const CONSERVATIVE: DeviceProfile = {
  name: 'conservative',
  suits: 'any Garmin watch that takes workouts, older Forerunner and Edge models included (the default)',
  maxSteps: 50,
  nestedRepeats: false,
  workoutNameBytes: 16,
  stepNameBytes: 16,
  notesBytes: 50,
  descriptionBytes: 128,
  scheduleEntries: 28,
};

export const DEVICE_PROFILES: Readonly<Record<string, DeviceProfile>> = {
  conservative: CONSERVATIVE,
  modern: {
    ...CONSERVATIVE,
    name: 'modern',
    suits: 'recent models that take 100 steps and repeats within repeats',
    maxSteps: MAX_STEPS_LIMIT,
    nestedRepeats: true,
  },
};

export const DEFAULT_PROFILE = CONSERVATIVE;

export const DEVICE_NAMES: readonly string[] = Object.keys(DEVICE_PROFILES);

export function isDeviceName(name: string): boolean {
  return Object.hasOwn(DEVICE_PROFILES, name);
}

/** "modern  100 steps  nested repeats  names 15 bytes  notes 49 bytes  28 scheduled  recent models …": one line of `runcast devices`. */
export function profileLine(p: DeviceProfile, width = Math.max(...DEVICE_NAMES.map((n) => n.length))): string {
  return [
    p.name.padEnd(width),
    `${p.maxSteps} steps`.padEnd(9),
    (p.nestedRepeats ? 'nested repeats' : 'no nesting').padEnd(14),
    `names ${p.stepNameBytes - 1} bytes`,
    `notes ${p.notesBytes - 1} bytes`,
    `${p.scheduleEntries} scheduled`,
    p.suits,
  ].join('  ');
}

/** "the modern profile (100 steps, nested repeats)", for messages. */
export function profilePhrase(p: DeviceProfile): string {
  return `the ${p.name} profile (${p.maxSteps} steps, ${p.nestedRepeats ? 'nested repeats' : 'no nested repeats'})`;
}

// Options arrive typed from code and as strings from the CLI and query strings.
export const boolish = z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]);
const OptionsSchema = z.object({
  device: z
    .string()
    .refine(isDeviceName, { message: `device must be one of: ${DEVICE_NAMES.join(', ')}` })
    .optional(),
  maxSteps: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_STEPS_LIMIT, { message: `maxSteps is at most ${MAX_STEPS_LIMIT}` })
    .optional(),
  nestedRepeats: boolish.optional(),
});

export type ProfileResult = { ok: true; profile: DeviceProfile } | { ok: false; message: string };

/** The device profile named or tuned by writer options (`device`, `maxSteps`, `nestedRepeats`). */
export function resolveDeviceProfile(options: Record<string, unknown>): ProfileResult {
  const parsed = OptionsSchema.safeParse({
    device: options.device,
    maxSteps: options.maxSteps,
    nestedRepeats: options.nestedRepeats,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `invalid FIT option ${issue.path.join('.')}: ${issue.message}` };
  }
  const { device, maxSteps, nestedRepeats } = parsed.data;
  const base = device ? DEVICE_PROFILES[device]! : DEFAULT_PROFILE;
  return {
    ok: true,
    profile: { ...base, maxSteps: maxSteps ?? base.maxSteps, nestedRepeats: nestedRepeats ?? base.nestedRepeats },
  };
}
