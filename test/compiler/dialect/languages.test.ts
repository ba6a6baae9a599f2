/**
 * The tables of coach words in other languages: every word is written as the
 * lexer gives it, means one thing in its language, and is read as shorthand
 * the grammar knows.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/compiler/dialect/languages.js';
import { ALIASES, NUMBER_WORDS, PHRASES } from '../../../src/compiler/dialect/words.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { KNOWN_WORDS } from '../../../src/compiler/vocabulary.js';

const MARKS = new Set(['@', '/', '-', '%', 'x']);
const known = new Set([...KNOWN_WORDS, ...Object.keys(ALIASES), ...Object.keys(NUMBER_WORDS), ...PHRASES.flatMap(([p]) => p.split(' ')),
  // English the grammar reads in the sentences around a session (dialect/categories.ts).
  'after', 'again', 'repeat', 'times', 'twice', 'about', 'not', 'without', 'except', 'if', 'but', 'than', 'one', 'lap', 'downhill', 'faster',
  // A day of stretching alone is a strength day; after a run it goes with the run (dialect/markers.ts STRENGTH_WORDS).
  'stretching']);

describe.each(LANGUAGES.map((l) => [l.code, l] as const))('the %s table', (_, language) => {
  const entries = Object.entries(language.means).flatMap(([to, words]) => words.map((w) => [w, to] as const));

  it('writes each word as the lexer gives it', () => {
    for (const [phrase] of entries) {
      const lexed = tokenize(phrase).tokens.filter((t) => t.kind !== 'eof').map((t) => t.value).join(' ');
      expect(lexed, phrase).toBe(phrase.replace(/^(\S+)'/, '$1\''));
    }
  });

  it('gives each word one meaning', () => {
    const seen = new Map<string, string>();
    for (const [phrase, to] of entries) {
      expect(seen.get(phrase) ?? to, phrase).toBe(to);
      seen.set(phrase, to);
    }
  });

  it('reads each word as shorthand the grammar knows', () => {
    for (const to of Object.keys(language.means)) {
      for (const part of to.split(' ').filter((p) => p !== '')) expect(known.has(part) || MARKS.has(part) || /^\d+$/.test(part), `${to}`).toBe(true);
    }
  });
});
