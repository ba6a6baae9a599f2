/**
 * Articles in a session told as a sentence. "I warmed up for a mile", "an hour easy", "with a
 * lap jog": an article before a unit with no number is one of that unit, so the length is
 * read where it stands. "six repeats of an 800m", "6 x an 800m": an article after the repeat
 * sign names one rep and says nothing more, so it goes. A unit after a number or a time ("7:30
 * a mile", "30 seconds a mile faster") or before "from" ("a mile from the end") is a rate or a
 * place, not a length, and stays as written.
 */
import { ARTICLES, JOINS, ONE_UNITS, PLACE_WORDS } from '../dialect/sentences.js';
import type { Token } from '../lexer.js';
import { isUnitWord, isWord, numberToken } from './tokens.js';
import { LABEL_WORDS } from '../dialect/labels.js';
import { EFFORT_WORDS } from '../vocabulary.js';
import { PACE_NOUNS } from '../dialect/efforts.js';

export function articles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (loneHour(out[out.length - 1], t, tokens[k + 1])) {
      out.push({ ...numberToken(1, t), length: 0 }, t);
      continue;
    }
    if (!isWord(t, ARTICLES)) {
      out.push(t);
      continue;
    }
    const prev = out[out.length - 1];
    const next = tokens[k + 1];
    // "6 x an 800m", "with an 800 meter recovery jog", "then a 3 mile recovery run": the article goes.
    if ((prev?.kind === 'x' || isWord(prev, JOINS)) && next?.kind === 'number') continue;
    if (oneUnit(prev, next, tokens[k + 2])) {
      out.push({ ...numberToken(1, t), spaced: t.spaced });
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * "Marathon race pace hour", "easy hour": an hour with no number after a word naming how it is run
 * is one hour, where the session ends or goes on to its next part.
 */
function loneHour(prev: Token | undefined, hour: Token, next: Token | undefined): boolean {
  if (!isWord(hour, ['hour']) || !(isWord(prev, LABEL_WORDS) || isWord(prev, EFFORT_WORDS) || isWord(prev, PACE_NOUNS))) return false;
  return next === undefined || HOUR_ENDS.has(next.kind) || isWord(next, ['run', 'with', 'w', 'then', 'and', 'plus']);
}

const HOUR_ENDS: ReadonlySet<string> = new Set(['eof', 'stop', 'comma', 'plus', 'newline', 'semicolon', 'rparen', 'lparen', 'dash']);

/** "a mile", "an hour": the article stands for one of the unit after it, where no rate or place is meant. */
function oneUnit(prev: Token | undefined, unit: Token | undefined, after: Token | undefined): boolean {
  if (!isWord(unit, ONE_UNITS)) return false;
  // "7:30 a mile", "30 sec a mile", "per a mile": a rate.
  if (prev && (prev.kind === 'number' || prev.kind === 'clock' || prev.kind === 'slash' || isUnitWord(prev) || isWord(prev, ['per']))) return false;
  return !isWord(after, PLACE_WORDS);
}
