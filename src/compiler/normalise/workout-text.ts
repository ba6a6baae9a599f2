/**
 * A session written in intervals.icu's workout text (dialect/workout-text.ts):
 *
 *   Interval 4x2m Z3          ← the workout's name
 *   Warmup
 *   - 10m Z1 HR
 *
 *   Main Set
 *   4x
 *   - 2m Z3 HR
 *   - 2m Z2 HR
 *
 *   Cooldown
 *   - 10m Z1 HR
 *
 * is put into the shorthand: each step's length with its unit spelled ("10m" is ten minutes there,
 * "400mtr" 400 metres), "@" before its target, the steps under a count ("4x" alone, or closing a
 * heading) in brackets after it up to the blank line that ends them, a colon after each heading, and
 * the name set aside. Only a text whose steps carry that syntax's targets ("Z2 HR", "70% HR",
 * "5:00/km Pace") or lengths ("400mtr") is read this way: in a coach's list "- 400m" is metres.
 */
import type { Token } from '../lexer.js';
import { SECTION_HEADINGS } from '../dialect/sections.js';
import { CUE_ROLES, LAP_WAYS, LAP_WORDS, PACE_PER, STEP_MARKS, STEP_UNITS, TARGET_KINDS, ZONE_LETTERS, BAND_JOINS, SHARE_OF_PACE } from '../dialect/workout-text.js';
import { aside, isWord, tokenLines, writtenText, type TokenLine } from './tokens.js';
import { NORMS } from '../dialect/norms.js';
import { RECOVERY_MARKERS } from '../dialect/categories.js';

type Line = TokenLine;

const HEADINGS = new Set(SECTION_HEADINGS.map(([words]) => words));

export function workoutText(tokens: Token[]): Token[] {
  const lines = linesOf(tokens);
  if (!isWorkoutText(lines)) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (sectionEnded(lines, k)) out.push(...mainHeading(line.tokens[0]!));
    const block = countAt(line.tokens) !== undefined ? stepsUnder(lines, k + 1) : [];
    if (block.length > 0) {
      out.push(...repeatBlock(line.tokens, block), block[block.length - 1]!.end);
      k += block.length;
    } else out.push(...lineOf(line.tokens, k), line.end);
  }
  const first = out.findIndex((t) => t.kind === 'number');
  if (first >= 0) out[first] = { ...out[first]!, asWritten: true };
  return out;
}

/** A section runs to the blank line after it: steps after one, under no heading, are the work's. */
function sectionEnded(lines: Line[], k: number): boolean {
  const line = lines[k]!.tokens;
  const before = lines[k - 1];
  return before !== undefined && before.end.paragraph === true && !isHeading(before.tokens) && !isHeading(line) && (isStep(line) || countAt(line) !== undefined);
}

/** "Main Set 4x", "Mile 9x", "4x" and the steps under it: a heading (or the repeat's name, a note), then the repeat. */
function repeatBlock(line: Token[], block: Line[]): Token[] {
  const count = countAt(line)!;
  const words = line.slice(0, count);
  const named = isHeading(words) ? headingOf(words) : words.length > 0 ? [note(words, 'the name of the repeat')] : [];
  return [...named, ...repeat(line.slice(count), block.map((l) => l.tokens))];
}

/**
 * A line that is no repeat: a step, a heading, or a line of free text. A count with no step under it ("4x" before
 * a blank line) is left as written, for the grammar to refuse: dropped, the watch would run less work.
 */
function lineOf(line: Token[], k: number): Token[] {
  if (isStep(line)) return step(line);
  if (isHeading(line)) return headingOf(line);
  if (countAt(line) !== undefined) return line;
  return [note(line, k === 0 ? "the workout's name" : 'a note of the workout text')];
}

/** A line of free text among the steps ("Coach wrote: …", "Set 1 of 2"): no step, kept in the notes. */
function note(line: Token[], what: string): Token {
  return aside(line[0]!, line[line.length - 1]!, `read ${writtenText(line, 0, line.length - 1)} as ${what}`);
}

/** The lines that hold something; a text ending in a line break has its end on its last line. */
function linesOf(tokens: Token[]): Line[] {
  const lines: Line[] = [];
  for (const line of tokenLines(tokens)) {
    if (line.tokens.length > 0) lines.push(line);
    else if (lines.length > 0 && line.end.kind === 'eof') lines[lines.length - 1]!.end = line.end;
  }
  return lines;
}

/**
 * Whether the lines are a workout text: a step carries the syntax's own target or metres, or a cue of its role before its
 * length ("- Warm-up 15m", "- Rest 1m30s", as runcast's intervals.icu writer gives them); and every "m" is minutes a runner
 * runs. A coach's list writes the length first ("Main set\n- 200m hard\n- 200m easy"), and there "m" is metres.
 */
