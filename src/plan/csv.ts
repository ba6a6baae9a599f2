/**
 * Plans kept as a spreadsheet: CSV or TSV, a header row of weekday names, one
 * row per week. Parsed with csv-parse; each cell keeps its line and column.
 * Above the header a sheet may name itself: a title row (one cell, as a
 * spreadsheet's title over its table) or `# name: …`, `# description: …` and
 * `# race: HM` (the race the plan prepares for) lines; `# units: km` and
 * `# bare numbers: min` say what its numbers without a unit are, and
 * `# pace EZ: easy` (or `# paces: EZ = easy, SP = 5K`) names its paces;
 * other lines starting with `#` there are comments. A legend row, above the
 * header or below the weeks ("Legend: EZ = easy", "SP = 5K pace"), names
 * paces too and is no week.
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
  race?: { text: string; at: number };
  /** `# units: km`: the unit the plan is written in. */
  units?: { text: string; at: number };
  /** `# bare numbers: min`: what a number with no unit is. */
  bareNumbers?: { text: string; at: number };
  /** The plan's own pace names, from `# pace …` lines and legend rows. */
  paces?: { name: string; pace: string; at: number }[];
  /** Offsets in the file are those of the line (or row) that says so. */
}

/** "EZ = easy", "SP: 5K pace": one pace name of a legend, and what it stands for. */
const LEGEND_ENTRY = /^\s*([A-Za-z][A-Za-z0-9]{0,11})\s*[=:]\s*(\S.*?)\s*$/;
/** A legend's own word, before its entries ("Legend:", "Key", "Paces:"). */
const LEGEND_WORD = /^\s*(legend|key|paces)\s*:?\s*/i;

/** The entries of a legend's text, or undefined when some part of it is not one ("EZ = easy; SP = 5K"). */
function legendEntries(text: string): { name: string; pace: string }[] | undefined {
  const parts = text.replace(LEGEND_WORD, '').split(/[;,]/).map((p) => p.trim()).filter((p) => p !== '');
  const entries = parts.map((p) => LEGEND_ENTRY.exec(p));
  if (entries.length === 0 || entries.some((m) => !m)) return undefined;
  // "5K pace" names the pace "5K": the word "pace" after it is the legend's, not the pace's.
  return entries.map((m) => ({ name: m![1]!, pace: m![2]!.replace(/\s+pace$/i, '') }));
}

/** A legend row: its filled cells are all "NAME = pace", after an optional "Legend" cell. */
function legendRow(cells: readonly string[]): { name: string; pace: string }[] | undefined {
  const f = filled(cells);
  if (f.length === 0 || weekdayCount(cells) > 0) return undefined;
  const labelled = LEGEND_WORD.test(f[0]!);
  if (!labelled && !f.every((c) => c.includes('='))) return undefined;
  return legendEntries(f.join('; '));
}

/** What a '#' line of the heading says, kept on the heading; any other '#' line is a comment. */
function headingLine(heading: GridHeading, text: string, at: number): void {
  const pace = /^#\s*pace\s+([A-Za-z][A-Za-z0-9]*)\s*[:=]\s*(.*?)\s*$/i.exec(text);
  if (pace && pace[2]) {
    (heading.paces ??= []).push({ name: pace[1]!, pace: pace[2].replace(/\s+pace$/i, ''), at });
    return;
  }
  const m = /^#\s*(name|title|description|race|units|bare\s*numbers|paces|legend)\s*:\s*(.*?)\s*$/i.exec(text);
  const word = m?.[1]!.toLowerCase().replace(/\s+/g, '');
  if (!m || !m[2] || !word) return;
  if (word === 'paces' || word === 'legend') {
    for (const e of legendEntries(m[2]) ?? []) (heading.paces ??= []).push({ ...e, at });
  } else if (word === 'race' || word === 'units') heading[word] ??= { text: m[2], at };
  else if (word === 'barenumbers') heading.bareNumbers ??= { text: m[2], at };
  else heading[word === 'description' ? 'description' : 'name'] ??= m[2];
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
    if (isComment(cells) || legendRow(cells)) continue;
    if (!isTitle(cells) || ++titles > 1) return false;
  }
  return false;
}

/**
 * The records above the header row, and what they say: the header is the first
 * record that is neither a '#' line nor a title row over a row of weekdays.
 */
function readHeading(records: readonly { record: string[]; starts: number[] }[]): { heading: GridHeading; rows: number } {
  const heading: GridHeading = {};
  let k = 0;
  for (; k < records.length; k++) {
    const cells = records[k]!.record;
    if (isComment(cells)) {
      headingLine(heading, filled(cells).join(', '), records[k]!.starts[0] ?? 0);
      continue;
    }
    const legend = legendRow(cells);
    if (legend) {
      for (const e of legend) (heading.paces ??= []).push({ ...e, at: records[k]!.starts[0] ?? 0 });
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
    const legend = legendRow(record);
    if (legend) {
      for (const e of legend) (heading.paces ??= []).push({ ...e, at: starts[0] ?? 0 });
      continue;
    }
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
