/** Repeats: counts, "N sets of", groups, paired distances and the recovery clauses after them. */
import type { CountRange, IntervalNode, Item, RepeatNode } from '../ast.js';
import { Cursor, Stop } from './cursor.js';
import { explanation } from './explanation.js';
import { intervalTail } from './interval.js';
import { quantity } from './quantity.js';
import { looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { sequence } from './session.js';

/** "6 x", "6-10 x", "8 -10 x", "8 to 10 x". Leaves the position unchanged when it is not a count. */
export function tryCount(p: Cursor): CountRange | undefined {
  const save = p.i;
  const a = p.peek();
  if (a.kind !== 'number' || !/^\d+$/.test(a.value)) return undefined;
  p.next();
  let high = Number(a.value);
  if ((p.isKind(0, 'dash') || p.isWord(0, 'to')) && p.isKind(1, 'number') && /^\d+$/.test(p.peek(1).value) && p.isKind(2, 'x')) {
    p.next();
    high = Number(p.next().value);
  }
  if (!p.eatKind('x')) {
    p.i = save;
    return undefined;
  }
  const low = Number(a.value);
  if (low < 1 || high < low) p.fail(a, `a repeat count must be at least 1 and written low to high (got ${a.value}–${high})`);
  if (high > 200) p.fail(a, `${high} repetitions is more than a session can hold`, 'counts above 200 are almost certainly a typo');
  return { low, high, span: p.span(a.offset) };
}

export function sets(p: Cursor, start: number): RepeatNode {
  const n = p.next();
  if (!/^\d+$/.test(n.value) || Number(n.value) < 1 || Number(n.value) > 50) {
    p.fail(n, `'${n.raw}' is not a number of sets`, 'such as 2 sets of 4 x 400m');
  }
  p.next(); // sets
  p.next(); // of
  const innerStart = p.peek().offset;
  const count = tryCount(p);
  if (!count) p.unexpected(p.peek(), 'a repeat such as "4 x 400m" after "sets of"');
  const inner = repeatAfterCount(p, count, innerStart);
  const outer: RepeatNode = {
    kind: 'repeat',
    count: { low: Number(n.value), high: Number(n.value), span: { start: n.offset, end: n.offset + n.length } },
    body: [inner],
    sets: true,
    span: p.span(start),
  };
  // "… w/ 3 min between sets" may have been read as the inner recovery clause.
  if (inner.setRecovery) {
    outer.setRecovery = inner.setRecovery;
    delete inner.setRecovery;
  }
  while (p.atWith() || p.isKind(0, 'lparen')) {
    const rec = p.isKind(0, 'lparen') ? parenRecovery(p) : (p.eatWith(), recoveryPhrase(p, p.prevEnd));
    if (rec.betweenSets) outer.setRecovery = rec.expr;
    else inner.recovery = rec.expr;
  }
  return outer;
}

export function repeatAfterCount(p: Cursor, count: CountRange, start: number): RepeatNode {
  if (p.isKind(0, 'lparen')) {
    p.next();
    const seq = sequence(p);
    if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the group");
    const node: RepeatNode = { kind: 'repeat', count, body: seq.items, sets: seq.items.length > 1 || seq.items[0]?.kind === 'repeat', span: p.span(start) };
    repeatTail(p, node);
    return node;
  }
  const qStart = p.peek().offset;
  const first = quantity(p, true);
  const quantities = [first];
  while (p.isKind(0, 'slash') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    p.next();
    quantities.push(quantity(p, true));
  }
  const intervals: IntervalNode[] = quantities.map((q) => ({ kind: 'interval', quantity: q, role: 'work', roleWritten: false, remarks: [], span: q.span }));
  const body: Item[] = intervals;
  const node: RepeatNode = { kind: 'repeat', count, body, sets: false, span: p.span(start) };
  // Qualifiers, pace and recovery follow the quantity (or the paired quantities).
  const shared: IntervalNode = { kind: 'interval', quantity: first, role: 'work', roleWritten: false, remarks: [], span: p.span(qStart) };
  intervalTail(p, shared, node);
  if (node.body.length === 1 && node.body[0]!.kind === 'cutdown') return node;
  applyShared(intervals, shared);
  node.span = p.span(start);
  return node;
}

/** Recovery clauses after a repeat: "w/ 400m jog recovery", "(jog 4 min recovery)", "full recovery". */
export function repeatTail(p: Cursor, node: RepeatNode): void {
  for (;;) {
    if (p.atWith()) {
      p.eatWith();
      const rec = recoveryPhrase(p, p.prevEnd);
      if (rec.betweenSets) node.setRecovery = rec.expr;
      else node.recovery = rec.expr;
    } else if (p.isKind(0, 'lparen') && looksLikeRecoveryParen(p)) {
      const rec = parenRecovery(p);
      node.recovery = rec.expr;
    } else if (p.isWord(0, 'full') || (p.isWord(0, 'jog', 'walk') && !p.isKind(1, 'eof'))) {
      const rec = recoveryPhrase(p, p.peek().offset);
      node.recovery = rec.expr;
    } else if (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) {
      explanation(p);
    } else return;
  }
}

/** Copy the qualifiers read once after paired quantities ("800m/300m @ 5K/Mile") onto each interval. */
function applyShared(intervals: IntervalNode[], shared: IntervalNode): void {
  for (const [k, iv] of intervals.entries()) {
    iv.role = shared.role;
    iv.roleWritten = shared.roleWritten;
    iv.effort = shared.effort;
    iv.remarks = [...shared.remarks];
    iv.inner = shared.inner;
    const p = shared.pace;
    if (p?.kind === 'paired') {
      if (p.parts.length !== intervals.length) {
        throw new Stop({ offset: p.span.start, length: p.span.end - p.span.start, message: `${intervals.length} paired distances but ${p.parts.length} paces`, hint: 'write one pace per distance, such as 800m/300m @ 5K/Mile' });
      }
      iv.pace = p.parts[k];
    } else iv.pace = p;
  }
}
