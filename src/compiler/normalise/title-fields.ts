/**
 * The write-up around a session that adds no step: "Location: Anywhere" and
 * such field lines (dialect/labels.ts), kept in the notes; and the total a
 * numbered title states ("Session 1 – 42mins\nWarm-up: 15 min …"), which the
 * lines below make up, noted as the session's stated total, never read as a run; so is a title's total in
 * brackets ("Long Run (1 hr 15 mins)\nRun 75 minutes in Zone 2.").
 */
import { NOTE_FIELDS, SESSION_NUMBERS } from '../dialect/labels.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { aside, isUnitWord } from './tokens.js';
import { WEEK_SIGNS } from '../dialect/dates.js';
import { ROLE_WORDS } from '../dialect/categories.js';
import { STORY_KINDS } from './logged.js';

const FIELDS = NOTE_FIELDS.map((f) => f.split(' '));

/** Where the field name opening the line at `k` ends (its colon), if one does. */
function fieldAt(tokens: Token[], k: number): number | undefined {
  for (const words of FIELDS) {
    if (words.every((w, j) => tokens[k + j]?.kind === 'word' && tokens[k + j]!.value === w) && tokens[k + words.length]?.kind === 'colon') return k + words.length;
  }
  return undefined;
}

/** Each field line becomes prose, its line break going with it; a text that is nothing but a field stays as written. */
function fieldLines(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const opens = k === 0 || tokens[k - 1]!.kind === 'newline';
    const colon = opens ? fieldAt(tokens, k) : undefined;
    if (colon === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    let end = colon;
    while (tokens[end] && tokens[end]!.kind !== 'newline' && tokens[end]!.kind !== 'eof') end++;
    for (let j = k; j < end; j++) out.push({ ...tokens[j]!, kind: 'prose', synthetic: true });
    k = tokens[end]?.kind === 'newline' ? end : end - 1;
  }
  return out.some((t) => t.kind !== 'prose' && t.kind !== 'eof' && t.kind !== 'newline') ? out : tokens;
}

/** "Session 1 – 42mins" on the first line, with lines below it: the dash and the length are the stated total. */
function titleTotal(tokens: Token[]): Token[] {
  const [name, n, dash, length, unit, end] = tokens;
  const numbered = name !== undefined && n !== undefined && numberedHeading(name, n) && dash?.kind === 'dash' && dash.spaced;
  const total = length?.kind === 'number' && unit?.kind === 'word' && (TIME_UNITS[unit.value] !== undefined || DISTANCE_UNITS[unit.value] !== undefined);
  if (!numbered || !total || end?.kind !== 'newline' || !tokens.slice(6).some((t) => t.kind === 'number' || t.kind === 'clock')) return tokens;
  const note = `'${length.raw}${unit.raw ? ` ${unit.raw}` : ''}' after '${name.raw} ${n.raw}' is the session's stated total; it adds no step`;
  const stated: Token = aside(dash, unit, note);
  return [name, n, stated, ...tokens.slice(5)];
}

/**
 * "Week 1 - walk 4 minutes and jog 2 minutes; repeat 5 times", "Day 3 – 5 x 400m": a numbered heading
 * that opens a line and a spaced dash after it head what follows as "Week 1:" does.
 */
function numberedDashes(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!(k === 0 || tokens[k - 1]!.kind === 'newline') || !numberedHeading(tokens[k]!, tokens[k + 1]!)) continue;
    // "Week 3–4 -": a range of them.
    const last = tokens[k + 2]!.kind === 'dash' && !tokens[k + 2]!.spaced && tokens[k + 3]?.kind === 'number' ? k + 3 : k + 1;
    const dash = tokens[last + 1];
    if (dash?.kind !== 'dash' || !dash.spaced) continue;
    out ??= tokens.slice();
    out[last + 1] = { ...dash, kind: 'colon', value: ':', synthetic: true };
  }
  return out ?? tokens;
}

/**
 * "1주 차:", "2~3주 차:", "1週目:", "第1周:": a week heading as Korean, Japanese and Chinese write it, its number
 * before the week's sign, opening a line: set aside as "Week 1:" is. Read before the language's words, which
 * may read the sign as something else ("주" is also a run).
 */
export function weekSigns(tokens: Token[]): Token[] {
  if (!tokens.some((t) => WEEK_SIGNS.has(t.value))) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const colon = k === 0 || tokens[k - 1]!.kind === 'newline' ? weekSignEnd(tokens, k) : undefined;
    if (colon === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(aside(tokens[k]!, tokens[colon]!));
    k = colon;
  }
  return out;
}

/** The colon closing a week heading from `k` ("第", a number or a range, the week's sign, its ordinal mark), if one does. */
function weekSignEnd(tokens: Token[], k: number): number | undefined {
  let j = k;
  if (tokens[j]?.value === '第') j++;
  if (tokens[j]?.kind !== 'number') return undefined;
  j++;
  if (tokens[j]?.kind === 'dash' && tokens[j + 1]?.kind === 'number') j += 2;
  if (!WEEK_SIGNS.has(tokens[j]?.value ?? '')) return undefined;
  j++;
  while (j < k + 8 && tokens[j]?.kind === 'word') j++;
  return tokens[j]?.kind === 'colon' ? j : undefined;
}

/** "Week 1", "Session 3", "Day 2": a word that numbers the session and its number. */
const numberedHeading = (name: Token, n: Token) => name.kind === 'word' && SESSION_NUMBERS.includes(name.value) && n.kind === 'number';

export function titleFields(tokens: Token[]): Token[] {
  return numberedDashes(bracketedTotal(titleTotal(fieldLines(tokens))));
}

