/**
 * "Workout of the Day\n5 rounds:\nJog 400 meters\nSprint 200 meters": a round heading with
 * the round's parts on the lines below it, as boxes, bootcamps and clubs write it ("3 sets
 * of;", "Then, 8 rounds of:", "4 sets of the following...", "3 rounds for time:"), written
 * as the "5 sets of:" heading the grammar reads (the count, then the lines up to a cool-down,
 * a "Then", a rest between sets or the end).
 */
import type { Token } from '../lexer.js';
import { ROUND_LEADS, ROUND_NOUNS, ROUND_POINTERS, ROUND_SCORING } from '../dialect/rounds.js';
import { NUMBER_WORDS } from '../dialect/words.js';
import { isWord, numberToken, phraseEnd, replacement } from './tokens.js';

interface Heading {
  /** The count's tokens as the grammar reads them ("5", "3 - 4"). */
  count: Token[];
  noun: Token;
  /** The last token of the heading, its colon or the word before the line break. */
  last: Token;
  /** Where the line break after the heading is. */
  end: number;
}

export function roundHeadings(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const h = atLineStart(tokens, k) ? heading(tokens, k) : undefined;
    if (!h) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...h.count, ...replacement('sets of', h.noun, h.last), colon(h.last));
    k = h.end - 1;
  }
  return out;
}

/** The heading whose count is at `k`, when the line ends with it. */
function heading(tokens: Token[], k: number): Heading | undefined {
  const count = countAt(tokens, k);
  if (!count) return undefined;
  let j = count.next;
  const noun = tokens[j];
  if (!isWord(noun, ROUND_NOUNS)) return undefined;
  j++;
  const of = isWord(tokens[j], ['of']);
  if (of) j = pointer(tokens, j + 1);
  j = phraseEnd(tokens, j, ROUND_SCORING) ?? j;
  const closed = closing(tokens, j);
  if (!closed && !of) return undefined;
  const end = closed ?? j;
  if (tokens[end]?.kind !== 'newline') return undefined;
  return { count: count.tokens, noun: noun!, last: tokens[end - 1]!, end };
}

/** "5", "seven", "3-4": a count of rounds, whole and from 1 to 50. */
function countAt(tokens: Token[], k: number): { tokens: Token[]; next: number } | undefined {
  const t = tokens[k]!;
  const value = t.kind === 'number' && /^\d+$/.test(t.value) ? Number(t.value) : t.kind === 'word' ? NUMBER_WORDS[t.value] : undefined;
  if (value === undefined || value < 1 || value > 50) return undefined;
  const first = t.kind === 'number' ? t : numberToken(value, t);
  const range = (tokens[k + 1]?.kind === 'dash' || isWord(tokens[k + 1], ['to'])) && tokens[k + 2]?.kind === 'number' && /^\d+$/.test(tokens[k + 2]!.value);
  return range ? { tokens: [first, tokens[k + 1]!, tokens[k + 2]!], next: k + 3 } : { tokens: [first], next: k + 1 };
}

/** After "of": "the following Interval-Recovery Segment", up to the colon, names the round; anything else is left. */
function pointer(tokens: Token[], j: number): number {
  const after = phraseEnd(tokens, j, ROUND_POINTERS) ?? j;
  if (after === j) return j;
  let m = after;
  while (m - after < 6 && (tokens[m]?.kind === 'word' || tokens[m]?.kind === 'dash')) m++;
  return closing(tokens, m) !== undefined ? m : after;
}

/** A colon, a semicolon or an ellipsis closing the heading: where the line break after it is. */
function closing(tokens: Token[], j: number): number | undefined {
  const t = tokens[j];
  if (t?.kind === 'colon' || t?.kind === 'semicolon') return j + 1;
  let m = j;
  while (tokens[m]?.kind === 'dot' || tokens[m]?.kind === 'stop') m++;
  return m > j ? m : undefined;
}

/** Nothing before `k` on its line but words that lead into a count ("Then,", "Then try") or one label and its colon ("Workout:"). */
function atLineStart(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.kind === 'comma' || isWord(tokens[j], ROUND_LEADS))) j--;
  if (j >= 1 && tokens[j]!.kind === 'colon' && tokens[j - 1]!.kind === 'word' && (j < 2 || tokens[j - 2]!.kind === 'newline')) j -= 2;
  return j < 0 || tokens[j]!.kind === 'newline';
}

function colon(at: Token): Token {
  return { ...at, kind: 'colon', value: ':', raw: '', offset: at.offset + at.length, length: 0, synthetic: true };
}
