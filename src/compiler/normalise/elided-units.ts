/**
 * "Run for 5 minutes, walk for 3, run for 5": the coach writes the unit once and leaves it
 * off the parts after it. A bare figure after a run, jog or walk takes the time unit of the
 * part before it in the same sentence; a distance is never carried ("run 1 mile, walk 5"
 * says nothing of walking five miles), and a sentence's end forgets the unit.
 */
import { AFTER_BARE_FIGURE, BEFORE_BARE_FIGURE } from '../dialect/figures.js';
import { ALTERNATING_VERBS } from '../dialect/runs.js';
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';
import { isWord } from './tokens.js';

const ENDS_SENTENCE = new Set(['stop', 'newline', 'eof']);
const ENDS_PART = new Set(['comma', 'semicolon', 'stop', 'newline', 'eof', 'rparen']);

export function elidedUnits(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let unit: Token | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    out.push(t);
    if (ENDS_SENTENCE.has(t.kind)) unit = undefined;
    if (t.kind !== 'number') continue;
    const next = tokens[k + 1];
    if (next?.kind === 'word' && TIME_UNITS[next.value] !== undefined) unit = lengthOfPart(tokens, k) ? next : undefined;
    else if (unit && lengthOfPart(tokens, k) && endsBare(next, tokens[k + 2])) out.push(carried(unit, t));
  }
  return out;
}

/** The figure at `k` is the length of a run, jog or walk: "walk 3", "walk for 3", "walk for another 10". */
function lengthOfPart(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && isWord(tokens[j], BEFORE_BARE_FIGURE)) j--;
  if (!isWord(tokens[j], ALTERNATING_VERBS)) return false;
  const before = tokens[j - 1];
  return !before || ENDS_PART.has(before.kind) || before.kind === 'lparen' || isWord(before, ['then', 'and']);
}

/** Nothing of the figure's own follows it: the part ends ("walk for 3,") or says what it is for ("… 10 to cool down"). */
function endsBare(next: Token | undefined, after: Token | undefined): boolean {
  if (!next || ENDS_PART.has(next.kind)) return true;
  return isWord(next, AFTER_BARE_FIGURE) && after?.kind === 'word';
}

/** The unit, written again after the bare figure, covering nothing of the coach's text. */
function carried(unit: Token, figure: Token): Token {
  return { ...unit, offset: figure.offset + figure.length, length: 0, spaced: true, synthetic: true };
}
