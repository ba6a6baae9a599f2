/** A whole plan compiled for one athlete, dated from a start date. */
import { DateTime } from 'luxon';
import type { Athlete } from '../athlete/athlete.js';
import type { Diagnostic } from '../ir/diagnostic.js';
import { WEEKDAYS, type CompiledPlan, type Node, type Workout } from '../ir/workout.js';
import { DEFAULT_TOLERANCE, buildPaceTable, type Tolerance } from '../paces/table.js';
import type { PaceTable } from '../paces/types.js';
import type { LoadedPlan } from '../plan/load.js';
import { hasErrors } from '../ir/diagnostic.js';
import { compileRuns } from './session.js';
import { keptAsWritten } from './kept.js';
import { LIMITS, checkPlanSessions } from './budget.js';
import { planWords } from '../plan/schema.js';
import type { PlanWords } from './plan-words.js';
import { tokenize } from './lexer.js';
import { planLanguageOf } from './normalise/languages.js';
import { NORMS, fit } from './dialect/norms.js';
import { DISTANCE_UNITS } from './vocabulary.js';

/**
 * The first days a plan may start on: dates a calendar, a watch and a FIT
 * file can all hold (FIT counts from 1989, calendars break past 9999), with
 * the plan's weeks after them.
 */
export const START_DATES = { earliest: '1970-01-01', latest: '2200-12-31' } as const;

export function startDateInRange(date: string): boolean {
  return date >= START_DATES.earliest && date <= START_DATES.latest;
}

export interface PlanOptions {
  /** YYYY-MM-DD: the first day of week 1. */
  start?: string;
  /**
   * Day 1 of week 1 is `start` whatever its weekday: every session keeps its
   * distance from it, so a plan placed by its race ends on race day even when
   * the race is on another weekday than the plan's.
   */
  exactStart?: boolean;
  /** YYYY-MM-DD: sessions before this day are left out (a plan joined part-way, with less time left than it lasts). */
  from?: string;
}

/**
 * Plans whose sessions passed the budget. The figures depend on the text
 * alone, not on the athlete, so a plan compiled for many athletes (every
 * feed of a template) is counted once.
 */
const withinBudget = new WeakSet<LoadedPlan['cells']>();

function checkPlanWithinBudget(plan: LoadedPlan): void {
  if (withinBudget.has(plan.cells)) return;
  checkPlanSessions(plan.cells.map((cell) => ({ text: cell.text, place: cell.origin })), wordsOf(plan));
  withinBudget.add(plan.cells);
}

export function compilePlan(plan: LoadedPlan, athlete: Athlete, options: PlanOptions = {}): CompiledPlan {
  const { doc } = plan;
  checkPlanWithinBudget(plan);
  const { defaults: runDefaults, paces, words } = planRunOptions(plan, athlete);
  // Cells are counted from the plan's first weekday; placed exactly, that is the start's weekday, whatever it is.
  const weekStart = WEEKDAYS.indexOf(doc.weekStart as (typeof WEEKDAYS)[number]);
  const start = options.start ? placedStart(options.start, weekStart, options.exactStart ?? false) : undefined;
  const diagnostics: Diagnostic[] = start?.problem ? [{ ...start.problem }] : [];
  const minutes = minutesRead(plan, words);
  if (minutes) diagnostics.push(minutes);
  // A day's sessions are numbered in order, a cell of two runs ("… a.m., … p.m.") taking two numbers.
  const taken = new Map<string, number>();
  const sessions: Workout[] = [];
  // A session repeated in the plan is resolved once in this compile, and only in it.
  const scope = {};
  for (const cell of plan.cells) {
    const day = `${cell.week}-${cell.day}`;
    const index = taken.get(day) ?? 0;
    const offset = (cell.week - 1) * 7 + ((WEEKDAYS.indexOf(cell.day) - weekStart + 7) % 7);
    const runs = compileRuns(cell.text, athlete, {
      date: start?.dates ? dateAt(start, offset) : undefined,
      defaults: runDefaults,
      paces,
      words: cellWords(words, cell.text),
      scope,
      id: `w${cell.week}-${cell.day}-${index}`,
      slot: { week: cell.week, day: cell.day, index },
      title: cell.title,
      coachNotes: cell.notes,
      origin: cell.origin,
    }).map((w) => (hasErrors(w.diagnostics) ? keptAsWritten(w) : w));
    taken.set(day, index + runs.length);
    if (!doc.race && runs.some(usesGoalPace)) diagnostics.push(paceWithoutRace(cell));
    for (let k = 0; k < runs.length; k++) {
      const w = runs[k]!;
      w.id = `w${cell.week}-${cell.day}-${index + k}`;
      w.slot = { week: cell.week, day: cell.day, index: index + k };
      sessions.push(w);
    }
  }
  sortByDay(sessions, weekStart);
  const kept = start?.dates && options.from ? joinedPartWay(sessions, options.from, diagnostics) : sessions;
  for (const s of kept) diagnostics.push(...s.diagnostics);
  const { name, timezone, units } = athlete.profile;
  return {
    name: doc.name,
    ...(doc.description ? { description: doc.description } : {}),
    athlete: { name, timezone, units },
    ...(start?.dates ? { start: start.iso } : {}),
    weeks: doc.weeks.length,
    sessions: kept,
    diagnostics,
  };
}

