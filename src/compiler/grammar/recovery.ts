/** Recoveries: "w/ 400m jog", "(jog 4 min recovery)", "full recovery", "previous distance", "50 to 90% interval time". */
import type { RecoveryAmount, RecoveryExpr } from '../ast.js';
import { Cursor, RECOVERY_MODES } from './cursor.js';
import { quantity } from './quantity.js';

export function looksLikeRecoveryParen(p: Cursor): boolean {
  if (!p.isKind(0, 'lparen')) return false;
  for (let k = 1; k < 12; k++) {
    const t = p.peek(k);
    if (t.kind === 'rparen' || t.kind === 'eof') return false;
    if (t.kind === 'at' || t.kind === 'comma' || (t.kind === 'word' && (t.value === 'i' || t.value === 'e' || t.value === 'ie' || t.value === 'eg'))) return false;
    if (t.kind === 'word' && RECOVERY_MODES.has(t.value)) return true;
  }
  return false;
}

export function parenRecovery(p: Cursor):  { expr: RecoveryExpr; betweenSets: boolean } {
  const open = p.next();
  const rec = recoveryPhrase(p, open.offset);
  if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')'");
  rec.expr.span = p.span(open.offset);
  return rec;
}

/**
 * "400m jog recovery", "1:30 min recovery", "60 seconds of recovery jog in between",
 * "jog down recovery", "full recovery", "previous distance jog recovery", "equal time",
 * "jog 50 to 90% interval time between", "100m/400m jog recovery", "3 min between sets".
 */
export function recoveryPhrase(p: Cursor, start: number):  { expr: RecoveryExpr; betweenSets: boolean } {
  let mode: RecoveryExpr['mode'] | undefined;
  let amount: RecoveryAmount | undefined;
  let paired: RecoveryExpr[] | undefined;
  let betweenSets = false;
  const spanStart = p.peek().offset;
  for (;;) {
    const t = p.peek();
    if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'plus' || t.kind === 'comma' || t.kind === 'semicolon') break;
    if (t.kind === 'lparen' || t.kind === 'lbracket') break;
    if (t.kind === 'word' && (t.value === 'or' || t.value === 'then' || t.value === 'with')) break;
    if (amount && p.atWith()) break;
    if (t.kind === 'word' && t.value === 'and' && !p.isWord(1, 'recovery')) break;
    if ((t.kind === 'number' || t.kind === 'clock') && !amount) {
      if (p.isKind(1, 'percent') || ((p.isKind(1, 'dash') || p.isWord(1, 'to')) && p.isKind(3, 'percent'))) {
        const low = Number(p.next().value);
        let high = low;
        if (!p.eatKind('percent')) {
          p.next();
          high = Number(p.next().value);
          p.eatKind('percent');
        }
        if (!(low > 0 && high >= low && high <= 300)) p.fail(t, 'a share of the interval time is a percentage such as 50 to 90%');
        amount = { kind: 'fraction', low: low / 100, high: high / 100 };
        p.eatWord('of');
        p.eatWord('the');
        p.eatWord('interval', 'rep');
        p.eatWord('time');
        continue;
      }
      const q = quantity(p, true);
      if (p.isKind(0, 'slash') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
        const qs = [q];
        while (p.eatKind('slash')) qs.push(quantity(p, true));
        paired = qs.map((x) => ({ mode: 'recovery', amount: { kind: 'quantity', quantity: x }, span: x.span }));
        amount = { kind: 'quantity', quantity: q };
      } else amount = { kind: 'quantity', quantity: q };
      continue;
    }
    if (t.kind === 'word') {
      if (t.value === 'jog' && p.isWord(1, 'down')) {
        p.next(), p.next();
        mode = 'jog';
        amount = { kind: 'open', why: 'jog down' };
        continue;
      }
      if (t.value === 'walk' && p.isWord(1, 'down', 'back')) {
        p.next(), p.next();
        mode = 'walk';
        amount = { kind: 'open', why: 'jog down' };
        continue;
      }
      if (t.value === 'full' || t.value === 'complete') {
        p.next();
        amount = { kind: 'open', why: 'full' };
        continue;
      }
      if ((t.value === 'previous' || t.value === 'same') && p.isWord(1, 'distance', 'time')) {
        p.next(), p.next();
        amount = { kind: 'previous' };
        continue;
      }
      if (t.value === 'equal') {
        p.next();
        p.eatWord('time', 'distance');
        amount = { kind: 'equal' };
        continue;
      }
      if (t.value === 'between' && p.isWord(1, 'sets', 'set')) {
        p.next(), p.next();
        betweenSets = true;
        continue;
      }
      if (t.value === 'jog' || t.value === 'float') {
        p.next();
        mode = 'jog';
        continue;
      }
      if (t.value === 'walk' || t.value === 'walking') {
        p.next();
        mode = 'walk';
        continue;
      }
      if (t.value === 'standing' || (t.value === 'rest' && !mode)) {
        p.next();
        mode = mode ?? 'rest';
        continue;
      }
      if (['recovery', 'recoveries', 'rec', 'recover', 'rest', 'easy', 'of', 'in', 'between', 'each', 'every', 'a', 'the', 'interval', 'intervals', 'rep', 'reps', 'time'].includes(t.value)) {
        p.next();
        continue;
      }
      if (t.value === 'and' && p.isWord(1, 'recovery')) {
        p.next();
        continue;
      }
    }
    p.unexpected(t, "a recovery such as '400m jog', '90 sec', 'jog down' or 'full recovery'");
  }
  if (!amount) {
    const t = p.peek();
    p.fail(t.kind === 'eof' ? p.peek(-1) : t, 'the recovery has no length', "write how long, such as 'w/ 400m jog' or 'w/ 90 sec recovery', or 'full recovery'");
  }
  const m = mode ?? 'recovery';
  const expr: RecoveryExpr = { mode: m, amount, span: { start: Math.min(start, spanStart), end: p.prevEnd } };
  if (paired) expr.paired = paired.map((p) => ({ ...p, mode: m }));
  return { expr, betweenSets };
}
