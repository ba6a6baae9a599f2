/**
 * Layout the coach wrote around a session, read by what stands around it: the
 * columns of a table row ("Steady | 4M | 7:30"), the day's own name after its
 * length ("4 miles - Reg Run") and a total after "=" at the end of a line ("Walk
 * 10mins, run 20mins easy, walk 10min = 40mins"). An "=" that names something
 * ("RI = 2 min", "L = lesser of …") is left to the grammar, and so is a bar
 * whose row is no plain label, length and pace.
 */
import { LABEL_WORDS } from '../dialect/labels.js';
import { RUN_CHOICE_PHRASES } from '../dialect/runs.js';
import type { Token, TokenKind } from '../lexer.js';
import { KNOWN_WORDS } from '../vocabulary.js';
import { lengthEnd } from './summaries.js';
import { aside, tokenLines } from './tokens.js';
import { WEEKDAYS } from '../dialect/dates.js';
import { SHORT_WEEKDAYS } from '../dialect/calendar.js';

const LINE_ENDS = new Set<TokenKind>(['newline', 'eof']);

/**
 * "| Monday | 5 miles easy |", "Fr. | 10 km Marathontempo | |": a row of a table written with
 * bars at its edges, or headed by a day's cell. The bars at the row's edges and the empty cells
 * there frame nothing and are set aside, and so is a first cell naming the day, which heads the
 * row as "Monday:" does. The bars between the cells that are left are read by tableRows.
 */
export function rowEdges(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'bar')) return tokens;
  // "| Monday | 5 miles |\n| Tuesday | 6 miles |": rows of several days are several sessions, never one.
  const days = tokenLines(tokens).filter(({ tokens: line }) => dayCell(line, leadingBars(line)) !== undefined).length;
  return days > 1 ? tokens : byLine(tokens, rowEdge);
}

const leadingBars = (line: Token[]) => {
  let first = 0;
  while (line[first]?.kind === 'bar') first++;
  return first;
};

/** Each line of `tokens` as `read` gives it, the line ends kept. */
function byLine(tokens: Token[], read: (line: Token[]) => Token[]): Token[] {
  return tokenLines(tokens).flatMap((line) => [...read(line.tokens), line.end]);
}

function rowEdge(line: Token[]): Token[] {
  const first = leadingBars(line);
  let last = line.length - 1;
  while (last >= first && line[last]!.kind === 'bar') last--;
  // A bar that only closes its line ("Level 2 |\n3mins |") may be a column copied down the page: no row by itself.
  const edged = first > 0;
  // "Monday | 4 miles | easy": a row of label, length and pace with no edges is tableRows' to read.
  const inner = line.slice(first, last + 1).filter((t) => t.kind === 'bar').length;
  const day = edged || inner === 1 ? dayCell(line, first) : undefined;
  if (!edged && day === undefined) return line;
  return line.map((t, k) => (k < first || k > last || (day !== undefined && k <= day) ? aside(t, t) : t));
}

/** The bar after a first cell that names a day of the week ("Montag", "Fr."), if there is one. */
function dayCell(line: Token[], first: number): number | undefined {
  const bar = line.findIndex((t, k) => k >= first && t.kind === 'bar');
  const words = line.slice(first, bar).filter((t) => t.kind !== 'dot');
  return bar > first && words.length === 1 && isDay(words[0]!) ? bar : undefined;
}

/** A day's full name or its short form ("Monday", "Mo", "Fr.", "Do"): in a table's first cell, nothing else. */
const isDay = (t: Token) => t.kind === 'word' && (WEEKDAYS.has(t.value) || SHORT_WEEKDAYS.has(t.value));

/**
 * "Long run | 9M | 7:45": a row of a table whose columns are the session's
 * label, its length and its pace reads as "Long run: 9M @ 7:45"; "Easy | 4M"
 * as "Easy: 4M". A row whose middle column holds more than one length
 * ("Speedwork | 6M (inc 5x800m, 200m jog) | 5K") keeps its bars: which part
 * the pace is for is not written, so the row is refused.
 */
export function tableRows(tokens: Token[]): Token[] {
  return tokens.some((t) => t.kind === 'bar') ? byLine(tokens, tableRow) : tokens;
}

function tableRow(row: Token[]): Token[] {
  // The row's edges rowEdges set aside stand outside its cells.
  let from = 0;
  let to = row.length;
  while (from < to && row[from]!.kind === 'prose') from++;
  while (to > from && row[to - 1]!.kind === 'prose') to--;
  if (from === 0 && to === row.length) return cells(row);
  return [...row.slice(0, from), ...cells(row.slice(from, to)), ...row.slice(to)];
}

