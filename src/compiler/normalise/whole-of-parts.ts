/**
 * "I was supposed to run 5 miles this morning; 1 mile warm up, 3 miles at a 9:04 minute mile,
 * and a mile cool down": a run's whole length, then after ";" or ":" the parts it is made of.
 * When the parts add up to the whole, the whole restates them and is set aside with a note, so
 * the day is run once, as its parts, with no warm-up or cool-down of the plan's around them; parts
 * that do not add up leave the text as written.
 */
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import { fraction } from './words.js';
import { ONE_UNIT_ARTICLES } from '../dialect/pace-words.js';
import { aside, isUnitWord, isWord, phraseEnd, writtenText } from './tokens.js';
import { ROLE_WORDS } from '../dialect/categories.js';
import { PARTS_PHRASES, PARTS_WHEN_SUMMED, WHOLE_TAILS } from '../dialect/structure.js';

/** How far the parts' sum may be from the whole and still be its parts. */
const SUM_AGREES = 0.01;

export function wholeOfParts(tokens: Token[]): Token[] {
  const headed = headingWhole(tokens);
  if (headed) return headed;
  const split = splitAt(tokens);
  if (split === undefined) return tokens;
  const from = lastLength(tokens, split.at);
  // "5 miles, consisting of:\n1 mile easy\n3 miles tempo\n1 mile easy": the parts on the lines below, none repeated.
  const below = tokens[split.end + 1]?.kind === 'newline' && !tokens.slice(split.end + 1).some((t) => t.kind === 'x');
  const parts = below ? lengthsFrom(tokens, split.end + 1) : lengthsAfter(tokens, split.end + 1);
  if (from === undefined || parts.length < 2 || (split.comma && !bareWhole(tokens, from, split.at))) return tokens;
  const whole = meters(tokens, from)!;
  const sum = parts.reduce((s, m) => s + m, 0);
  if (Math.abs(sum - whole) > whole * SUM_AGREES) return tokens;
  const written = tokens.slice(from, from + 2).map((t) => t.raw).join(' ');
  const note = `read ${written} as the whole of the parts after it, which add up to it`;
  return [...tokens.slice(0, from), aside(tokens[from]!, tokens[split.end]!, note), ...wholeDay(tokens.slice(split.end + 1))];
}

/** The parts of a stated whole are the whole day: no warm-up or cool-down goes around them (lexer.ts `asWritten`). */
const wholeDay = ([first, ...rest]: Token[]): Token[] => (first ? [{ ...first, asWritten: true }, ...rest] : []);

/**
 * "22km LSD\n3km WU; 14km with big hills; 5km E", "6km HL\n2km WU; 3x2min HL …": a first line that is
 * only a length and the day's name, over lines that open with the warm-up or whose lengths add up to
 * it. Nobody runs a run before its own warm-up, so the heading is the day's whole, set aside with a
 * note, and the lines below it are the session.
 */
function headingWhole(tokens: Token[]): Token[] | undefined {
  const line = tokens.findIndex((t) => t.kind === 'newline');
  // "Beginner — 1 mile": a title and a dash may stand before the length.
  const at = titled(tokens, line);
  const whole = line >= at + 2 && tokens.slice(at + 2, line).every((t) => t.kind === 'word') ? meters(tokens, at) : undefined;
  if (whole === undefined) return undefined;
  const below = lengthsFrom(tokens, line + 1);
  const sum = below.reduce((s, m) => s + m, 0);
  const warmedUp = opensWithWarmup(tokens, line + 1) && workAfterWarmup(tokens, line + 1) && sum <= whole * (1 + SUM_AGREES);
  // "5 miles\n5 miles" under "10 miles" restates one run: parts that add up are of more than one length.
  const addsUp = !tokens.slice(line + 1).some((t) => t.kind === 'x') && below.length >= 2 && new Set(below).size > 1 && Math.abs(sum - whole) <= whole * SUM_AGREES;
  const why = warmedUp ? 'the lines below it open with its warm-up' : addsUp ? 'the lengths below it add up to it' : undefined;
  if (why === undefined) return undefined;
  const note = `read ${writtenText(tokens, at, line - 1)} as the day's whole: ${why}`;
  return [...tokens.slice(0, at), aside(tokens[at]!, tokens[line - 1]!, note), ...wholeDay(tokens.slice(line))];
}

/** Where the first line's length stands: at its start, or after a title of words and a dash ("Beginner — 1 mile"). */
function titled(tokens: Token[], line: number): number {
  const dash = tokens.findIndex((t) => t.kind === 'dash');
  const title = dash > 0 && dash < line && tokens.slice(0, dash).every((t) => t.kind === 'word');
  return title && tokens[dash + 1]?.kind === 'number' ? dash + 1 : 0;
}

/** Whether the line at `k` opens with a warm-up: "2km WU", "warm up 10 min", "WU". */
function opensWithWarmup(tokens: Token[], k: number): boolean {
  const at = tokens[k]?.kind === 'number' && tokens[k + 1]?.kind === 'word' && isUnitWord(tokens[k + 1]) ? k + 2 : k;
  const word = tokens[at];
  if (word?.kind !== 'word') return false;
  return ROLE_WORDS[word.value] === 'warmup' || (word.value === 'warm' && isWord(tokens[at + 1], ['up']));
}