/** Whether a session runs at "pace", "race pace" or "goal pace" with no race named: the plan's race, or the athlete's goal. */
function usesGoalPace(w: Workout): boolean {
  return w.steps.some(goalPaced);
}

function goalPaced(n: Node): boolean {
  if (n.type === 'repeat') return n.children.some(goalPaced);
  return n.target.kind === 'pace' && GOAL_NAMED.test(n.target.name);
}

/** "goal", or "goal" as one end of a range ("HM–goal"). */
const GOAL_NAMED = /(?:^|–)goal(?:–|$)/;

/** A plan that says "pace" without declaring its race leaves the athlete's goal race to decide it: said, at the cell. */
function paceWithoutRace(cell: LoadedPlan['cells'][number]): Diagnostic {
  const o = cell.origin;
  return {
    severity: 'warning',
    line: o.line,
    column: o.column,
    offset: o.offset,
    length: Math.max(1, cell.text.length),
    message: "'pace' names no race here, and the plan declares none: each athlete's goal race is used",
    hint: 'declare the race the plan prepares for, e.g. race: HM',
    ...(o.file ? { file: o.file } : {}),
    ...(o.lines ? { sourceLine: o.lines[o.line - 1] } : {}),
  };
}

/**
 * What every session of a plan is compiled with for one athlete: the plan's defaults (its race and
 * units included), what it says of its bare numbers and pace names, and the athlete's paces.
 */
export function planRunOptions(plan: LoadedPlan, athlete: Athlete) {
  const { defaults, race, units } = plan.doc;
  return {
    defaults: { ...defaults, ...(race ? { race } : {}), ...(units ? { units } : {}), day: true },
    paces: pacesAt(athlete, defaults.tolerance),
    words: wordsOf(plan),
  };
}

const planWordsMemo = new WeakMap<LoadedPlan['cells'], PlanWords | undefined>();

/**
 * What the plan says of its writing (plan/schema.ts), and the language its cells are written in, read together:
 * a French plan's "Repos" or "Footing Z1 45'" shows no language alone, the plan does. Worked out once a plan, and
 * the same for its budget and its compile, so each cell is read once, one way.
 */
function wordsOf(plan: LoadedPlan): PlanWords | undefined {
  if (!planWordsMemo.has(plan.cells)) {
    const base = bareInMinutes(plan, planWords(plan.doc));
    const texts = [...new Set(plan.cells.map((c) => c.text))].join('\n');
    // A plan past the budget's size is refused unread (budget.ts): its language is not looked for.
    const language = texts.length <= LIMITS.planSessionChars ? planLanguageOf(tokenize(texts).tokens) : undefined;
    planWordsMemo.set(plan.cells, language ? { ...base, language } : base);
  }
  return planWordsMemo.get(plan.cells);
}

/** A cell that is only a number ("30", "4.5"). */
const BARE_CELL = /^\d+(\.\d+)?$/;

/**
 * "30", "35", "40", "45" alone on the days of a plan whose unit is miles: a plan whose shortest such day would be
 * past any usual run or long run in that unit (30 mi is past a marathon), and is a usual run in minutes, writes
 * those days in minutes. Only the cells that are a number alone, and only when the plan's `units` say the unit:
 * a plan that says `bareNumbers:` is read as it says, and "Tempo 4" keeps its miles.
 */
function bareInMinutes(plan: LoadedPlan, words: PlanWords | undefined): PlanWords | undefined {
  const unit = words?.bare;
  if (!unit || unit === 'min' || unit === 'm' || plan.doc.bareNumbers) return words;
  const bare = plan.cells.map((c) => c.text.trim()).filter((t) => BARE_CELL.test(t)).map(Number).filter((n) => n > 0);
  if (bare.length === 0) return words;
  const least = Math.min(...bare);
  if (least * DISTANCE_UNITS[unit]! <= NORMS.long.meters.usual[1] || fit(least * 60, NORMS.run.seconds) !== 2) return words;
  return { ...words, minutesFrom: least };
}

const minuteWords = new WeakMap<PlanWords, PlanWords>();

/** The words a cell is read with: a number alone in minutes where bareInMinutes found the plan writes them so. */
function cellWords(words: PlanWords | undefined, text: string): PlanWords | undefined {
  if (words?.minutesFrom === undefined || !BARE_CELL.test(text.trim())) return words;
  if (!minuteWords.has(words)) minuteWords.set(words, { ...words, bare: 'min' });
  return minuteWords.get(words);
}

/** The plan-level warning that its numbers alone are read as minutes, on the first cell that is one. */
function minutesRead(plan: LoadedPlan, words: PlanWords | undefined): Diagnostic | undefined {
  const cell = words?.minutesFrom !== undefined ? plan.cells.find((c) => BARE_CELL.test(c.text.trim())) : undefined;
  if (!cell) return undefined;
  const o = cell.origin;
  const message = `days that are a number alone are read as minutes: the shortest, ${words!.minutesFrom}, would be ${words!.minutesFrom} ${words!.bare}, no usual run`;
  return { severity: 'warning', line: o.line, column: o.column, offset: o.offset, length: Math.max(1, cell.text.length), message };
}

