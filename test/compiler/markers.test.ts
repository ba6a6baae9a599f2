/**
 * The marker tables (src/compiler/dialect/markers.ts) are what the grammar
 * asks a word about. A word is only ever matched as the lexer leaves it: one
 * word, lower-case, letters only. An entry written otherwise ("Jog",
 * "cool-down") would never match and a coach's word would silently be
 * refused; each table's words here are read through the lexer and must come
 * back as themselves, and a word added to a table is read by the grammar.
 */
import { describe, expect, it } from 'vitest';
import * as markers from '../../src/compiler/dialect/markers.js';
import { tokenize } from '../../src/compiler/lexer.js';
import { Cursor } from '../../src/compiler/grammar/cursor.js';

const tables = Object.entries(markers).map(([name, table]) => [name, table instanceof Set ? [...table] : Object.keys(table)] as const);

describe('the marker tables', () => {
  it.each(tables)('%s holds only words as the lexer reads them', (_name, words) => {
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) {
      const { tokens } = tokenize(w);
      expect(tokens.map((t) => [t.kind, t.value]), w).toEqual([
        ['word', w],
        ['eof', ''],
      ]);
    }
  });

  it('are asked about a word in any case, as the coach wrote it', () => {
    const p = new Cursor(tokenize('6 x 400m Jog 200m').tokens, '6 x 400m Jog 200m');
    p.i = 4;
    expect(p.isWordIn(0, markers.RECOVERY_LINE_OPENERS)).toBe(true);
    expect(p.eatWordIn(markers.RECOVERY_LINE_OPENERS)?.raw).toBe('Jog');
    expect(p.isWordIn(0, markers.RECOVERY_LINE_OPENERS)).toBe(false);
  });
});
