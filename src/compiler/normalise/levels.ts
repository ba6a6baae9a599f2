/**
 * "Rx'd: 5 x 800m, rest 3 min\nScaled: 4 x 600m, rest 3 min": headings naming the level each
 * line is for, as boxes and clubs write them. Two or more offer one session for each level,
 * read as alternatives ("… or …"); the first level is kept beside the session as a note.
 * Only where the levels are all the text holds: a warm-up or cool-down written around them
 * could not be told apart from the last level's own, so the text is left as written.
 */
import type { Token } from '../lexer.js';
import { AROUND_LEVELS, LEVEL_NOUNS, LEVEL_WORDS } from '../dialect/rounds.js';
import { aside, isWord, replacement } from './tokens.js';

const CLOSES: ReadonlySet<string> = new Set(['newline', 'dot', 'stop', 'comma', 'semicolon']);

/** A level heading at the start of a line: from its first word to its colon. */
interface Heading {
  from: number;
  colon: number;
}

export function levels(tokens: Token[]): Token[] {
  const heads = headings(tokens);
  if (heads.length < 2 || !onlyLevels(tokens, heads)) return tokens;
  const out = tokens.slice();
  // Right to left, so the earlier headings' places stay where they were found.
  for (let n = heads.length - 1; n >= 0; n--) {
    const h = heads[n]!;
    const from = tokens[h.from]!;
    const colon = tokens[h.colon]!;
    // The line breaks after the heading go with it ("Scaled:\n3 rounds:"), and for a level after the
    // first, the line break and full stop closing the level before: "or" joins the two as one line would.
    let end = h.colon + 1;
    while (tokens[end]?.kind === 'newline') end++;
    let start = h.from;
    if (n > 0) while (start > 0 && CLOSES.has(tokens[start - 1]!.kind)) start--;
    out.splice(start, end - start, ...(n === 0 ? [aside(from, colon, 'the level this session is for')] : replacement('or', from, colon)));
  }
  return out;
}

function headings(tokens: Token[]): Heading[] {
  const heads: Heading[] = [];
  tokens.forEach((t, k) => {
    if (!isWord(t, LEVEL_WORDS) || (k > 0 && tokens[k - 1]!.kind !== 'newline')) return;
    let j = k + 1;
    while (j - k <= 2 && isWord(tokens[j], LEVEL_NOUNS)) j++;
    if (tokens[j]?.kind === 'colon') heads.push({ from: k, colon: j });
  });
  return heads;
}

/** Nothing with a figure before the first heading, and no warm-up or cool-down after it. */
function onlyLevels(tokens: Token[], heads: Heading[]): boolean {
  const first = heads[0]!.from;
  const before = tokens.slice(0, first).some((t) => t.kind === 'number' || t.kind === 'clock');
  const around = tokens.slice(first).some((t) => isWord(t, AROUND_LEVELS));
  return !before && !around;
}
