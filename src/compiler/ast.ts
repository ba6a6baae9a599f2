/**
 * The syntax tree of one session, before any athlete is known. Every node keeps
 * the span of text it came from so later stages can report positions.
 */
import type { PaceName } from '../paces/types.js';
import type { LabelPace } from './dialect/labels.js';
import type { HeartRateRef } from './dialect/efforts.js';

export interface Span {
  start: number;
  end: number;
}

/** "6", "6-10", "8 to 10". */
export interface CountRange {
  low: number;
  high: number;
  span: Span;
}

export type Quantity =
  /** `inherited`: the unit was written once, on the last number of a list ("15 + 10 + 5 mins"). */
  /** `unitless`: written with no unit ("Mo: 7"), held in miles here and run in the plan's or athlete's unit. */
  | { kind: 'distance'; low: number; high: number; span: Span; inherited?: true; unitless?: true }
  | { kind: 'time'; low: number; high: number; span: Span; inherited?: true }
  /** "3 x hill": as long as the hill, run until the lap button. */
  | { kind: 'open'; span: Span }
  /** "lesser of 15 miles & 100 min": whichever ends first at the step's pace. */
  | { kind: 'lesser'; options: Quantity[]; span: Span };

/** A pace as written, resolved against an athlete later. */
export type PaceExpr =
  /** "HM", "Mile", "HM-10K", "15K to half marathon", "goal mile", "MP-10s". */
  /** `offset`: seconds per mile (or km) slower (positive) or faster, from low to high: "MP-10s", "10-15 seconds slower than 10K". */
  /** `share`: a percentage of the pace's speed, from low to high: "95% of MP", "105-110% of 5K pace". */
  /** `heartRate`: written as a heart rate ("Z2", "75% HRmax", "HR 140-150"); the names are the pace of that effort. */
  | { kind: 'named'; names: PaceRef[]; offset?: { low: number; high: number }; share?: { low: number; high: number }; heartRate?: HeartRateRef; span: Span }
  /** "5K/Mile" for paired reps. */
  | { kind: 'paired'; parts: PaceExpr[]; span: Span }
  /** "6:30/mi", "6:20-6:30/mi", "4:05/km". */
  /** `athlete`: "7:40 pace" in a text that names no unit, per the athlete's own. */
  | { kind: 'explicit'; slowSecondsPerUnit: number; fastSecondsPerUnit: number; unit: 'mi' | 'km' | 'athlete'; span: Span }
  /** "@ 75", "in 75s", "@ 1:10": seconds for each rep. */
  /** `slowest`: "@ 4:50-5:05", the slower end of a range of times written for it. */
  | { kind: 'split'; seconds: number; slowest?: number; span: Span }
  /** "Faster": the next faster race pace after the previous one. */
  | { kind: 'faster'; span: Span };

export interface PaceRef {
  name: PaceName;
  goal: boolean;
  /** "@ recovery pace": slower than easy (name is E). */
  recovery?: true;
  /** "goal pace" with no race named: whatever the athlete's goal race is. */
  anyGoal?: boolean;
}

export type RecoveryAmount =
  | { kind: 'quantity'; quantity: Quantity }
  | { kind: 'open'; why: 'jog down' | 'full' }
  | { kind: 'previous' }
  | { kind: 'equal' }
  /** "jog 50 to 90% interval time": a share of the rep's time. */
  | { kind: 'fraction'; low: number; high: number }
  /** "no recovery", "continuous": straight into the next rep. */
  | { kind: 'none' }
  /** "6×800 start on 4:00": each rep starts on the clock; the recovery is what is left of it. */
  | { kind: 'sendoff'; seconds: number };

export interface RecoveryExpr {
  mode: 'jog' | 'walk' | 'rest' | 'recovery';
  amount: RecoveryAmount;
  /** "with .25m recovery at 9:30 pace", "200m float – marathon pace": the recovery's own pace. */
  pace?: PaceExpr;
  /** "100m/400m jog recovery": paired with paired reps. */
  paired?: RecoveryExpr[];
  span: Span;
}

export type Role = 'work' | 'easy' | 'warmup' | 'cooldown' | 'strides' | 'hill' | 'race' | 'walk';

/** One stretch of running: "400m @ HM", "30 min run", "4 miles @ 15K to HM". */
export interface IntervalNode {
  kind: 'interval';
  quantity: Quantity;
  role: Role;
  /** Whether `role` came from a word ("easy", "strides") or was left to the default. */
  roleWritten: boolean;
  pace?: PaceExpr;
  effort?: string;
  /** Words kept for the athlete: "for rhythm". */
  remarks: string[];
  /** The heart rate as the coach wrote it ("Z3", "HR 150-160"): a note only where the step is not a heart-rate target. */
  heartRateWords?: string;
  /**
   * Work run inside this run's distance or time: "8 miles w/ 4 miles @ 15K to HM",
   * "General aerobic 7 miles w/ 8x100m strides", "Progression long run 14 miles, last 3 miles @ LT".
   */
  within?: Within;
  /** "last 3 miles @ LT", "first 2 miles easy", "middle 7 @ M": where the part sits in the run around it. */
  placement?: 'start' | 'middle' | 'end';
  /** "1km or 4 mins": what else the coach allows for this stretch, kept as a note. */
  otherwise?: string;
  /** "8K-15K tune-up race (total 9 miles to 13 miles)": the day's running, the race inside it. */
  dayTotal?: Quantity;
  /** "4min effort", "1k rep": named as a rep, so among reps it is one, not an easy run. */
  namedRep?: boolean;
  /** "800m Run": easy only because "run" was said, with nothing else of how it goes. */
  runSaid?: true;
  span: Span;
}