function isWorkoutText(lines: Line[]): boolean {
  const steps = lines.filter((l) => isStep(l.tokens));
  if (steps.length === 0 || !steps.every((l) => minutesPlausible(l.tokens))) return false;
  return steps.some((l) => hasSyntax(l.tokens) || cuedStep(l.tokens));
}

/** A step whose cue names its role before its length ("- Warm-up 15m", "- Rest 1m30s"), as runcast's writer gives it. */
function cuedStep(line: Token[]): boolean {
  const at = lengthAt(line);
  return at > 0 && line.slice(0, at).every((t) => t.kind === 'dash' || isWord(t, CUE_ROLES)) && line.slice(0, at).some((t) => t.kind === 'word');
}

/** A step's length in "m" is minutes there: a length no runner runs in minutes is no step of this syntax. */
function minutesPlausible(line: Token[]): boolean {
  const at = lengthAt(line);
  return !isWord(line[at + 1], ['m']) || Number(line[at]!.value) * 60 <= NORMS.long.seconds.possible[1];
}

/** Where a step's length ends, at `k`: a number with a unit glued on ("10m", "400mtr"), "1m30s" taken whole. */
function lengthEnd(tokens: Token[], k: number): number | undefined {
  const [n, u] = [tokens[k], tokens[k + 1]];
  // The syntax parts its words at spaces: "15s" inside "10K+10–15s" is no length.
  if (n?.kind !== 'number' || !n.spaced || u?.kind !== 'word' || u.spaced || STEP_UNITS[u.value] === undefined) return undefined;
  const end = k + 2 + smallerUnit(tokens, k + 2, u.value);
  return tokens[end] === undefined || tokens[end]!.spaced ? end : undefined;
}

/** "1m30", "1m30s", "1h2m": how many tokens the smaller unit glued after an hour's or a minute's takes at `k`. */
function smallerUnit(tokens: Token[], k: number, larger: string): number {
  const [n, u] = [tokens[k], tokens[k + 1]];
  if (n?.kind !== 'number' || n.spaced || !LARGER_UNITS.has(larger)) return 0;
  return u?.kind === 'word' && !u.spaced && STEP_UNITS[u.value] ? 2 : 1;
}

/** A line opened by a list's mark whose words, after a cue, come to a length. */
function isStep(line: Token[]): boolean {
  return line[0]?.listed === true && lengthAt(line) >= 0;
}

/** Where the step's length stands: the first number with a unit of the syntax glued on ("5K 800mtr": the 800). */
const lengthAt = (line: Token[]) => line.findIndex((_, k) => lengthEnd(line, k) !== undefined);

/**
 * Whether a step carries what only this syntax writes: metres as "mtr", or right after its length a target
 * closed by HR, LTHR or Pace ("Z2 HR", "70-78% HR", "5:00/km Pace"), not a word of talk ("at 5km race-pace").
 */
function hasSyntax(line: Token[]): boolean {
  const at = lengthAt(line);
  const end = lengthEnd(line, at)!;
  if (isWord(line[at + 1], ['mtr'])) return true;
  const target = line.slice(end);
  const kind = target.findIndex((t) => isWord(t, TARGET_KINDS));
  return kind > 0 && target.slice(0, kind).every((t, j) => TARGET_PARTS.has(t.kind) || isWord(t, ZONE_LETTERS) || (isWord(t, PACE_PER) && target[j - 1]?.kind === 'slash'));
}

/** The units a smaller one may follow, glued: hours and minutes. */
const LARGER_UNITS: ReadonlySet<string> = new Set(['h', 'm']);

/** What a target is written with before its kind: numbers, clocks, "%", a dash between two ends, "/" before a unit. */
const TARGET_PARTS: ReadonlySet<Token['kind']> = new Set(['number', 'clock', 'percent', 'dash', 'slash']);

/** "4x" alone, or "Main Set 5x", "Mile 9x": the index of the count, when the line closes with one. */
function countAt(line: Token[]): number | undefined {
  const n = line.length;
  if (n < 2 || line[0]!.listed || line[n - 2]!.kind !== 'number' || line[n - 1]!.kind !== 'x') return undefined;
  return n - 2;
}

const isHeading = (line: Token[]) => line.length > 0 && line.every((t) => t.kind === 'word') && HEADINGS.has(line.map((t) => t.value).join(' '));

/** The heading of the work, written where no heading stands. */
function mainHeading(at: Token): Token[] {
  const word = (value: string): Token => ({ ...at, kind: 'word', value, raw: '', length: 0, synthetic: true });
  return headingOf([word('main'), word('set')]);
}

/** A heading as the sections pass reads it: its words and a colon. */
function headingOf(words: Token[]): Token[] {
  if (words.length === 0) return [];
  const last = words[words.length - 1]!;
  return [...words, { ...last, kind: 'colon', value: ':', raw: '', offset: last.offset + last.length, length: 0, synthetic: true }];
}

