/**
 * The frame of a session told as a sentence: "Track workouts begin with a 10–20-min warm-up and
 * end with a 10-min cool-down", "Every runner starts with an 800m warm up". At the start of a
 * sentence, a short subject with no figure and a verb that opens the session (dialect/sentences.ts)
 * are talk: they are set aside, and the session is read from the figure after them. A subject
 * that names a pace or an effort ("Tempo runs start with …") says how the session is run, and the
 * sentence stays as written.
 */
import { categoryOf } from '../dialect/categories.js';
import { ARTICLES, OPENING_PARTICLES, OPENING_VERBS, SUBJECT_WORDS } from '../dialect/sentences.js';
import type { Token } from '../lexer.js';
import { isWord } from './tokens.js';

const STARTS = new Set(['stop', 'newline', 'colon']);

export function frames(tokens: Token[]): Token[] {
  let out = tokens;
  for (let k = 0; k < out.length; k++) {
    if (k > 0 && !STARTS.has(out[k - 1]!.kind)) continue;
    const end = frameEnd(out, k);
    if (end === undefined) continue;
    if (out === tokens) out = tokens.slice();
    for (let j = k; j <= end; j++) out[j] = { ...out[j]!, kind: 'prose' };
    k = end;
  }
  return out;
}

/** The last token of a frame opening the sentence at `from` (its particle), or undefined. */
function frameEnd(tokens: Token[], from: number): number | undefined {
  let verb = from;
  while (verb < tokens.length && verb - from < SUBJECT_WORDS && tokens[verb]!.kind === 'word' && !isWord(tokens[verb], OPENING_VERBS)) verb++;
  if (verb === from || !isWord(tokens[verb], OPENING_VERBS) || !isWord(tokens[verb + 1], OPENING_PARTICLES)) return undefined;
  if (tokens.slice(from, verb).some((t) => ['pace', 'effort'].includes(categoryOf(t.value)))) return undefined;
  const next = isWord(tokens[verb + 2], ARTICLES) ? tokens[verb + 3] : tokens[verb + 2];
  return next?.kind === 'number' || next?.kind === 'clock' ? verb + 1 : undefined;
}
