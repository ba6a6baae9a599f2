/**
 * The one intermediate form between the compiler and every writer.
 * Writers consume these types only; they never see shorthand text.
 * Units are SI throughout: seconds, metres, metres per second.
 */
import type { Diagnostic } from './diagnostic.js';

export type Intensity = 'warmup' | 'active' | 'recovery' | 'rest' | 'cooldown';

export type Duration =
  | { kind: 'time'; seconds: number }
  | { kind: 'distance'; meters: number }
  /** Until the lap button: "jog down recovery", "full recovery". */
  | { kind: 'open' };

/** A pace band. `low` is the slower speed, `high` the faster one, both in m/s. */
export interface PaceTarget {
  kind: 'pace';
  low: number;
  high: number;
  /** The pace as the coach named it, e.g. "HM–10K", "Mile", "6:30/mi", "75 s per rep". */
  name: string;
}

/** An effort with no pace ("90-95% effort", "hill", "strides", "max"). */
export interface EffortTarget {
  kind: 'effort';
  label: string;
}

/**
 * A heart-rate band in beats per minute ("Z2", "70-78% HRmax", "HR 140-150"),
 * for an athlete whose profile has heart-rate data (or a band written in bpm).
 */
export interface HeartRateTarget {
  kind: 'heartRate';
  /** Beats per minute, low ≤ high. */
  low: number;
  high: number;
  /** As the coach named it: "Z2", "Z2–Z3", "70–78% HRmax", "140–150 bpm". */
  name: string;
  /** The athlete's zones it spans (1–5), when it was written as zones. */
  zones?: { low: number; high: number };
  /** The same band as a share of the athlete's max or threshold heart rate, in %, for writers that take shares. */
  share?: { of: 'max' | 'threshold'; low: number; high: number };
  /** The pace of the same effort, for estimates and charts; the watch is given the heart rate. */
  pace?: { low: number; high: number };
}

export type Target = PaceTarget | HeartRateTarget | EffortTarget | { kind: 'none' };

export interface Step {
  type: 'step';
  intensity: Intensity;
  duration: Duration;
  target: Target;
  /** Short words for the step: "400m @ HM–10K", "jog", "easy", "warm-up". */
  label: string;
  /** Extra words for the athlete (choices the compiler made, coach's remarks). */
  notes: string[];
}

export interface Repeat {
  type: 'repeat';
  count: number;
  children: Node[];
  /**
   * The last repetition ends with its last work: its trailing recovery/rest steps
   * are not run (and, when its last child is itself a repeat, that repeat's last
   * repetition ends the same way). This is how "no recovery after the last rep" is kept.
   */
  skipLastRecovery: boolean;
  /** "2 sets", "6×400m"; optional display label. */
  label?: string;
}

export type Node = Step | Repeat;

export type Sport = 'running' | 'strength' | 'cross_training' | 'rest';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Where a session sits in a plan: week number from 1, day of week, and its index among the day's sessions. */
export interface Slot {
  week: number;
  day: Weekday;
  index: number;
}

export interface Estimate {
  seconds: number;
  meters: number;
}

export interface Workout {
  /** Stable id from the slot ("w3-wed-0") or "session" for a lone workout. */
  id: string;
  slot?: Slot;
  /** ISO date (YYYY-MM-DD) once the plan has a start date. */
  date?: string;
  title: string;
  /** The coach's original text for this session. */
  source: string;
  sport: Sport;
  steps: Node[];
  /** "30 min run or 45 - 60 min cross-train": the first is the workout, the rest travel here. */
  alternatives: Workout[];
  /** "… or OFF": the session may be skipped. */
  optional: boolean;
  estimate: Estimate;
  /** Choices the compiler made and remarks for the athlete, in words. */
  notes: string[];
  /** Coach's notes from the plan file. */
  coachNotes?: string;
  /**
   * The compiler could not read this session of a plan: it is kept as the coach wrote it (the
   * text as title and in one open step), and its error is among `diagnostics`.
   */
  asWritten?: true;
  /**
   * On a session the compiler refused: its best guess at the session, from the figures it could
   * place among words it does not know. Never run, never on the watch: shown beside the refusal
   * so the coach can confirm it by writing it in shorthand.
   */
  guess?: { steps: Node[]; notes: string[] };
  /** The coach changed this session for this athlete alone: moved to another day, rewritten, or added. */
  change?: 'moved' | 'replaced' | 'added';
  diagnostics: Diagnostic[];
}

/** A plan compiled for one athlete, dated from a start date when one is given. */
export interface CompiledPlan {
  name: string;
  description?: string;
  athlete: AthleteSummary;
  start?: string;
  weeks: number;
  sessions: Workout[];
  /** Sessions the coach took off this athlete's plan. */
  skipped?: { id: string; date?: string; title: string }[];
  diagnostics: Diagnostic[];
}

export interface AthleteSummary {
  name: string;
  timezone: string;
  units: 'mi' | 'km';
}