/** Whether a figure stands after the warm-up's part at `k` ("…WU;\n3x2min HL"): the lines hold more than the warm-up. */
function workAfterWarmup(tokens: Token[], k: number): boolean {
  const end = tokens.findIndex((t, j) => j > k + 1 && (t.kind === 'newline' || t.kind === 'semicolon' || t.kind === 'stop' || t.kind === 'comma'));
  return end > 0 && tokens.slice(end).some((t) => t.kind === 'number' || t.kind === 'clock');
}

/** The distances written from `k` to the end. */
function lengthsFrom(tokens: Token[], k: number): number[] {
  const rest = tokens.slice(k);
  return rest.map((_, j) => meters(rest, j)).filter((m): m is number => m !== undefined);
}

/** Where a phrase saying the parts after it make the whole ("consisting of", "made up of") written at `k` ends, or undefined. */
export const partsPhraseEnd = (tokens: Token[], k: number): number | undefined => phraseEnd(tokens, k, PARTS_PHRASES);

/**
 * Where the whole ends and its parts begin: ";" or ":", "consisting of" ("made up of", with a ":" after it or
 * not), or the first "," ("8 miles, 2 mi warm up, 4 mi @ T, 2 mi cool down"), which only a whole opening its
 * sentence may stand before.
 */
function splitAt(tokens: Token[]): { at: number; end: number; comma: boolean } | undefined {
  const mark = tokens.findIndex((t) => t.kind === 'semicolon' || t.kind === 'colon');
  const phraseAt = (k: number) => partsPhraseEnd(tokens, k) ?? phraseEnd(tokens, k, PARTS_WHEN_SUMMED);
  const phrase = tokens.findIndex((_, k) => phraseAt(k) !== undefined);
  // "Long Run:" (a title's colon, with no length before it) does not split the whole from its parts.
  if (phrase >= 0 && (mark < 0 || phrase < mark || lastLength(tokens, mark) === undefined)) {
    const at = phrase - (tokens[phrase - 1]?.kind === 'comma' ? 1 : 0);
    const end = phraseAt(phrase)! - 1;
    return { at, end: tokens[end + 1]?.kind === 'colon' ? end + 1 : end, comma: false };
  }
  if (mark >= 0) return { at: mark, end: mark, comma: false };
  const comma = tokens.findIndex((t) => t.kind === 'comma');
  return comma >= 0 ? { at: comma, end: comma, comma: true } : undefined;
}

/**
 * Before a comma, a whole is its length alone ("8 miles,", "8 mile run,"), with only words before it in its
 * sentence: "run 6 miles at easy pace, run 4 miles …" is a part with its pace, whatever the sum.
 */
function bareWhole(tokens: Token[], k: number, comma: number): boolean {
  if (!tokens.slice(k + 2, comma).every((t) => isWord(t, WHOLE_TAILS))) return false;
  for (let j = k - 1; j >= 0 && tokens[j]!.kind !== 'stop' && tokens[j]!.kind !== 'newline'; j--) {
    if (tokens[j]!.kind !== 'word') return false;
  }
  return true;
}

/** The distance a number and its unit give at `k` ("5 miles"), or "a mile"; undefined for anything else. */
function meters(tokens: Token[], k: number): number | undefined {
  const fraction = fractionMeters(tokens, k);
  if (fraction !== undefined) return fraction;
  const [t, u] = [tokens[k], tokens[k + 1]];
  const unit = u?.kind === 'word' ? DISTANCE_UNITS[u.value] : undefined;
  if (unit === undefined || tokens[k - 1]?.kind === 'slash') return undefined;
  if (t?.kind === 'number') return Number(t.value) * unit;
  return isWord(t, ONE_UNIT_ARTICLES) && !/s$/.test(u!.value) ? unit : undefined;
}

/** "1/4 mile", "1/2 mile": a fraction of a unit, as beginners' plans write their walks and jogs (read as words.ts reads it). */
function fractionMeters(tokens: Token[], k: number): number | undefined {
  const f = tokens[k]?.kind === 'number' && tokens[k - 1]?.kind !== 'slash' ? fraction(tokens, k) : undefined;
  const unit = f ? tokens[f.index + 1] : undefined;
  const meters = unit?.kind === 'word' ? DISTANCE_UNITS[unit.value] : undefined;
  return f && meters !== undefined ? f.value * meters : undefined;
}

/** The last distance written before `end`, in the same sentence. */
function lastLength(tokens: Token[], end: number): number | undefined {
  for (let k = end - 1; k >= 0 && tokens[k]!.kind !== 'stop' && tokens[k]!.kind !== 'newline'; k--) {
    if (tokens[k]!.kind === 'number' && meters(tokens, k) !== undefined) return k;
  }
  return undefined;
}

/** The distances written from `k` to the end of the sentence. */
function lengthsAfter(tokens: Token[], k: number): number[] {
  const out: number[] = [];
  for (let j = k; j < tokens.length && tokens[j]!.kind !== 'stop' && tokens[j]!.kind !== 'newline' && tokens[j]!.kind !== 'eof'; j++) {
    const m = meters(tokens, j);
    if (m !== undefined) out.push(m);
  }
  return out;
}

/**
 * "19 total miles, with the first 15 at an easy pace …": the word "total" written between a figure
 * and its unit, put after the unit ("19 miles total"), where the grammar reads a whole.
 */
export function totalBetween(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let k = 1; k + 1 < out.length; k++) {
    const unit = out[k + 1]!;
    const isUnit = isUnitWord(unit);
    if (out[k - 1]!.kind === 'number' && isWord(out[k], ['total']) && isUnit) [out[k], out[k + 1]] = [unit, out[k]!];
  }
  return out;
}