function cells(line: Token[]): Token[] {
  const bars = line.flatMap((t, k) => (t.kind === 'bar' ? [k] : []));
  if (bars.length === 0 || bars.length > 2) return line;
  const [first, second] = bars as [number, number | undefined];
  const label = line.slice(0, first);
  const length = line.slice(first + 1, second ?? line.length);
  const pace = second === undefined ? [] : line.slice(second + 1);
  const named = label.length > 0 && label.every((t) => t.kind === 'word');
  const plain = length.length > 0 && lengthEnd(length, 0) === length.length;
  if (!named || !plain || (second !== undefined && pace.length === 0)) return line;
  const out = line.map((t) => ({ ...t }));
  out[first] = as(line[first]!, 'colon', ':');
  if (second !== undefined) out[second] = as(line[second]!, 'at', '@');
  return out;
}

/** The mark the layout `t` stands for, over its span. */
function as(t: Token, kind: TokenKind, value: string): Token {
  return { ...t, kind, value, synthetic: true };
}

/**
 * Words that say how a run goes when they name it: every word of every label ("Fartlek", "Long Run")
 * and of the labels that leave the day to the runner ("Flex Run"), and the words runcast reads, but "run".
 */
const MEANT = new Set(
  [...KNOWN_WORDS, ...LABEL_WORDS, ...RUN_CHOICE_PHRASES.flatMap(([p]) => p.split(/[\s-]+/))].filter((w) => w !== 'run'),
);

/**
 * "3 miles - Flex Run", "4 miles - Reg Run": after a line's only length, a
 * spaced dash and up to three capitalised words to the end of the line that
 * name nothing runcast reads are the coach's name for the day. They are set
 * aside (kept in the notes); a name runcast reads ("Tempo Run", "Fartlek") is
 * left to the labels.
 */
export function trailingNames(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let line = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const end = t.kind === 'dash' && t.spaced && lengthEnd(tokens, line) === k ? nameEnd(tokens, k + 1) : undefined;
    if (end !== undefined) {
      for (let j = k; j < end; j++) out.push({ ...tokens[j]!, kind: 'prose', synthetic: true });
      k = end - 1;
      continue;
    }
    out.push(t);
    if (LINE_ENDS.has(t.kind)) line = k + 1;
  }
  return out;
}

/** The index after a name of one to three capitalised words from `k` that ends its line, or nothing. */
function nameEnd(tokens: Token[], k: number): number | undefined {
  let j = k;
  while (j - k < 3 && tokens[j]?.kind === 'word' && /^\p{Lu}/u.test(tokens[j]!.raw)) j++;
  const words = tokens.slice(k, j).map((t) => t.value);
  if (j === k || !LINE_ENDS.has(tokens[j]?.kind ?? 'eof') || words.some((w) => MEANT.has(w))) return undefined;
  return j;
}

/** Marks that close the clause a total follows. */
const CLAUSE_OPENS = new Set<TokenKind>(['newline', 'stop', 'comma', 'semicolon', 'colon']);
const TOTAL_ENDS = new Set<TokenKind>(['newline', 'stop', 'eof']);

/**
 * "Walk 10mins, run 20mins easy, walk 10min = 40mins": after a clause that
 * holds a figure, "=" and one length to the end of the line sum the session up
 * and add no step. After a name ("RI = 2 min", "Total running time = 16
 * minutes") the "=" says what the name is. After repeats ("(Run 10mins easy,
 * walk 10mins) x 2 = 40mins") the total is what tells whether the last walk is
 * taken, which is not weighed here, so the "=" is left and the line refused.
 */
export function lineTotals(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = tokens[k]!.kind === 'equals' && figured(out) ? totalEnd(tokens, k + 1) : undefined;
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    const first = tokens[k]!;
    const last = tokens[end - 1]!;
    out.push(aside(first, last));
    k = end - 1;
  }
  return out;
}

/** Whether the clause written so far holds a figure (a number or a clock), and its line no repeats. */
function figured(before: Token[]): boolean {
  const line = before.slice(lastIndex(before, (t) => t.kind === 'newline') + 1);
  if (line.some((t) => t.kind === 'x' || (t.kind === 'word' && t.value === 'times'))) return false;
  const clause = line.slice(lastIndex(line, (t) => CLAUSE_OPENS.has(t.kind)) + 1);
  return clause.some((t) => t.kind === 'number' || t.kind === 'clock');
}

function lastIndex(tokens: Token[], is: (t: Token) => boolean): number {
  for (let j = tokens.length - 1; j >= 0; j--) if (is(tokens[j]!)) return j;
  return -1;
}

/** The index after "40mins", "21 min total" from `k` (a line break may come first), when the line ends there. */
function totalEnd(tokens: Token[], k: number): number | undefined {
  const from = tokens[k]?.kind === 'newline' ? k + 1 : k;
  let end = lengthEnd(tokens, from);
  if (end === undefined) return undefined;
  if (tokens[end]?.kind === 'word' && tokens[end]!.value === 'total') end++;
  return TOTAL_ENDS.has(tokens[end]?.kind ?? 'eof') ? end : undefined;
}
