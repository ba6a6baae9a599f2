import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, resolveDeviceProfile } from '../../src/writers/fit/profile.js';
import { cutAtJoin, cutAtPhrase, cutAtWord, utf8Length, watchText } from '../../src/writers/fit/strings.js';

describe('device profile', () => {
  it('defaults to 50 steps without nested repeats', () => {
    expect(resolveDeviceProfile({})).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    expect(DEFAULT_PROFILE).toMatchObject({ maxSteps: 50, nestedRepeats: false, workoutNameBytes: 16, stepNameBytes: 16, notesBytes: 50 });
  });

  it('takes a named device and overrides, typed or as strings from a command line', () => {
    expect(resolveDeviceProfile({ device: 'modern' })).toMatchObject({ ok: true, profile: { maxSteps: 100, nestedRepeats: true } });
    expect(resolveDeviceProfile({ maxSteps: '80', nestedRepeats: 'true' })).toMatchObject({
      ok: true,
      profile: { name: 'conservative', maxSteps: 80, nestedRepeats: true },
    });
    expect(resolveDeviceProfile({ device: 'modern', nestedRepeats: false })).toMatchObject({ ok: true, profile: { maxSteps: 100, nestedRepeats: false } });
  });

  it('says what is wrong with bad options', () => {
    expect(resolveDeviceProfile({ maxSteps: 101 })).toEqual({ ok: false, message: 'invalid FIT option maxSteps: maxSteps is at most 100' });
    expect(resolveDeviceProfile({ maxSteps: 'lots' })).toMatchObject({ ok: false, message: expect.stringContaining('maxSteps') });
    expect(resolveDeviceProfile({ nestedRepeats: 'maybe' })).toMatchObject({ ok: false, message: expect.stringContaining('nestedRepeats') });
    expect(resolveDeviceProfile({ device: 'fr999' })).toMatchObject({ ok: false, message: expect.stringContaining('conservative, modern') });
  });
});

