/** A run or a rep, and everything that may follow its distance or time. */
import type { CutDownNode, IntervalNode, Item, Quantity, RecoveryExpr, RepeatNode, Role } from '../ast.js';
import { EFFORT_WORDS, PACE_WORDS } from '../vocabulary.js';
import { Cursor, RECOVERY_MODES, ROLE_WORDS } from './cursor.js';
import { explanation, trailingExplanations } from './explanation.js';
import { otherSport } from './item.js';
import { pace, paceOrEffort } from './pace.js';
import { clockSeconds, quantity } from './quantity.js';
import { looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { sequence } from './session.js';

export function afterQuantity(p: Cursor, quantity: Quantity, start: number): Item {
  // "4 min between sets" after a group is the group's rest between sets.
  if (p.isWord(0, 'between') && p.isWord(1, 'sets', 'set')) {
    p.next(), p.next();
    const expr: RecoveryExpr = { mode: 'recovery', amount: { kind: 'quantity', quantity }, span: p.span(start) };
    return { kind: 'recovery', recovery: expr, span: p.span(start), betweenSets: true };
  }
  // "5 min jog recovery", "400m jog", "500m recovery": a recovery standing in a sequence.
  if (p.isWord(0, 'jog', 'walk', 'rest', 'recovery', 'float') && !p.isWord(1, 'x')) {
    const save = p.i;
    const words: string[] = [];
    while (p.isWord(0, 'jog', 'walk', 'rest', 'recovery', 'float', 'easy')) words.push(p.next().value);
    const betweenSets = p.isWord(0, 'between') && p.isWord(1, 'sets', 'set');
    if (betweenSets) p.next(), p.next();
    if (p.atItemEnd() || p.isKind(0, 'lparen')) {
      const mode = words.includes('walk') ? 'walk' : words.includes('jog') || words.includes('float') ? 'jog' : words.includes('rest') && !words.includes('recovery') ? 'rest' : 'recovery';
      // "30 min jog" alone is an easy run, decided when the session is resolved.
      const expr: RecoveryExpr = { mode, amount: { kind: 'quantity', quantity }, span: p.span(start) };
      trailingExplanations(p);
      return { kind: 'recovery', recovery: expr, span: p.span(start), ...(betweenSets ? { betweenSets } : {}) };
    }
    p.i = save;
  }
  const other = p.isKind(0, 'word') ? otherSport(p, quantity, start) : undefined;
  if (other) return other;
  const node: IntervalNode = { kind: 'interval', quantity, role: 'work', roleWritten: false, remarks: [], span: p.span(start) };
  const holder: RepeatNode = { kind: 'repeat', count: { low: 1, high: 1, span: node.span }, body: [node], sets: false, span: node.span };
  intervalTail(p, node, holder);
  node.span = p.span(start);
  if (holder.body[0]?.kind === 'cutdown' || holder.recovery || holder.setRecovery) {
    holder.span = p.span(start);
    return holder;
  }
  return node;
}

/**
 * Everything that may follow a distance or time: role words ("easy", "strides",
 * "hill", "WU"), a pace ("@ HM-10K"), an effort, a split ("in 75s"), remarks
 * ("for rhythm"), a cut-down, a faster part ("w/ 4 miles @ 15K"), recovery
 * clauses (recorded on `holder`) and explanations.
 */
export function intervalTail(p: Cursor, node: IntervalNode, holder: RepeatNode): void {
  for (;;) {
    const t = p.peek();
    if (p.atItemEnd()) return;
    if (t.kind === 'word') {
      const role = ROLE_WORDS[t.value];
      if (t.value === 'cut' && p.isWord(1, 'down') || t.value === 'cutdown') {
        p.next();
        p.eatWord('down');
        holder.body = [cutDown(p, node)];
        continue;
      }
      if (role && !(t.value === 'jog' && p.isWord(1, 'down'))) {
        if (t.value === 'jog' && node.role === 'work' && (p.isKind(1, 'number') || p.isWord(1, 'recovery'))) {
          // "… jog 50 to 90% interval time between": a recovery clause without "w/".
          holder.recovery = recoveryPhrase(p, t.offset).expr;
          continue;
        }
        p.next();
        setRole(node, role);
        continue;
      }
      if (t.value === 'at' && !p.isWord(1, 'least')) {
        p.next();
        paceOrEffort(p, node);
        continue;
      }
      if (t.value === 'in' && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
        p.next();
        const q = p.next();
        const seconds = q.kind === 'clock' ? clockSeconds(q.value) : Number(q.value);
        if (!(seconds >= 5 && seconds <= 3600)) p.fail(q, `'${q.raw}' is not a time for a rep`, "such as 'in 75s' or 'in 2:50'");
        p.eatWord('s', 'sec', 'secs', 'seconds');
        node.pace = { kind: 'split', seconds, span: p.span(t.offset) };
        continue;
      }
      if (t.value === 'for') {
        p.next();
        const from = p.peek().offset;
        while (p.isWord(0) && !p.isWord(0, 'w', 'with', 'or', 'then', 'and')) p.next();
        node.remarks.push(`for ${p.text.slice(from, p.prevEnd).trim()}`);
        continue;
      }
      if (p.atWith()) {
        p.eatWith();
        // "8 miles w/ 4 miles @ 15K to half marathon pace": a faster part inside the run.
        if ((p.isKind(0, 'number') || p.isKind(0, 'clock')) && innerRunAhead(p)) {
          const innerStart = p.peek().offset;
          const q = quantity(p, true);
          const inner: IntervalNode = { kind: 'interval', quantity: q, role: 'work', roleWritten: false, remarks: [], span: p.span(innerStart) };
          const innerHolder: RepeatNode = { kind: 'repeat', count: { low: 1, high: 1, span: inner.span }, body: [inner], sets: false, span: inner.span };
          intervalTail(p, inner, innerHolder);
          inner.span = p.span(innerStart);
          node.inner = inner;
          if (!node.roleWritten) setRole(node, 'easy');
          continue;
        }
        const rec = recoveryPhrase(p, p.prevEnd);
        if (rec.betweenSets) holder.setRecovery = rec.expr;
        else holder.recovery = rec.expr;
        continue;
      }
      if (t.value === 'full' && p.isWord(1, 'recovery', 'rest')) {
        holder.recovery = recoveryPhrase(p, t.offset).expr;
        continue;
      }
      if (EFFORT_WORDS.has(t.value) && t.value !== 'effort') {
        paceOrEffort(p, node);
        continue;
      }
      if (t.value === 'pace' || t.value === 'effort') {
        p.next();
        continue;
      }
      if (PACE_WORDS[t.value] && ['tempo', 'threshold', 'lt', 'conversational'].includes(t.value)) {
        node.pace = pace(p);
        continue;
      }
      p.unexpected(t, "a unit, '@ pace', 'w/ … recovery' or a separator");
    }
    if (t.kind === 'at') {
      p.next();
      paceOrEffort(p, node);
      continue;
    }
    if (t.kind === 'number' && p.isKind(1, 'percent')) {
      paceOrEffort(p, node);
      continue;
    }
    if (t.kind === 'lparen') {
      if (looksLikeRecoveryParen(p)) {
        holder.recovery = parenRecovery(p).expr;
        continue;
      }
      explanation(p, node.pace);
      continue;
    }
    if (t.kind === 'lbracket') {
      explanation(p, node.pace);
      continue;
    }
    p.unexpected(t, "'@ pace', 'w/ … recovery' or a separator such as ',' or '+'");
  }
}

export function setRole(node: IntervalNode, role: Role): void {
  // "30 sec hill strides": the most specific word wins; "run" never overrides a written role.
  if (node.roleWritten && role === 'easy') return;
  node.role = role;
  node.roleWritten = true;
}

/** After "w/": is this "4 miles @ pace" (a faster part) rather than "400m jog recovery"? */
export function innerRunAhead(p: Cursor): boolean {
  for (let k = 0; k < 8; k++) {
    const t = p.peek(k);
    if (t.kind === 'at') return true;
    if (t.kind === 'word' && (RECOVERY_MODES.has(t.value) || t.value === 'between')) return false;
    if (t.kind === 'eof' || t.kind === 'comma' || t.kind === 'plus') return false;
  }
  return false;
}

export function cutDown(p: Cursor, node: IntervalNode): CutDownNode {
  const start = p.peek().offset;
  if (!p.eatKind('lparen')) p.unexpected(p.peek(), "'(' with the parts of the cut-down, such as (100m @ 5K, 100m @ Mile, 100m @ Faster)");
  const seq = sequence(p);
  if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the cut-down");
  const parts = seq.items.map((it) => {
    if (it.kind !== 'interval') p.fail(p.tokens.find((t) => t.offset === it.span.start) ?? p.peek(), 'a cut-down holds distances or times with paces, such as 100m @ 5K');
    return it;
  });
  return { kind: 'cutdown', parts, total: node.quantity, span: { start: node.span.start, end: Math.max(start, p.prevEnd) } };
}
