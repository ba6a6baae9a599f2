/**
 * "Set 1: 3 x 6min [2min jog recovery]\nSet 2: 2 x 4min [1min jog recovery]": headings that
 * number the sets one a line, in order from 1, say no more than the lines' order does. They
 * go, and the lines are read as the parts they are; a lone "Set 2:" is no such series.
 */
import { NUMBERED_HEADINGS } from '../dialect/figures.js';
import type { Token } from '../lexer.js';

export function numberedHeadings(tokens: Token[]): Token[] {
  const headings = headingsAt(tokens);
  if (headings.length < 2) return tokens;
  const dropped = new Set(headings.flatMap((k) => [k, k + 1, k + 2]));
  return tokens.filter((_, k) => !dropped.has(k));
}

/** Where each line's numbered heading stands, when they number 1, 2, 3 … down the lines, one word throughout. */
function headingsAt(tokens: Token[]): number[] {
  const at: number[] = [];
  let word: string | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const opensLine = k === 0 || tokens[k - 1]!.kind === 'newline';
    if (!opensLine || !isHeading(tokens, k)) continue;
    const t = tokens[k]!;
    if (word !== undefined && t.value !== word) return [];
    if (Number(tokens[k + 1]!.value) !== at.length + 1) return [];
    word = t.value;
    at.push(k);
  }
  return at;
}

function isHeading(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.kind === 'word' && NUMBERED_HEADINGS.has(t.value) && tokens[k + 1]?.kind === 'number' && tokens[k + 2]?.kind === 'colon';
}
