/** One item of a sequence: a repeat, a run, a recovery, another sport, a race. */
import type { IntervalNode, Item, OtherSportNode, Quantity } from '../ast.js';
import { Cursor, JOIN_KINDS } from './cursor.js';
import { trailingExplanations } from './explanation.js';
import { afterQuantity } from './interval.js';
import { quantity } from './quantity.js';
import { looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { repeatAfterCount, sets, tryCount } from './repeat.js';
import { sequence } from './session.js';

export function item(p: Cursor): Item {
  const t = p.peek();
  const start = t.offset;
  if (t.kind === 'number' || t.kind === 'clock' || (t.kind === 'dot' && p.isKind(1, 'number'))) {
    const count = tryCount(p);
    if (count) return repeatAfterCount(p, count, start);
    if (p.isKind(0, 'number') && p.isWord(1, 'sets', 'set') && p.isWord(2, 'of')) return sets(p, start);
    const q = quantity(p, true);
    return afterQuantity(p, q, start);
  }
  if (t.kind === 'lparen') {
    // "(jog 4 min recovery)" standing alone, or a group run once.
    if (looksLikeRecoveryParen(p)) return { kind: 'recovery', recovery: parenRecovery(p).expr, span: p.span(start) };
    p.next();
    const seq = sequence(p);
    if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')'");
    return { kind: 'repeat', count: { low: 1, high: 1, span: p.span(start) }, body: seq.items, sets: false, span: p.span(start) };
  }
  if (t.kind !== 'word') p.unexpected(t, 'a distance, a time, a repeat such as "6 x 400m", or a session such as "Rest"');
  const other = otherSport(p);
  if (other) return other;
  if (p.isWord(0, 'warmup') && p.isKind(1, 'slash') && p.isWord(2, 'cooldown')) {
    p.next(), p.next(), p.next();
    return { kind: 'wucd', span: p.span(start) };
  }
  if (p.isWord(0, 'full') && p.isWord(1, 'recovery', 'rest')) {
    return { kind: 'recovery', recovery: recoveryPhrase(p, start).expr, span: p.span(start) };
  }
  if (p.isWord(0, 'jog', 'walk', 'rest', 'recovery') && (p.isKind(1, 'number') || p.isKind(1, 'clock') || p.isWord(1, 'down'))) {
    return { kind: 'recovery', recovery: recoveryPhrase(p, start).expr, span: p.span(start) };
  }
  // Race day: "Mile", "5K race", "Mile race".
  if (p.isWord(0, 'mile') || (p.isWord(0, 'race'))) {
    p.next();
    p.eatWord('race');
    const meters = 1609.344;
    const node: IntervalNode = {
      kind: 'interval',
      quantity: { kind: 'distance', low: meters, high: meters, span: p.span(start) },
      role: 'race', roleWritten: true,
      pace: { kind: 'named', names: [{ name: 'Mile', goal: true }], span: p.span(start) },
      remarks: [], span: p.span(start),
    };
    return node;
  }
  if (p.isWord(0, 'easy', 'tempo', 'steady') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    const w = p.next();
    const q = quantity(p, false);
    const node = afterQuantity(p, q, start);
    if (node.kind === 'interval' && !node.roleWritten) {
      if (w.value === 'easy') Object.assign(node, { role: 'easy', roleWritten: true });
      else if (!node.pace) node.pace = { kind: 'named', names: [{ name: 'T', goal: false }], span: { start: w.offset, end: w.offset + w.length } };
    }
    return node;
  }
  p.unexpected(t, 'a distance, a time, a repeat such as "6 x 400m", or a session such as "Rest"');
}

/** Strength, cross-training and rest days: "PT / Strength Focused Lift", "cross-train", "Rest", "OFF". */
export function otherSport(p: Cursor, quantity?: Quantity, startAt?: number): OtherSportNode | undefined {
  const start = startAt ?? p.peek().offset;
  const labelStart = p.peek().offset;
  const save = p.i;
  let sport: OtherSportNode['sport'] | undefined;
  if (p.isWord(0, 'pt', 'strength', 'lift', 'lifting', 'gym', 'weights', 'core', 'plyometrics', 'plyos', 'drills', 'mobility')) sport = 'strength';
  else if (p.isWord(0, 'cross', 'xt', 'bike', 'cycling', 'swim', 'swimming', 'elliptical', 'yoga', 'pilates', 'row', 'rowing', 'aqua')) sport = 'cross_training';
  else if (p.isWord(0, 'rest', 'off') && peekEndsOtherSport(p, 1)) sport = 'rest';
  if (!sport) return undefined;
  // The label runs to the end of this item: take every word, slash and dash up to a separator.
  while (!p.atItemEnd() && !p.isKind(0, 'lparen') && !p.isKind(0, 'lbracket')) {
    const t = p.peek();
    if (t.kind !== 'word' && t.kind !== 'slash' && t.kind !== 'dash') {
      p.i = save;
      return undefined;
    }
    p.next();
  }
  const label = p.text.slice(labelStart, p.prevEnd).replace(/\s+/g, ' ').trim();
  trailingExplanations(p);
  return { kind: 'other', sport, label, quantity, span: p.span(start) };
}

export function peekEndsOtherSport(p: Cursor, k: number): boolean {
  const t = p.peek(k);
  return t.kind === 'eof' || t.kind === 'rparen' || JOIN_KINDS[t.kind] !== undefined || (t.kind === 'word' && ['or', 'day', 'then', 'and'].includes(t.value));
}
