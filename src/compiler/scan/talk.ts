/**
 * Figures in talk: numbers a coach's page holds that change no step of the
 * session — a time of day ("at 10 am"), a year, a result logged after the run
 * ("in 3:44"), a place in a list ("1.", "2)"). The rest must be placed in an
 * island, or the session is refused at the first one left.
 */
import type { Token } from '../lexer.js';
import type { ParseError } from '../grammar/cursor.js';
import { TALK_AFTER, TALK_BEFORE } from '../dialect/talk.js';
import { isFigure, type Island } from './islands.js';

const RELATIVES = new Set(['that', 'which', 'who']);

/** Whether the figure at `k` is talk. */
export function isTalk(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (t.kind === 'number' && /^(19|20)\d\d$/.test(t.value) && !(after?.kind === 'word' && !TALK_AFTER.has(after.value))) return true;
  if (after?.kind === 'word' && TALK_AFTER.has(after.value)) return true;
  if (before?.kind === 'word' && TALK_BEFORE.has(before.value)) return true;
  // "one that consistently challenges me": a number in letters before "that", "which" or "who" counts nothing run.
  if (t.kind === 'number' && t.synthetic && t.length > t.raw.length && after?.kind === 'word' && RELATIVES.has(after.value)) return true;
  // "1. Medio-Medio-Uno", "2) Hoveddelen": a number that heads a line.
  const lineStart = !before || before.kind === 'newline';
  return lineStart && t.kind === 'number' && (after?.kind === 'stop' || after?.kind === 'rparen') && /^\d$/.test(t.value);
}

/** The first figure outside every island that is not talk, as the error that stops the reading. */
export function unplaced(tokens: Token[], islands: Island[]): ParseError | undefined {
  let i = 0;
  for (let k = 0; k < tokens.length; k++) {
    while (i < islands.length && islands[i]!.end <= k) i++;
    const inside = i < islands.length && islands[i]!.start <= k;
    const t = tokens[k]!;
    if (inside || !isFigure(t) || isTalk(tokens, k)) continue;
    const unit = tokens[k + 1]?.kind === 'word' ? tokens[k + 1]! : undefined;
    const length = (unit ? unit.offset + unit.length : t.offset + t.length) - t.offset;
    return {
      offset: t.offset,
      length,
      message: `could not place '${unit ? `${t.raw} ${unit.raw}` : t.raw}' in the session`,
      hint: 'the rest of the text reads as a session; say what this figure is in shorthand, such as 4 x 800m @ 5K w/ 2 min jog',
    };
  }
  return undefined;
}
