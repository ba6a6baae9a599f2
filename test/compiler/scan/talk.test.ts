/** Figures in talk: numbers around a session that change no step of it. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/compiler/lexer.js';
import { normalise } from '../../../src/compiler/normalise/index.js';
import { isTalk } from '../../../src/compiler/scan/talk.js';

/** Whether the first figure of the text is talk, as the scan sees the normalised tokens. */
function firstFigureIsTalk(text: string): boolean {
  const tokens = normalise(tokenize(text).tokens);
  const k = tokens.findIndex((t) => t.kind === 'number' || t.kind === 'clock');
  return isTalk(tokens, k);
}

describe('a number in letters before a relative word', () => {
  it('"one that challenges me" counts nothing run (fixtures/corpus/blind-11)', () => {
    expect(firstFigureIsTalk('but one that consistently challenges me')).toBe(true);
    expect(firstFigureIsTalk('the one which I like')).toBe(true);
  });

  it('a number in letters before anything else still counts', () => {
    expect(firstFigureIsTalk('two at the turn')).toBe(false);
    expect(firstFigureIsTalk('repeat five times')).toBe(false);
    expect(firstFigureIsTalk('five miles easy')).toBe(false);
  });

  it('a number in digits before "that" is a figure', () => {
    expect(firstFigureIsTalk('6 that I ran')).toBe(false);
  });
});
