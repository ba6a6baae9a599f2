/**
 * A plan kept as a spreadsheet, its row's columns stacked one to a line in the cell: "Easy Run\n3\n30-40 mins\n11-12
 * /mi\nBlue or Green\nEasy pace" (kind, distance, how long it takes, pace, heart-rate zone, notes). Below a line that
 * ends in the run's length, a line of time alone that a runner's pace makes of that length says how long the run
 * takes (no second run), a line of pace alone is the run's pace ("11-12 /mi" in whole minutes, "9:20 / mi"), and lines
 * of words alone are the columns' notes. The run and its pace are read; the rest is set aside, listed for the athlete.
 */
import type { Token } from '../lexer.js';
import { aside, isWord, tokenLines, writtenText } from './tokens.js';
import { minuteClock, wholeMinutes } from './at-pace.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';

/** Minutes a mile or kilometre takes at a runner's pace, slowest walk-run to fastest: a time outside says something else. */
const RUN_MINUTES_PER_UNIT = { low: 3, high: 20 } as const;

type Field = { kind: 'pace'; tokens: Token[] } | { kind: 'aside'; note: string };

export function stackedFields(tokens: Token[]): Token[] {
  // Every session passes here: one line, or two, is no stack of columns, and costs no split into lines.
  if (tokens.filter((t) => t.kind === 'newline').length < 2) return tokens;
  const lines = tokenLines(tokens);
  const at = lines.findIndex((l) => lengthAtEnd(l.tokens) !== undefined);
  if (at < 0 || at > 1 || lines.length - at - 1 < 2) return tokens;
  const length = lengthAtEnd(lines[at]!.tokens)!;
  const fields = lines.slice(at + 1).map((l) => field(l.tokens, length));
  if (fields.some((f) => f === undefined) || !fields.some((f) => f!.kind === 'pace' || f!.note === TAKES)) return tokens;
  // The pace joins the run's line; each other line is set aside where it stands, its line break kept.
  const out = lines.slice(0, at + 1).flatMap((l, k) => (k === at ? l.tokens : [...l.tokens, l.end]));
  for (const f of fields) if (f!.kind === 'pace') out.push(...f!.tokens);
  lines.slice(at + 1).forEach((l, k) => {
    const f = fields[k]!;
    if (f.kind === 'aside' && l.tokens.length > 0) out.push(aside(l.tokens[0]!, l.tokens[l.tokens.length - 1]!, `'${writtenText(l.tokens, 0, l.tokens.length - 1)}' ${f.note}`));
    out.push(l.end);
  });
  return out;
}

const TAKES = 'is how long the run takes';

/** The run's length at the end of a line ("6", "long run : 6", "3 mi"), in units of its number; undefined if none. */
function lengthAtEnd(line: Token[]): number | undefined {
  const n = line.length;
  const unit = line[n - 1]?.kind === 'word' && DISTANCE_UNITS[line[n - 1]!.value] !== undefined && DISTANCE_UNITS[line[n - 1]!.value]! > 1;
  const num = line[unit ? n - 2 : n - 1];
  const before = line[unit ? n - 3 : n - 2];
  if (num?.kind !== 'number' || (before !== undefined && before.kind !== 'colon')) return undefined;
  return Number(num.value);
}

/** What a line below the run's length is: its pace, how long it takes, or notes; undefined for anything else. */
function field(line: Token[], length: number): Field | undefined {
  const pace = paceTokens(line);
  if (pace) return { kind: 'pace', tokens: pace };
  const minutes = minutesOf(line);
  if (minutes !== undefined) {
    const per = minutes / length;
    return per >= RUN_MINUTES_PER_UNIT.low && per <= RUN_MINUTES_PER_UNIT.high ? { kind: 'aside', note: TAKES } : undefined;
  }
  const words = line.every((t) => t.kind === 'word' || t.kind === 'dash' || t.kind === 'gt' || t.kind === 'slash' || t.kind === 'comma' || t.kind === 'plus');
  return words ? { kind: 'aside', note: 'is a note on the run' } : undefined;
}

/** "@ 11:00 - 12:00 / mi" as written already, "11-12 /mi" in whole minutes, "9:20 / mi": the pace, as "@ clock / unit". */
function paceTokens(line: Token[]): Token[] | undefined {
  const unit = line[line.length - 1];
  if (line[line.length - 2]?.kind !== 'slash' || unit?.kind !== 'word' || DISTANCE_UNITS[unit.value] === undefined) return undefined;
  const figures = line.slice(line[0]?.kind === 'at' ? 1 : 0, -2);
  const at: Token = { ...line[0]!, kind: 'at', value: '@', raw: '', length: 0, synthetic: true };
  if (figures.length === 1 && figures[0]!.kind === 'clock') return [at, figures[0]!, ...line.slice(-2)];
  if (figures.length === 3 && figures[1]!.kind === 'dash') {
    const [a, b] = [figures[0]!, figures[2]!];
    const clocks = a.kind === 'clock' && b.kind === 'clock' ? [a, b] : wholeMinutes(a) && wholeMinutes(b) ? [minuteClock(a), minuteClock(b)] : undefined;
    if (clocks) return [at, clocks[0]!, figures[1]!, clocks[1]!, ...line.slice(-2)];
  }
  return undefined;
}

/** "30-40 mins", "1 hr 10 mins", "1.5 hrs": a time alone (the middle of a range), in minutes; undefined for anything else. */
function minutesOf(line: Token[]): number | undefined {
  let total = 0;
  let pending: number[] = [];
  for (const t of line) {
    if (t.kind === 'number') pending.push(Number(t.value));
    else if (t.kind === 'dash' || isWord(t, ['to'])) continue;
    else if (t.kind === 'word' && TIME_UNITS[t.value] !== undefined && pending.length > 0) {
      total += ((pending[0]! + pending[pending.length - 1]!) / 2) * (TIME_UNITS[t.value]! / 60);
      pending = [];
    } else return undefined;
  }
  return pending.length === 0 && total > 0 ? total : undefined;
}

