/**
 * The wire format of Apple's `.workout` files: protocol-buffer messages of the
 * package `apple.workout` (the message names are Apple's, as its framework
 * lists them). Apple publishes no schema; the field numbers below were read
 * off files written by Apple's own encoder (WorkoutKit's
 * `WorkoutPlan.dataRepresentation`), one field changed at a time, and the alert
 * messages follow the layout recorded beside those files (see
 * fixtures/workoutkit/README.md).
 *
 * proto2 on purpose: Apple writes a field whenever its model has a value, an
 * empty display name and a zero swimming location included, and leaves it out
 * otherwise. proto2's explicit presence says exactly that, and protobufjs
 * writes the fields in field-number order, as Apple does.
 */
import protobuf from 'protobufjs';

const PROTO = `
syntax = "proto2";
package apple.workout;

message WorkoutPlan {
  optional string referenceId = 9;
  optional GoalWorkoutComposition goal = 10;
  optional CustomWorkoutComposition custom = 11;
  optional PacerWorkoutComposition pacer = 13;
  optional SwimBikeRunWorkoutComposition swimBikeRun = 14;
  optional uint32 majorVersion = 1000;
  optional uint32 minorVersion = 1001;
  optional uint32 privateVersion = 1002;
}

message CustomWorkoutComposition {
  optional uint32 activity = 1;
  optional uint32 location = 2;
  optional string displayName = 3;
  optional WorkoutStep warmup = 4;
  repeated IntervalBlock blocks = 5;
  optional WorkoutStep cooldown = 6;
}

message GoalWorkoutComposition {
  optional uint32 activity = 1;
  optional uint32 location = 2;
  optional uint32 swimmingLocation = 3;
  optional WorkoutGoal goal = 4;
}

message PacerWorkoutComposition {
  optional uint32 activity = 1;
  optional uint32 location = 2;
  optional DistanceValue distance = 3;
  optional TimeValue time = 4;
}

message SwimBikeRunWorkoutComposition {
  repeated WorkoutConfiguration activities = 1;
  optional string displayName = 2;
}

message WorkoutConfiguration {
  optional uint32 activity = 1;
  optional uint32 location = 2;
  optional uint32 swimmingLocation = 3;
}

message IntervalBlock {
  repeated IntervalStep steps = 1;
  optional uint32 iterations = 2;
}

message IntervalStep {
  optional uint32 purpose = 1;
  optional WorkoutStep step = 2;
}

message WorkoutStep {
  optional WorkoutGoal goal = 1;
  optional WorkoutAlert alert = 2;
  optional string displayName = 3;
}

message WorkoutGoal {
  optional uint32 type = 1;
  optional TimeValue time = 2;
  optional DistanceValue distance = 4;
  optional PoolSwimDistanceWithTimeValue poolSwimDistanceWithTime = 5;
}

message PoolSwimDistanceWithTimeValue {
  optional DistanceValue distance = 1;
  optional TimeValue time = 2;
}

message TimeValue {
  optional uint32 unit = 1;
  optional double value = 2;
}

message DistanceValue {
  optional uint32 unit = 1;
  optional double value = 2;
}

message WorkoutAlert {
  optional uint32 targetType = 1;
  optional uint32 targetKind = 2;
  optional SpeedAlert speedAlert = 4;
  optional HeartRateAlert heartRateAlert = 7;
}

message SpeedAlert {
  optional SpeedValue single = 1;
  optional SpeedRange range = 2;
}

message SpeedRange {
  optional SpeedValue min = 1;
  optional SpeedValue max = 2;
}

message SpeedValue {
  optional DistanceValue distance = 1;
  optional TimeValue time = 2;
}

message HeartRateAlert {
  optional ZoneValue zone = 1;
  optional HeartRateRange range = 2;
}

message HeartRateRange {
  optional HeartRateValue min = 1;
  optional HeartRateValue max = 2;
}

message HeartRateValue {
  optional double beatsPerMinute = 1;
}

message ZoneValue {
  optional uint32 zone = 1;
}
`;

const root = protobuf.parse(PROTO, { keepCase: true }).root;

/** The top-level message of a `.workout` file. */
export const WorkoutPlanMessage = root.lookupType('apple.workout.WorkoutPlan');

/** The version every file of Apple's encoder carries (fields 1000 and 1002; 1001, the minor version, is 0). */
export const FORMAT_VERSION = { majorVersion: 1, privateVersion: 5 } as const;
