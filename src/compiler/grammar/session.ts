/** A session: alternatives joined by "or", each a sequence of items joined by separators. */
import type { Item, Join, SequenceNode, SessionNode } from '../ast.js';
import { Cursor, JOIN_KINDS, Stop } from './cursor.js';
import { item } from './item.js';
import { recoveryPhrase } from './recovery.js';

export function session(p: Cursor): SessionNode {
  const alternatives: SequenceNode[] = [];
  let optional = false;
  alternatives.push(sequence(p));
  while (p.eatWord('or')) {
    if (p.isWord(0, 'off', 'rest') && (p.isKind(1, 'eof') || p.isWord(1, 'or') || p.isWord(1, 'day'))) {
      const t = p.next();
      p.eatWord('day');
      optional = true;
      alternatives.push({ items: [{ kind: 'other', sport: 'rest', label: t.value === 'off' ? 'OFF' : 'Rest', span: p.span(t.offset) }], joins: [], span: p.span(t.offset) });
      continue;
    }
    alternatives.push(sequence(p));
  }
  const t = p.peek();
  if (t.kind !== 'eof') p.unexpected(t, "'+', ',', 'or' or the end of the session");
  return { alternatives, optional, explanations: p.explanations };
}

export function sequence(p: Cursor): SequenceNode {
  const start = p.peek().offset;
  const items: Item[] = [item(p)];
  const first = items[0]!;
  if (first.kind === 'recovery' && first.betweenSets) {
    throw new Stop({ offset: first.span.start, length: first.span.end - first.span.start, message: 'a rest between sets needs sets before it', hint: "such as '2 x (4 x 200m @ Mile w/ 200m jog), 4 min between sets'" });
  }
  const joins: Join[] = [];
  for (;;) {
    const t = p.peek();
    let join: Join | undefined = JOIN_KINDS[t.kind];
    if (join) p.next();
    else if (p.isWord(0, 'then')) {
      p.next();
      join = 'then';
    } else if (p.isWord(0, 'and')) {
      p.next();
      join = 'and';
    } else break;
    // ", and 200m" / "+ then" read as one join.
    if (p.eatWord('and', 'then') && join === ',') join = ',';
    // "6 x 400m @ 5K, w/ 400m jog": a recovery clause after a comma still belongs to the part before it.
    if (join === ',' && p.atWith()) {
      const at = p.peek();
      p.eatWith();
      const rec = recoveryPhrase(p, p.prevEnd);
      const prev = items[items.length - 1]!;
      if (prev.kind === 'repeat') {
        if (rec.betweenSets) prev.setRecovery = rec.expr;
        else prev.recovery = rec.expr;
      } else if (prev.kind === 'interval') {
        items[items.length - 1] = { kind: 'repeat', count: { low: 1, high: 1, span: prev.span }, body: [prev], sets: false, recovery: rec.expr, span: p.span(prev.span.start) };
      } else p.fail(at, 'a recovery clause must follow reps', "such as '6 x 400m @ 5K w/ 400m jog'");
      continue;
    }
    if (p.atSequenceEnd()) p.unexpected(p.peek(), 'another part of the session after the separator');
    const it = item(p);
    const prev = items[items.length - 1];
    if (it.kind === 'recovery' && it.betweenSets) {
      if (prev?.kind !== 'repeat' || prev.count.high < 2) {
        throw new Stop({ offset: it.span.start, length: it.span.end - it.span.start, message: 'a rest between sets needs sets before it', hint: "such as '2 x (4 x 200m @ Mile w/ 200m jog), 4 min between sets'" });
      }
      prev.setRecovery = it.recovery;
      continue;
    }
    joins.push(join);
    items.push(it);
  }
  return { items, joins, span: p.span(start) };
}
