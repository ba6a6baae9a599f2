/**
 * The work a compile may do, measured before it is done. Shorthand is tiny
 * and its meaning large: "200 x (200 x (200 x 400m))" is 26 characters and
 * eight million steps. Every figure here is checked before the text is
 * parsed, or after parsing and before anything is resolved or expanded, so
 * an input over budget costs no more than reading it; it is refused outright
 * (the service answers 422, the command line one line and exit 1).
 *
 * The bracket depth is checked on the raw text, so no reader or walker of
 * the tree (all recursive in the depth of brackets) can go deeper than
 * MAX_DEPTH, whatever it is given.
 */
import type { PlanWords } from './plan-words.js';
import type { Item, SessionNode } from './ast.js';
import { parseSession } from './parser.js';

export const LIMITS = {
  /**
   * Characters of one session's text. Shorthand is short, but a session copied from a coach's page with its
   * sentences around it runs longer: the longest in the blind samples is about 1,600 characters.
   */
  sessionChars: 3000,
  /** Brackets, "(" and "[", open at once in one session. */
  depth: 6,
  /** Steps one session runs, repetitions multiplied out (warm-up and cool-down included). */
  sessionSteps: 1000,
  /** Characters of a plan document. */
  planChars: 256 * 1024,
  /** Weeks of a plan. */
  planWeeks: 260,
  /** Steps all the sessions of a plan run together, each session counted on every day it is on. */
  planSteps: 50_000,
  /** Different session texts in one plan (each is compiled and checked on its own). */
  planSessions: 500,
  /** Characters of a plan's different session texts together: what compiling the plan reads. */
  planSessionChars: 50_000,
} as const;

export type LimitName = keyof typeof LIMITS;

const WHAT: Record<LimitName, (figure: string, limit: string) => string> = {
  sessionChars: (n, l) => `the session is ${n} characters long; at most ${l} are allowed`,
  depth: (n, l) => `the session nests brackets ${n} deep; at most ${l} levels are allowed`,
  sessionSteps: (n, l) => `the session runs up to ${n} steps with its repetitions; at most ${l} are allowed`,
  planChars: (n, l) => `the plan is ${n} characters long; at most ${l} are allowed`,
  planWeeks: (n, l) => `the plan has ${n} weeks; at most ${l} are allowed`,
  planSteps: (n, l) => `the plan's sessions run up to ${n} steps in all; at most ${l} are allowed`,
  planSessions: (n, l) => `the plan has ${n} different sessions; at most ${l} are allowed`,
  planSessionChars: (n, l) => `the plan's different sessions are ${n} characters long together; at most ${l} are allowed`,
};

/** Where in its document the input over budget is, when known. */
export interface BudgetPlace {
  file?: string;
  line: number;
  column: number;
}

export class BudgetError extends Error {
  /** The message without the place: "the session runs 8,000,400 steps …". */
  readonly reason: string;

  constructor(
    readonly limit: LimitName,
    /** The input's figure (Infinity when too large to count). */
    readonly figure: number,
    readonly place?: BudgetPlace,
  ) {
    const reason = WHAT[limit](formatFigure(figure), LIMITS[limit].toLocaleString('en-US'));
    super(place ? `${place.file ?? '<input>'}:${place.line}:${place.column}: ${reason}` : reason);
    this.name = 'BudgetError';
    this.reason = reason;
  }

  get max(): number {
    return LIMITS[this.limit];
  }
}

function formatFigure(n: number): string {
  if (!Number.isFinite(n) || n >= 1e15) return 'more than 10^15';
  return Math.round(n).toLocaleString('en-US');
}

export function isBudgetError(e: unknown): e is BudgetError {
  return e instanceof BudgetError;
}

/** Where a refused session stands: a place, a larger record holding one (a session's origin), or a function giving it. */
export type BudgetWhere = BudgetPlace | (() => BudgetPlace | undefined);

function refuse(limit: LimitName, figure: number, where?: BudgetWhere): never {
  const place = typeof where === 'function' ? where() : where;
  throw new BudgetError(limit, figure, place && { ...(place.file ? { file: place.file } : {}), line: place.line, column: place.column });
}

