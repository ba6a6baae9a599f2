/**
 * Strings for FIT string fields. Devices give each field a fixed byte size
 * (NUL included), so text is cut to fit in UTF-8 bytes — at a grapheme
 * boundary, so an emoji, a flag or an accented letter is kept whole or left
 * out whole, never split into bytes a watch would show as garbage.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Text of one byte per character, cut anywhere without a segmenter. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * A prefix of `text` (whole graphemes) whose UTF-8 form, plus the
 * terminating NUL, fits in `fieldBytes`: the longest one, or when that would
 * end inside a word, the one ending at the word before. Control characters
 * become spaces and runs of whitespace one space, because a watch shows them
 * as boxes.
 */
export function fitString(text: string, fieldBytes: number): string {
  const whole = text
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const budget = fieldBytes - 1;
  if (utf8Length(whole) <= budget) return whole;
  // A typographic dash or × costs three bytes of a 16-byte name: their ASCII forms may make it fit whole.
  const clean = whole.replace(/[–—‒−]/g, '-').replace(/×/g, 'x');
  if (utf8Length(clean) <= budget) return clean;
  let out = '';
  let next = '';
  if (PRINTABLE_ASCII.test(clean)) {
    out = clean.slice(0, budget);
    next = clean.charAt(budget);
  } else {
    let used = 0;
    // Every UTF-16 unit is at least one UTF-8 byte, so the first budget + 1
    // units already overflow: the cut falls inside them, and every grapheme
    // before the cut is whole in the slice. Segmenting only that much keeps
    // long notes cheap.
    for (const { segment } of segmenter.segment(clean.slice(0, budget + 1))) {
      const size = utf8Length(segment);
      if (used + size > budget) {
        next = segment;
        break;
      }
      out += segment;
      used += size;
    }
  }
  // "10 min cool-dow" reads worse than "10 min": when the cut falls inside a
  // word, end at the word before it, as long as that keeps a third of the text.
  if (next !== ' ') {
    const lastSpace = out.lastIndexOf(' ');
    if (lastSpace >= out.length / 3) out = out.slice(0, lastSpace);
  }
  // Nor should a name end on a dangling joiner: "30 min easy +".
  return out.replace(/[\s+@/·,;:&–—-]+$/u, '');
}
