/**
 * Strides named without a count or a length at the end of a run ("8 miles + strides", "EZ half
 * hour with strides", "6 miles easy, some strides"): the set most coaches mean (`UNSAID_STRIDES`
 * in the norms) is written out, so the watch runs it, and a note says it was not written.
 * "a couple (of)" counts two, of strides or of anything measured ("a couple of miles").
 * Strides in a warm-up's routine ("drills and strides") stay the routine the watch does not time.
 */
import { COUPLE_WORDS, COUNT_NOUNS, ROLE_WORDS, ROUTINE, SOME_WORDS, STRIDES_JOINS } from '../dialect/categories.js';
import { UNSAID_STRIDES } from '../dialect/norms.js';
import type { Token, TokenKind } from '../lexer.js';
import { isUnitWord, isWord, numberToken, replacement } from './tokens.js';

/** "strides", "stride": the words the role table names strides. */
const isStride = (t: Token | undefined) => t?.kind === 'word' && ROLE_WORDS[t.value] === 'strides';

/** What may follow the strides: the end of the part. */
const ENDS: ReadonlySet<TokenKind> = new Set(['eof', 'stop', 'comma', 'plus', 'newline', 'semicolon', 'rparen']);

export function unsaidStrides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const couple = coupleAt(tokens, k);
    if (couple) {
      out.push(numberToken(2, tokens[k]!, tokens[couple.last]!));
      k = couple.last;
      continue;
    }
    const set = stridesAt(tokens, k, out);
    if (set === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...set.tokens);
    k = set.last;
  }
  return out;
}

/** "a couple of miles", "a couple strides", "couple of 400s": two of what follows. */
function coupleAt(tokens: Token[], k: number): { last: number } | undefined {
  const a = isWord(tokens[k], ['a']) ? 1 : 0;
  if (!isWord(tokens[k + a], COUPLE_WORDS)) return undefined;
  const of = isWord(tokens[k + a + 1], ['of']) ? 1 : 0;
  const what = tokens[k + a + 1 + of];
  if (!(isUnitWord(what) || isStride(what) || isWord(what, COUNT_NOUNS))) return undefined;
  return { last: k + a + of };
}

/** Uncounted strides ending a part after a run: the usual set, with a note. */
function stridesAt(tokens: Token[], k: number, out: Token[]): { tokens: Token[]; last: number } | undefined {
  const some = isWord(tokens[k], ['a']) && isWord(tokens[k + 1], SOME_WORDS) ? 2 : isWord(tokens[k], SOME_WORDS) ? 1 : 0;
  const word = tokens[k + some];
  if (!isStride(word) || !ENDS.has(tokens[k + some + 1]?.kind ?? 'eof')) return undefined;
  const joined = joinAt(out);
  if (joined === 0) return undefined;
  // "30 min easy with strides": the strides follow the run, as after "+", rather than fit inside its 30 minutes.
  const join = out[out.length - joined]!;
  if (isWord(join, ['with', 'w'])) out.splice(out.length - joined, joined, { ...join, kind: 'plus', value: '+' });
  const { count, meters } = UNSAID_STRIDES;
  const set = replacement(`${count} x ${meters} m strides`, tokens[k]!, word);
  set[0] = { ...set[0]!, note: `strides with no count or length: read as ${count} × ${meters} m, the usual set` };
  return { tokens: set, last: k + some };
}

/**
 * How many tokens of a join ("+", ",", "with", "w/", "and") end the part before, after something
 * that is no warm-up routine; 0 when there is none.
 */
function joinAt(out: Token[]): number {
  const last = out[out.length - 1];
  const n = last?.kind === 'slash' && isWord(out[out.length - 2], ['w']) ? 2 : 1;
  const join = out[out.length - n];
  if (!(join?.kind === 'plus' || join?.kind === 'comma' || isWord(join, STRIDES_JOINS))) return 0;
  const before = out[out.length - n - 1];
  return before !== undefined && !isWord(before, ROUTINE) && figureOnLine(out, out.length - n - 1) ? n : 0;
}

/** A length or time on the line up to `k`: the run the strides follow, not a title ("Easy Run with Strides\n3 miles …"). */
function figureOnLine(out: Token[], k: number): boolean {
  for (let j = k; j >= 0 && out[j]!.kind !== 'newline'; j--) if (out[j]!.kind === 'number' || out[j]!.kind === 'clock') return true;
  return false;
}
