/** Phrases: several words or marks that mean one thing ("warm-up", "c/d", "followed by", "min/mile"). Longest match wins. */
import { PHRASES } from '../dialect/words.js';
import type { Token } from '../lexer.js';
import { longestPhrase, phraseTrie, replacement } from './tokens.js';

const TRIE = phraseTrie(PHRASES);

export function phrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const found = longestPhrase(TRIE, tokens, k);
    if (!found || (found.end === k && tokens[k]!.kind === 'word' && found.value === tokens[k]!.value)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...replacement(found.value, tokens[k]!, tokens[found.end]!));
    k = found.end;
  }
  return out;
}
