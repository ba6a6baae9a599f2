/**
 * The syntax tree of one session, before any athlete is known. Every node keeps
 * the span of text it came from so later stages can report positions.
 */
import type { PaceName } from '../paces/types.js';

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
  | { kind: 'distance'; low: number; high: number; span: Span }
  | { kind: 'time'; low: number; high: number; span: Span };

/** A pace as written, resolved against an athlete later. */
export type PaceExpr =
  /** "HM", "Mile", "HM-10K", "15K to half marathon", "goal mile", "MP-10s". */
  | { kind: 'named'; names: PaceRef[]; offsetSeconds?: number; span: Span }
  /** "5K/Mile" for paired reps. */
  | { kind: 'paired'; parts: PaceExpr[]; span: Span }
  /** "6:30/mi", "6:20-6:30/mi", "4:05/km". */
  | { kind: 'explicit'; slowSecondsPerUnit: number; fastSecondsPerUnit: number; unit: 'mi' | 'km'; span: Span }
  /** "@ 75", "in 75s", "@ 1:10": seconds for each rep. */
  | { kind: 'split'; seconds: number; span: Span }
  /** "Faster": the next faster race pace after the previous one. */
  | { kind: 'faster'; span: Span };

export interface PaceRef {
  name: PaceName;
  goal: boolean;
  /** "goal pace" with no race named: whatever the athlete's goal race is. */
  anyGoal?: boolean;
}

export type RecoveryAmount =
  | { kind: 'quantity'; quantity: Quantity }
  | { kind: 'open'; why: 'jog down' | 'full' }
  | { kind: 'previous' }
  | { kind: 'equal' }
  /** "jog 50 to 90% interval time": a share of the rep's time. */
  | { kind: 'fraction'; low: number; high: number };

export interface RecoveryExpr {
  mode: 'jog' | 'walk' | 'rest' | 'recovery';
  amount: RecoveryAmount;
  /** "100m/400m jog recovery": paired with paired reps. */
  paired?: RecoveryExpr[];
  span: Span;
}

export type Role = 'work' | 'easy' | 'warmup' | 'cooldown' | 'strides' | 'hill' | 'race';

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
  /** "8 miles w/ 4 miles @ 15K to HM": the faster part inside a run. */
  inner?: IntervalNode;
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
  /** A ladder member that took its pace and recovery from the end of the list. */
  ladder?: boolean;
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
  span: Span;
}

export interface OtherSportNode {
  kind: 'other';
  sport: 'strength' | 'cross_training' | 'rest';
  label: string;
  quantity?: Quantity;
  span: Span;
}

/** "WU/CD" written as a session element: add the plan's warm-up and cool-down. */
export interface WuCdNode {
  kind: 'wucd';
  span: Span;
}

export type Item = IntervalNode | RepeatNode | CutDownNode | RecoveryNode | OtherSportNode | WuCdNode;

export type Join = '+' | ',' | ';' | 'then' | 'and' | '\n' | '.';

export interface SequenceNode {
  items: Item[];
  /** joins[i] joins items[i] and items[i+1]. */
  joins: Join[];
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

export interface SessionNode {
  alternatives: SequenceNode[];
  /** "… or OFF" */
  optional: boolean;
  explanations: Explanation[];
}
