/**
 * "1min hard, 1 min easy x 10", "4 min increased pace, 2 min slower pace x 6": a count after a
 * pair of parts, the second easier than the first, repeats the pair. Read as the count of the
 * last part alone it would make one hard part and then easy "reps", which no coach sets; so the
 * pair is bracketed, as the coach would have written "(1 min hard, 1 min easy) x 10".
 *
 * The count may stand before the pair too: "10 x 1 min hard, 1 min easy" is ten of each, when the
 * easier part is as long as a recovery between reps usually is (the norms table); "4 x 1 mile @ T,
 * 2 miles easy" stays four reps and a run after them.
 */
import type { Token } from '../lexer.js';
import { EASIER_HALF } from '../dialect/runs.js';
import { isUnitWord, isWord } from './tokens.js';
import { NORMS, RATIO_NORM, fit } from '../dialect/norms.js';
import { lengthAt } from './restated.js';
import { RECOVERY_MARKERS, categoryOf } from '../dialect/categories.js';

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
    const close = pairAfter(tokens, k);
    if (close !== undefined) pairs.set(k + 1, close);
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
  if (!easier(parts)) return undefined;
  // The bracket opens at the first part's figure: words before it ("Tempo –", "things like") stay outside.
  return t.indexOf(parts[0]!.find((p) => p.kind === 'number' || p.kind === 'clock')!, open + 1);
}

/** Where the pair counted by the repeat sign at `x` ("10 x 1 min hard, 1 min easy") closes, or undefined. */
function pairAfter(t: Token[], x: number): number | undefined {
  if (!(t[x]?.kind === 'x' || isWord(t[x], SIGNS)) || t[x - 1]?.kind !== 'number' || !LINE_OPENS_OR_START(t, x - 2)) return undefined;
  let end = x + 1;
  while (end < t.length && !LINE_ENDS.has(t[end]!.kind)) end++;
  const parts = split(t.slice(x + 1, end));
  // "5 x 3 min at 5K, 2 min jog": a recovery word makes it the reps' recovery, read as such.
  if (parts.length !== 2 || !parts.every(onePart) || !easier(parts) || parts[1]!.some((p) => isWord(p, RECOVERY_MARKERS))) return undefined;
  return hard(parts[0]!) && recoversFrom(parts[1]!, parts[0]!) ? end : undefined;
}

const LINE_OPENS_OR_START = (t: Token[], k: number) => k < 0 || LINE_OPENS.has(t[k]!.kind);

/** The second part is the easier: an easy word in it and none in the first. */
const easier = (parts: Token[][]) => parts[1]!.some((p) => isWord(p, EASIER_HALF)) && !parts[0]!.some((p) => isWord(p, EASIER_HALF));

/** The first part says how hard it is run: an effort or a pace ("1 min hard", "3:00 at T"); "8 x 400m, 400m easy" is reps and a run. */
const hard = (part: Token[]) => part.some((p) => p.kind === 'at' || (p.kind === 'word' && ['effort', 'pace'].includes(categoryOf(p.value))));

/**
 * The easier part is as long as a recovery between reps usually is, and as long against its rep
 * (the norms table): "8 x 1 min fast, 5 min easy" is eight reps and a run, not 48 minutes of pairs.
 * Both parts are times or both distances: "400m fast, 2 min easy" is no pair a coach writes this way.
 */
function recoversFrom(easy: Token[], rep: Token[]): boolean {
  const [e, r] = [lengthOf(easy), lengthOf(rep)];
  if (!e || !r) return false;
  if (e.seconds !== undefined && r.seconds !== undefined) return fit(e.seconds, NORMS.recovery.seconds) === 2 && fit(e.seconds / r.seconds, RATIO_NORM) === 2;
  if (e.metres !== undefined && r.metres !== undefined) return fit(e.metres, NORMS.recovery.meters) === 2 && fit(e.metres / r.metres, RATIO_NORM) === 2;
  return false;
}

const lengthOf = (part: Token[]) => lengthAt(part, part.findIndex((t) => t.kind === 'number' || t.kind === 'clock'));

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
