/**
 * "5 mins run with 2 minutes recovery (4 times)", "400m, 200m jog (x4)", "(repeat 3 times)":
 * a bracket that holds nothing but a count repeats what stands before it. Kept as a note
 * for the athlete it would drop the count without a word, so it is written as the
 * trailing count the grammar reads ("repeat 4 times"), on the span of the bracket.
 */
import type { Token } from '../lexer.js';

const COUNT_WORDS = new Set(['times', 'x', 'reps', 'rounds', 'sets']);

/** The count a bracket from `k` holds and the index of its closing bracket, when it holds only that. */
function countIn(tokens: Token[], k: number): { count: Token; close: number } | undefined {
  let j = k + 1;
  const word = (value: string) => tokens[j]?.kind === 'word' && tokens[j]!.value === value;
  const times = () => tokens[j]?.kind === 'x' || (tokens[j]?.kind === 'word' && COUNT_WORDS.has(tokens[j]!.value));
  const repeat = word('repeat');
  if (repeat) j++;
  let count: Token | undefined;
  if (times() && tokens[j + 1]?.kind === 'number') {
    // "(x4)", "(repeat x 3)"
    count = tokens[j + 1];
    j += 2;
  } else if (tokens[j]?.kind === 'number') {
    // "(4 times)", "(4x)", "(repeat 3 times)"
    count = tokens[j];
    j++;
    if (times()) j++;
    // "(4)" alone is not a count: a lap, a lane, a footnote.
    else if (!repeat) return undefined;
  }
  if (!count || !/^\d+$/.test(count.value) || tokens[j]?.kind !== 'rparen') return undefined;
  return { count, close: j };
}

/** The tokens with every bracket that holds only a count written as "repeat N times". */
export function bracketCounts(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'lparen')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const found = t.kind === 'lparen' && k > 0 ? countIn(tokens, k) : undefined;
    if (!found) {
      out.push(t);
      continue;
    }
    const close = tokens[found.close]!;
    const length = close.offset + close.length - t.offset;
    const at = (value: string, kind: Token['kind'] = 'word'): Token => ({ kind, value, raw: value, offset: t.offset, length, spaced: true, synthetic: true });
    out.push(at('repeat'), { ...found.count, spaced: true }, at('times'));
    k = found.close;
  }
  return out;
}
