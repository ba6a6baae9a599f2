/**
 * Prose around the structure: words that change no step ("on flat grass or
 * trail", "Start out with a", "NY"). They are read past and listed, each with
 * its span, so the coach sees what was not used. A word that looks like a typo
 * of a word the shorthand would use there ("jgo", "mni") is not prose: the
 * caller stops on it with a "did you mean".
 */
import { DISTANCE_UNITS, EFFORT_WORDS, KNOWN_WORDS, PACE_WORDS, TIME_UNITS, oneEditFrom } from '../vocabulary.js';
import type { Cursor } from './cursor.js';
import { MULTIPLIERS, QUALIFIERS } from '../dialect/categories.js';
import { isCommonEnglish } from '../dialect/english.js';
import { PACE_NOUNS } from '../dialect/efforts.js';

/** Words that would change a step where they stand: a typo of one of these is an error, not prose. */
const STRUCTURE = [
  ...Object.keys(DISTANCE_UNITS), ...Object.keys(TIME_UNITS), ...Object.keys(PACE_WORDS), ...EFFORT_WORDS,
  'jog', 'walk', 'rest', 'recovery', 'strides', 'hill', 'hills', 'uphill', 'warmup', 'cooldown', 'tempo', 'threshold',
  'easy', 'race', 'sets', 'reps', 'repeat', 'between', 'with', 'float', 'sprint',
].filter((w) => w.length >= 3);

const KNOWN = new Set(KNOWN_WORDS);
/** Small words prose is made of: read past inside a run of prose, never the start of one. */
export const GLUE = new Set(['the', 'a', 'an', 'of', 'or', 'and', 'to', 'in', 'on', 'at', 'for', 'as', 'is', 'it', 'if', 'by', 'so', 'this', 'that', 'your', 'from', 'up', 'out']);

function looksLikeTypo(word: string): boolean {
  if (word.length < 3 || isCommonEnglish(word)) return false;
  // Short words differ from a real one by a letter swapped or replaced ("jgo", "mni"); "flat" is not "float".
  const reach = word.length < 5 ? 0 : 1;
  return oneEditFrom(word, STRUCTURE, reach);
}

// "twice" is a count: leaving it out would run the block once.
const isProseWord = (value: string) => !KNOWN.has(value) && MULTIPLIERS[value] === undefined && !looksLikeTypo(value);

/** A word that is neither the shorthand's nor a likely typo of one. */
export const isProse = isProseWord;

/**
 * Reads past a run of prose at the cursor and records it. `lead`: before an
 * item, so the run must end where the item starts (a number, a bracket);
 * `tail`: after an item's structure, up to the next part.
 */
export function prose(p: Cursor, where: 'lead' | 'tail'): boolean {
  const first = p.peek();
  // "on flat grass or trail", "on the track": a small word may open prose in the tail.
  const opens = first.kind === 'word' && (isProseWord(first.value) || (where === 'tail' && GLUE.has(first.value) && isProseOrGlue(p, p.i + 1) && first.value !== 'or' && first.value !== 'and'));
  if (!opens) return false;
  const save = p.i;
  let end = p.i;
  for (let k = p.i; k < p.tokens.length; k++) {
    const t = p.tokens[k]!;
    if (t.kind === 'word' && (isProseWord(t.value) || (GLUE.has(t.value) && isProseOrGlue(p, k + 1)))) {
      end = k + 1;
      continue;
    }
    if (t.kind === 'colon' || (t.kind === 'dash' && !t.spaced)) {
      end = k + 1;
      continue;
    }
    break;
  }
  p.i = end;
  const next = p.peek();
  // "4 min increased pace", "a slower pace": the word says which pace; without it "pace" is the goal's.
  if (next.kind === 'word' && PACE_NOUNS.includes(next.value)) {
    p.i = save;
    return false;
  }
  // "except for the middle where we had 2mins": words that qualify the figure after them are not filler.
  if (p.tokens.slice(save, end).some((t) => t.kind === 'word' && QUALIFIERS.has(t.value)) && figureAhead(p, end)) {
    p.i = save;
    return false;
  }
  if (where === 'lead' && !(next.kind === 'number' || next.kind === 'clock' || next.kind === 'lparen' || next.kind === 'word')) {
    p.i = save;
    return false;
  }
  p.ignore({ start: first.offset, end: p.prevEnd }, 'prose');
  return true;
}

function isProseOrGlue(p: Cursor, k: number): boolean {
  const t = p.tokens[k];
  return t !== undefined && t.kind === 'word' && (isProseWord(t.value) || (GLUE.has(t.value) && isProseOrGlue(p, k + 1)));
}

/** A number or clock stands from `k` on, before the sentence ends. */
function figureAhead(p: Cursor, k: number): boolean {
  for (let j = k; j < p.tokens.length; j++) {
    const t = p.tokens[j]!;
    if (t.kind === 'stop' || t.kind === 'newline' || t.kind === 'eof') return false;
    if (t.kind === 'number' || t.kind === 'clock') return true;
  }
  return false;
}
