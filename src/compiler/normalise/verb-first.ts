/**
 * "Walk 5 mins Jog 2 mins Repeat x 3": a line whose parts each open with their
 * verb, written with no mark between them. Read as shorthand, "5 mins Jog"
 * would be a 5-minute jog (a length and then its kind, as in "2 min jog"), and
 * the walk would be lost. When a line opens with a verb and its length, each
 * later verb of the alternation that stands right after a unit and before a
 * figure opens the next part: a comma is written in before it (covering
 * nothing), as a coach writing it in one line would have put it.
 */
import type { Token } from '../lexer.js';
import { ALTERNATING_VERBS, REPEAT_OPENERS } from '../dialect/runs.js';
import { isUnitWord, isWord } from './tokens.js';

const LINE_ENDS = new Set<Token['kind']>(['newline', 'stop', 'semicolon', 'eof']);
const FIGURES = new Set<Token['kind']>(['number', 'clock']);

export function verbFirst(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  let verbFirstLine = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (LINE_ENDS.has(t.kind)) verbFirstLine = false;
    const opensLine = k === 0 || LINE_ENDS.has(tokens[k - 1]!.kind);
    if (opensLine && isWord(t, ALTERNATING_VERBS) && FIGURES.has(tokens[k + 1]?.kind ?? 'eof')) verbFirstLine = true;
    else if (verbFirstLine && opensPart(tokens, k)) {
      out ??= tokens.slice(0, k);
      out.push({ kind: 'comma', value: ',', raw: '', offset: t.offset, length: 0, spaced: true, synthetic: true });
    }
    out?.push(t);
  }
  return out ?? tokens;
}

/** A verb of the alternation (or "repeat") right after a unit, with its figure or count after it. */
function opensPart(tokens: Token[], k: number): boolean {
  if (!isUnitWord(tokens[k - 1])) return false;
  const next = tokens[k + 1]?.kind ?? 'eof';
  if (isWord(tokens[k], ALTERNATING_VERBS)) return FIGURES.has(next);
  return isWord(tokens[k], REPEAT_OPENERS) && (next === 'x' || next === 'number' || isWord(tokens[k + 1], ['x']));
}
