/**
 * "1min hard, 1 min easy x 10", "4 min increased pace, 2 min slower pace x 6": a count after a
 * pair of parts, the second easier than the first, repeats the pair. Read as the count of the
 * last part alone it would make one hard part and then easy "reps", which no coach sets; so the
 * pair is bracketed, as the coach would have written "(1 min hard, 1 min easy) x 10".
 */
import type { Token } from '../lexer.js';
import { EASIER_HALF } from '../dialect/runs.js';
import { isUnitWord, isWord } from './tokens.js';

/** What ends a line of parts, and what opens one. */
const LINE_ENDS = new Set(['stop', 'newline', 'eof', 'semicolon']);
const LINE_OPENS = new Set(['stop', 'newline', 'semicolon', 'colon', 'lparen']);
const SIGNS = new Set(['x']);
// A slash between the parts is read as a recovery after the first already ("400m/200m jog").
const PAIR_JOINS = new Set(['comma']);

export function pairCounts(tokens: Token[]): Token[] {
  const pairs = new Map<number, number>();
  for (let k = 0; k < tokens.length; k++) {
    const open = pairAt(tokens, k);
    if (open !== undefined) pairs.set(open, k);
  }
  if (pairs.size === 0) return tokens;
  const closes = new Set(pairs.values());
  const out: Token[] = [];
  tokens.forEach((t, k) => {
    if (pairs.has(k)) out.push(mark('lparen', '(', t));
    if (closes.has(k)) out.push(mark('rparen', ')', t));
    out.push(t);
  });
  return out;
}

/** Where the pair whose count is the repeat sign at `x` opens, or undefined. */
function pairAt(t: Token[], x: number): number | undefined {
  if (!(t[x]?.kind === 'x' || isWord(t[x], SIGNS)) || t[x + 1]?.kind !== 'number' || !LINE_ENDS.has(t[x + 2]?.kind ?? 'eof')) return undefined;
  let open = x - 1;
  while (open >= 0 && !LINE_OPENS.has(t[open]!.kind)) open--;
  const parts = split(t.slice(open + 1, x));
  if (parts.length !== 2 || !parts.every(onePart)) return undefined;
  if (!parts[1]!.some((p) => isWord(p, EASIER_HALF)) || parts[0]!.some((p) => isWord(p, EASIER_HALF))) return undefined;
  // The bracket opens at the first part's figure: words before it ("Tempo –", "things like") stay outside.
  return t.indexOf(parts[0]!.find((p) => p.kind === 'number' || p.kind === 'clock')!, open + 1);
}

function split(line: Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of line) {
    if (PAIR_JOINS.has(t.kind)) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts;
}

/** One length or time and the words of how it is run: no count, no second figure. */
function onePart(part: Token[]): boolean {
  const figures = part.filter((t) => t.kind === 'number' || t.kind === 'clock');
  if (figures.length !== 1 || part.some((t) => t.kind === 'x' || isWord(t, SIGNS) || t.kind === 'lparen' || t.kind === 'rparen')) return false;
  const at = part.indexOf(figures[0]!);
  return figures[0]!.kind === 'clock' || isUnitWord(part[at + 1]);
}

function mark(kind: 'lparen' | 'rparen', raw: string, at: Token): Token {
  return { ...at, kind, value: raw, raw: '', length: 0, synthetic: true };
}
