/**
 * Run/walk sessions: where a session alternates jogging and walking, the jogs
 * are the work (run at easy) and the walks the breaks between them.
 */
import type { Token } from '../lexer.js';
import { FILL_ENDS, FILL_LEADS } from '../dialect/summaries.js';
import { TIME_UNITS } from '../vocabulary.js';
import { replacement } from './tokens.js';

const PART_START = new Set(['comma', 'stop', 'newline', 'semicolon', 'plus', 'colon']);
const PART_END = new Set(['comma', 'stop', 'newline', 'semicolon', 'plus', 'eof', 'rparen']);
const LINKS = new Set(['and', 'then']);

/**
 * "Jog 4 minutes, walk 2 minutes, repeat", "A 5-min brisk walk followed by a
 * 30-sec jog and a 90-sec walk": the jogs become runs, in either order of
 * verb and length.
 */
export function runWalk(tokens: Token[]): Token[] {
  // Words an earlier pass set aside ("jog for 10 min") are read past.
  const live = tokens.filter((t) => t.kind !== 'prose');
  const jogs = new Set(jogsOf(live));
  if (jogs.size === 0 && !alternates(live)) return tokens;
  return fills(tokens.map((t) => (jogs.has(t) ? { ...t, value: 'run', synthetic: true } : t)));
}

/** Whether the session alternates running and walking, each part with its length. */
function alternates(tokens: Token[]): boolean {
  const timedNear = (k: number) => [k - 2, k - 1, k + 1, k + 2].some((j) => tokens[j]?.kind === 'number' || tokens[j]?.kind === 'clock');
  const has = (v: string) => tokens.some((t, k) => t.kind === 'word' && t.value === v && timedNear(k));
  return has('walk') && has('run') && !tokens.some((t) => t.kind === 'at' || t.kind === 'x');
}

const phrase = (tokens: Token[], k: number, words: string) => words.split(' ').every((w, j) => tokens[k + j]?.kind === 'word' && tokens[k + j]!.value === w);
const ENDS = new Set(['stop', 'newline', 'semicolon', 'comma', 'eof']);

/**
 * "4 minutes of running followed by one minute of walking, for the entire 45 minutes",
 * "Alternate 1 min run / 1.5 min walk for 20 min", "Do this for 20 minutes in total":
 * the alternation repeats to fill the time, written as the grammar reads it
 * (", for a total of 45 min").
 */
function fills(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const read = t.kind === 'word' && t.value === 'for' ? fillAt(tokens, k) : undefined;
    if (!read) {
      out.push(t);
      continue;
    }
    // "Do this for 20 minutes": the fill is the repeat; it follows the alternation after a comma, whatever mark stood there.
    if (out[out.length - 1]?.kind === 'word' && out[out.length - 1]!.value === 'repeat') out.pop();
    while (out.length > 0 && ['comma', 'stop', 'newline'].includes(out[out.length - 1]!.kind)) out.pop();
    out.push(...replacement(', for a total of', t, tokens[read.to - 1]!), ...tokens.slice(read.length, read.lengthEnd));
    k = read.to - 1;
  }
  return out;
}

/** The time after "for" at `k` that the alternation fills, and where the phrase ends. */
function fillAt(tokens: Token[], k: number): { length: number; lengthEnd: number; to: number } | undefined {
  const lead = FILL_LEADS.find((w) => phrase(tokens, k + 1, w));
  const length = k + 1 + (lead ? lead.split(' ').length : 0);
  const unit = tokens[length + 1];
  if (tokens[length]?.kind !== 'number' || unit?.kind !== 'word' || TIME_UNITS[unit.value] === undefined) return undefined;
  const tail = FILL_ENDS.find((w) => phrase(tokens, length + 2, w));
  const to = length + 2 + (tail ? tail.split(' ').length : 0);
  if (!ENDS.has(tokens[to]?.kind ?? 'eof')) return undefined;
  // "walk for 20 min" is a walk of 20 minutes; "1.5 min walk for 20 min" fills 20 minutes.
  const before = tokens[k - 2];
  const noun = tokens[k - 1]?.kind === 'word' && before?.kind === 'word' && TIME_UNITS[before.value] !== undefined;
  if (!lead && !tail && !noun && !outlasts(tokens, k, length)) return undefined;
  return { length, lengthEnd: length + 2, to };
}

/**
 * "walk 2 min and jog for 1 min for 20 min": a time right after the last part's own time fills the alternation when it
 * holds two rounds of it at least; "jog for 1 min for 3 min" is no such fill.
 */
function outlasts(tokens: Token[], k: number, length: number): boolean {
  const [n, unit] = [tokens[k - 2], tokens[k - 1]];
  if (n?.kind !== 'number' || unit?.kind !== 'word' || TIME_UNITS[unit.value] === undefined) return false;
  const part = Number(n.value) * TIME_UNITS[unit.value]!;
  const fill = Number(tokens[length]!.value) * TIME_UNITS[tokens[length + 1]!.value]!;
  return fill >= 4 * part;
}

/** The jogs of a session that alternates them with walks, each a whole part with its length. */
function jogsOf(tokens: Token[]): Token[] {
  const word = (k: number, ...values: string[]) => tokens[k]?.kind === 'word' && values.includes(tokens[k]!.value);
  const opens = (k: number) => k === 0 || PART_START.has(tokens[k - 1]!.kind) || word(k - 1, ...LINKS);
  const ends = (k: number) => PART_END.has(tokens[k + 1]?.kind ?? 'eof') || word(k + 1, ...LINKS);
  const length = (k: number) => tokens[k]?.kind === 'number' || tokens[k]?.kind === 'clock';
  // "jog 4 minutes", "jog for 10 min".
  const lengthAfter = (k: number) => opens(k) && (length(k + 1) || (word(k + 1, 'for') && length(k + 2)));
  // "a 30-sec jog", "90 seconds of jogging", as a whole part.
  const lengthBefore = (k: number) => {
    const of = word(k - 1, 'of') ? 1 : 0;
    const unit = tokens[k - 1 - of];
    return ends(k) && unit?.kind === 'word' && TIME_UNITS[unit.value] !== undefined && length(k - 2 - of);
  };
  const timed = (k: number) => lengthAfter(k) || lengthBefore(k);
  const walks = tokens.some((t, k) => t.kind === 'word' && t.value === 'walk' && timed(k));
  if (!walks || tokens.some((t) => t.kind === 'at' || t.kind === 'x')) return [];
  return tokens.filter((t, k) => t.kind === 'word' && t.value === 'jog' && timed(k));
}
