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
import { aside } from './tokens.js';
import { WEEK_SIGNS } from '../dialect/dates.js';

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
  while (k < TITLE_WORDS && tokens[k]?.kind === 'word') k++;
  if (k === 0 || tokens[k]?.kind !== 'lparen') return tokens;
  let close = k + 1;
  while (tokens[close]?.kind === 'number' || (tokens[close]?.kind === 'word' && isLengthWord(tokens[close]!.value))) close++;
  const open = tokens[k]!;
  const last = tokens[close];
  if (close === k + 1 || last?.kind !== 'rparen' || tokens[close + 1]?.kind !== 'newline') return tokens;
  if (!tokens.slice(close + 2).some((t) => t.kind === 'number' || t.kind === 'clock')) return tokens;
  const written = tokens.slice(k + 1, close).map((t) => t.raw).join(' ');
  return [...tokens.slice(0, k), aside(open, last, `'${written}' is the session's stated total, which the lines below make up; it adds no step`), ...tokens.slice(close + 1)];
}

const isLengthWord = (w: string) => TIME_UNITS[w] !== undefined || DISTANCE_UNITS[w] !== undefined;
