/**
 * Text that reaches an athlete: names, titles, notes. Control characters have
 * no place in any output (RFC 5545 forbids them in a calendar, XML 1.0 in a
 * TCX file, HTML calls them errors, a terminal obeys them), nor have lone
 * UTF-16 surrogates (no UTF-8 can encode them), so they are removed where the
 * text comes in; tab and line feed stay where a text may span lines.
 */

/** C0 controls but tab and line feed, DEL, C1 controls, lone surrogates. */
const UNWANTED = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uD800-\uDFFF]/;

/** Text of several lines (notes, descriptions): line ends made "\n", other controls removed. */
export function cleanText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(UNWANTED, '');
}

/** One line (a name, a title): line ends and tabs become spaces, other controls go, ends are trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\t\n]+/g, ' ').trim();
}

/** Whether a person could see it: something other than spaces and invisible format characters. */
export function hasVisible(text: string): boolean {
  return /[^\s\p{Cc}\p{Cf}]/u.test(text);
}
