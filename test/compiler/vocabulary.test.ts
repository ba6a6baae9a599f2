/**
 * The typo search: the bounded edit distance agrees with the whole table
 * wherever the bound allows, suggestions are the ones the whole search would
 * give, and a word costs a bounded amount however often it is asked about.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_WORDS, damerauLevenshtein, oneEditFrom, suggest } from '../../src/compiler/vocabulary.js';

/** The textbook table, every cell filled: what the bounded search must agree with. */
function wholeTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The search over every candidate, as it was written before candidates were picked by length. */
function suggestEverywhere(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > 2) continue;
    const d = wholeTable(word, c);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c.length > best.length)) [best, bestDistance] = [c, d];
  }
  const allowed = word.length <= 3 ? 1 : 2;
  return bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}

const SEED = 20261206;
const word = fc.string({ unit: fc.constantFrom(...'abcdeijklmnorstuw'), maxLength: 12 });
/** Known words with a letter or two changed: the near misses a suggestion is for. */
const nearMiss = fc
  .tuple(fc.constantFrom(...KNOWN_WORDS), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'aeimnorst')), { maxLength: 3 }))
  .map(([w, edits]) => edits.reduce((s, [at, c]) => (s.length ? s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1) : c), w));

describe('the typo search', () => {
  it(`the bounded distance is the whole table's up to its bound, and one past it beyond (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.oneof(word, nearMiss), fc.oneof(word, nearMiss), fc.constantFrom(0, 1, 2, 3, Infinity), (a, b, max) => {
        expect(damerauLevenshtein(a, b, max)).toBe(Math.min(wholeTable(a, b), max + 1));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it(`suggests what the search over every word would (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.oneof(word, nearMiss), (w) => {
        expect(suggest(w)).toBe(suggestEverywhere(w, KNOWN_WORDS));
        expect(suggest(w)).toBe(suggestEverywhere(w, KNOWN_WORDS)); // remembered, and the same
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('a swap of neighbours is one edit, and a word one edit from a list is found among words of its length', () => {
    expect(damerauLevenshtein('mni', 'min')).toBe(1);
    expect(suggest('mni')).toBe('min');
    expect(suggest('jgo')).toBe('jog');
    expect(oneEditFrom('jgo', ['jog', 'walk'], 0)).toBe(true);
    expect(oneEditFrom('flat', ['float'], 0)).toBe(false);
    expect(oneEditFrom('flaot', ['float'], 1)).toBe(true);
  });

  it('a long made-up word is compared with nothing: no word of the list is near its length', () => {
    const long = 'q'.repeat(990);
    expect(suggest(long)).toBeUndefined();
    expect(damerauLevenshtein(long, 'mile', 2)).toBe(3);
  });
});