/** The step lines from `k` that a count repeats: up to a blank line, or a line that is no step. */
function stepsUnder(lines: Line[], k: number): Line[] {
  const block: Line[] = [];
  for (let j = k; j < lines.length && isStep(lines[j]!.tokens); j++) {
    block.push(lines[j]!);
    if (lines[j]!.end.paragraph) break;
  }
  return block;
}

/** "4 x ( step , step )" over the count's tokens and its steps. */
function repeat(count: Token[], steps: Token[][]): Token[] {
  const [n, x] = count as [Token, Token];
  const mark = (t: Token, kind: Token['kind'], value: string): Token => ({ ...t, kind, value, raw: '', length: 0, synthetic: true });
  const out: Token[] = [n, x, { ...mark(x, 'lparen', '('), everyStep: true }];
  steps.forEach((s, j) => {
    if (j > 0) out.push(mark(s[0]!, 'comma', ','));
    out.push(...step(s));
  });
  out.push(mark(steps[steps.length - 1]?.[steps[steps.length - 1]!.length - 1] ?? x, 'rparen', ')'));
  return out;
}

/** One step: its cue set aside, its length spelled, "@" before its target; the lap button and "ramp" set aside. */
function step(line: Token[]): Token[] {
  const at = lengthAt(line);
  const end = lengthEnd(line, at)!;
  const cue = line.slice(0, at);
  // "Full recovery 2m press lap": a step that ends at the lap button is as long as the runner takes; its cue says what it is.
  if (cue.length > 0 && line.some((t, k) => isWord(t, LAP_WORDS[0]) && isWord(line[k + 1], LAP_WORDS[1]))) return [...untilLap(cue), ...targetOf(line, end)];
  const length = line.slice(at, end).map((t) => (t.kind === 'word' ? { ...t, value: STEP_UNITS[t.value]!, synthetic: true as const } : t));
  return [...cueOf(cue), ...length, ...targetOf(line, end)];
}

/**
 * A cue that names how the step is run stays ("Jog 400mtr", "Rest 1m30s", "Warm-up 2mi"); so does a count in it
 * ("- 4x 1m Z5 HR": four of them), which dropped would run one; any other cue is a note.
 */
function cueOf(cue: Token[]): Token[] {
  if (cue.length === 0) return [];
  if (cue.every((t) => t.kind === 'dash' || isWord(t, CUE_ROLES)) || cue.some((t) => t.kind === 'x')) return cue;
  return [aside(cue[0]!, cue[cue.length - 1]!, `read ${writtenText(cue, 0, cue.length - 1)} as the step's cue`)];
}

/**
 * The cue of a step run until the lap button: "Jog down" reads as it stands; another recovery ("Recover until
 * lap", "Full recovery") as a full recovery; any other cue as written.
 */
function untilLap(cue: Token[]): Token[] {
  if (cue.some((t) => isWord(t, LAP_WAYS)) || !cue.some((t) => isWord(t, RECOVERY_MARKERS))) return cue;
  const word = (value: string): Token => ({ ...cue[0]!, kind: 'word', value, raw: '', length: 0, synthetic: true });
  return [aside(cue[0]!, cue[cue.length - 1]!, `read ${writtenText(cue, 0, cue.length - 1)} as a recovery until the lap button`), word('full'), word('recovery')];
}

/**
 * The target after the step's length, the lap button and "ramp" set aside: "@" before one the syntax writes ("Z2 HR",
 * "5:00/km Pace", "Z3"); one already after "@" or "at", or words ("easy", "jog"), as written.
 */
function targetOf(line: Token[], end: number): Token[] {
  const target = line.slice(end).filter((t) => !isWord(t, STEP_MARKS));
  if (target.length === 0) return [];
  const ours = target.some((t) => isWord(t, TARGET_KINDS)) || isWord(target[0], ZONE_LETTERS);
  if (!ours || target[0]!.kind === 'at' || isWord(target[0], ['at'])) return target;
  return [{ ...target[0]!, kind: 'at', value: '@', raw: '', length: 0, synthetic: true }, ...ofThreshold(spanned(target))];
}

/** "95% Pace", "78-82% Pace": a share of the athlete's threshold pace, as intervals.icu reads it. */
function ofThreshold(target: Token[]): Token[] {
  const k = target.findIndex((t) => isWord(t, SHARE_OF_PACE));
  if (k < 1 || target[k - 1]!.kind !== 'percent') return target;
  const word = (value: string): Token => ({ ...target[k]!, kind: 'word', value, synthetic: true });
  return [...target.slice(0, k), word('of'), word('threshold'), word('pace'), ...target.slice(k + 1)];
}

/** "Z1 HR to Z2 HR": a target from one zone to another, as the band between them ("Z1-Z2 HR"). */
function spanned(target: Token[]): Token[] {
  const to = target.findIndex((t) => isWord(t, BAND_JOINS));
  if (to < 1 || !isWord(target[to - 1], TARGET_KINDS)) return target;
  return [...target.slice(0, to - 1), { ...target[to]!, kind: 'dash', value: '-', synthetic: true }, ...target.slice(to + 1)];
}