/** Length and bracket depth of one session's text, before the lexer sees it. */
export function checkSessionText(text: string, place?: BudgetWhere): void {
  if (text.length > LIMITS.sessionChars) refuse('sessionChars', text.length, place);
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */ || c === 91 /* [ */) {
      if (++depth > deepest) deepest = depth;
    } else if ((c === 41 /* ) */ || c === 93) /* ] */ && depth > 0) depth--;
  }
  if (deepest > LIMITS.depth) refuse('depth', deepest, place);
}

const counted = new WeakMap<SessionNode, number>();

/**
 * Steps the session runs at most: counts multiplied through nesting (the high
 * end of "6-10 x"), each recovery and rest between sets a step, warm-up and
 * cool-down added to every alternative, and the explanations too (they are
 * compiled and compared step by step), each run with the recovery a ladder
 * ("400m, 800m, 400m @ 5K w/ 400m jog") may give it. An upper bound, computed without
 * recursion; parse trees are shared by text, so the count is kept with them.
 */
export function sessionSteps(session: SessionNode): number {
  const hit = counted.get(session);
  if (hit !== undefined) return hit;
  const stack: { items: readonly Item[]; times: number }[] = [];
  let total = 0;
  for (const alt of session.alternatives) {
    total += 2;
    stack.push({ items: alt.items, times: 1 });
  }
  for (const ex of session.explanations) if (ex.sequence) stack.push({ items: ex.sequence.items, times: 1 });
  for (let top = stack.pop(); top; top = stack.pop()) {
    const { items, times } = top;
    for (const item of items) {
      switch (item.kind) {
        case 'interval':
          // The run (or the easy running on both sides of the work inside it), and the recovery a ladder may give it.
          total += times * ((item.within ? 2 : 1) + 1);
          if (item.within) stack.push({ items: item.within.items, times });
          break;
        case 'repeat': {
          const reps = times * item.count.high;
          const recovery = item.recovery?.paired?.length ?? 1;
          total += reps * (recovery + (item.setRecovery ? 1 : 0));
          stack.push({ items: item.body, times: reps });
          break;
        }
        case 'cutdown':
          total += times * item.parts.length;
          break;
        case 'wucd':
          total += times * 2;
          break;
        default:
          total += times;
      }
    }
  }
  counted.set(session, total);
  return total;
}

/** Refuses a session that would run more steps than one session may. */
export function checkSessionSteps(session: SessionNode, place?: BudgetWhere): number {
  const steps = sessionSteps(session);
  if (steps > LIMITS.sessionSteps) refuse('sessionSteps', steps, place);
  return steps;
}

export function checkPlanText(text: string): void {
  if (text.length > LIMITS.planChars) refuse('planChars', text.length);
}

export function checkPlanWeeks(weeks: number, place?: BudgetPlace): void {
  if (weeks > LIMITS.planWeeks) refuse('planWeeks', weeks, place);
}

/** A session of a plan as the budget sees it: its text and where it stands. */
export interface BudgetedCell {
  text: string;
  place?: BudgetWhere;
}

/**
 * The plan-wide figures, over every session of the plan, before any is
 * resolved: different texts, each one's length and depth, their length
 * together (all without reading them), then each one's steps and the steps
 * of all sessions together.
 */
/** `words`: what the plan says of its units and pace names, so each session is read as the plan means it. */
export function checkPlanSessions(cells: readonly BudgetedCell[], words?: PlanWords): void {
  const byText = new Map<string, { cell: BudgetedCell; times: number }>();
  for (const cell of cells) {
    const seen = byText.get(cell.text);
    if (seen) seen.times++;
    else byText.set(cell.text, { cell, times: 1 });
  }
  if (byText.size > LIMITS.planSessions) refuse('planSessions', byText.size);
  let chars = 0;
  for (const [text, { cell }] of byText) {
    checkSessionText(text, cell.place);
    chars += text.length;
  }
  if (chars > LIMITS.planSessionChars) refuse('planSessionChars', chars);
  let total = 0;
  for (const [text, { cell, times }] of byText) {
    const parsed = parseSession(text, words);
    // A session that cannot be read is reported by the compiler, with its position.
    if (parsed.ok) total += times * checkSessionSteps(parsed.session, cell.place);
  }
  if (total > LIMITS.planSteps) refuse('planSteps', total);
}
