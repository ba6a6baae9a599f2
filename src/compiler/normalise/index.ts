/**
 * The normalising pass: the coach's spellings turned into the one spelling the
 * grammar reads, driven by the dialect tables (src/compiler/dialect). Tokens
 * keep the spans of the words they stand for.
 */
import type { Token } from '../lexer.js';
import { phrases } from './phrases.js';
import { sentences } from './sentences.js';
import { words } from './words.js';

export function normalise(tokens: Token[]): Token[] {
  return phrases(words(sentences(tokens)));
}
