/** Phrases: several words or marks that mean one thing ("warm-up", "c/d", "followed by", "min/mile"). Longest match wins. */
import { PHRASES, TIME_PHRASES } from '../dialect/words.js';
import type { Token } from '../lexer.js';
import { longestPhrase, phraseTrie, replacement } from './tokens.js';

const TRIE = phraseTrie(PHRASES);
const TIME_TRIE = phraseTrie(TIME_PHRASES);

export const phrases = (tokens: Token[]): Token[] => replacePhrases(tokens, TRIE);

/** "half an hour", "an hour and a half": before the articles make "an hour" one hour. */
export const timePhrases = (tokens: Token[]): Token[] => replacePhrases(tokens, TIME_TRIE);

function replacePhrases(tokens: Token[], trie: typeof TRIE): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const found = longestPhrase(trie, tokens, k);
    if (!found || (found.end === k && tokens[k]!.kind === 'word' && found.value === tokens[k]!.value)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...replacement(found.value, tokens[k]!, tokens[found.end]!));
    k = found.end;
  }
  return out;
}
