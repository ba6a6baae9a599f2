/**
 * "Sunday: Recovery run. 8 miles", "Easy run.\n5 miles", "Tempo run. 4 miles": a sentence that
 * only names the kind of run is the title of the sentence after it, as "Recovery run: 8 miles"
 * is. Read as a sentence of its own it would be a second run with no length (or set aside, and
 * its pace lost); so its full stop or line end becomes the colon of a title.
 */
import type { Token } from '../lexer.js';
import { SESSION_HEADS } from '../dialect/talk-phrases.js';
import { ROLE_WORDS, categoryOf } from '../dialect/categories.js';
import { LABEL_WORDS } from '../dialect/labels.js';

const ENDS = new Set(['stop', 'dot', 'newline']);
const OPENS = new Set(['stop', 'dot', 'newline', 'colon']);

export function runTitles(tokens: Token[]): Token[] {
  return tokens.map((t, k) => (ENDS.has(t.kind) && titleBefore(tokens, k) && figureAfter(tokens, k) ? { ...t, kind: 'colon', value: ':' } : t));
}

/** The words before the end at `k`, back to the sentence's opening, name a kind of run and nothing else. */
function titleBefore(tokens: Token[], k: number): boolean {
  let from = k - 1;
  while (from >= 0 && tokens[from]!.kind === 'word') from--;
  if (from >= 0 && !OPENS.has(tokens[from]!.kind)) return false;
  const words = tokens.slice(from + 1, k).map((t) => t.value);
  if (words.length < 2 || words.length > 3 || !SESSION_HEADS.has(words[words.length - 1]!)) return false;
  return words.slice(0, -1).every(namesKind);
}

/** A word of the plans' labels ("long", "medium"), a pace, an effort or a kind of part. */
const namesKind = (w: string) => categoryOf(w) === 'pace' || categoryOf(w) === 'effort' || ROLE_WORDS[w] !== undefined || LABEL_WORDS.has(w);

/**
 * The next sentence opens with a length: the title's. A count ("Easy run. 5 x 100 strides",
 * "Long run.\n3 x 2 miles at MP") opens reps of their own, which the title does not name.
 */
function figureAfter(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j]?.kind === 'newline') j++;
  const after = tokens[j + 1];
  return tokens[j]?.kind === 'number' && !(after?.kind === 'x' || (after?.kind === 'word' && after.value === 'x'));
}
