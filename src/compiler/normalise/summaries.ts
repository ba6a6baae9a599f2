/**
 * "Workout Time: 20 min", "Total time: 30 minutes", "Total distance: 8km (5 miles)":
 * a line that sums the session up adds no step, so its words become prose, kept
 * in the notes. A total that the parts run inside ("Total 45 min: 4 x 5 min @ T")
 * names no "time" or "distance" and is read by the grammar.
 */
import { SUMMARY_HEADS, SUMMARY_NOUNS, SUMMARY_QUALIFIERS, SUMMARY_UNITS, TOTALLING } from '../dialect/summaries.js';
import type { Token } from '../lexer.js';
import { isWord } from './tokens.js';

const OPENS = new Set(['newline', 'stop', 'comma']);
const ENDS = new Set(['newline', 'stop', 'eof']);
const MARKS = new Set(['colon', 'equals', 'dash', 'newline']);

export function summaries(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = (k === 0 || OPENS.has(tokens[k - 1]!.kind) || tokens[k - 1]!.kind === 'dash' ? summaryEnd(tokens, k) : undefined) ?? totalling(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    for (let j = k; j < end; j++) out.push({ ...tokens[j]!, kind: 'prose', synthetic: true });
    // The line goes with its break, so that nothing stands empty where it was.
    k = tokens[end]?.kind === 'newline' ? end : end - 1;
  }
  return out;
}


/** The index after a summing line that opens at `k`, or nothing. */
function summaryEnd(tokens: Token[], k: number): number | undefined {
  return headed(tokens, k) ?? inTotal(tokens, k);
}

/**
 * "10 x 90 seconds with 90 seconds recovery totaling 30 minutes": what the parts before add up to, said after them
 * to close the sentence. It adds no part (read as one, it was a 30-minute run after the reps).
 */
function totalling(tokens: Token[], k: number): number | undefined {
  if (k === 0 || !isWord(tokens[k], TOTALLING)) return undefined;
  const end = lengthEnd(tokens, k + 1);
  const after = tokens[end ?? -1];
  return end !== undefined && (!after || ENDS.has(after.kind) || after.kind === 'comma') ? end : undefined;
}

/** "– 45 minutes in total –": a total between marks, with nothing else said of it. */
function inTotal(tokens: Token[], k: number): number | undefined {
  const opened = k === 0 || OPENS.has(tokens[k - 1]!.kind) || (tokens[k - 1]!.kind === 'dash' && tokens[k]!.spaced);
  const end = opened ? lengthEnd(tokens, k) : undefined;
  if (end === undefined || !(tokens[end]?.kind === 'word' && tokens[end]!.value === 'in' && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.value === 'total')) return undefined;
  const after = tokens[end + 2];
  return after && (ENDS.has(after.kind) || after.kind === 'comma' || (after.kind === 'dash' && after.spaced)) ? end + 2 : undefined;
}

/** "Workout Time: 20 min", "Total distance: 8km (5 miles)". */
function headed(tokens: Token[], k: number): number | undefined {
  let j = k;
  if (!isWord(tokens[j], SUMMARY_HEADS)) return undefined;
  j++;
  if (isWord(tokens[j], SUMMARY_QUALIFIERS)) j++;
  if (!isWord(tokens[j], SUMMARY_NOUNS)) return undefined;
  j++;
  if (!MARKS.has(tokens[j]?.kind ?? '')) return undefined;
  j++;
  j = lengthEnd(tokens, j) ?? -1;
  if (j < 0) return undefined;
  // "8km (5 miles)": the same length in other units.
  if (tokens[j]?.kind === 'lparen') {
    const alt = lengthEnd(tokens, j + 1);
    if (alt === undefined || tokens[alt]?.kind !== 'rparen') return undefined;
    j = alt + 1;
  }
  return ENDS.has(tokens[j]?.kind ?? 'eof') ? j : undefined;
}

/** "20 min", "30-35 minutes", "8km", "45:00": the index after the length, or nothing. */
export function lengthEnd(tokens: Token[], k: number): number | undefined {
  let j = k;
  if (tokens[j]?.kind === 'word' && (tokens[j]!.value === 'about' || tokens[j]!.value === 'approx')) j++;
  if (tokens[j]?.kind === 'clock') return j + 1;
  if (tokens[j]?.kind !== 'number') return undefined;
  j++;
  if ((tokens[j]?.kind === 'dash' || (tokens[j]?.kind === 'word' && tokens[j]!.value === 'to')) && tokens[j + 1]?.kind === 'number') j += 2;
  return isWord(tokens[j], SUMMARY_UNITS) ? j + 1 : undefined;
}
