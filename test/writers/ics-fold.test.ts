/**
 * Line folding (RFC 5545 §3.1). The writer folds with its own `foldLines`
 * because ical-generator's spent over half of a 52-week feed's time; feeds
 * must keep their bytes, so the breaks are checked against ical-generator's
 * own function on arbitrary text, including surrogate pairs and lone halves.
 */
import fc from 'fast-check';
import { foldLines as icalGeneratorFold } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/writers/ics/fold.js';

/** Code units chosen to hit every octet width, line ends, and broken surrogates. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'Z', '7', ' ', ',', ';', ':', '\\') },
  { weight: 2, arbitrary: fc.constantFrom('\r\n', '\r', '\n') },
  { weight: 2, arbitrary: fc.constantFrom('é', '·', 'ß', '×') },
  { weight: 2, arbitrary: fc.constantFrom('—', '–', '日', '本', '\u0301') },
  { weight: 2, arbitrary: fc.constantFrom('🏃', '🐆', '𝄞') },
  { weight: 1, arbitrary: fc.constantFrom('\ud83c', '\udfc3') },
);
const text = (maxLength: number, units = unit) => fc.array(units, { maxLength }).map((parts) => parts.join(''));
/** One content line of well-formed text: no lone surrogates, no line ends. */
const wellFormed = unit.filter((u) => !['\ud83c', '\udfc3', '\r\n', '\r', '\n'].includes(u));

describe('foldLines', () => {
  it('breaks lines exactly where ical-generator does', () => {
    fc.assert(
      fc.property(text(400), (s) => {
        expect(foldLines(s)).toBe(icalGeneratorFold(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every physical line of a content line within 75 octets, never splitting a UTF-8 sequence, and unfolds back', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(text(400, wellFormed), (s) => {
        const folded = foldLines(s);
        for (const line of folded.split('\r\n')) {
          const bytes = Buffer.from(line, 'utf8');
          expect(bytes.length).toBeLessThanOrEqual(75);
          // Each physical line must decode on its own: no sequence cut at the fold.
          expect(strict.decode(bytes)).toBe(line);
        }
        expect(folded.replace(/\r\n /g, '')).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('folds 212 ASCII octets into 74, then a space and 74, then a space and the last 64', () => {
    const folded = foldLines(`DESCRIPTION:${'x'.repeat(200)}`);
    const lines = folded.split('\r\n');
    expect(lines.map((l) => l.length)).toEqual([74, 75, 65]);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('moves a character that would straddle the limit whole to the next line', () => {
    // 73 ASCII octets, then "é" (2 octets) would make 75: it starts the next line.
    const folded = foldLines(`${'a'.repeat(73)}é`);
    expect(folded).toBe(`${'a'.repeat(73)}\r\n é`);
  });
});
