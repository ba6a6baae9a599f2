/** Explanations "(i.e. …)" and "[…]": kept to be checked against the session, never run. */
import type { PaceExpr } from '../ast.js';
import type { TokenKind } from '../lexer.js';
import { Cursor, Stop } from './cursor.js';
import { pace } from './pace.js';
import { sequence } from './session.js';

export function trailingExplanations(p: Cursor): void {
  while (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) explanation(p);
}

/** "(i.e. 500m @ Mile, 500m recovery, …)" or "[half marathon to 10K pace]". */
export function explanation(p: Cursor, explains?: PaceExpr): void {
  const open = p.next();
  const close: TokenKind = open.kind === 'lparen' ? 'rparen' : 'rbracket';
  while (p.isWord(0, 'i', 'e', 'ie', 'eg', 'g') || p.isKind(0, 'dot') || p.isKind(0, 'comma') || p.isKind(0, 'colon')) p.next();
  const save = p.i;
  // A pace explanation first ("half marathon to 10K pace"), else a sequence.
  try {
    const expr = pace(p);
    if (p.eatKind(close)) {
      p.explanations.push({ kind: 'pace', pace: expr, explains, span: p.span(open.offset) });
      return;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.i = save;
  const seq = sequence(p);
  if (!p.eatKind(close)) p.unexpected(p.peek(), `'${close === 'rparen' ? ')' : ']'}' to close the explanation`);
  p.explanations.push({ kind: 'sequence', sequence: seq, span: p.span(open.offset) });
}
