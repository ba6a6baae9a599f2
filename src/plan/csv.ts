/**
 * Plans kept as a spreadsheet: CSV or TSV, a header row of weekday names, one
 * row per week. Parsed with csv-parse; each cell keeps its line and column.
 * Above the header a sheet may name itself: a title row (one cell, as a
 * spreadsheet's title over its table) or `# name: …`, `# description: …` and
 * `# race: HM` (the race the plan prepares for) lines
 * lines; other lines starting with `#` there are comments.
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

/** What a sheet says of itself above its header row. */
export interface GridHeading {
  name?: string;
  description?: string;
  /** `# race: HM`: the race the plan prepares for, what its "pace" means. */
  race?: { text: string; line: number };
}

const weekdayCount = (cells: readonly string[]) => cells.filter((c) => DAY_NAMES[c.trim().toLowerCase()] !== undefined).length;
const filled = (cells: readonly string[]) => cells.map((c) => c.trim()).filter((c) => c !== '');
/** A line of the heading starting with '#' (a '#' week-number column of the header row is no comment). */
const isComment = (cells: readonly string[]) => (cells[0] ?? '').trim().startsWith('#') && weekdayCount(cells) === 0;
/** A title row: one cell, not a weekday, as a spreadsheet's title over its table. */
const isTitle = (cells: readonly string[]) => {
  const f = filled(cells);
  return f.length === 1 && (cells[0] ?? '').trim() === f[0] && weekdayCount(cells) === 0;
};

export function looksLikeGrid(text: string, file?: string): boolean {
  if (file && /\.(csv|tsv)$/i.test(file)) return true;
  // A header of weekdays, under at most a title line and '#' lines; a YAML plan's comments have no such header.
  let titles = 0;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/, 50)) {
    if (line.trim() === '') continue;
    // A title quoted for the commas in it is one cell.
    const quoted = /^\s*"([^"]*)"[,\t\s]*$/.exec(line);
    const cells = quoted ? [quoted[1]!] : line.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (weekdayCount(cells) >= 3) return true;
    if (isComment(cells)) continue;
    if (!isTitle(cells) || ++titles > 1) return false;
  }
  return false;
}

/**
 * The records above the header row, and what they say: the header is the first
 * record that is neither a '#' line nor a title row over a row of weekdays.
 */
function readHeading(records: readonly { record: string[] }[]): { heading: GridHeading; rows: number } {
  const heading: GridHeading = {};
  let k = 0;
  for (; k < records.length; k++) {
    const cells = records[k]!.record;
    if (isComment(cells)) {
      const m = /^#\s*(name|title|description|race)\s*:\s*(.*?)\s*$/i.exec(filled(cells).join(', '));
      const word = m?.[1]!.toLowerCase();
      if (m && m[2] && word === 'race') heading.race ??= { text: m[2], line: k };
      else if (m && m[2]) heading[word === 'description' ? 'description' : 'name'] ??= m[2];
      continue;
    }
    const next = records.slice(k + 1).find((r) => !isComment(r.record));
    if (isTitle(cells) && heading.name === undefined && next && weekdayCount(next.record) > 0) {
      heading.name = filled(cells)[0]!;
      continue;
    }
    break;
  }
  return { heading, rows: k };
}

export function readGrid(text: string, file?: string): { cells: GridCell[]; weeks: number; heading: GridHeading; diagnostics: Diagnostic[] } {
  const lines = text.split(/\r?\n/);
  // Tabs or commas, as the header row has them: the lines above it may hold either.
  const headerLine = lines.find((l) => weekdayCount(l.split('\t')) > 0 || weekdayCount(l.split(',')) > 0) ?? lines[0] ?? '';
  const delimiter = headerLine.includes('\t') ? '\t' : ',';
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
    return { cells: [], weeks: 0, heading: {}, diagnostics };
  }
  // Each record's cells with their offsets in the file; a quoted cell may span lines.
  let cursor = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const located = records.map(({ record, raw }) => {
    const at = text.indexOf(raw, cursor);
    const recordStart = at < 0 ? cursor : at;
    cursor = recordStart + raw.length;
    return { record, starts: fieldStarts(raw, delimiter).map((o) => recordStart + o) };
  });
  const { heading, rows } = readHeading(located);
  const header = located[rows]?.record ?? [];
  const headerStarts = located[rows]?.starts ?? [];
  const days: (Weekday | undefined)[] = header.map((h) => DAY_NAMES[h.trim().toLowerCase()]);
  header.forEach((h, k) => {
    const name = h.trim();
    if (days[k] || name === '' || /^(week|wk|#)$/i.test(name)) return;
    const near = suggest(name.toLowerCase(), Object.keys(DAY_NAMES));
    err(headerStarts[k] ?? 0, `'${name}' is not a weekday`, near ? `did you mean '${near}'?` : 'the header row names the days: Monday … Sunday (or mon … sun)');
  });
  if (days.filter(Boolean).length === 0) err(headerStarts[0] ?? 0, 'no weekday names in the header row', 'the first row names the days: Monday,Tuesday,…');
  const cells: GridCell[] = [];
  let week = 0;
  for (const { record, starts } of located.slice(rows + 1)) {
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
  return { cells, weeks: week, heading, diagnostics };
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
