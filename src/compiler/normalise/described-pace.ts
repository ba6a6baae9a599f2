/**
 * "Run 3 miles at a pace that feels comfortable and allows for easy conversation.": a pace described
 * by a clause after it, not named. Where the clause says the runner can talk or is comfortable
 * (dialect/described-paces.ts) and nothing makes it harder, the pace is easy: "at a pace that …" up
 * to the sentence's end becomes "@ e", noted. A clause that compares the pace or makes it harder
 * ("a pace that's just fast enough you are uncomfortable holding a conversation") stays unread.
 */
import { DESCRIBING_OPENERS, EASY_DESCRIPTIONS, NOT_EASY } from '../dialect/described-paces.js';
import { PACE_NOUNS } from '../dialect/efforts.js';
import type { Token } from '../lexer.js';
import { isWord, replacement, writtenText } from './tokens.js';

/** What ends the describing clause: the sentence's end, or a comma before the next part ("…where you can chat, then 4 x 100m"). */
const ENDS = new Set(['stop', 'newline', 'eof', 'comma', 'plus']);

export function describedPaces(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = describedEnd(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    const note = `'${writtenText(tokens, k, end)}' describes an easy pace`;
    const easy = replacement('@ e', tokens[k]!, tokens[end]!);
    out.push({ ...easy[0]!, note }, ...easy.slice(1));
    k = end;
  }
  return out;
}

/** The last token of "at a pace that <clause>" at `k` when the clause describes an easy pace. */
function describedEnd(t: Token[], k: number): number | undefined {
  if (!isWord(t[k], ['at']) || !isWord(t[k + 1], ['a', 'an']) || !isWord(t[k + 2], PACE_NOUNS) || !isWord(t[k + 3], DESCRIBING_OPENERS)) return undefined;
  let end = k + 3;
  while (!ENDS.has(t[end + 1]?.kind ?? 'eof')) end++;
  const clause = t.slice(k + 4, end + 1);
  if (clause.some((w) => w.kind !== 'word') || clause.some((w) => isWord(w, NOT_EASY))) return undefined;
  return clause.some((w) => isWord(w, EASY_DESCRIPTIONS)) ? end : undefined;
}
