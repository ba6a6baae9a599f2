/**
 * The tolerant pass: a session is read from the constructs the grammar knows,
 * and words it does not know are filler. When the strict reading stops on a
 * word that is neither the shorthand's nor a likely typo of one ("Today
 * we'll run five 1000s …", "Finish off with …"), that word and the prose
 * around it are set aside (listed as warnings with their spans, kept in the
 * session's notes) and the session is read again. Numbers, marks and typos
 * are never set aside: a number that cannot be placed, a contradiction or a
 * count with nothing to repeat still stops the reading with its position.
 *
 * Each retry sets aside at least one more token and the retries are bounded,
 * so reading stays linear in the length of the text.
 */
import type { Token } from './lexer.js';
import { GLUE, isProse } from './grammar/prose.js';
import { FILLER_CATEGORY, categoryOf } from './dialect/categories.js';

/** At most this many re-readings of one session; a text needing more is not shorthand. */
export const MAX_SETASIDES = 12;

/**
 * The tokens with the prose around the token at `offset` turned into prose,
 * or undefined when what stands there must not be set aside.
 */
export function setAside(tokens: Token[], offset: number): Token[] | undefined {
  const at = tokens.findIndex((t) => t.offset === offset && t.kind !== 'prose');
  if (at < 0) return undefined;
  if (!droppable(tokens, at)) return undefined;
  let from = at;
  let to = at;
  while (from > 0 && fillerWord(tokens[from - 1]!)) from--;
  while (to + 1 < tokens.length && fillerWord(tokens[to + 1]!)) to++;
  // A run of glue that ends at the structure stays ("of" in "sets of"): only the words around the culprit go.
  while (from < at && GLUE.has(tokens[from]!.value) && !isProse(tokens[from]!.value)) from++;
  if (!atBoundary(tokens, from, to)) return undefined;
  const out = tokens.slice();
  for (let k = from; k <= to; k++) out[k] = { ...out[k]!, kind: 'prose' };
  return out;
}

const BOUNDARY = new Set(['comma', 'semicolon', 'plus', 'newline', 'stop', 'colon', 'lparen', 'rparen', 'lbracket', 'rbracket', 'dash', 'gt', 'eof']);

/**
 * Prose is set aside only where it opens or closes a part: words between two
 * pieces of structure ("1 min following 3-2-1k") may tie them, and reading
 * past them could make a wrong workout out of a right refusal.
 */
function atBoundary(tokens: Token[], from: number, to: number): boolean {
  let b = from - 1;
  while (b >= 0 && tokens[b]!.kind === 'prose') b--;
  const before = tokens[b];
  const after = tokens[to + 1];
  const opens = !before || BOUNDARY.has(before.kind) || (before.kind === 'word' && categoryOf(before.value) === 'separator');
  const closes = !after || BOUNDARY.has(after.kind);
  return opens || closes;
}

/** The word the reading stopped on may go: prose, a filler word, or a join with nothing to join. */
function droppable(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.kind !== 'word') return false;
  if (fillerWord(t)) return true;
  // "Finish off with 6x300m …" opens with a join ("then") that has nothing before it.
  const before = tokens.slice(0, at).filter((b) => b.kind !== 'prose');
  return (t.value === 'then' || t.value === 'and') && (before.length === 0 || before.every((b) => b.kind === 'colon' || b.kind === 'dash'));
}

function fillerWord(t: Token): boolean {
  return t.kind === 'word' && (isProse(t.value) || categoryOf(t.value) === FILLER_CATEGORY);
}