/** The work inside a longer run, and where it sits; the rest of the run is easy. */
export interface Within {
  items: Item[];
  joins: Join[];
  /** `whole`: the parts are the run itself ("44 min change-of-pace tempo run: 4 min fast, 4 min steady, …"). */
  placement: 'middle' | 'start' | 'end' | 'whole';
  /**
   * The total may only restate the work: it was written after the session ("6 x 400m w/ 200m jog, total 30 min")
   * or on a line of its own above it. Where the work fills it, the session is run as written.
   */
  restates?: boolean;
  span: Span;
}

export interface RepeatNode {
  kind: 'repeat';
  count: CountRange;
  /** One interval, paired intervals ("800m/300m"), a group "(…)" or a cut-down. */
  body: Item[];
  recovery?: RecoveryExpr;
  /** "2 sets of …" with "3 min between sets". */
  sets: boolean;
  setRecovery?: RecoveryExpr;
  /** "x6. (recovery 1 min, 1 min, 30 secs, 30 secs, 1 min)": one recovery for each gap between the reps, in order. */
  recoveries?: RecoveryExpr[];
  /** The last block of a continuous fartlek ("2 x 90s, 90s float … 4 x 15s, 15s float"): its last float is run too. */
  runsLastRecovery?: boolean;
  /** A workout text's repeat ("4x\n- 2m Z3 HR\n- 2m Z2 HR"): every step written runs each time, and no other is added. */
  everyStep?: true;
  /** A ladder member that took its pace and recovery from the end of the list. */
  ladder?: boolean;
  /** "for a total of 20 minutes": the rounds fill the time, the last recovery counted in. */
  filled?: true;
  /** "… Walk 2 minutes. Do this 8 times": the count said after whole rounds, each ending where the coach's round ends. */
  afterRounds?: true;
  /** A group in brackets with no count after it: the joins between its parts, as written. */
  bracketed?: Join[];
  span: Span;
}

/** "2 x 300m cut down (100m @ 5K, 100m @ Mile, 100m @ Faster)". */
export interface CutDownNode {
  kind: 'cutdown';
  parts: IntervalNode[];
  /** The rep the parts add up to ("300m"), when written. */
  total?: Quantity;
  span: Span;
}

export interface RecoveryNode {
  kind: 'recovery';
  recovery: RecoveryExpr;
  /** "4 min between sets": belongs to the repeat before it. */
  betweenSets?: boolean;
  /** "take 5-6 mins recovery between efforts", "Rest 5-7 minutes between runs": between the reps before it. */
  betweenReps?: boolean;
  /** "2 min jog in between", "90 seconds float": said of the reps before it, when reps come before it. */
  ofRepsBefore?: boolean;
  /** "1 minute recoveries": plural, so one after each of the reps above it, when reps come before it. */
  eachRep?: boolean;
  span: Span;
}

export interface OtherSportNode {
  kind: 'other';
  sport: 'strength' | 'cross_training' | 'rest';
  label: string;
  quantity?: Quantity;
  span: Span;
}

/** "WU/CD", "Warm up, …, warm-down" written as session elements: the plan's warm-up and cool-down, there. */
export interface WuCdNode {
  kind: 'wucd';
  which: 'both' | 'warmup' | 'cooldown';
  span: Span;
}

export type Item = IntervalNode | RepeatNode | CutDownNode | RecoveryNode | OtherSportNode | WuCdNode;

/** ' ': parts written one after another with nothing between them ("4×400 @Rep 4×800 @Interval"). */
export type Join = '+' | ',' | ';' | 'then' | 'and' | '\n' | '.' | ' ';

export interface SequenceNode {
  items: Item[];
  /** joins[i] joins items[i] and items[i+1]. */
  joins: Join[];
  /** "…, Finish w/ 8 x 100m @Mile pace": the coach ends the session with its last part, no cool-down after. */
  finishes?: true;
  /** A workout text ("Warmup\n- 10m Z1 HR …") writes every step: no warm-up or cool-down is added around it. */
  asWritten?: true;
  span: Span;
}

/** "(i.e. …)" or "[half marathon to 10K pace]": checked against the session, never added as work. */
export interface Explanation {
  kind: 'sequence' | 'pace';
  sequence?: SequenceNode;
  pace?: PaceExpr;
  /** What the explanation sits next to (for a pace explanation). */
  explains?: PaceExpr;
  span: Span;
}

/** The kind of run a session is labelled with ("General aerobic", "Long Run", "Tempo"). */
export interface SessionLabel {
  /** As the dialect tables name it, or as written when runcast does not know the label. */
  title: string;
  /** Whether the label is one of runcast's (src/compiler/dialect/labels.ts). */
  known: boolean;
  /** The intensity it implies for running the text leaves unpaced. */
  pace?: LabelPace;
  /** The effort it gives running the text leaves unpaced ("6 miles fartlek"). */
  effort?: string;
  /** The distance written with it is the day's total, work included. */
  total?: boolean;
  progression?: boolean;
  /** Named alone, a run as long as the athlete likes (dialect/labels.ts). */
  alone?: boolean;
  span: Span;
}

/** Words the compiler read past without using: each becomes a warning and a note. */
export interface Ignored {
  span: Span;
  why: 'label' | 'prose' | 'day' | 'choice';
}

export interface SessionNode {
  alternatives: SequenceNode[];
  /** "… or OFF" */
  optional: boolean;
  explanations: Explanation[];
  label?: SessionLabel;
  ignored: Ignored[];
  /** Parenthesised remarks for the athlete: "(aim to beat previous week's time)". */
  asides: { text: string; span: Span }[];
  /** Choices between readings of a token ("read 3m as 3 min; …"), for the notes. */
  readings?: string[];
  /** "Recovery 5 miles a.m., 4 miles p.m.": two runs on one day, each a session of its own. */
  runs?: SessionNode[];
}
