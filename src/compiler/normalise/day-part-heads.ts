/**
 * "6:00AM – 8-10km easy\n9:30AM – 18.2km hard", "Morning: 5 miles easy\nEvening: 4 miles": two lines of a day,
 * each headed by the hour or the part of the day it is run in, are the day's two runs, as "AM: …\nPM: …" are.
 * The heads are written as those marks, over their span, for the grammar's day of two runs. Only two: a day's
 * timetable of meals and rests around its runs ("06:00 First run …\n08:00 Breakfast") is no such day.
 */
import { HOUR_MARKS } from '../dialect/dates.js';
import { MORNING_HEADS } from '../dialect/calendar.js';
import type { Token } from '../lexer.js';
import { isWord } from './tokens.js';

const LINE_ENDS = new Set<Token['kind']>(['newline', 'eof']);
const HEAD_ENDS = new Set<Token['kind']>(['dash', 'colon']);
const FIGURES = new Set<Token['kind']>(['number', 'clock']);

export function dayPartHeads(tokens: Token[]): Token[] {
  const heads: [number, number][] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0 && tokens[k - 1]!.kind !== 'newline') continue;
    const end = headEnd(tokens, k);
    if (end !== undefined && figureAfter(tokens, end)) heads.push([k, end]);
  }
  if (heads.length !== 2) return tokens;
  const out = tokens.slice();
  // Replaced from the last, so the first head's indices still hold.
  for (const [n, [k, end]] of [...heads.entries()].reverse()) out.splice(k, end - k + 1, mark(tokens[k]!, tokens[end]!, n === 0 ? 'am' : 'pm'));
  return out;
}

/** The last token of a day-part head opening the line at `k` ("6:00AM –", "9:30 pm:", "Morning:"), if one stands there. */
function headEnd(tokens: Token[], k: number): number | undefined {
  const t = tokens[k]!;
  const hour = FIGURES.has(t.kind) && isWord(tokens[k + 1], HOUR_MARKS);
  if (!hour && !isWord(t, MORNING_HEADS)) return undefined;
  const end = hour ? k + 2 : k + 1;
  return HEAD_ENDS.has(tokens[end]?.kind ?? 'eof') ? end : undefined;
}

/** Whether the line after a head holds a figure: a head over talk ("Evening: rest") heads no run. */
function figureAfter(tokens: Token[], end: number): boolean {
  for (let j = end + 1; j < tokens.length && !LINE_ENDS.has(tokens[j]!.kind); j++) if (FIGURES.has(tokens[j]!.kind)) return true;
  return false;
}

function mark(first: Token, last: Token, value: 'am' | 'pm'): Token {
  return { ...first, kind: 'word', value, raw: '', length: last.offset + last.length - first.offset, synthetic: true };
}
