/**
 * Just enough XML writing for TCX: text that can never break the document,
 * and a tiny element tree printed with stable indentation so golden files
 * compare byte for byte.
 */

/**
 * Characters XML 1.0 forbids anywhere in a document (most C0 controls, lone
 * UTF-16 surrogates, U+FFFE/U+FFFF). Escaping cannot represent them, so they
 * are dropped: a stray control character in a coach's note must not make the
 * whole plan unreadable.
 */
const ILLEGAL_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Anything escapeText would change; most text (numbers, names) has none and is returned as is. */
const NEEDS_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text content: `&`, `<`, `>` escaped (`>` too, so "]]>" cannot appear), CRLF made LF as a parser would. */
export function escapeText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return stripIllegalXmlChars(text)
    .replace(/\r\n?/g, '\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Attribute values are always double-quoted; whitespace is escaped so a parser's normalisation keeps it. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export interface XmlElement {
  name: string;
  attributes?: Record<string, string>;
  /** Either child elements or a text value. */
  children?: XmlElement[];
  text?: string;
}

export function el(name: string, content?: XmlElement[] | string | number, attributes?: Record<string, string>): XmlElement {
  const out: XmlElement = { name };
  if (attributes) out.attributes = attributes;
  if (typeof content === 'string' || typeof content === 'number') out.text = String(content);
  else if (content) out.children = content;
  return out;
}

/** Two-space indentation; text elements stay on one line (multi-line text keeps its own newlines). */
export function serialize(root: XmlElement): string {
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, lines);
  return lines.join('\n') + '\n';
}

function write(node: XmlElement, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
    .join('');
  if (node.text !== undefined) {
    lines.push(`${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`);
    return;
  }
  if (!node.children || node.children.length === 0) {
    lines.push(`${pad}<${node.name}${attrs}/>`);
    return;
  }
  lines.push(`${pad}<${node.name}${attrs}>`);
  for (const child of node.children) write(child, depth + 1, lines);
  lines.push(`${pad}</${node.name}>`);
}
