/**
 * A session's title on a line of its own: "In Control\n6:00 Warm Up\n1:00 Mile
 * Pace …", "Triple 7’s\n5:00 Warm Up …", "Go Team Go! BTC!\n8:00 Warm Up …". The
 * first line names the session and the lines below, opening with figures, are
 * it. A line written as a title (its words capitalised, no clock, count or pace
 * in it) is read as the title before anything else; a plainer first line of
 * words is one only when the session cannot be read with it.
 */
import type { Token } from '../lexer.js';
import { lengthAt } from '../normalise/restated.js';
import { isUnitWord } from '../normalise/tokens.js';
import type { Cursor } from './cursor.js';
import { TITLE_SMALL_WORDS } from '../dialect/labels.js';
import { CROSS_TRAINING_WORDS } from '../dialect/markers.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { RUNNING_NOUNS } from '../dialect/categories.js';

export interface TitleLine {
  /** The index of the first token after the title. */
  end: number;
  /** Written as a title: read as one first, not only when the session fails without it. */
  strong: boolean;
}

/** A figure's unit in a title ("15 Minute Run", "10K Race"), from the shorthand's unit tables. */
const UNITS = Object.keys({ ...DISTANCE_UNITS, ...TIME_UNITS }).filter((u) => /^\p{L}+$/u.test(u)).sort((a, b) => b.length - a.length).join('|');
const NAMED_FIGURES = new RegExp(`^(?:[^\\d]|\\d+(?:\\.\\d+)?(?:['’]s\\b|\\s*(?:${UNITS})\\b))*$`, 'iu');

/** Where a first line of words ends, when lines opening with figures follow it; whether it is written as a title. */
export function titleLine(p: Cursor): TitleLine | undefined {
  const first = p.tokens[p.i];
  if (!first || !(first.kind === 'word' || first.kind === 'number')) return undefined;
  const lineEnd = p.text.indexOf('\n', first.offset);
  if (lineEnd < 0) return undefined;
  let end = p.i;
  while (end < p.tokens.length && p.tokens[end]!.offset < lineEnd && p.tokens[end]!.kind !== 'eof') end++;
  const line = p.tokens.slice(p.i, end);
  let next = end;
  while (p.tokens[next]?.kind === 'newline') next++;
  // "Foundation Run\nRun 40 minutes in Zone 2.": a title naming a run, over a line that writes it with its figures.
  const namesRun = line[line.length - 1]?.kind === 'word' && RUNNING_NOUNS.has(line[line.length - 1]!.value) && figureOnLine(p.tokens, next);
  const opensWithFigure = p.tokens[next]?.kind === 'number' || p.tokens[next]?.kind === 'clock' || namesRun;
  if (line.length === 0 || line.length > 8 || !p.tokens.slice(end).some((t) => t.kind === 'number' || t.kind === 'clock')) return undefined;
  // "Cross Train\n45 min": another sport and how long, no title over a run.
  if (CROSS_TRAINING_WORDS.has(first.value) && onlyLength(p.tokens, next)) return undefined;
  // "Rest or\n10 km": a line that ends on "or" offers a choice with the line below; it names nothing.
  if (line[line.length - 1]?.kind === 'word' && line[line.length - 1]!.value === 'or') return undefined;
  const weak = line.every((t, k) => t.kind === 'word' || t.kind === 'dash' || raceName(line, k)) && line.some((t) => t.kind === 'word');
  // "Foundation Run (40 mins)": the session's total in brackets after the title is no part of how it is written.
  const raw = p.text.slice(first.offset, lineEnd).replace(/\s*\([^()]*\)\s*$/u, '');
  const strong = opensWithFigure && writtenAsTitle(raw) && lengthsRestated(line, p.tokens, next);
  return weak || strong ? { end, strong } : undefined;
}

/** Whether the line from `k` holds a figure. */
function figureOnLine(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && tokens[j]!.kind !== 'newline' && tokens[j]!.kind !== 'eof'; j++) if (tokens[j]!.kind === 'number' || tokens[j]!.kind === 'clock') return true;
  return false;
}

/** "5k Test Workout": a race's name may open a title. */
const raceName = (line: Token[], k: number) => line[k]!.kind === 'number' && line[k + 1]?.kind === 'word' && ['k', 'km'].includes(line[k + 1]!.value);

/** "Hill Hillier Hilliest", "Triple 7’s": capitalised words, with no clock, count, pace or colon among them. */
function writtenAsTitle(raw: string): boolean {
  if (/\d\s*:\s*\d|@|:|\d\s*[x×]\s*\d|\b[x×]\s*\d|\d\s*[x×]\b/i.test(raw)) return false;
  // "Triple 7’s", "15 Minute Run", "10K Race": a figure in a title is a name or a length, never a bare count ("The 4 By 3").
  if (!NAMED_FIGURES.test(raw)) return false;
  const words = raw.replace(/\d['’]s\b/g, '').match(/[\p{L}][\p{L}'’]*/gu) ?? [];
  return words.length > 0 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * "15 Minute Run\n15:00 Recovery Run", "Seven Mile Run\n11.25K/…": a length in a title names the session only
 * when the line below opens with the same length (within 2 %) and is the session's last line of figures; "2 mile
 * warm-up\n4 x 800m" is a part, not a title.
 */
function lengthsRestated(line: Token[], tokens: Token[], next: number): boolean {
  const stated = line.map((_, k) => lengthAt(line, k)).find((l) => l !== undefined);
  if (!stated) return true;
  const below = lengthAt(tokens, next);
  // "2 Miles EZ\n2 Miles (Target: …)\n1 Mile …": more lines of figures below make the first line a part of the session.
  const lineBelowEnds = tokens.findIndex((t, k) => k > next && (t.kind === 'newline' || t.kind === 'eof'));
  if (tokens.slice(lineBelowEnds).some((t) => t.kind === 'number' || t.kind === 'clock')) return false;
  const same = (a?: number, b?: number) => a !== undefined && b !== undefined && Math.abs(a - b) <= 0.02 * Math.max(a, b);
  return !!below && (same(stated.seconds, below.seconds) || same(stated.metres, below.metres));
}

/** The tokens from `k` are a length and nothing more: "45 min", "2 miles", "30". */
export function onlyLength(tokens: Token[], k: number): boolean {
  const figure = tokens[k];
  const unit = tokens[k + 1];
  const end = tokens[unit?.kind === 'word' ? k + 2 : k + 1];
  return (figure?.kind === 'number' || figure?.kind === 'clock') && (unit?.kind === 'eof' || isUnitWord(unit)) && end?.kind === 'eof';
}
