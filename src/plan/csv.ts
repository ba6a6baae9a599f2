/**
 * Plans kept as a spreadsheet: CSV or TSV, a header row of weekday names, one
 * row per week. Parsed with csv-parse; each cell keeps its line and column.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../ir/diagnostic.js';
import { WEEKDAYS, type Weekday } from '../ir/workout.js';
import { lineColumn, lineStartsOf } from './align.js';
import { suggest } from '../compiler/vocabulary.js';

export interface GridCell {
  week: number;
  day: Weekday;
  text: string;
  line: number;
  column: number;
  offset: number;
}

const DAY_NAMES: Record<string, Weekday> = {};
for (const [k, d] of WEEKDAYS.entries()) {
  const long = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'][k]!;
  for (const n of [d, long, long.slice(0, 3), long.slice(0, 4), long.slice(0, 2)]) DAY_NAMES[n] = d;
}

export function looksLikeGrid(text: string, file?: string): boolean {
  if (file && /\.(csv|tsv)$/i.test(file)) return true;
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const cells = first.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  return cells.filter((c) => DAY_NAMES[c] !== undefined).length >= 3;
}

export function readGrid(text: string, file?: string): { cells: GridCell[]; weeks: number; diagnostics: Diagnostic[] } {
  const lines = text.split(/\r?\n/);
  const firstLine = lines[0] ?? '';
  const delimiter = firstLine.includes('\t') ? '\t' : ',';
  const lineStarts = lineStartsOf(text);
  const diagnostics: Diagnostic[] = [];
  const err = (offset: number, message: string, hint?: string) => {
    const { line, column } = lineColumn(lineStarts, offset);
    diagnostics.push({ severity: 'error', line, column, offset, length: 1, message, hint, file, sourceLine: lines[line - 1] });
  };
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, raw: true, bom: true, trim: false }) as unknown as typeof records;
  } catch (e) {
    const m = e as { message?: string; lines?: number };
    err(lineStarts[(m.lines ?? 1) - 1] ?? 0, `the spreadsheet cannot be read: ${m.message ?? 'bad CSV'}`, 'check the quotes around cells that contain commas');
    return { cells: [], weeks: 0, diagnostics };
  }
  // Each record's cells with their offsets in the file; a quoted cell may span lines.
  let cursor = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const located = records.map(({ record, raw }) => {
    const at = text.indexOf(raw, cursor);
    const recordStart = at < 0 ? cursor : at;
    cursor = recordStart + raw.length;
    return { record, starts: fieldStarts(raw, delimiter).map((o) => recordStart + o) };
  });
  const header = located[0]?.record ?? [];
  const headerStarts = located[0]?.starts ?? [];
  const days: (Weekday | undefined)[] = header.map((h) => DAY_NAMES[h.trim().toLowerCase()]);
  header.forEach((h, k) => {
    const name = h.trim();
    if (days[k] || name === '' || /^(week|wk|#)$/i.test(name)) return;
    const near = suggest(name.toLowerCase(), Object.keys(DAY_NAMES));
    err(headerStarts[k] ?? 0, `'${name}' is not a weekday`, near ? `did you mean '${near}'?` : 'the header row names the days: Monday … Sunday (or mon … sun)');
  });
  if (days.filter(Boolean).length === 0) err(0, 'no weekday names in the header row', 'the first row names the days: Monday,Tuesday,…');
  const cells: GridCell[] = [];
  let week = 0;
  for (const { record, starts } of located.slice(1)) {
    week++;
    record.forEach((value, k) => {
      const day = days[k];
      const text = value.trim();
      if (!day || text === '') return;
      const offset = starts[k] ?? 0;
      const { line, column } = lineColumn(lineStarts, offset);
      cells.push({ week, day, text, line, column, offset });
    });
  }
  return { cells, weeks: week, diagnostics };
}

/** Offsets of each field's first character within one raw record (outside quotes, past an opening quote). */
function fieldStarts(raw: string, delimiter: string): number[] {
  const starts: number[] = [];
  let inQuotes = false;
  let fieldStart = 0;
  const push = (at: number) => starts.push(raw[at] === '"' ? at + 1 : at);
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) {
      push(fieldStart);
      fieldStart = i + 1;
    }
  }
  push(fieldStart);
  return starts;
}
