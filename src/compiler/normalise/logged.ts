/**
 * Results logged after the session: "The Session: 8x400m with 200m float.\n\nTime Deek took: 400m
 * reps in 62-64sec and 200m floats in 40sec", "4 x 1 mile repeats … Mile splits: 6:18, 6:15, 6:17,
 * 6:19.", "three 2-mile repeats w/ 2-minute rests. … Average pace was then about 6:14." A sentence
 * or line that opens with words of a log (dialect/sentences.ts) and stands after a sentence with a
 * figure tells what was run: its times and lengths are kept in the notes, not read as targets; so does a
 * clause about the session after "and" or a comma ("… and it took 42 minutes"). An
 * opening that says what was planned ("Target splits:", "should take") stays as written, and so
 * does a log that opens the text, with no session before it.
 */
import { LOG_SUBJECTS, LOG_WORDS, PLAN_WORDS, TAKE_VERBS } from '../dialect/sentences.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { isWord } from './tokens.js';

const ENDS = new Set(['stop', 'newline', 'eof']);
const FIGURES = new Set(['number', 'clock']);
/** How many words an opening may have before its first figure or colon. */
const OPENING = 6;

export function logged(tokens: Token[]): Token[] {
  let out = tokens;
  let figured = false;
  for (let k = 0; k < out.length; k++) {
    const about = k > 0 && clauseAbout(out, k);
    if (k > 0 && !ENDS.has(out[k - 1]!.kind) && !about) continue;
    const end = figured ? loggedEnd(out, k, about) : undefined;
    if (end !== undefined) {
      if (out === tokens) out = tokens.slice();
      // "… and it took 42 minutes": the "and" goes with its clause, or it would join nothing.
      const from = about && out[k - 1]!.kind === 'word' ? k - 1 : k;
      for (let j = from; j <= end; j++) if (!ENDS.has(out[j]!.kind)) out[j] = { ...out[j]!, kind: 'prose' };
      k = end;
      continue;
    }
    for (let j = k; j < out.length && !ENDS.has(out[j]!.kind); j++) if (FIGURES.has(out[j]!.kind)) figured = true;
  }
  return out;
}

/** "… @ 5K and it took 42 minutes", "…, which took 40 min": a clause at `k` about what came before it. */
const clauseAbout = (tokens: Token[], k: number) => (isWord(tokens[k - 1], ['and']) || tokens[k - 1]!.kind === 'comma') && isWord(tokens[k], LOG_SUBJECTS);

/** Where a sentence at `from` that opens as a log ends (a line ending in a colon runs on to the next), or undefined. */
function loggedEnd(tokens: Token[], from: number, about = false): number | undefined {
  let k = from;
  const words: string[] = [];
  while (k < tokens.length && tokens[k]!.kind === 'word' && words.length <= OPENING) words.push(tokens[k++]!.value);
  const opening = tokens[k];
  if (!opening || !(opening.kind === 'colon' || FIGURES.has(opening.kind) || ENDS.has(opening.kind) || opening.kind === 'comma' || opening.kind === 'dash')) return undefined;
  // "… and it should take 40 minutes": how long the whole session takes, planned or logged, is no part of it.
  const takes = about && words.some((w) => TAKE_VERBS.has(w));
  if (!takes && (!words.some((w) => LOG_WORDS.has(w)) || words.some((w) => PLAN_WORDS.has(w)))) return undefined;
  let end = ENDS.has(opening.kind) ? k - 1 : k;
  while (end + 1 < tokens.length && !ENDS.has(tokens[end + 1]!.kind)) end++;
  // "Splits:\n\n70.5, 71.0, …": the times stand on the line after their label.
  if (tokens[end]!.kind === 'colon' && tokens[end + 1]?.kind === 'newline') {
    end += 2;
    while (end + 1 < tokens.length && !ENDS.has(tokens[end + 1]!.kind)) end++;
  }
  return end;
}

const RECOVERIES = ['jog', 'walk', 'float', 'recovery'];

/**
 * "Recovery: 200m jog in 90\"", "100m jog in 40\" - 60\" after each rep": the time a recovery
 * given by its distance took, or may take, is how it went, not a part of its own; the distance is
 * the recovery and the time is kept in the notes.
 */
export function recoveryTimes(tokens: Token[]): Token[] {
  const out = tokens.slice();
  for (let k = 3; k < out.length; k++) {
    const [n, unit, way] = [out[k - 3]!, out[k - 2]!, out[k - 1]!];
    if (!isWord(out[k], ['in']) || n.kind !== 'number' || unit.kind !== 'word' || DISTANCE_UNITS[unit.value] === undefined || !isWord(way, RECOVERIES)) continue;
    let end = timeEnd(out, k + 1);
    if (end !== undefined && out[end + 1]?.kind === 'dash') end = timeEnd(out, end + 2) ?? end;
    if (end === undefined) continue;
    for (let j = k; j <= end; j++) out[j] = { ...out[j]!, kind: 'prose' };
  }
  return out;
}

/** The last token of a time at `k` ("90 sec", "1:30", a bare number of seconds where a dash ends a range before it). */
function timeEnd(tokens: Token[], k: number): number | undefined {
  const t = tokens[k];
  if (t?.kind === 'clock') return k;
  if (t?.kind !== 'number') return undefined;
  const unit = tokens[k + 1];
  if (unit?.kind === 'word' && TIME_UNITS[unit.value] !== undefined) return k + 1;
  return tokens[k - 1]?.kind === 'dash' ? k : undefined;
}