/** At most this many words name a session in its title line ("Long Run", "Cruise Intervals", "Recovery Run"). */
const TITLE_WORDS = 4;

/**
 * "Long Run (1 hr 15 mins)\nRun 75 minutes in Zone 2.", "Speed Play (48 mins)\n5 min Z1. …": a title line of words
 * naming the session, its total in brackets after them, and the session written out on the lines below. The title
 * names the session (read as a label); the bracket is the stated total the lines make up, noted, never a second run.
 */
function bracketedTotal(tokens: Token[]): Token[] {
  let k = 0;
  // "Session 1 (45min)": a numbered title too.
  while (k < TITLE_WORDS && (tokens[k]?.kind === 'word' || (k > 0 && tokens[k]?.kind === 'number' && numberedHeading(tokens[k - 1]!, tokens[k]!)))) k++;
  if (k === 0 || tokens[k]?.kind !== 'lparen') return tokens;
  let close = k + 1;
  while (tokens[close]?.kind === 'number' || isUnitWord(tokens[close])) close++;
  const open = tokens[k]!;
  const last = tokens[close];
  if (close === k + 1 || last?.kind !== 'rparen' || tokens[close + 1]?.kind !== 'newline') return tokens;
  if (!tokens.slice(close + 2).some((t) => t.kind === 'number' || t.kind === 'clock')) return tokens;
  const total = statedLength(tokens.slice(k + 1, close));
  if (!total || !madeUpBy(tokens.slice(0, k), tokens.slice(close + 2), total)) return tokens;
  const written = tokens.slice(k + 1, close).map((t) => t.raw).join(' ');
  return [...tokens.slice(0, k), aside(open, last, `'${written}' is the session's stated total, which the lines below make up; it adds no step`), ...tokens.slice(close + 1)];
}

type Stated = { kind: 'time' | 'distance'; value: number };

/** "1 hr 15 mins", "48 mins", "16 km": a length written as numbers and units, in seconds or metres. */
function statedLength(inside: Token[]): Stated | undefined {
  let time = 0;
  let distance = 0;
  for (let j = 0; j + 1 < inside.length; j += 2) {
    const [n, u] = [inside[j]!, inside[j + 1]!];
    if (n.kind !== 'number' || u.kind !== 'word') return undefined;
    if (TIME_UNITS[u.value] !== undefined) time += Number(n.value) * TIME_UNITS[u.value]!;
    else distance += Number(n.value) * DISTANCE_UNITS[u.value]!;
  }
  if (time > 0 === distance > 0) return undefined;
  return time > 0 ? { kind: 'time', value: time } : { kind: 'distance', value: distance };
}

/** How far the lines' own lengths may be from the title's total and still make it up. */
const MADE_UP = 0.1;

/**
 * Whether the lines below make up the title's total, so that the title restates them: their lengths (each rep's times
 * its count) add up to it; or, short of it, they are the work alone with the warm-up and cool-down named without a
 * length ("Warm-up, 20 min Z3, cool-down.") or, under a title that names no easy run, the work alone ("Long Intervals
 * (1 hr)\n4 × (5 min Z4 / 3 min Z1).", "Tempo Run (40 mins)\n20 min Z3"), which the plan's warm-up and cool-down fill. "Easy Run (40 min)\n6 x 20 sec
 * strides" and "Tempo Run (4 miles)\n1 mile warm up, 1 mile cool down" do not: the title is the run.
 */
function madeUpBy(title: Token[], body: Token[], total: Stated): boolean {
  const sum = lengthsIn(body, total.kind);
  if (Math.abs(sum - total.value) <= MADE_UP * total.value) return true;
  if (sum === 0 || sum > total.value) return false;
  // Read before the words' pass: "Warm-up" is still "warm", "-", "up" here.
  const named = (words: string[]) => body.some((t, j) => t.kind === 'word' && words.includes(t.value) && !lengthBefore(body, j));
  // A warm-up and cool-down named without their lengths fill the rest of the total.
  if (named(['warmup', 'warm']) && named(['cooldown', 'cool'])) return true;
  const easyTitle = STORY_KINDS.has(title.map((t) => t.value).join(' '));
  return !easyTitle && !body.some((t) => t.kind === 'word' && (ROLE_WORDS[t.value] !== undefined || SECTION_WORDS.has(t.value)));
}

/** The warm-up's and cool-down's words as the lines write them before the words' pass ("warm", "-", "up"). */
const SECTION_WORDS: ReadonlySet<string> = new Set(['warm', 'cool', 'warmup', 'cooldown']);

const lengthBefore = (body: Token[], j: number) => isUnitWord(body[j - 1]);

/** The lengths of one kind written in `body`, each rep's multiplied by the count before its "x" (a bracket's too). */
function lengthsIn(body: Token[], kind: 'time' | 'distance'): number {
  const units = kind === 'time' ? TIME_UNITS : DISTANCE_UNITS;
  const counts: number[] = [];
  let pending = 1;
  let sum = 0;
  for (let j = 0; j < body.length; j++) {
    const t = body[j]!;
    if (t.kind === 'number' && body[j + 1]?.kind === 'x') {
      pending = Number(t.value);
      j++;
      continue;
    }
    if (t.kind === 'lparen') {
      counts.push(pending);
      pending = 1;
      continue;
    }
    if (t.kind === 'rparen') {
      counts.pop();
      continue;
    }
    const u = body[j + 1];
    if (t.kind !== 'number' || u?.kind !== 'word' || units[u.value] === undefined) continue;
    sum += Number(t.value) * units[u.value]! * pending * counts.reduce((a, c) => a * c, 1);
    pending = 1;
    j++;
  }
  return sum;
}
