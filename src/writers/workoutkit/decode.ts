/**
 * `.workout` bytes → WorkoutPlan. protobufjs reads the wire format; this file
 * names what it read, and refuses with a clear message a file it cannot read
 * or a value it has no name for (an activity, unit or alert kind these files
 * never hold), rather than guessing.
 */
import {
  ACTIVITIES,
  ALERT_KINDS,
  ALERT_METRICS,
  DURATION_UNITS,
  GOAL_TYPES,
  LENGTH_UNITS,
  LOCATIONS,
  PURPOSES,
  SWIMMING_LOCATIONS,
  nameOf,
  type Alert,
  type CustomWorkout,
  type Duration,
  type Goal,
  type Length,
  type Location,
  type Speed,
  type Step,
  type SwimBikeRunLeg,
  type WorkoutPlan,
} from './plan.js';
import { WorkoutPlanMessage } from './schema.js';

export class WorkoutFileError extends Error {
  override name = 'WorkoutFileError';
}

// Decoded messages are plain objects holding only the fields present.
type Msg = Record<string, any>;

function named<T extends Record<string, number>>(table: T, value: unknown, what: string): keyof T & string {
  const name = nameOf(table, value as number);
  if (name === undefined) throw new WorkoutFileError(`the file holds ${what} ${String(value)}, which runcast cannot name`);
  return name as keyof T & string;
}

function need(m: Msg | undefined, what: string): Msg {
  if (m === undefined || m === null) throw new WorkoutFileError(`the file has no ${what}`);
  return m;
}

const length = (m: Msg | undefined): Length => {
  const q = need(m, 'distance');
  return { value: q.value ?? 0, unit: named(LENGTH_UNITS, q.unit, 'the length unit') };
};
const duration = (m: Msg | undefined): Duration => {
  const q = need(m, 'time');
  return { value: q.value ?? 0, unit: named(DURATION_UNITS, q.unit, 'the time unit') };
};
const location = (m: Msg): Location => (m.location === undefined ? 'unknown' : named(LOCATIONS, m.location, 'the location'));

function goal(m: Msg | undefined): Goal {
  const g = need(m, 'goal');
  const type = named(GOAL_TYPES, g.type, 'the goal type');
  if (type === 'time') return { type, time: duration(g.time) };
  if (type === 'distance') return { type, distance: length(g.distance) };
  if (type === 'poolSwimDistanceWithTime') {
    const p = need(g.poolSwimDistanceWithTime, 'pool swim goal');
    return { type, poolSwimDistanceWithTime: { distance: length(p.distance), time: duration(p.time) } };
  }
  return { type };
}

const speed = (m: Msg | undefined): Speed => {
  const s = need(m, 'speed');
  return { distance: length(s.distance), time: duration(s.time) };
};
const bpm = (m: Msg | undefined) => ({ value: need(m, 'heart rate').beatsPerMinute ?? 0, unit: 'beatsPerMinute' as const });

function alert(m: Msg): Alert {
  const metric = named(ALERT_METRICS, m.targetType, 'the alert metric');
  const kind = named(ALERT_KINDS, m.targetKind, 'the alert kind');
  if (metric === 'currentHeartRate') {
    const hr = need(m.heartRateAlert, 'heart-rate alert');
    if (kind === 'zone') return { type: 'heartRateZone', zone: need(hr.zone, 'zone').zone ?? 0 };
    const r = need(hr.range, 'heart-rate range');
    return { type: 'heartRateRange', min: bpm(r.min), max: bpm(r.max) };
  }
  const s = need(m.speedAlert, 'speed alert');
  const average = metric === 'averageSpeed' ? { metric: 'average' as const } : {};
  if (kind === 'value') return { type: 'speedThreshold', threshold: speed(s.single), ...average };
  const r = need(s.range, 'speed range');
  return { type: 'speedRange', min: speed(r.min), max: speed(r.max), ...average };
}

function step(m: Msg | undefined): Step {
  const s = need(m, 'step');
  const out: Step = { goal: goal(s.goal) };
  if (s.displayName !== undefined) out.displayName = s.displayName;
  if (s.alert !== undefined) out.alert = alert(s.alert);
  return out;
}

function custom(m: Msg): CustomWorkout {
  const c: CustomWorkout = { activity: named(ACTIVITIES, m.activity, 'the activity'), location: location(m), blocks: [] };
  if (m.displayName !== undefined) c.displayName = m.displayName;
  if (m.warmup !== undefined) c.warmup = step(m.warmup);
  c.blocks = ((m.blocks ?? []) as Msg[]).map((b) => ({
    iterations: b.iterations ?? 0,
    steps: ((b.steps ?? []) as Msg[]).map((s) => ({ purpose: named(PURPOSES, s.purpose, 'the step purpose'), step: step(s.step) })),
  }));
  if (m.cooldown !== undefined) c.cooldown = step(m.cooldown);
  return c;
}

function leg(m: Msg): SwimBikeRunLeg {
  const activity = named(ACTIVITIES, m.activity, 'the activity');
  if (activity === 'swimming') return { kind: activity, swimmingLocation: named(SWIMMING_LOCATIONS, m.swimmingLocation ?? 0, 'the swimming location') };
  if (activity === 'cycling' || activity === 'running') return { kind: activity, location: location(m) };
  throw new WorkoutFileError(`a swim-bike-run workout cannot hold ${activity}`);
}

/** What a `.workout` file describes. */
export function decodePlan(bytes: Uint8Array): WorkoutPlan {
  let m: Msg;
  try {
    m = WorkoutPlanMessage.toObject(WorkoutPlanMessage.decode(bytes), { longs: Number });
  } catch (e) {
    throw new WorkoutFileError(`not a .workout file: ${(e as Error).message}`);
  }
  const plan: WorkoutPlan = { referenceId: m.referenceId ?? '' };
  if (m.custom) plan.custom = custom(m.custom);
  if (m.goal) {
    const g = m.goal;
    plan.goal = { activity: named(ACTIVITIES, g.activity, 'the activity'), location: location(g), goal: goal(g.goal) };
    if (g.swimmingLocation !== undefined) plan.goal.swimmingLocation = named(SWIMMING_LOCATIONS, g.swimmingLocation, 'the swimming location');
  }
  if (m.pacer) {
    const p = m.pacer;
    plan.pacer = { activity: named(ACTIVITIES, p.activity, 'the activity'), location: location(p), distance: length(p.distance), time: duration(p.time) };
  }
  if (m.swimBikeRun) {
    plan.swimBikeRun = { activities: ((m.swimBikeRun.activities ?? []) as Msg[]).map(leg) };
    if (m.swimBikeRun.displayName !== undefined) plan.swimBikeRun.displayName = m.swimBikeRun.displayName;
  }
  if (!plan.custom && !plan.goal && !plan.pacer && !plan.swimBikeRun) throw new WorkoutFileError('the file holds no workout');
  return plan;
}
