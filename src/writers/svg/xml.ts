/**
 * Text and numbers as they go into SVG markup. Everything that comes from a
 * plan or an athlete passes through `text`/`attr`, so no title can open a tag,
 * close an attribute or smuggle in a character an XML parser rejects.
 */

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogate
// code units and U+FFFE/U+FFFF; a lone surrogate from a broken paste would make
// the whole chart unparseable, so each is replaced with U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function clean(s: string): string {
  return s.replace(NOT_XML, '\uFFFD');
}

/** Character data for element content. */
export function text(s: string): string {
  return clean(s).replace(/[&<>]/g, (c) => ENTITIES[c]!);
}

/** An attribute value, for use inside double quotes. Line breaks are kept as character references so they survive attribute normalisation. */
export function attr(s: string): string {
  return clean(s)
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Coordinates with at most two decimals and no "-0", so equal inputs print equal bytes. */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** At most `max` characters (code points, so no emoji is cut in half), with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * An id prefix for one chart from the workout id: the page puts many charts in
 * one document, and pattern and title ids must not collide between them. An id
 * that needed changing gets a hash of the original, so "w1/a" and "w1-a" differ.
 */
export function idBase(prefix: string, workoutId: string): string {
  const safe = workoutId.replace(/[^A-Za-z0-9_-]+/g, '-');
  return safe === workoutId && safe !== '' ? `${prefix}-${safe}` : `${prefix}-${safe}-${fnv1a(workoutId)}`;
}
