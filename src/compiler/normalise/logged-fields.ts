/**
 * A run written as a log's small form, one field a line (dialect/logged-fields.ts): "Run designation:
 * easy\nDistance: 3 miles\nIntended pace: 11 minutes per mile\nActual pace: 11’14”", "Distance: 3.01
 * miles\nPace: 9:59\nComments: Recovery run.", "Plan: 6 miles easy/6.0/58:17/9:43 min/mile\nRan:
 * 6.03/58:19/9:20 min/mile". The distance is the run; an intended pace is its target, joined to it;
 * the kind of run is its effort where no pace is intended; what was actually run is a result, kept
 * in the notes; so are a bare time and pace beside the distance where the form is a log (both given,
 * a measured distance, comments or a story in the first person). A plan's line ending in its total,
 * time and pace after slashes gives that pace to its one run.
 */
import { LOG_FIELDS, type FieldRole } from '../dialect/logged-fields.js';
import { FIRST_PERSON, LOGGED_EFFORT, STORY_VERBS } from '../dialect/sentences.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import { NORMS } from '../dialect/norms.js';
import { STORY_KINDS, measured } from './logged.js';
import { closeTo, lengthAt } from './restated.js';
import { isWord, replacement, writtenText } from './tokens.js';

interface Field {
  role: FieldRole;
  /** The label's first token, its colon, and the line's last token. */
  start: number;
  colon: number;
  end: number;
}

const LABELS = [...LOG_FIELDS].map(([label, role]) => [label.split(' '), role] as const).sort((a, b) => b[0].length - a[0].length);
const LINE_ENDS = new Set(['newline', 'eof']);

export function loggedFields(tokens: Token[]): Token[] {
  const fields = fieldLines(tokens);
  if (fields.length === 0) return tokens;
  const out = tokens.slice();
  for (const f of fields) if (f.role === 'plan') planTotals(out, f);
  for (const f of fields) if (f.role === 'actual' && out.slice(0, f.start).some(figure)) setAside(out, f, 'is what was run, logged after it: a result, not a target');
  // "Notes: 7 mile steady state-type run …": notes that give the run parts of their own are not read, so the log is left as written.
  if (!notesWithLengths(out)) for (const f of fields) if (f.role === 'day') setAside(out, f, 'tells how the runner\'s day went; no part of the run');
  for (const f of fields) if (f.role === 'length') bareLength(out, f);
  const length = fields.find((f) => f.role === 'length' && runLength(out, f) !== undefined);
  if (length) lengthFields(out, fields, length);
  return out;
}

const figure = (t: Token) => t.kind === 'number' || t.kind === 'clock';

/** Whether a line of notes or comments ("Notes: 7 mile steady state-type run") holds a distance, read as written or already set aside. */
function notesWithLengths(t: Token[]): boolean {
  let notes = false;
  for (let k = 0; k < t.length; k++) {
    if (k === 0 || t[k - 1]!.kind === 'newline') notes = NOTES.has(t[k]!.value) && t[k + 1]?.value === ':';
    if (notes && /^\d/.test(t[k]!.value) && DISTANCE_UNITS[t[k + 1]?.value ?? ''] !== undefined) return true;
  }
  return false;
}

const NOTES = new Set(['notes', 'note', 'comments', 'comment']);

/** The field lines of the text: a label of LOG_FIELDS opening a line, then its colon. */
function fieldLines(t: Token[]): Field[] {
  const fields: Field[] = [];
  for (let k = 0; k < t.length; k++) {
    if (k > 0 && t[k - 1]!.kind !== 'newline') continue;
    const match = LABELS.find(([words]) => words.every((w, j) => isWord(t[k + j], [w])) && t[k + words.length]?.kind === 'colon');
    if (!match) continue;
    let end = k + match[0].length;
    while (!LINE_ENDS.has(t[end + 1]?.kind ?? 'eof')) end++;
    fields.push({ role: match[1], start: k, colon: k + match[0].length, end });
  }
  return fields;
}

