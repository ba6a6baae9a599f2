/**
 * A WorkoutKit workout plan as WorkoutKit's own API describes it (a custom,
 * single-goal, pacer or swim-bike-run workout), with the numbers the wire
 * format gives each name. The encoder and decoder translate between this
 * shape and the protocol-buffer messages of schema.ts.
 */

/** HKWorkoutActivityType raw values, for the activities these files hold. */
export const ACTIVITIES = {
  cycling: 13,
  hiking: 24,
  rowing: 35,
  running: 37,
  swimming: 46,
  walking: 52,
  yoga: 57,
  coreTraining: 59,
  highIntensityIntervalTraining: 63,
} as const;
export type Activity = keyof typeof ACTIVITIES;

/** HKWorkoutSessionLocationType. Apple leaves "unknown" out of a composition (but writes it in a swim-bike-run leg). */
export const LOCATIONS = { unknown: 1, indoor: 2, outdoor: 3 } as const;
export type Location = keyof typeof LOCATIONS;

/** HKWorkoutSwimmingLocationType; a swim-bike-run leg that is not a swim writes 0. */
export const SWIMMING_LOCATIONS = { unknown: 0, pool: 1, openWater: 2 } as const;
export type SwimmingLocation = keyof typeof SWIMMING_LOCATIONS;

export const LENGTH_UNITS = { meters: 1, kilometers: 2, feet: 3, yards: 4, miles: 5 } as const;
export type LengthUnit = keyof typeof LENGTH_UNITS;

export const DURATION_UNITS = { seconds: 1, minutes: 2, hours: 3 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

/** WorkoutGoal.type. Energy goals (the wire's other kind) are never written here. */
export const GOAL_TYPES = { time: 1, distance: 3, open: 4, poolSwimDistanceWithTime: 5 } as const;

export const PURPOSES = { work: 1, recovery: 2 } as const;
export type Purpose = keyof typeof PURPOSES;

/** WorkoutAlert.targetType: what the alert watches. */
export const ALERT_METRICS = { averageSpeed: 1, currentSpeed: 2, currentHeartRate: 5 } as const;
/** WorkoutAlert.targetKind: one threshold, a range, or a zone. */
export const ALERT_KINDS = { value: 1, range: 2, zone: 3 } as const;

export interface Quantity<U extends string> {
  value: number;
  unit: U;
}
export type Length = Quantity<LengthUnit>;
export type Duration = Quantity<DurationUnit>;

export type Goal =
  | { type: 'open' }
  | { type: 'time'; time: Duration }
  | { type: 'distance'; distance: Length }
  | { type: 'poolSwimDistanceWithTime'; poolSwimDistanceWithTime: { distance: Length; time: Duration } };

/** A speed as WorkoutKit stores it: a distance covered in a time (3.5 m in 1 s, 1 mile in 6 min). */
export interface Speed {
  distance: Length;
  time: Duration;
}

export type Alert =
  | { type: 'speedRange'; min: Speed; max: Speed; metric?: 'average' }
  | { type: 'speedThreshold'; threshold: Speed; metric?: 'average' }
  | { type: 'heartRateRange'; min: Quantity<'beatsPerMinute'>; max: Quantity<'beatsPerMinute'> }
  | { type: 'heartRateZone'; zone: number };

export interface Step {
  displayName?: string;
  goal: Goal;
  alert?: Alert;
}

export interface IntervalStep {
  purpose: Purpose;
  step: Step;
}

export interface IntervalBlock {
  iterations: number;
  steps: IntervalStep[];
}

export interface CustomWorkout {
  activity: Activity;
  location: Location;
  displayName?: string;
  warmup?: Step;
  blocks: IntervalBlock[];
  cooldown?: Step;
}

export interface SingleGoalWorkout {
  activity: Activity;
  location: Location;
  swimmingLocation?: SwimmingLocation;
  goal: Goal;
}

export interface PacerWorkout {
  activity: Activity;
  location: Location;
  distance: Length;
  time: Duration;
}

export type SwimBikeRunLeg =
  | { kind: 'swimming'; swimmingLocation?: SwimmingLocation }
  | { kind: 'cycling'; location?: Location }
  | { kind: 'running'; location?: Location };

export interface SwimBikeRunWorkout {
  displayName?: string;
  activities: SwimBikeRunLeg[];
}

/** One `.workout` file: a UUID and exactly one kind of workout. */
export interface WorkoutPlan {
  referenceId: string;
  custom?: CustomWorkout;
  goal?: SingleGoalWorkout;
  pacer?: PacerWorkout;
  swimBikeRun?: SwimBikeRunWorkout;
}

/** The name of `value` in `table`, or undefined. */
export function nameOf<T extends Record<string, number>>(table: T, value: number | null | undefined): keyof T | undefined {
  return (Object.keys(table) as (keyof T)[]).find((k) => table[k] === value);
}
