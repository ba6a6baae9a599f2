/**
 * "I did 8 x 800", "So, this week I did a 2 X 3 mile Tempo run", "Today I ran an 8 mile
 * tempo": the capital I of a sentence about the session is the coach or the athlete, not
 * Daniels' interval pace. It is that where a verb or a word of prose follows it and no pace
 * marker stands before it ("@ I", "at I pace", "5 x 1000 I" stay the pace). The pronoun is
 * prose: set aside and listed, like the words around it.
 */
import type { Token } from '../lexer.js';
import { PRONOUN_VERB_EXCEPTIONS, SENTENCE_VERBS } from '../dialect/categories.js';
import { isProse } from '../grammar/prose.js';

/** Tokens before which a capital I is a pace: "@ I", "at I", "3 x 1k I", "T or I". */
const PACE_BEFORE = new Set(['at', 'number', 'x', 'slash', 'dash']);

function isPronoun(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || t.value !== 'i' || t.raw !== 'I') return false;
  const before = tokens[k - 1];
  if (before && (PACE_BEFORE.has(before.kind) || (before.kind === 'word' && (before.value === 'at' || before.value === 'or')))) return false;
  const next = tokens[k + 1];
  if (next?.kind !== 'word') return false;
  return (SENTENCE_VERBS.has(next.value) && !PRONOUN_VERB_EXCEPTIONS.has(next.value)) || isProse(next.value);
}

export function pronouns(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.raw === 'I')) return tokens;
  return tokens.map((t, k) => (isPronoun(tokens, k) ? { ...t, kind: 'prose' } : t));
}