/**
 * "Distance: 5.0": a length field's number with no unit is a distance in the plan's unit, as a log's
 * form keeps it; the field names what the number is.
 */
function bareLength(t: Token[], f: Field): void {
  const n = t[f.colon + 1];
  // "Distance: 5000" is no run of 5000 miles or km: that figure is left to the grammar, which reads it in metres.
  const plausible = n?.kind === 'number' && Number(n.value) * DISTANCE_UNITS.mi! <= NORMS.run.meters.possible[1];
  if (plausible && f.end === f.colon + 1) t[f.colon + 1] = { ...n, planDistance: true };
}

/** The run's distance on a length field's line ("Distance: 3 miles"): the index of its unit, or of a bare number in the plan's unit. */
function runLength(t: Token[], f: Field): number | undefined {
  if (t[f.colon + 1]?.planDistance && f.end === f.colon + 1) return f.colon + 1;
  const length = lengthAt(t, f.colon + 1);
  return length?.metres !== undefined ? length.end : undefined;
}

/** The line of `f` set aside, label and all, with a note saying why. */
function setAside(t: Token[], f: Field, why: string): void {
  toProse(t, f.start, f.end, `'${writtenText(t, f.start, f.end)}' ${why}`);
}

/** The tokens `from`…`to` made prose in place, the first carrying the note if one is given. */
function toProse(t: Token[], from: number, to: number, note?: string): void {
  for (let j = from; j <= to; j++) t[j] = { ...t[j]!, kind: 'prose', ...(j === from && note !== undefined ? { note } : {}) };
}

/** The line breaks between two lines, set aside so the second reads on from the first. */
function join(t: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (t[j]!.kind !== 'newline' && t[j]!.kind !== 'prose') return false;
  toProse(t, from + 1, to - 1);
  return true;
}

/**
 * The fields around the run's distance: an intended pace right after it becomes its target ("3 miles @
 * 11 minutes per mile"); the kind of run right before it its effort ("easy 3 miles") where no pace is
 * intended, else set aside; a bare time or pace a result where the form is a log; comments naming the
 * kind of run ("Recovery run.") its pace where nothing else gives one.
 */
function lengthFields(t: Token[], fields: Field[], length: Field): void {
  // "Distance: 7.17\nPace: 2 mile warm up, 5 x 800 at 5k pace, …": a field that gives the run in parts is the
  // session; the distance above it is their total.
  const parts = fields.find((f) => (f.role === 'pace' || f.role === 'time') && f.start > length.end && holdsParts(t, f));
  if (parts) {
    setAside(t, length, 'is the total of the parts given below it');
    toProse(t, parts.start, parts.colon);
    return;
  }
  const log = logForm(t, fields, length);
  // A plan's own form ("Distance: 5 miles\nPace: 8:00") gives the pace to run at; a log's, how it went.
  const intended = fields.find((f) => (f.role === 'intended' || (!log && f.role === 'pace')) && f.start > length.end);
  const paced = intended !== undefined && join(t, length.end, intended.start);
  if (paced) t.splice(intended.start, intended.colon + 1 - intended.start, ...atMark(t, intended));
  toProse(t, length.start, length.colon);
  const kind = fields.find((f) => f.role === 'kind');
  if (kind && paced) setAside(t, kind, 'names the run; its intended pace is its target');
  else if (kind && kind.end < length.start && join(t, kind.end, length.start)) {
    // "Run designation: easy\nDistance: 3 miles" reads "easy 3 miles".
    toProse(t, kind.start, kind.colon);
  } else if (kind) setAside(t, kind, 'names the run apart from its distance; kept as written');
  if (!log) return;
  for (const f of fields) if (f.role === 'time' || f.role === 'pace') setAside(t, f, 'is a result logged after the run, not a target');
  if (paced || kind) return;
  const comments = fields.find((f) => f.role === 'comments');
  const named = comments && storyKind(t, comments);
  const at = runLength(t, length)!;
  if (named) t.splice(at + 1, 0, ...replacement(`@ ${named}`, t[comments.colon + 1]!).map((m) => ({ ...m, length: 0 })));
  // A run the log's form tells of with nothing said of how hard: the runner's own effort, as in a told run.
  else t.splice(at + 1, 0, loggedEffortAfter(t[at]!));
}

