/**
 * Plans kept as a spreadsheet: CSV or TSV, a header row of weekday names, one
 * row per week. Parsed with csv-parse; each cell keeps its line and column.
 */
import { parse } from 'csv-parse/sync';
import type { Diagnostic } from '../ir/diagnostic.js';
import { WEEKDAYS, type Weekday } from '../ir/workout.js';

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
  const lineStarts: number[] = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const diagnostics: Diagnostic[] = [];
  const err = (line: number, column: number, message: string, hint?: string) =>
    diagnostics.push({ severity: 'error', line, column, offset: (lineStarts[line - 1] ?? 0) + column - 1, length: 1, message, hint, file, sourceLine: lines[line - 1] });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true, trim: false }) as unknown as typeof records;
  } catch (e) {
    const m = e as { message?: string; lines?: number };
    err(m.lines ?? 1, 1, `the spreadsheet cannot be read: ${m.message ?? 'bad CSV'}`, 'check the quotes around cells that contain commas');
    return { cells: [], weeks: 0, diagnostics };
  }
  const header = records[0]?.record ?? [];
  const days: (Weekday | undefined)[] = header.map((h) => DAY_NAMES[h.trim().toLowerCase()]);
  header.forEach((h, k) => {
    if (!days[k] && h.trim() !== '' && !/^(week|wk|#)$/i.test(h.trim())) err(1, columnOf(firstLine, h, delimiter, k), `'${h.trim()}' is not a weekday`, 'the header row names the days: Monday … Sunday (or mon … sun)');
  });
  if (days.filter(Boolean).length === 0) err(1, 1, 'no weekday names in the header row', 'the first row names the days: Monday,Tuesday,…');
  const cells: GridCell[] = [];
  let week = 0;
  for (const { record, info } of records.slice(1)) {
    week++;
    const line = info.lines;
    const raw = lines[line - 1] ?? '';
    record.forEach((value, k) => {
      const day = days[k];
      const text = value.trim();
      if (!day || text === '') return;
      const column = columnOf(raw, value, delimiter, k) + (value.length - value.trimStart().length);
      cells.push({ week, day, text, line, column, offset: (lineStarts[line - 1] ?? 0) + column - 1 });
    });
  }
  return { cells, weeks: week, diagnostics };
}

/** Column (1-based) of the k-th cell in its line, found by walking the delimiters outside quotes. */
function columnOf(line: string, value: string, delimiter: string, k: number): number {
  let field = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    if (field === k) {
      const at = line.indexOf(value, i);
      return (at >= 0 ? at : i) + 1;
    }
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === delimiter && !inQuotes) field++;
  }
  return line.length + 1;
}
