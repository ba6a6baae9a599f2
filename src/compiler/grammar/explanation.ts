/**
 * Brackets after a part of the session:
 * - an explanation, "(i.e. 500m @ Mile, 500m recovery, …)" or "[half marathon to 10K pace]",
 *   kept to be checked against the session, never run;
 * - the pace of an unpaced part, "5 x 5 mins (3k effort)", "4 x 800 (@ 5k goal pace)";
 * - an aside for the athlete, "(aim to beat previous week's time)", kept as a note.
 */
import type { IntervalNode } from '../ast.js';
import type { TokenKind } from '../lexer.js';
import { Cursor, Stop } from './cursor.js';
import { keepWritten, pace } from './pace.js';
import { sequence } from './session.js';

export function trailingExplanations(p: Cursor): void {
  while (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) explanation(p);
}

export function explanation(p: Cursor, node?: IntervalNode): void {
  const open = p.next();
  const close: TokenKind = open.kind === 'lparen' ? 'rparen' : 'rbracket';
  while (p.isWord(0, 'i', 'e', 'ie', 'eg', 'g') || p.isKind(0, 'dot') || p.isKind(0, 'stop') || p.isKind(0, 'comma') || p.isKind(0, 'colon') || p.isKind(0, 'at') || p.isWord(0, 'at', 'approx', 'about', 'around')) p.next();
  const save = p.mark();
  // A pace first ("half marathon to 10K pace", "3k effort", "4:35/km"), else a sequence, else an aside.
  try {
    const from = p.i;
    const expr = pace(p);
    if (p.eatKind(close)) {
      const span = p.span(open.offset);
      if (node && !node.pace && !node.effort) {
        node.pace = expr;
        keepWritten(p, from, node);
      } else if (node?.pace?.kind === 'named' && expr.kind === 'explicit') {
        // "11 minutes @ threshold (3:58/km)": the coach's own figure; this athlete's pace is used.
        p.asides.push({ text: `${p.text.slice(open.offset + 1, span.end - 1).trim()} in the text`, span });
      } else p.explanations.push({ kind: 'pace', pace: expr, explains: node?.pace, span });
      return;
    }
    // "400 (mile pace to get the legs warmed up & a feel for the pace)": the pace, then words for the athlete.
    if (node && !node.pace && !node.effort && expr.kind === 'named' && !p.isKind(0, 'eof')) {
      node.pace = expr;
      aside(p, open.offset, close);
      return;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.reset(save);
  // "(fast is mile race pace)": what an effort word means, as a pace.
  if (node?.effort && p.isWord(0, node.effort.toLowerCase()) && p.isWord(1, 'is', 'means', '=')) {
    p.next(), p.next();
    try {
      const expr = pace(p);
      if (p.eatKind(close)) {
        node.pace = expr;
        node.effort = undefined;
        return;
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    p.reset(save);
  }
  try {
    const seq = sequence(p);
    // An explanation restates the session; one with words runcast does not read is an aside.
    if (p.eatKind(close) && p.ignored.length === save.ignored) {
      p.explanations.push({ kind: 'sequence', sequence: seq, span: p.span(open.offset) });
      return;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.reset(save);
  aside(p, open.offset, close);
}

/** Everything up to the matching bracket, kept as a note for the athlete. */
function aside(p: Cursor, from: number, close: TokenKind): void {
  let depth = 0;
  for (;;) {
    const t = p.peek();
    if (t.kind === 'eof') p.unexpected(t, `'${close === 'rparen' ? ')' : ']'}' to close the bracket`);
    p.next();
    if (t.kind === 'lparen' || t.kind === 'lbracket') depth++;
    else if (t.kind === 'rparen' || t.kind === 'rbracket') {
      if (depth === 0) break;
      depth--;
    }
  }
  const span = p.span(from);
  const text = p.text.slice(span.start + 1, span.end - 1).replace(/\s+/g, ' ').trim();
  if (text) p.asides.push({ text, span });
}
