/**
 * RFC 5545 §3.1 line folding: a content line longer than 75 octets is split
 * with CRLF + one space, never inside a UTF-8 sequence (nor between the two
 * halves of a surrogate pair, which would make two invalid characters).
 *
 * The breaks fall exactly where ical-generator's own `foldLines` puts them (at
 * most 74 octets of content per physical line, so continuation lines are 75
 * with their space), so feeds keep their bytes. Its version encodes every
 * character with a new TextEncoder, over half of a 52-week feed's time. This
 * one finds the non-ASCII characters in one pass of a regular expression, then
 * cuts ASCII stretches a line-full at a time and counts octets only at those
 * characters.
 */

/** Octets of content per physical line, before the CRLF (and after the leading space of a continuation). */
const LINE_OCTETS = 74;

/** Every code unit that takes more than one octet. */
const WIDE = /[^\x00-\x7f]/g;

export function foldLines(text: string): string {
  const wide: number[] = [];
  WIDE.lastIndex = 0;
  for (let m = WIDE.exec(text); m; m = WIDE.exec(text)) wide.push(m.index);
  // A sentinel past the end: "the next wide character" always exists.
  wide.push(text.length);
  const cursor = { wide, next: 0 };

  let out = '';
  let start = 0;
  for (;;) {
    const crlf = text.indexOf('\r\n', start);
    const end = crlf < 0 ? text.length : crlf;
    out += foldLine(text, start, end, cursor);
    if (crlf < 0) return out;
    out += '\r\n';
    start = end + 2;
  }
}

/** UTF-8 octets of one UTF-16 code unit taken alone (a lone surrogate is written as U+FFFD, 3 octets). */
function unitOctets(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}

interface Cursor {
  /** Indexes of the wide code units, ascending, then the text's length. */
  wide: number[];
  /** The first entry of `wide` not yet passed. */
  next: number;
}

function nextWide(c: Cursor, from: number): number {
  while (c.wide[c.next]! < from) c.next++;
  return c.wide[c.next]!;
}

function foldLine(text: string, start: number, end: number, cursor: Cursor): string {
  const firstWide = nextWide(cursor, start);
  // Short enough whatever its characters (three octets per code unit at most), or ASCII within the limit.
  if ((end - start) * 3 <= LINE_OCTETS || (end - start <= LINE_OCTETS && firstWide >= end)) return text.slice(start, end);
  let out = '';
  let run = start;
  let octets = 0;
  let i = start;
  while (i < end) {
    const wide = Math.min(nextWide(cursor, i), end);
    if (i < wide) {
      // A stretch of ASCII: one octet a character, cut in whole line-fulls.
      const room = LINE_OCTETS - octets;
      if (wide - i <= room) {
        octets += wide - i;
        i = wide;
        continue;
      }
      i += room;
      out += text.slice(run, i) + '\r\n ';
      run = i;
      octets = 0;
      continue;
    }
    const at = i;
    const code = text.charCodeAt(i++);
    let size: number;
    if (code >= 0xd800 && code <= 0xdbff && i < end) {
      // A high surrogate travels with the unit after it, as one character.
      const next = text.charCodeAt(i++);
      size = next >= 0xdc00 && next <= 0xdfff ? 4 : 3 + unitOctets(next);
    } else {
      size = unitOctets(code);
    }
    octets += size;
    if (octets > LINE_OCTETS) {
      out += text.slice(run, at) + '\r\n ';
      run = at;
      octets = size;
    }
  }
  return out + text.slice(run, end);
}