/**
 * The athlete's paces at the plan's tolerance. An athlete's own table is built
 * at the default tolerance when the athlete is loaded; a plan that keeps it
 * uses that table rather than building the same one again for every compile.
 */
function pacesAt(athlete: Athlete, tolerance: Tolerance): PaceTable {
  const usual = tolerance.fast === DEFAULT_TOLERANCE.fast && tolerance.slow === DEFAULT_TOLERANCE.slow;
  return usual ? athlete.paces : buildPaceTable(athlete.profile, tolerance);
}

/** A start date read and placed for a plan's weeks, and the calendar dates counted from it. */
interface PlacedStart {
  /** Why the start date given was not used, or was moved. */
  problem?: Diagnostic;
  /** The first day of week 1 (absent when the start date given cannot be used). */
  iso?: string;
  day?: DateTime;
  /** Calendar dates by offset from the first day, filled as they are asked for. */
  dates?: string[];
}

/**
 * Start dates as placed, memoised by what decides them: every athlete
 * following a plan from the same day shares them, so Luxon reads a start date
 * once and not once per athlete (it was a tenth of compiling the 8-week plan).
 */
const starts = new Map<string, PlacedStart>();

function placedStart(given: string, weekStart: number, exact: boolean): PlacedStart {
  const key = `${given}|${weekStart}|${exact}`;
  let placed = starts.get(key);
  if (!placed) {
    placed = placeStart(given, weekStart, exact);
    if (starts.size >= 1000) starts.clear();
    starts.set(key, placed);
  }
  return placed;
}

function placeStart(given: string, weekStart: number, exact: boolean): PlacedStart {
  const start = DateTime.fromISO(given, { zone: 'UTC' });
  if (!start.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(given)) {
    return { problem: { severity: 'error', line: 1, column: 1, offset: 0, length: 1, message: `start date '${given}' is not a date such as 2026-11-30` } };
  }
  if (!startDateInRange(given)) {
    return { problem: { severity: 'error', line: 1, column: 1, offset: 0, length: 1, message: `start date ${given} is not between ${START_DATES.earliest} and ${START_DATES.latest}` } };
  }
  if (start.weekday - 1 === weekStart || exact) return { iso: start.toISODate()!, day: start, dates: [] };
  // Sessions keep their weekdays: week 1 starts on the plan's first weekday on or after the start date.
  const shift = (weekStart - (start.weekday - 1) + 7) % 7;
  const moved = start.plus({ days: shift });
  const message = `start date ${given} is a ${start.toFormat('cccc')}, but the plan's weeks start on ${WEEKDAY_NAMES[weekStart]}: week 1 begins ${moved.toISODate()}`;
  return { problem: { severity: 'warning', line: 1, column: 1, offset: 0, length: 1, message }, iso: moved.toISODate()!, day: moved, dates: [] };
}

/** The calendar date `offset` days after the start. */
function dateAt(start: PlacedStart, offset: number): string {
  const dates = start.dates!;
  return (dates[offset] ??= start.day!.plus({ days: offset }).toISODate()!);
}

/** Leaves out the sessions before `from`, saying which week of the plan the athlete joins in. */
function joinedPartWay(sessions: Workout[], from: string, diagnostics: Diagnostic[]): Workout[] {
  const kept = sessions.filter((s) => s.date === undefined || s.date >= from);
  const first = kept[0]?.slot?.week;
  if (kept.length < sessions.length && first !== undefined) {
    diagnostics.push({ severity: 'warning', line: 1, column: 1, offset: 0, length: 1, message: `joined part-way: the plan starts in week ${first} on ${from}; the sessions before it are left out` });
  }
  return kept;
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Sessions in the order they are run: by week, by day from the plan's first weekday, by run of the day. */
function sortByDay(sessions: Workout[], weekStart: number): void {
  const keyed = sessions.map((w) => {
    const s = w.slot!;
    return { w, key: s.week * 100 + ((WEEKDAYS.indexOf(s.day) - weekStart + 7) % 7) * 10 + s.index };
  });
  keyed.sort((a, b) => a.key - b.key);
  for (let k = 0; k < keyed.length; k++) sessions[k] = keyed[k]!.w;
}

/**
 * What a compiled plan says of itself: its sessions kept as written (a plan
 * never sinks on one cell), the errors no plan survives (a bad start date, a
 * default that cannot be read), and its warnings.
 */
export function planReport(plan: CompiledPlan): { kept: Workout[]; errors: Diagnostic[]; warnings: Diagnostic[] } {
  const kept = plan.sessions.filter((s) => s.asWritten);
  const ofKept = new Set(kept.flatMap((s) => s.diagnostics));
  return {
    kept,
    errors: plan.diagnostics.filter((d) => d.severity === 'error' && !ofKept.has(d)),
    warnings: plan.diagnostics.filter((d) => d.severity === 'warning'),
  };
}
