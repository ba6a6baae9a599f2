/**
 * One session as a FIT workout file: file_id, workout, then one workout_step
 * per step, repeats as "repeat until steps complete" steps pointing back at
 * the first step of their group. Steps are written as Garmin's FIT cookbook
 * writes them: a repeat step's target_type is open, and a step without a
 * pace has target_type open with a zero target value and zero custom band.
 *
 * The SDK's Encoder only writes fields under their main names: a value given
 * under a subfield name (durationTime, durationDistance, customTargetSpeedLow,
 * repeatSteps, …) is silently left out of the file. So every value here goes
 * in a main field, already in the field's raw unit: duration_value in ms or
 * cm, custom target values in mm/s for a pace band and in bpm + 100 for a
 * heart-rate band (FIT keeps 0–100 for % of max HR), a repeat's duration_value the index of the
 * step it jumps back to and its target_value the number of repetitions.
 */
import { Encoder, type FileIdMesg, type WorkoutMesg, type WorkoutStepMesg as SdkStepMesg } from '@garmin/fitsdk';
import type { CompiledPlan, Intensity, Node, Sport, Step, Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { shapeForDevice, type ShapeResult } from '../shape.js';
import { stepWords } from '../words.js';
import { isoDateToUtcMs, MANUFACTURER, workoutIdentity, type FileIdentity } from './identity.js';
import { stepName, workoutName } from './labels.js';
import { DEVICE_PROFILES, profilePhrase, type DeviceProfile } from './profile.js';
import { withProtocolVersion } from './header.js';
import { fitEnum, MESG } from './mesg.js';
import { cutAtPhrase } from './strings.js';

/** FIT wkt_step_duration, wkt_step_target and intensity values, by name as the SDK spells them. */
type DurationType = 'time' | 'distance' | 'open' | 'repeatUntilStepsCmplt';
type FitIntensity = 'active' | 'rest' | 'warmup' | 'cooldown' | 'recovery';

export interface StepFields {
  messageIndex: number;
  wktStepName?: string;
  durationType: DurationType;
  durationValue?: number;
  targetType?: 'speed' | 'heartRate' | 'open';
  targetValue?: number;
  customTargetValueLow?: number;
  customTargetValueHigh?: number;
  intensity?: FitIntensity;
  notes?: string;
}

export interface EncodedWorkout {
  bytes: Uint8Array;
  identity: FileIdentity;
  /** Structural choices made to fit the device, in words. */
  notes: string[];
  stepCount: number;
}

/**
 * Garmin's own pairs: Garmin Connect's Strength workouts are training /
 * strength_training and its Cardio workouts training / cardio_training,
 * which suits "cross-train" (bike, elliptical, swim…) better than a sport
 * that expects GPS pace. A rest day is a plain generic reminder.
 */
const sportOf = (sport: string, subSport: string) => ({ sport: fitEnum('sport', sport), subSport: fitEnum('subSport', subSport) });
const SPORTS: Record<Sport, { sport: number; subSport: number }> = {
  running: sportOf('running', 'generic'),
  strength: sportOf('training', 'strengthTraining'),
  cross_training: sportOf('training', 'cardioTraining'),
  rest: sportOf('generic', 'generic'),
};

const INTENSITIES: Record<Intensity, FitIntensity> = {
  warmup: 'warmup',
  active: 'active',
  recovery: 'recovery',
  rest: 'rest',
  cooldown: 'cooldown',
};

const UINT32_MAX = 0xffff_fffe; // 0xFFFFFFFF is FIT's "invalid"

const numbers = <T extends string>(type: string, names: readonly T[]) =>
  Object.fromEntries(names.map((n) => [n, fitEnum(type, n)])) as Record<T, number>;
const DURATION_TYPES = numbers('wktStepDuration', ['time', 'distance', 'open', 'repeatUntilStepsCmplt'] as const);
const TARGET_TYPES = numbers('wktStepTarget', ['speed', 'heartRate', 'open'] as const);
/** A custom heart-rate value above 100 is bpm + 100; 0–100 would be % of max HR. */
const BPM_OFFSET = 100;
const FIT_INTENSITIES = numbers('intensity', ['active', 'rest', 'warmup', 'cooldown', 'recovery'] as const);
const WORKOUT_FILE = fitEnum('file', 'workout');
const DEVELOPMENT = fitEnum('manufacturer', MANUFACTURER);

/** The step with its enum values as numbers, as the Encoder writes them without a profile search. */
function numericStep(s: StepFields): SdkStepMesg {
  return {
    ...s,
    durationType: DURATION_TYPES[s.durationType],
    targetType: s.targetType && TARGET_TYPES[s.targetType],
    intensity: s.intensity && FIT_INTENSITIES[s.intensity],
  };
}

const shapeFor = (workout: Workout, profile: DeviceProfile): ShapeResult =>
  shapeForDevice(workout.steps, { maxSteps: profile.maxSteps, nestedRepeats: profile.nestedRepeats, countRepeatAsStep: true });

export function encodeWorkout(workout: Workout, plan: CompiledPlan, profile: DeviceProfile): EncodedWorkout {
  checkWorkout(workout, plan);
  const fail = (message: string, hint?: string): never => {
    throw new WriterError(writerDiagnostic(`${sessionName(workout)}: ${message}`, hint, workout.source));
  };

  const shaped = shapeFor(workout, profile);
  if (!shaped.ok) return fail(...tooLong(workout, profile, shaped.steps));
  const { nodes, notes } = shaped;

  const units = plan.athlete.units;
  const steps: StepFields[] =
    nodes.length > 0 ? stepMessages(nodes, units, profile, fail) : [placeholderStep(workout, units, profile)];

  const { sport, subSport } = SPORTS[workout.sport];
  const description = cutAtPhrase(describeWorkout(workout, notes), profile.descriptionBytes);
  const header: WorkoutMesg = {
    wktName: workoutName(workout, units, profile.workoutNameBytes),
    sport,
    subSport,
    numValidSteps: steps.length,
    wktDescription: description || undefined,
  };
  const messages = steps.map(numericStep);
  const identity = workoutIdentity(workout, plan, [header, messages]);
  const encoder = new Encoder();
  const fileId: FileIdMesg = {
    type: WORKOUT_FILE,
    manufacturer: DEVELOPMENT,
    product: identity.product,
    serialNumber: identity.serialNumber,
    timeCreated: identity.timeCreated,
  };
  encoder.onMesg(MESG.FILE_ID, fileId);
  encoder.onMesg(MESG.WORKOUT, header);
  for (const m of messages) encoder.onMesg(MESG.WORKOUT_STEP, m);
  return { bytes: withProtocolVersion(encoder.close()), identity, notes, stepCount: steps.length };
}

/**
 * The refusal of a session no shape of which fits the profile: its step
 * count, the limit, and the first profile that holds it, if one does.
 */
function tooLong(workout: Workout, profile: DeviceProfile, steps: number): [string, string] {
  const message =
    `needs ${steps} steps on the watch (each repeat counts as one), ` +
    `but the device profile "${profile.name}" allows ${profile.maxSteps}${profile.nestedRepeats ? '' : ' without nested repeats'}`;
  const fits = Object.values(DEVICE_PROFILES).find((p) => p.name !== profile.name && shapeFor(workout, p).ok);
  const hint = fits
    ? `${profilePhrase(fits)} holds it: choose device "${fits.name}" (runcast --device ${fits.name}, or device: ${fits.name} in the athlete profile)`
    : 'no device profile holds it: split it into shorter sessions';
  return [message, `${hint}; no file was written, as one with fewer steps would lose part of the session`];
}

/** 'session w3-wed-0 on 2026-03-18 ("6×400m @ HM–10K")', or 'the session ("…")' for a lone one (id "session"). */
export function sessionName(workout: Workout): string {
  const lone = !workout.slot && workout.id === 'session';
  const which = lone ? 'the session' : `session ${workout.id}${workout.date ? ` on ${workout.date}` : ''}`;
  return `${which} ("${workout.title}")`;
}

function checkWorkout(workout: Workout, plan: CompiledPlan): void {
  // A session kept as written goes to the watch as it is: one open step carrying the coach's text.
  const first = workout.asWritten ? undefined : workout.diagnostics.find((d) => d.severity === 'error');
  if (first) {
    throw new WriterError({ ...first, message: `${sessionName(workout)}: ${first.message}` });
  }
  for (const [what, date] of [
    ['date', workout.date],
    ['plan start', plan.start],
  ] as const) {
    if (date !== undefined && isoDateToUtcMs(date) === undefined) {
      throw new WriterError(writerDiagnostic(`${sessionName(workout)}: ${what} "${date}" is not a YYYY-MM-DD date`));
    }
  }
  if (!(workout.sport in SPORTS)) {
    throw new WriterError(writerDiagnostic(`${sessionName(workout)}: unknown sport "${String(workout.sport)}"`));
  }
}

/** Sessions with no steps (a rest day, "strength" with no time) become one open step to end with lap. */
function placeholderStep(workout: Workout, units: Units, profile: DeviceProfile): StepFields {
  return {
    messageIndex: 0,
    wktStepName: workoutName(workout, units, profile.stepNameBytes),
    durationType: 'open',
    ...OPEN_TARGET,
    intensity: workout.sport === 'rest' ? 'rest' : 'active',
    notes: cutAtPhrase(workout.source, profile.notesBytes) || undefined,
  };
}

/** No target, as the cookbook writes it: zero value and zero band. */
const OPEN_TARGET = { targetType: 'open', targetValue: 0, customTargetValueLow: 0, customTargetValueHigh: 0 } as const;

function stepMessages(
  nodes: readonly Node[],
  units: Units,
  profile: DeviceProfile,
  fail: (message: string) => never,
): StepFields[] {
  const out: StepFields[] = [];
  const emit = (list: readonly Node[]) => {
    for (const node of list) {
      if (node.type === 'step') {
        out.push(stepMessage(node, out.length, units, profile, fail));
        continue;
      }
      if (!Number.isInteger(node.count) || node.count < 1 || node.count > UINT32_MAX) {
        fail(`a repeat count of ${node.count} cannot be written`);
      }
      const first = out.length;
      emit(node.children);
      out.push({
        messageIndex: out.length,
        durationType: 'repeatUntilStepsCmplt',
        durationValue: first,
        targetType: 'open',
        targetValue: node.count,
      });
    }
  };
  emit(nodes);
  return out;
}

function stepMessage(
  step: Step,
  index: number,
  units: Units,
  profile: DeviceProfile,
  fail: (message: string) => never,
): StepFields {
  const m: StepFields = {
    messageIndex: index,
    wktStepName: stepName(step, units, profile.stepNameBytes),
    durationType: 'open',
    intensity: INTENSITIES[step.intensity],
    notes: cutAtPhrase(stepWords(step, units), profile.notesBytes) || undefined,
  };
  const d = step.duration;
  if (d.kind === 'time') {
    m.durationType = 'time';
    m.durationValue = rawPositive(d.seconds * 1000, `step "${step.label}" lasts ${d.seconds} s`, fail);
  } else if (d.kind === 'distance') {
    m.durationType = 'distance';
    m.durationValue = rawPositive(d.meters * 100, `step "${step.label}" covers ${d.meters} m`, fail);
  }
  Object.assign(m, targetFields(step, fail));
  return m;
}

/** A pace band in mm/s, a heart-rate band in bpm + 100, else no target. */
function targetFields(step: Step, fail: (message: string) => never): Partial<StepFields> {
  const t = step.target;
  if (t.kind === 'pace') {
    const what = `step "${step.label}" has the pace band ${t.low}–${t.high} m/s`;
    const a = rawPositive(t.low * 1000, what, fail);
    const b = rawPositive(t.high * 1000, what, fail);
    // zone 0: the custom low/high band
    return { targetType: 'speed', targetValue: 0, customTargetValueLow: Math.min(a, b), customTargetValueHigh: Math.max(a, b) };
  }
  if (t.kind === 'heartRate') {
    const what = `step "${step.label}" has the heart-rate band ${t.low}–${t.high} bpm`;
    const a = rawPositive(t.low + BPM_OFFSET, what, fail);
    const b = rawPositive(t.high + BPM_OFFSET, what, fail);
    return { targetType: 'heartRate', targetValue: 0, customTargetValueLow: Math.min(a, b), customTargetValueHigh: Math.max(a, b) };
  }
  return OPEN_TARGET;
}

function rawPositive(value: number, what: string, fail: (message: string) => never): number {
  const raw = Math.round(value);
  if (!Number.isFinite(value) || raw < 1 || raw > UINT32_MAX) fail(`${what}, which a FIT file cannot hold`);
  return raw;
}

/** The source, then what else the athlete should know, as sentences. */
function describeWorkout(workout: Workout, shapeNotes: readonly string[]): string {
  const parts = [workout.source];
  if (workout.optional) parts.push('Optional.');
  if (workout.alternatives.length > 0) parts.push(`Or: ${workout.alternatives.map((a) => a.title).join('; ')}.`);
  parts.push(...shapeNotes, ...workout.notes);
  if (workout.coachNotes) parts.push(workout.coachNotes);
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
