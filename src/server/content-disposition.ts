/**
 * `Content-Disposition: attachment` with a file name built from plan text.
 * Plan titles are coach input: only a strict ASCII set reaches the plain
 * `filename`, and the full name travels percent-encoded in `filename*`, so no
 * quote, CR/LF or semicolon from a title can reach the header.
 */

const MAX_NAME = 120;

/** Letters and digits of any script kept, everything else folded to single dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME);
}

function asciiFallback(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._]+/, '')
      .slice(0, MAX_NAME) || 'download'
  );
}

/** RFC 8187 value: UTF-8, percent-encoded beyond the attr-char set. */
function encodeExtValue(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function attachment(fileName: string): string {
  const ascii = asciiFallback(fileName);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(fileName.normalize('NFC'))}`;
}

/** "2026-01-07-6x400m-HM-10K.fit": date (or id) first so files sort by day. */
export function sessionFileName(prefix: string, title: string, extension: string): string {
  const name = slug(title);
  return `${slug(prefix) || 'session'}${name ? `-${name}` : ''}.${extension}`;
}
