/**
 * Strings for FIT string fields. Devices give each field a fixed byte size
 * (NUL included), and everything a watch shows — names, step notes, the
 * description — follows one rule:
 * - the typographic marks the compiler writes become ASCII ("6×400m @
 *   HM–10K" → "6x400m @ HM-10K"), control characters spaces, runs of
 *   whitespace one space;
 * - text that does not fit is cut between words, never inside one, and never
 *   inside a bracket or after a dangling joiner ("4x(800m", "30 min easy +");
 * - longer text (notes, descriptions) is cut at the end of a sentence or a
 *   phrase where one is near, and ends with "..." to say it goes on.
 * Other characters (accents, emoji) are kept, whole graphemes only.
 */
import { plainPunctuation } from '../typography.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Text of one byte per character, cut anywhere without a segmenter. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
export const ELLIPSIS = '...';

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The text as a watch should get it: NFC, ASCII punctuation, one space between words. */
export function watchText(text: string): string {
  return plainPunctuation(text.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `text` and its terminating NUL fit a field of `fieldBytes`. */
export function fitsField(text: string, fieldBytes: number): boolean {
  return utf8Length(text) <= fieldBytes - 1;
}

/**
 * The words of `text` that fit the field, from the first: never part of a
 * word, nor an unclosed bracket or a trailing joiner. '' when not even the
 * first word fits; the caller has a shorter form to offer then.
 */
export function cutAtWord(text: string, fieldBytes: number): string {
  const whole = watchText(text);
  if (fitsField(whole, fieldBytes)) return whole;
  return longestHead(whole, fieldBytes, [...whole.matchAll(/ /g)].map((m) => m.index));
}

/**
 * The leading phrases of `text` that fit, split where the text joins them
 * outside brackets (", ", "; ", " + "): "2 mi easy + 5x3 min I" → "2 mi easy".
 * '' when not even the first phrase fits.
 */
export function cutAtJoin(text: string, fieldBytes: number): string {
  const whole = watchText(text);
  if (fitsField(whole, fieldBytes)) return whole;
  const joins: number[] = [];
  let depth = 0;
  for (let i = 0; i < whole.length; i++) {
    const ch = whole.charAt(i);
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /^(?:[,;] | \+ )/.test(whole.slice(i, i + 3))) joins.push(i);
  }
  return longestHead(whole, fieldBytes, joins);
}

/** The longest head of `whole` ending at one of `ends` (ascending) that fits, tidied; '' when none does. */
function longestHead(whole: string, fieldBytes: number, ends: readonly number[]): string {
  let best = '';
  for (const end of ends) {
    const head = whole.slice(0, end);
    if (!fitsField(head, fieldBytes)) break;
    best = head;
  }
  return tidyEnd(best);
}

/**
 * Text cut to fit with "..." at its end, at the last sentence end that keeps
 * half the room, else the last phrase boundary (comma, semicolon, colon,
 * " · ", " (", " - ", " + ") that does, else the last word. Only a first word
 * longer than the whole field is cut inside, at a character boundary.
 */
export function cutAtPhrase(text: string, fieldBytes: number): string {
  const whole = watchText(text);
  if (fitsField(whole, fieldBytes)) return whole;
  const room = fieldBytes - 1 - ELLIPSIS.length;
  if (room <= 0) return '';
  const head = bytePrefix(whole, room);
  // A boundary at `end` keeps whole[0, end), which ends between words.
  const ends = (re: RegExp, shift: number) =>
    [...whole.matchAll(re)].map((m) => m.index + shift).filter((end) => end > 0 && end <= head.length);
  const half = head.length / 2;
  const sentence = ends(/[.!?](?= |$)/g, 1).filter((end) => end >= half);
  const phrase = ends(/[,;:](?= )| \((?=\S)| [·+-](?= )/g, 0).filter((end) => end >= half);
  const word = ends(/ /g, 0);
  const pick = [sentence, phrase, word].find((list) => list.length > 0);
  const cut = pick ? whole.slice(0, Math.max(...pick)) : head;
  // A text that opens with a long bracket keeps its words: the "..." says it goes on.
  const kept = tidyEnd(cut) || cut;
  return `${kept.replace(/[\s.,;:!?·-]+$/u, '')}${ELLIPSIS}`;
}

/** The longest prefix of whole graphemes within `bytes` UTF-8 bytes. */
function bytePrefix(text: string, bytes: number): string {
  if (PRINTABLE_ASCII.test(text)) return text.slice(0, bytes);
  let out = '';
  let used = 0;
  // Every UTF-16 unit is at least one UTF-8 byte, so the cut falls within the
  // first bytes + 1 units: segmenting only those keeps long notes cheap.
  for (const { segment } of segmenter.segment(text.slice(0, bytes + 1))) {
    const size = utf8Length(segment);
    if (used + size > bytes) break;
    out += segment;
    used += size;
  }
  return out;
}

const OPENERS = '([{';
const CLOSERS = ')]}';
/** Words that only make sense with something after them. */
const DANGLING_WORD = /\s+(?:w\/|with|and|or|then|at|of|per|plus|to|on|in|for|from|by|x)$/i;
const DANGLING_MARK = /[\s,;:+@/·&=-]+$/u;

/** Drops what a cut leaves hanging: an unclosed bracket and what follows it, joiners and linking words at the end. */
export function tidyEnd(text: string): string {
  let out = text;
  for (;;) {
    const before = out;
    out = beforeUnclosed(out).replace(DANGLING_MARK, '').replace(DANGLING_WORD, '').trim();
    if (out === before) return out;
  }
}

function beforeUnclosed(text: string): string {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPENERS.includes(ch)) open.push(i);
    else if (CLOSERS.includes(ch) && open.length > 0) open.pop();
  }
  return open.length > 0 ? text.slice(0, open[0]) : text;
}
