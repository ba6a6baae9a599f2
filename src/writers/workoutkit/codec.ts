/**
 * WorkoutPlan ↔ `.workout` bytes. The encoder sets a field exactly when
 * Apple's encoder writes it (see plan.ts and schema.ts for the exceptions:
 * an unknown location is left out of a composition, a swim-bike-run leg
 * writes all three of its fields); protobufjs writes the bytes. The decoder
 * reads them back, and refuses with a clear message what it cannot name.
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
  type Alert,
  type CustomWorkout,
  type Goal,
  type Location,
  type PacerWorkout,
  type Quantity,
  type SingleGoalWorkout,
  type Speed,
  type Step,
  type SwimBikeRunWorkout,
  type WorkoutPlan,
} from './plan.js';
import { FORMAT_VERSION, WorkoutPlanMessage } from './schema.js';

export { decodePlan, WorkoutFileError } from './decode.js';

type Msg = Record<string, unknown>;

const quantity = <U extends string>(q: Quantity<U>, units: Record<U, number>): Msg => ({ unit: units[q.unit], value: q.value });
const length = (q: Quantity<keyof typeof LENGTH_UNITS>) => quantity(q, LENGTH_UNITS);
const duration = (q: Quantity<keyof typeof DURATION_UNITS>) => quantity(q, DURATION_UNITS);
/** Apple leaves an unknown location out. */
const location = (l: Location): Msg => (l === 'unknown' ? {} : { location: LOCATIONS[l] });

function goalMessage(g: Goal): Msg {
  const m: Msg = { type: GOAL_TYPES[g.type] };
  if (g.type === 'time') m.time = duration(g.time);
  if (g.type === 'distance') m.distance = length(g.distance);
  if (g.type === 'poolSwimDistanceWithTime') {
    const p = g.poolSwimDistanceWithTime;
    m.poolSwimDistanceWithTime = { distance: length(p.distance), time: duration(p.time) };
  }
  return m;
}

const speed = (s: Speed): Msg => ({ distance: length(s.distance), time: duration(s.time) });
const speedMetric = (a: { metric?: 'average' }) => (a.metric === 'average' ? ALERT_METRICS.averageSpeed : ALERT_METRICS.currentSpeed);

function alertMessage(a: Alert): Msg {
  switch (a.type) {
    case 'speedRange':
      return { targetType: speedMetric(a), targetKind: ALERT_KINDS.range, speedAlert: { range: { min: speed(a.min), max: speed(a.max) } } };
    case 'speedThreshold':
      return { targetType: speedMetric(a), targetKind: ALERT_KINDS.value, speedAlert: { single: speed(a.threshold) } };
    case 'heartRateRange':
      return {
        targetType: ALERT_METRICS.currentHeartRate,
        targetKind: ALERT_KINDS.range,
        heartRateAlert: { range: { min: { beatsPerMinute: a.min.value }, max: { beatsPerMinute: a.max.value } } },
      };
    case 'heartRateZone':
      return { targetType: ALERT_METRICS.currentHeartRate, targetKind: ALERT_KINDS.zone, heartRateAlert: { zone: { zone: a.zone } } };
  }
}

function stepMessage(s: Step): Msg {
  const m: Msg = { goal: goalMessage(s.goal) };
  if (s.alert) m.alert = alertMessage(s.alert);
  if (s.displayName !== undefined) m.displayName = s.displayName;
  return m;
}

function customMessage(c: CustomWorkout): Msg {
  const m: Msg = { activity: ACTIVITIES[c.activity], ...location(c.location) };
  if (c.displayName !== undefined) m.displayName = c.displayName;
  if (c.warmup) m.warmup = stepMessage(c.warmup);
  m.blocks = c.blocks.map((b) => ({
    steps: b.steps.map((s) => ({ purpose: PURPOSES[s.purpose], step: stepMessage(s.step) })),
    iterations: b.iterations,
  }));
  if (c.cooldown) m.cooldown = stepMessage(c.cooldown);
  return m;
}

function goalWorkoutMessage(g: SingleGoalWorkout): Msg {
  const m: Msg = { activity: ACTIVITIES[g.activity], ...location(g.location) };
  if (g.swimmingLocation !== undefined && g.swimmingLocation !== 'unknown') m.swimmingLocation = SWIMMING_LOCATIONS[g.swimmingLocation];
  m.goal = goalMessage(g.goal);
  return m;
}

const pacerMessage = (p: PacerWorkout): Msg => ({
  activity: ACTIVITIES[p.activity],
  ...location(p.location),
  distance: length(p.distance),
  time: duration(p.time),
});

/** Every leg writes activity, location and swimming location; a swim's location is "unknown", a ride's or run's swimming location 0. */
function swimBikeRunMessage(t: SwimBikeRunWorkout): Msg {
  const activities = t.activities.map((leg) =>
    leg.kind === 'swimming'
      ? { activity: ACTIVITIES.swimming, location: LOCATIONS.unknown, swimmingLocation: SWIMMING_LOCATIONS[leg.swimmingLocation ?? 'unknown'] }
      : { activity: ACTIVITIES[leg.kind], location: LOCATIONS[leg.location ?? 'unknown'], swimmingLocation: SWIMMING_LOCATIONS.unknown },
  );
  const m: Msg = { activities };
  if (t.displayName !== undefined) m.displayName = t.displayName;
  return m;
}

/** The plan as a `.workout` file, byte for byte as Apple's encoder writes it. */
export function encodePlan(plan: WorkoutPlan): Uint8Array {
  const kinds = [plan.custom, plan.goal, plan.pacer, plan.swimBikeRun].filter((k) => k !== undefined);
  if (kinds.length !== 1) throw new Error(`a workout plan holds exactly one workout, not ${kinds.length}`);
  const m: Msg = { referenceId: plan.referenceId, ...FORMAT_VERSION };
  if (plan.custom) m.custom = customMessage(plan.custom);
  if (plan.goal) m.goal = goalWorkoutMessage(plan.goal);
  if (plan.pacer) m.pacer = pacerMessage(plan.pacer);
  if (plan.swimBikeRun) m.swimBikeRun = swimBikeRunMessage(plan.swimBikeRun);
  return WorkoutPlanMessage.encode(WorkoutPlanMessage.fromObject(m)).finish();
}

