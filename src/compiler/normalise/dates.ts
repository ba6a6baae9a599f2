/**
 * Dates written around a session ("Wednesday Dec. 28", "Tuesday, September 13th, 2016:",
 * "13 Sept"): their numbers are the day of the month, never a run of 28 minutes. A date is
 * set aside as prose (kept in the notes) before the grammar sees it.
 */
import type { Token } from '../lexer.js';
import { MONTHS } from '../dialect/dates.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';

const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);

export function dates(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = dateEnd(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    const last = tokens[end]!;
    out.push({ ...tokens[k]!, kind: 'prose', value: '', raw: '', length: last.offset + last.length - tokens[k]!.offset, synthetic: true });
    k = end;
  }
  return out;
}

/** The index of the last token of a date that starts at `k`, if one does. */
function dateEnd(tokens: Token[], k: number): number | undefined {
  const t = tokens[k]!;
  if (month(t)) {
    let d = k + 1;
    if (tokens[d]?.kind === 'dot' || tokens[d]?.kind === 'stop') d++;
    return dayOfMonth(tokens, d) ? yearAfter(tokens, ordinalAfter(tokens, d)) : undefined;
  }
  // "13 Sept", "28th December": the day before the month.
  if (dayOfMonth(tokens, k) && tokens[k - 1]?.kind !== 'x') {
    const m = ordinalAfter(tokens, k) + 1;
    return tokens[m] && month(tokens[m]!) ? yearAfter(tokens, m) : undefined;
  }
  return undefined;
}

/** A month's name; "May" and "March" only with a capital, since "may" and "march" are words of talk too. */
function month(t: Token): boolean {
  if (t.kind !== 'word' || !MONTHS.has(t.value)) return false;
  return (t.value !== 'may' && t.value !== 'march' && t.value !== 'mar') || /^[A-Z]/.test(t.raw);
}

/** A whole number 1–31 that is no length or time ("Dec 28", not "Dec 28 min"). */
function dayOfMonth(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'number' || !/^\d{1,2}$/.test(t.value) || Number(t.value) < 1 || Number(t.value) > 31) return false;
  const after = tokens[ordinalAfter(tokens, k) + 1];
  return !(after?.kind === 'word' && (DISTANCE_UNITS[after.value] !== undefined || TIME_UNITS[after.value] !== undefined)) && after?.kind !== 'x';
}

function ordinalAfter(tokens: Token[], k: number): number {
  const next = tokens[k + 1];
  return next?.kind === 'word' && !next.spaced && ORDINALS.has(next.value) ? k + 1 : k;
}

/** ", 2016" after a date belongs to it. */
function yearAfter(tokens: Token[], k: number): number {
  return tokens[k + 1]?.kind === 'comma' && tokens[k + 2]?.kind === 'number' && /^(19|20)\d\d$/.test(tokens[k + 2]!.value) ? k + 2 : k;
}
