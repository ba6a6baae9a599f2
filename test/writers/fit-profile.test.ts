import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, resolveDeviceProfile } from '../../src/writers/fit/profile.js';
import { fitString, utf8Length } from '../../src/writers/fit/strings.js';

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

describe('fitString', () => {
  it('keeps text that fits, tidying whitespace and control characters', () => {
    expect(fitString('  Tempo\n\t run  ', 16)).toBe('Tempo run');
    expect(fitString('exactly 15 byte', 16)).toBe('exactly 15 byte');
  });

  it('cuts at a character boundary: accents, emoji sequences and flags stay whole or go', () => {
    // "é" as e + combining accent is normalised to one 2-byte letter first:
    // "Fartlek été" is 8 + 5 = 13 bytes, the room a 14-byte field leaves.
    expect(fitString('Fartlek e\u0301te\u0301 long', 14)).toBe('Fartlek été');
    // Five bytes hold two 2-byte letters; the third goes whole, never its first byte alone.
    expect(fitString('éééééé', 6)).toBe('éé');
    // The family emoji is 18 bytes joined by ZWJ: never left half-drawn.
    expect(fitString('Run 👩‍👩‍👧 fun', 16)).toBe('Run');
    expect(fitString('GO 🇫🇷🇫🇷🇫🇷', 16)).toBe('GO 🇫🇷');
  });

  it('ends at a word rather than inside one, without a dangling joiner', () => {
    expect(fitString('10 min cool-down', 16)).toBe('10 min');
    expect(fitString('30 min easy + 4×20 s strides', 16)).toBe('30 min easy');
    expect(fitString('1 mi race @ goal Mile', 16)).toBe('1 mi race');
    // A cut that would keep less than a third of the room keeps the part-word.
    expect(fitString('5K Intervalltraining', 16)).toBe('5K Intervalltra');
  });

  // Found by the property below (seed 2143614987): the property wrongly expected the unfolded text.
  it('writes a figure dash as "-" when only that makes the name fit whole', () => {
    expect(fitString('¡‒¡', 6)).toBe('¡-¡');
    expect(fitString('¡‒¡', 8)).toBe('¡‒¡');
  });

  it('always gives valid UTF-8 within the size, as a prefix of the text or of its ASCII-dash form', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 1, max: 64 }), (text, size) => {
        const out = fitString(text, size);
        const bytes = new TextEncoder().encode(out);
        expect(bytes.length).toBeLessThanOrEqual(size - 1);
        expect(decoder.decode(bytes)).toBe(out);
        const tidy = text.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim();
        // A name too long as written is cut from its ASCII-dash form (see the case below).
        const folded = tidy.replace(/[–—‒−]/g, '-').replace(/×/g, 'x');
        expect(out === tidy || folded.startsWith(out)).toBe(true);
        expect(utf8Length(out)).toBe(bytes.length);
      }),
      { numRuns: 500 },
    );
  });
});
