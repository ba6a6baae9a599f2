/** Read a plan document — YAML, or a CSV/TSV grid — into validated cells with their positions. */
import type { Diagnostic } from '../ir/diagnostic.js';
import { WEEKDAYS, type Weekday } from '../ir/workout.js';
import type { Origin } from '../compiler/session.js';
import { checkPlanText, checkPlanWeeks, checkSessionText } from '../compiler/budget.js';
import { readPace, readRecovery, readRun } from '../compiler/defaults.js';
import { looksLikeGrid, readGrid, type GridHeading } from './csv.js';
import { planSchema, type PlanDoc, type SessionCell } from './schema.js';
import { parseYamlWith } from './yaml-doc.js';
import { lineColumn, lineStartsOf, locator } from './align.js';

export interface PlanCell {
  week: number;
  day: Weekday;
  /** Index among the day's sessions (a double day has 0 and 1). */
  index: number;
  text: string;
  title?: string;
  notes?: string;
  origin: Origin;
}

export interface LoadedPlan {
  doc: PlanDoc;
  cells: PlanCell[];
  file?: string;
}

const PLAN_KEYS = [...WEEKDAYS, 'name', 'description', 'source', 'race', 'units', 'bareNumbers', 'paces', 'weekStart', 'defaults', 'weeks', 'warmup', 'cooldown', 'stridesRecovery', 'around', 'tolerance', 'fast', 'slow', 'text', 'title', 'notes'];

/** Throws a BudgetError for a plan too large to compile (see `compiler/budget.ts`). */
export function loadPlan(text: string, file?: string): { plan?: LoadedPlan; diagnostics: Diagnostic[] } {
  checkPlanText(text);
  if (looksLikeGrid(text, file)) return loadGrid(text, file);
  const parsed = parseYamlWith(planSchema, text, file, PLAN_KEYS);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const doc = parsed.value;
  const weeksAt = parsed.locate(['weeks']);
  checkPlanWeeks(doc.weeks.length, weeksAt && { ...(file ? { file } : {}), line: weeksAt.line, column: weeksAt.column });
  const cells: PlanCell[] = [];
  const lineStarts = lineStartsOf(text);
  const originAt = (path: (string | number)[], value: string): Origin => {
    const p = parsed.locate(path) ?? { line: 1, column: 1, offset: 0 };
    const at = locator(text, lineStarts, p.offset, value);
    return { file, ...at(0), lines: parsed.lines, at };
  };
  doc.weeks.forEach((week, w) => {
    for (const day of WEEKDAYS) {
      const cell = week[day];
      if (cell === undefined) continue;
      const list: SessionCell[] = Array.isArray(cell) ? cell : [cell];
      list.forEach((c, index) => {
        const path: (string | number)[] = ['weeks', w, day, ...(Array.isArray(cell) ? [index] : [])];
        if (typeof c === 'string') cells.push({ week: w + 1, day, index, text: c, origin: originAt(path, c) });
        else cells.push({ week: w + 1, day, index, text: c.text, title: c.title, notes: c.notes, origin: originAt([...path, 'text'], c.text) });
      });
    }
  });
  const diagnostics = [
    ...checkDefaults(doc, (key) => originAt(['defaults', key], String(doc.defaults[key as 'warmup']))),
    ...checkPaces(doc, (name) => originAt(['paces', name], doc.paces![name]!)),
    ...checkRaceDay(doc, () => originAt(['race'], '')),
  ];
  return { plan: { doc, cells, file }, diagnostics };
}

function loadGrid(text: string, file?: string): { plan?: LoadedPlan; diagnostics: Diagnostic[] } {
  const grid = readGrid(text, file);
  if (grid.diagnostics.length > 0) return { diagnostics: grid.diagnostics };
  checkPlanWeeks(grid.weeks);
  const lines = text.split(/\r?\n/);
  const { race, units, bareNumbers, paces } = grid.heading;
  const parsed = planSchema.safeParse({
    ...gridNames(grid.heading, file),
    ...(race ? { race: race.text } : {}),
    ...(units ? { units: unitWord(units.text) } : {}),
    ...(bareNumbers ? { bareNumbers: unitWord(bareNumbers.text) } : {}),
    ...(paces ? { paces: Object.fromEntries(paces.map((p) => [p.name, p.pace])) } : {}),
    weeks: Array.from({ length: Math.max(1, grid.weeks) }, () => ({})),
  });
  const lineStarts = lineStartsOf(text);
  const problem = (offset: number, message: string, hint?: string): Diagnostic => {
    const { line, column } = lineColumn(lineStarts, offset);
    return { severity: 'error', line, column, offset, length: 1, message, ...(hint ? { hint } : {}), file, sourceLine: lines[line - 1] };
  };
  if (!parsed.success) {
    // Only the heading's declarations can be wrong here: names and descriptions were cut to what fits.
    return { diagnostics: parsed.error.issues.map((i) => headingIssue(grid.heading, i.path, i.message, problem)) };
  }
  const paceProblems = checkPaces(parsed.data, (name) => {
    const at = paces?.find((p) => p.name === name)?.at ?? 0;
    return { file, ...lineColumn(lineStarts, at), offset: at, lines };
  });
  const raceProblems = checkRaceDay(parsed.data, () => ({ file, ...lineColumn(lineStarts, race?.at ?? 0), offset: race?.at ?? 0, lines }));
  if (paceProblems.length > 0 || raceProblems.length > 0) return { diagnostics: [...paceProblems, ...raceProblems] };
  const doc = parsed.data;
  const cells: PlanCell[] = grid.cells.map((c) => {
    const at = locator(text, lineStarts, c.offset, c.text);
    return { week: c.week, day: c.day, index: 0, text: c.text, origin: { file, ...at(0), lines, at } };
  });
  return { plan: { doc, cells, file }, diagnostics: [] };
}

