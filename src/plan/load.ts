/** Read a plan document — YAML, or a CSV/TSV grid — into validated cells with their positions. */
import type { Diagnostic } from '../ir/diagnostic.js';
import { WEEKDAYS, type Weekday } from '../ir/workout.js';
import type { Origin } from '../compiler/session.js';
import { parseSession } from '../compiler/parser.js';
import { looksLikeGrid, readGrid } from './csv.js';
import { planSchema, type PlanDoc, type SessionCell } from './schema.js';
import { parseYamlWith } from './yaml-doc.js';
import { lineStartsOf, locator } from './align.js';

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

const PLAN_KEYS = [...WEEKDAYS, 'name', 'description', 'source', 'weekStart', 'defaults', 'weeks', 'warmup', 'cooldown', 'stridesRecovery', 'tolerance', 'fast', 'slow', 'text', 'title', 'notes'];

export function loadPlan(text: string, file?: string): { plan?: LoadedPlan; diagnostics: Diagnostic[] } {
  if (looksLikeGrid(text, file)) return loadGrid(text, file);
  const parsed = parseYamlWith(planSchema, text, file, PLAN_KEYS);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const doc = parsed.value;
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
  const diagnostics = checkDefaults(doc, (key) => originAt(['defaults', key], String(doc.defaults[key as 'warmup'])));
  return { plan: { doc, cells, file }, diagnostics };
}

function loadGrid(text: string, file?: string): { plan?: LoadedPlan; diagnostics: Diagnostic[] } {
  const grid = readGrid(text, file);
  if (grid.diagnostics.length > 0) return { diagnostics: grid.diagnostics };
  const lines = text.split(/\r?\n/);
  const name = file ? file.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv)$/i, '') : 'Plan';
  const doc = planSchema.parse({ name, weeks: Array.from({ length: Math.max(1, grid.weeks) }, () => ({})) });
  const lineStarts = lineStartsOf(text);
  const cells: PlanCell[] = grid.cells.map((c) => {
    const at = locator(text, lineStarts, c.offset, c.text);
    return { week: c.week, day: c.day, index: 0, text: c.text, origin: { file, ...at(0), lines, at } };
  });
  return { plan: { doc, cells, file }, diagnostics: [] };
}

/** The plan's default warm-up, cool-down and strides recovery must themselves be readable shorthand. */
function checkDefaults(doc: PlanDoc, originOf: (key: string) => Origin): Diagnostic[] {
  const out: Diagnostic[] = [];
  const checks: [key: 'warmup' | 'cooldown' | 'stridesRecovery', wrap: (t: string) => string, prefix: number][] = [
    ['warmup', (t) => t, 0],
    ['cooldown', (t) => t, 0],
    ['stridesRecovery', (t) => `1 x 1m w/ ${t}`, '1 x 1m w/ '.length],
  ];
  for (const [key, wrap, prefix] of checks) {
    const value = doc.defaults[key];
    if (key !== 'stridesRecovery' && value.trim().toLowerCase() === 'none') continue;
    const r = parseSession(wrap(value));
    const items = r.ok && r.session.alternatives.length === 1 ? r.session.alternatives[0]!.items : [];
    // A warm-up or cool-down is one run; the strides recovery is read as the recovery of one rep.
    const one = items.length === 1 && (key === 'stridesRecovery' ? items[0]!.kind === 'repeat' && items[0]!.recovery !== undefined : items[0]!.kind === 'interval');
    if (one) continue;
    const o = originOf(key);
    const local = r.ok ? 0 : Math.max(0, r.error.offset - prefix);
    const p = o.at ? o.at(local) : { line: o.line, column: o.column + local, offset: o.offset + local };
    out.push({
      severity: 'error',
      ...p,
      length: r.ok ? value.length : r.error.length,
      message: `defaults.${key}: ${r.ok ? 'must be one run, such as 15 min easy' : r.error.message}`,
      hint: r.ok ? "or 'none'" : r.error.hint,
      file: o.file,
      sourceLine: o.lines?.[p.line - 1],
    });
  }
  return out;
}
