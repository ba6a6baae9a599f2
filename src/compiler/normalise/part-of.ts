/**
 * "One of my favourites is …", "one of the lads at work", "There were 20 of us out": a number
 * before "of" and a word for people or for the things talked about counts no reps. The number
 * and its "of" are talk, set aside like the words around them. Not "4 of them" nor "3 of 1 mile
 * runs": those count what is run.
 */
import type { Token } from '../lexer.js';
import { NUMBER_WORDS } from '../dialect/words.js';
import { ONE_OF, PEOPLE_OF } from '../dialect/talk-phrases.js';
import { isWord } from './tokens.js';

export function partOf(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!isWord(tokens[k + 1], ['of']) || !talkAfter(tokens[k]!, tokens[k + 2]!)) continue;
    out ??= tokens.slice();
    out[k] = { ...tokens[k]!, kind: 'prose' };
    out[k + 1] = { ...tokens[k + 1]!, kind: 'prose' };
  }
  return out ?? tokens;
}

/** "one" before "of my …", or any count before "of us". */
function talkAfter(count: Token, after: Token): boolean {
  if (isWord(after, PEOPLE_OF)) return count.kind === 'number' || (count.kind === 'word' && NUMBER_WORDS[count.value] !== undefined);
  return isWord(count, ['one']) && isWord(after, ONE_OF);
}