describe('FIT strings: one rule for everything a watch shows', () => {
  it('tidies whitespace and control characters and writes × and dashes in ASCII, fitting or not', () => {
    expect(watchText('  Tempo\n\t run  ')).toBe('Tempo run');
    expect(watchText('6×400m @ HM–10K — smooth')).toBe('6x400m @ HM-10K - smooth');
    expect(cutAtWord('8×200m @ Mile', 64)).toBe('8x200m @ Mile');
    expect(cutAtWord('exactly 15 byte', 16)).toBe('exactly 15 byte');
  });

  it('cuts names between words, never inside one, a bracket or after a joiner', () => {
    expect(cutAtWord('10 min cool-down', 16)).toBe('10 min');
    expect(cutAtWord('30 min easy + 4×20 s strides', 16)).toBe('30 min easy');
    // Regression: "4x(800m @ 5K" was a name with an unbalanced bracket.
    expect(cutAtWord('4×(800m @ 5K, 300m @ Mile)', 16)).toBe('4x');
    expect(cutAtWord('1600m @ 6:40 per 1600m', 16)).toBe('1600m @ 6:40');
    // Regression: "5K Intervalltra" kept a part-word; a word that does not fit goes whole.
    expect(cutAtWord('5K Intervalltraining', 16)).toBe('5K');
    expect(cutAtWord('Intervalltraining', 16)).toBe('');
  });

  it('keeps accents, emoji sequences and flags whole or leaves them out whole', () => {
    // "é" as e + combining accent is normalised to one 2-byte letter first.
    expect(cutAtWord('Fartlek e\u0301te\u0301 long', 14)).toBe('Fartlek été');
    expect(cutAtWord('Run 👩‍👩‍👧 fun', 16)).toBe('Run');
    expect(cutAtWord('GO 🇫🇷 🇫🇷🇫🇷', 16)).toBe('GO 🇫🇷');
  });

  it('cuts the leading phrases of a title where it joins them', () => {
    expect(cutAtJoin('2 mi easy + 5×3 min @ I + 1×2 mi easy', 16)).toBe('2 mi easy');
    expect(cutAtJoin('4×200, 2×400, 2×600, 1×800m @ goal Mile', 16)).toBe('4x200, 2x400');
    // Joins inside brackets do not count.
    expect(cutAtJoin('4×(800m @ 5K, 300m @ Mile)', 16)).toBe('');
  });

  it('cuts long text at a sentence or phrase end and says it goes on', () => {
    const description =
      '6-10 x 400m @ HM-10K w/ 400m jog recovery. 6 × 400 m @ HM–10K: written as 5 × rep + recovery, then the last rep alone (no recovery after it).';
    // Regression: the description ended "…then the last rep alone (no".
    expect(cutAtPhrase(description, 128)).toBe(
      '6-10 x 400m @ HM-10K w/ 400m jog recovery. 6 x 400 m @ HM-10K: written as 5 x rep + recovery, then the last rep alone...',
    );
    expect(cutAtPhrase('400 m @ HM–10K · 7:11–6:50 /mi · stay relaxed on the bends', 50)).toBe('400 m @ HM-10K · 7:11-6:50 /mi...');
    expect(cutAtPhrase('short', 50)).toBe('short');
    // Only a first word longer than the field is cut inside, at a character boundary, and marked.
    expect(cutAtPhrase('é'.repeat(40), 20)).toBe(`${'é'.repeat(8)}...`);
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const wordsOf = (text: string) => watchText(text).split(' ');
  /**
   * What a cut may take off the last word it keeps: trailing punctuation or a joiner ("400m,"), an unclosed
   * bracket and what follows ("4x(800m"), or both ("<+(": found by this property, seed-dependent, once in a few runs).
   */
  const DROPPED_TAIL = /^[.,;:!?·&+@/=-]*(?:[([{].*)?$/u;
  /** Whether `cut` is whole words from the start of `text`, as watchText writes it, the last one less a dropped tail. */
  const wholeWordsOf = (cut: string, text: string) => {
    const words = wordsOf(text);
    const kept = cut.split(' ');
    const last = kept.length - 1;
    return (
      cut === '' ||
      kept.every((w, i) => w === words[i] || (i === last && words[i]!.startsWith(w) && DROPPED_TAIL.test(words[i]!.slice(w.length))))
    );
  };
  const balanced = (text: string) => {
    let depth = 0;
    for (const ch of text) {
      if ('([{'.includes(ch)) depth++;
      if (')]}'.includes(ch)) depth--;
    }
    return depth <= 0;
  };

  // Found by the property below (seed 987588968): "¡·" loses its trailing "·", a joiner, not a letter.
  it('drops a joiner that ends the last word kept', () => {
    expect(cutAtWord('¡· ¡', 5)).toBe('¡');
    expect(cutAtWord('6 x 400m, 4 x 200m', 11)).toBe('6 x 400m');
  });

  it('always gives whole words of the text in valid UTF-8 within the size', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (text, size) => {
        const out = cutAtWord(text, size);
        const bytes = new TextEncoder().encode(out);
        expect(bytes.length).toBeLessThanOrEqual(Math.max(0, size - 1));
        expect(decoder.decode(bytes)).toBe(out);
        expect(utf8Length(out)).toBe(bytes.length);
        expect(wholeWordsOf(out, text)).toBe(true);
        if (out !== watchText(text)) expect(balanced(out)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  // Regression: the property below once failed in CI-like runs on this text (a joiner, then an unclosed bracket).
  it('"rep <+( rep" in 11 bytes keeps "rep <": the joiner and the unclosed bracket go', () => {
    expect(cutAtPhrase('rep <+( rep', 11)).toBe('rep <...');
  });

  it('always ends a cut text with "..." after whole words, within the size', () => {
    const words = fc.array(fc.oneof(fc.constantFrom('rep', 'recovery,', 'jog.', '(no', 'it)', '·', '+', 'x'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 })), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(words, fc.integer({ min: 8, max: 128 }), (list, size) => {
        const text = list.join(' ');
        const out = cutAtPhrase(text, size);
        expect(utf8Length(out)).toBeLessThanOrEqual(size - 1);
        decoder.decode(new TextEncoder().encode(out));
        if (out === watchText(text)) return;
        expect(out.endsWith('...')).toBe(true);
        const kept = out.slice(0, -3).split(' ');
        const all = wordsOf(text);
        // Every word but the last is whole; the last is whole less trailing punctuation or joiners, unless it is the first word cut to fit.
        kept.slice(0, -1).forEach((w, i) => expect(w).toBe(all[i]));
        const last = kept.length - 1;
        if (last > 0) expect(all[last]!.startsWith(kept[last]!) && DROPPED_TAIL.test(all[last]!.slice(kept[last]!.length))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