/** "kilometres", "Miles", "minutes": the unit a heading line names, as the plan document writes it. */
function unitWord(text: string): string {
  const word = text.trim().toLowerCase();
  if (/^(km|kms|kilomet(er|re)s?)$/.test(word)) return 'km';
  if (/^(mi|miles?)$/.test(word)) return 'mi';
  if (/^(min|mins|minutes?)$/.test(word)) return 'min';
  if (/^(m|met(er|re)s?)$/.test(word)) return 'm';
  return word;
}

const HEADING_HINTS: Record<string, string> = {
  race: 'a race such as "# race: HM", "# race: 10K" or "# race: marathon"',
  units: '"# units: km" or "# units: mi"',
  bareNumbers: '"# bare numbers: km", "mi", "m" or "min"',
  paces: 'a pace name such as "# pace EZ: easy", or a legend row "EZ = easy, SP = 5K"',
};

/** A problem with one of the heading's declarations, at the line that made it. */
function headingIssue(heading: GridHeading, path: readonly PropertyKey[], message: string, problem: (offset: number, message: string, hint?: string) => Diagnostic): Diagnostic {
  const key = String(path[0] ?? '');
  const declared = key === 'paces' ? heading.paces?.find((p) => p.name === path[1]) ?? heading.paces?.[0] : heading[key as 'race' | 'units' | 'bareNumbers'];
  const what = key === 'paces' && path[1] !== undefined ? `pace ${String(path[1])}` : key;
  return problem(declared?.at ?? 0, `${what}: ${message.replace(/^race: /, '')}`, HEADING_HINTS[key]);
}

/**
 * A sheet's name: the one its heading gives (a title row, `# name:`), else its
 * file's name, else "Plan"; each within what a plan's name and description may be.
 */
function gridNames(heading: GridHeading, file?: string): { name: string; description?: string } {
  const fileName = file ? file.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt)$/i, '') : '';
  const usable = (s: string | undefined) => (s !== undefined && planSchema.shape.name.safeParse(s.slice(0, 200)).success ? s.slice(0, 200) : undefined);
  const name = usable(heading.name) ?? usable(fileName === '-' ? undefined : fileName) ?? 'Plan';
  const description = heading.description?.slice(0, 4000);
  return { name, ...(description ? { description } : {}) };
}

/** The plan's default warm-up, cool-down and strides recovery must themselves be readable shorthand. */
function checkDefaults(doc: PlanDoc, originOf: (key: string) => Origin): Diagnostic[] {
  const out: Diagnostic[] = [];
  const readers = { warmup: readRun, cooldown: readRun, stridesRecovery: readRecovery } as const;
  for (const key of ['warmup', 'cooldown', 'stridesRecovery'] as const) {
    const value = doc.defaults[key];
    checkSessionText(value, () => originOf(key));
    if (key !== 'stridesRecovery' && value.trim().toLowerCase() === 'none') continue;
    const r = readers[key](value);
    if (!r.ok) out.push(unread(r, `defaults.${key}`, originOf(key)));
  }
  return out;
}

/** Each of the plan's pace names must stand for a pace the reader knows ("easy", "5K", "4:50/km"). */
function checkPaces(doc: PlanDoc, originOf: (name: string) => Origin): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [name, pace] of Object.entries(doc.paces ?? {})) {
    const r = readPace(pace);
    if (!r.ok) out.push(unread(r, `paces.${name}`, originOf(name)));
  }
  return out;
}

/** The day the race is declared on must be one of the plan's weeks. */
function checkRaceDay(doc: PlanDoc, originOf: () => Origin): Diagnostic[] {
  const day = doc.race?.day;
  if (!day || day.week <= doc.weeks.length) return [];
  const o = originOf();
  return [
    {
      severity: 'error',
      line: o.line,
      column: o.column,
      offset: o.offset,
      length: 1,
      message: `race: week ${day.week} is past the plan's last week (${doc.weeks.length})`,
      hint: `a day such as ${doc.weeks.length}/sun, or "last" for the plan's last session`,
      file: o.file,
      sourceLine: o.lines?.[o.line - 1],
    },
  ];
}

/** What could not be read in a value of the plan, at its place in the document. */
function unread(r: Extract<ReturnType<typeof readPace>, { ok: false }>, what: string, o: Origin): Diagnostic {
  const p = o.at ? o.at(r.offset) : { line: o.line, column: o.column + r.offset, offset: o.offset + r.offset };
  return {
    severity: 'error',
    ...p,
    length: Math.max(1, r.length),
    message: `${what}: ${r.message}`,
    ...(r.hint ? { hint: r.hint } : {}),
    file: o.file,
    sourceLine: o.lines?.[p.line - 1],
  };
}
