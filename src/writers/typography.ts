/**
 * The typographic marks the compiler writes in titles and labels (×, en and
 * em dashes, the minus sign, curly quotes, the ellipsis), in their ASCII
 * forms. Device screens show a small character set and name fields are
 * counted in bytes, so every string a watch shows goes through this one rule.
 */
export function plainPunctuation(text: string): string {
  return text
    .replace(/[×✕]/g, 'x')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\u2026/g, '...');
}
