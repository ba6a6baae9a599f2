/**
 * "L3 (14 km)", "L1+ (11 km)", "Q2 (6 x 800m)": a plan's own code for a day (letters with a number glued to
 * them, opening a line) with the session itself in brackets after it. The code names the day; its number is
 * no count or length ("L3" read as three times 14 km, "Q2" as the reps twice). The code becomes prose, kept in
 * the session's notes; the brackets are the session. A pace's name or a heart-rate zone ("LT1 (40 min)", "Z2 (130-140)")
 * is no code.
 */
import type { Token } from '../lexer.js';
import { aside, rewriteEach, writtenText } from './tokens.js';
import { PACE_ONLY_WORDS, PACE_WORDS } from '../vocabulary.js';

/**
 * Letters that say how hard a part is, not which day it is: a pace's name ("MP3", "LT1", "E2"), a heart-rate zone
 * ("Z2") or a scale of effort ("RPE6"). Before brackets they keep the meaning the reader gives them.
 */
const NOT_CODES: ReadonlySet<string> = new Set([...Object.keys(PACE_WORDS), ...Object.keys(PACE_ONLY_WORDS), 'z', 'hr', 'rpe', 'at', 'x']);

export function codeNames(tokens: Token[]): Token[] {
  return rewriteEach(tokens, (t, k) => {
    const end = codeAt(t, k);
    return end === undefined ? undefined : { read: [aside(t[k]!, t[end]!, `the plan's name for the day: ${writtenText(t, k, end)}`)], end };
  });
}

/** The last token of a code opening a line at k, when the session follows it in brackets. */
function codeAt(t: Token[], k: number): number | undefined {
  const word = t[k];
  const opens = k === 0 || t[k - 1]!.kind === 'newline';
  if (!opens || word?.kind !== 'word' || !/^\p{L}{1,3}$/u.test(word.value) || NOT_CODES.has(word.value)) return undefined;
  const number = t[k + 1];
  if (number?.kind !== 'number' || number.spaced || !/^\d{1,2}$/.test(number.value)) return undefined;
  const end = t[k + 2]?.kind === 'plus' && !t[k + 2]!.spaced ? k + 2 : k + 1;
  const bracket = t[end + 1];
  const inside = t[end + 2];
  return bracket?.kind === 'lparen' && (inside?.kind === 'number' || inside?.kind === 'clock') ? end : undefined;
}
