/**
 * "22 min: Run 10, walk 1, repeat", "25 min: Run 17, walk 1, run 7", "24 min:
 * Run 24": a session headed by its total time, whose parts are written with
 * bare numbers. The heading says what the numbers count (minutes), and the
 * parts must add up to it, or fill it by whole repeats when the line ends with
 * "repeat"; only then does the heading give its unit to each part, and
 * "repeat" becomes the fill the grammar reads (", for a total of 22 min").
 * A heading whose parts do not add up is left as written, and refused.
 */
import { ALTERNATING_VERBS, REPEAT_OPENERS } from '../dialect/runs.js';
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';
import { isWord, replacement } from './tokens.js';

/** The heading "22 min:" at the start of the text: its total in its unit, its unit token, and where the parts begin. */
function heading(tokens: Token[]): { total: number; unit: Token; body: number } | undefined {
  const [count, unit, colon] = tokens;
  if (count?.kind !== 'number' || unit?.kind !== 'word' || TIME_UNITS[unit.value] === undefined || colon?.kind !== 'colon') return undefined;
  return { total: Number(count.value), unit, body: tokens[3]?.kind === 'newline' ? 4 : 3 };
}

/** "Run 10, walk 1, repeat" from `k` to the end: the bare numbers of its parts, and the closing "repeat", or nothing. */
function parts(tokens: Token[], k: number): { numbers: Token[]; repeat?: Token } | undefined {
  const numbers: Token[] = [];
  let j = k;
  while (isWord(tokens[j], ALTERNATING_VERBS) && tokens[j + 1]?.kind === 'number') {
    numbers.push(tokens[j + 1]!);
    j += 2;
    if (tokens[j]?.kind !== 'comma') break;
    j++;
  }
  const repeat = tokens[j - 1]?.kind === 'comma' && isWord(tokens[j], REPEAT_OPENERS) ? tokens[j++] : undefined;
  if (tokens[j]?.kind === 'stop') j++;
  if (numbers.length === 0 || tokens[j]?.kind !== 'eof' || (tokens[j - 1]?.kind === 'comma')) return undefined;
  return { numbers, ...(repeat ? { repeat } : {}) };
}

export function headedTotal(tokens: Token[]): Token[] {
  const head = heading(tokens);
  const body = head ? parts(tokens, head.body) : undefined;
  if (!head || !body) return tokens;
  const sum = body.numbers.reduce((s, t) => s + Number(t.value), 0);
  const fits = body.repeat ? sum > 0 && head.total % sum === 0 && head.total / sum >= 2 : sum === head.total;
  if (!fits) return tokens;
  const out: Token[] = tokens.slice(0, head.body).map((t) => ({ ...t, kind: 'prose' as const, synthetic: true as const }));
  for (const t of tokens.slice(head.body)) {
    if (t === body.repeat) out.push(...replacement(`for a total of ${head.total} ${head.unit.value}`, t));
    else out.push(t);
    if (body.numbers.includes(t)) out.push({ kind: 'word', value: head.unit.value, raw: '', offset: t.offset + t.length, length: 0, spaced: true, synthetic: true });
  }
  return out;
}
