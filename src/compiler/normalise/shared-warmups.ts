/**
 * A warm-up and cool-down said together, with one length: "10 min warm up and cool down, 4 x 400m", "Run 2 minutes,
 * Walk 2 minutes, 7 times with a 5 minute warm-up and cool-down", "4 x 400m with a 10 minute warm-up". Each is a part
 * of its own: the warm-up goes before the session and the cool-down after it, each of that length.
 */
import type { Token } from '../lexer.js';
import { isUnitWord, isWord, replacement } from './tokens.js';

const ENDS: ReadonlySet<string> = new Set(['eof', 'stop', 'newline']);

export function sharedWarmups(tokens: Token[]): Token[] {
  const w = tokens.findIndex((t, k) => isWord(t, ['warmup']) && tokens[k - 2]?.kind === 'number' && isUnitWord(tokens[k - 1]));
  if (w < 0) return tokens;
  const both = isWord(tokens[w + 1], ['and']) && isWord(tokens[w + 2], ['cooldown']);
  const last = both ? w + 2 : w;
  const length = tokens.slice(w - 2, w);
  const with_ = isWord(tokens[w - 3], ['with']) ? w - 3 : w - 2;
  const opens = w - 2 === 0 || ENDS.has(tokens[w - 3]!.kind) || tokens[w - 3]!.kind === 'colon';
  const closes = tokens.slice(last + 1).every((t) => ENDS.has(t.kind));
  // "10 min warm up and cool down, 4 x 400m": opening the session, before its parts.
  if (opens && both && (tokens[last + 1]?.kind === 'comma' || tokens[last + 1]?.kind === 'colon')) {
    const rest = tokens.slice(last + 2);
    const end = rest.findIndex((t) => t.kind === 'eof');
    return [...tokens.slice(0, w + 1), ...replacement(',', tokens[w]!), ...rest.slice(0, end), ...replacement(',', tokens[last]!), ...length, tokens[last]!, ...rest.slice(end)];
  }
  // "…, 7 times with a 5 minute warm-up and cool-down": closing the session, said of all of it.
  if (with_ < w - 2 && closes && with_ > 0) {
    const start = sentenceStart(tokens, with_);
    // Only after a session written with its figures: "Parkrun with 5 minutes warm up and warm down" names its run
    // in a word the session alone may read, and stays as written.
    if (!tokens.slice(start, with_).some((t) => t.kind === 'number' || t.kind === 'clock')) return tokens;
    const head = [...length, tokens[w]!, ...replacement(',', tokens[w]!)];
    // A full stop before it, so that a count closing the session ("…, 7 times") still closes it.
    const tail = both ? [...replacement('.', tokens[w]!), ...length, tokens[last]!] : [];
    return [...tokens.slice(0, start), ...head, ...tokens.slice(start, with_), ...tail, ...tokens.slice(last + 1)];
  }
  return tokens;
}

/** Where the sentence that holds `k` opens: past a heading's colon ("Tuesday: Run 2 minutes, …"). */
function sentenceStart(tokens: Token[], k: number): number {
  let j = k;
  while (j > 0 && !ENDS.has(tokens[j - 1]!.kind) && tokens[j - 1]!.kind !== 'colon') j--;
  return j;
}