function loggedEffortAfter(t: Token): Token {
  const note = "a run the log tells of: read at the runner's own effort";
  return { ...t, kind: 'word', value: LOGGED_EFFORT, raw: '', offset: t.offset + t.length, length: 0, spaced: true, synthetic: true, note };
}

/**
 * Whether a field gives lengths of its own ("2 mile warm up, 5 x 800 at 5k pace"): a figure with a distance's unit
 * after it. A pace's unit ("8:30 per mile", "5:00/km") is no length.
 */
function holdsParts(t: Token[], f: Field): boolean {
  for (let j = f.colon + 1; j < f.end; j++) {
    const unit = t[j + 1]!;
    const perUnit = isWord(t[j - 1], ['per']) || t[j - 1]?.kind === 'slash';
    if (t[j]!.kind === 'number' && unit.kind === 'word' && DISTANCE_UNITS[unit.value] !== undefined && !perUnit) return true;
  }
  return false;
}

/** The intended pace's label set aside and its colon made the "@" that joins its pace to the run; the same count of tokens. */
function atMark(t: Token[], f: Field): Token[] {
  const label = t.slice(f.start, f.colon + 1);
  return label.map((tok, j) => (j === label.length - 1 ? { ...tok, kind: 'at', value: '@', raw: '@', synthetic: true } : { ...tok, kind: 'prose' }));
}

/** Whether the form is a log: a time and a pace both given, a measured distance, comments, or a first-person story. */
function logForm(t: Token[], fields: Field[], length: Field): boolean {
  const has = (role: FieldRole) => fields.some((f) => f.role === role);
  if ((has('time') && has('pace')) || has('comments') || has('actual') || measured(t[length.colon + 1]!)) return true;
  return t.some((w) => isWord(w, FIRST_PERSON)) && t.some((w) => isWord(w, STORY_VERBS));
}

/** The easy kind of run the comments name and nothing else: "Recovery run." → "recovery". */
function storyKind(t: Token[], f: Field): string | undefined {
  const words = t.slice(f.colon + 1, f.end + 1).filter((w) => w.kind !== 'stop' && w.kind !== 'dot');
  if (words.length !== 2 || !words.every((w) => w.kind === 'word')) return undefined;
  const kind = STORY_KINDS.get(`${words[0]!.value} ${words[1]!.value}`);
  return kind === 'e' ? 'E' : kind;
}

/**
 * "Plan: 6 miles easy/6.0/58:17/9:43 min/mile": a planned run, then its total, time and pace after
 * slashes. Where the total is the run's own length, the pace is its target: the total and time are
 * set aside and the last slash becomes the "@" of the pace. A line of several parts keeps its summary.
 */
function planTotals(t: Token[], f: Field): void {
  const slashes: number[] = [];
  for (let j = f.colon + 1; j <= f.end; j++) if (t[j]!.kind === 'slash' && !(t[j + 1]?.kind === 'word' && DISTANCE_UNITS[t[j + 1]!.value] !== undefined)) slashes.push(j);
  if (slashes.length !== 3) return;
  const [first, second, third] = slashes as [number, number, number];
  const run = lengthAt(t, f.colon + 1);
  if (run?.metres === undefined || t.slice(run.end + 1, first).some((w) => w.kind !== 'word')) return;
  const total = t[first + 1];
  const unit = lengthAt(t, first + 1)?.metres ?? (total?.kind === 'number' ? Number(total.value) * (run.metres / Number(t[f.colon + 1]!.value)) : undefined);
  if (unit === undefined || !closeTo(unit, run.metres) || t[second + 1]?.kind !== 'clock' || t[third + 1]?.kind !== 'clock') return;
  const note = `'${writtenText(t, first, third)}' is the plan's total and time; its pace is the run's`;
  toProse(t, first, third - 1, note);
  t[third] = { ...t[third]!, kind: 'at', value: '@', synthetic: true };
}
