/** Recoveries: "w/ 400m jog", "(jog 4 min recovery)", "full recovery", "previous distance", "50 to 90% interval time". */
import type { PaceExpr, Quantity, RecoveryAmount, RecoveryExpr, RepeatNode } from '../ast.js';
import { Cursor, RECOVERY_MODES, Stop } from './cursor.js';
import { clockSeconds, quantity } from './quantity.js';
import { pace as readPace } from './pace.js';
import { GLUE, isProse } from './prose.js';

export function looksLikeRecoveryParen(p: Cursor): boolean {
  if (!p.isKind(0, 'lparen')) return false;
  // A recovery needs a mode and a length: "(jog 4 min recovery)"; "(walk or jog)" is an aside.
  let mode = false;
  let amount = false;
  for (let k = 1; k < 16; k++) {
    const t = p.peek(k);
    if (t.kind === 'rparen') return mode && amount;
    if (t.kind === 'eof') return false;
    if (t.kind === 'at' || t.kind === 'comma' || (t.kind === 'word' && (t.value === 'i' || t.value === 'e' || t.value === 'ie' || t.value === 'eg'))) return false;
    if (t.kind === 'word' && RECOVERY_MODES.has(t.value)) mode = true;
    if (t.kind === 'number' || t.kind === 'clock' || (t.kind === 'word' && ['down', 'back', 'full', 'equal', 'previous', 'complete', 'same'].includes(t.value))) amount = true;
  }
  return false;
}

export function parenRecovery(p: Cursor): Recovery {
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
export function recoveryPhrase(p: Cursor, start: number): Recovery {
  let mode: RecoveryExpr['mode'] | undefined;
  let amount: RecoveryAmount | undefined;
  let paired: RecoveryExpr[] | undefined;
  let betweenSets = false;
  let betweenReps = false;
  let sets: RecoveryExpr | undefined;
  let pace: PaceExpr | undefined;
  const spanStart = p.peek().offset;
  let words = 0;
  for (;; words++) {
    const t = p.peek();
    if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'plus' || t.kind === 'comma' || t.kind === 'semicolon') break;
    if ((t.kind === 'at' || (t.kind === 'word' && t.value === 'at')) && amount && !pace) {
      // "with .25m recovery in between at 9:30 or so pace": the recovery's own pace.
      p.next();
      pace = readPace(p);
      continue;
    }
    if (t.kind === 'slash' && (!amount || (p.peek(-1).kind === 'word' && RECOVERY_MODES.has(p.peek(-1).value))) && p.isWord(1, 'jog', 'walk', 'rest', 'recovery')) {
      // "jog/rest", "2 minutes walk/jog recovery": either, as the athlete likes.
      p.next();
      continue;
    }
    if (t.kind === 'word' && words === 0 && !amount && isProse(t.value)) break;
    if (t.kind === 'lparen' || t.kind === 'lbracket') break;
    if (t.kind === 'word' && (t.value === 'or' || t.value === 'then' || t.value === 'with' || t.value === 'repeat')) break;
    if (amount && p.atWith()) break;
    if (t.kind === 'word' && t.value === 'and' && amount && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
      // "jog 250m between intervals and 4 min between sets": the rest between sets too.
      const save = p.i;
      p.next();
      const more = recoveryPhrase(p, p.peek().offset);
      if (more.betweenSets && !betweenSets) {
        sets = more.expr;
        continue;
      }
      p.i = save;
      break;
    }
    if (t.kind === 'word' && t.value === 'and' && !p.isWord(1, 'recovery')) break;
    if (t.kind === 'stop' || t.kind === 'newline' || t.kind === 'gt' || t.kind === 'x' || (t.kind === 'dash' && t.spaced)) break;
    if (t.kind === 'slash' && amount) break;
    // "3 minutes recovery 2×800 @ interval": the next part begins.
    if ((t.kind === 'number' || t.kind === 'clock') && amount) break;
    // "30 secs jog between each on flat grass or trail": prose after the recovery is the rep's tail to list.
    if (t.kind === 'word' && amount && !RECOVERY_FILLER.has(t.value) && (mode !== undefined || (p.peek(-1).kind === 'word' && RECOVERY_FILLER.has(p.peek(-1).value))) && (isProse(t.value) || (GLUE.has(t.value) && p.peek(1).kind === 'word' && (isProse(p.peek(1).value) || GLUE.has(p.peek(1).value))))) break;
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
      if ((t.value === 'on' || t.value === 'every') && (p.isKind(1, 'clock') || (p.isWord(1, 'the') && p.isKind(2, 'clock')))) {
        // "start on 4:00", "on the 2:30": each rep starts on the clock.
        p.next();
        p.eatWord('the');
        const c = p.next();
        amount = { kind: 'sendoff', seconds: clockSeconds(c.value) };
        continue;
      }
      if (t.value === 'no' && p.isWord(1, 'recovery', 'rest') || t.value === 'continuous' || t.value === 'none') {
        // "200@Rep no recovery", "continuous sets": straight into the next rep.
        p.next();
        p.eatWord('recovery', 'rest');
        amount = { kind: 'none' };
        continue;
      }
      if (t.value === 'jog' && p.isWord(1, 'down', 'back')) {
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
      if (t.value === 'between' && (p.isWord(1, 'sets', 'set') || (p.isWord(1, 'each', 'the') && p.isWord(2, 'sets', 'set')))) {
        p.next();
        p.eatWord('each', 'the');
        p.next();
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
      if (t.value === 'standing' || t.value === 'static' || (t.value === 'rest' && !mode)) {
        p.next();
        mode = mode ?? 'rest';
        continue;
      }
      if (t.value === 'between' && p.isWord(1, 'reps', 'efforts', 'each', 'runs', 'repeats', 'intervals', 'repetitions')) betweenReps = true;
      if (RECOVERY_FILLER.has(t.value)) {
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
  if (!amount && mode) {
    // "w/ jog recovery", "jog/rest": as long as it takes, until the lap button.
    amount = { kind: 'open', why: 'full' };
  }
  if (!amount) {
    const t = p.peek();
    p.fail(t.kind === 'eof' ? p.peek(-1) : t, 'the recovery has no length', "write how long, such as 'w/ 400m jog' or 'w/ 90 sec recovery', or 'full recovery'");
  }
  const m = mode ?? 'recovery';
  const expr: RecoveryExpr = { mode: m, amount, span: { start: Math.min(start, spanStart), end: p.prevEnd }, ...(pace ? { pace } : {}) };
  if (paired) expr.paired = paired.map((p) => ({ ...p, mode: m }));
  return { expr, betweenSets, ...(betweenReps ? { betweenReps } : {}), ...(sets ? { sets } : {}) };
}

/** Words a recovery is written with that add nothing to it: "60 seconds of recovery jog in between", "slow jog back downhill as recovery". */
const RECOVERY_FILLER = new Set([
  'recovery', 'recoveries', 'rec', 'recover', 'rest', 'easy', 'of', 'in', 'between', 'each', 'every', 'a', 'the', 'interval',
  'intervals', 'rep', 'reps', 'time', 'active', 'slow', 'slowly', 'downhill', 'as', 'to', 'follow', 'following', 'lap', 'laps',
  'efforts', 'effort', 'repetition', 'runs', 'run', 'for', 'after', 'one', 'afterwards', 'total', 'period', 'periods', 'start',
  'jogging', 'recoveries', 'repeats', 'quick', 'short', 'gentle', 'then',
]);

export interface Recovery {
  expr: RecoveryExpr;
  betweenSets: boolean;
  /** "… between efforts", "… between each repetition": said of the reps it goes with. */
  betweenReps?: boolean;
  /** "… and 4 min between sets": the rest between sets written in the same clause. */
  sets?: RecoveryExpr;
}

/** A recovery clause read after a repeat: between its reps, or between its sets. */
export function applyRecovery(node: RepeatNode, rec: Recovery): void {
  if (rec.sets) node.setRecovery = rec.sets;
  if (rec.betweenSets) {
    node.setRecovery = rec.expr;
    return;
  }
  // "5x5x400 @ race pace, rest 30-60 seconds between repeats": between the reps of each set.
  const inner = node.sets && node.body.length === 1 && node.body[0]!.kind === 'repeat' ? (node.body[0] as RepeatNode) : undefined;
  if (inner && !inner.recovery) inner.recovery = rec.expr;
  else node.recovery = rec.expr;
}

/**
 * "6 x 400m @ 5K [2']", "4 x 1 mile @ T (rest 90 s, 90 s, 90 s)": a bracket of
 * times alone after reps that have no recovery is their recovery. Times that
 * differ are left to be read as an explanation (checked, never run).
 */
export function bracketRecovery(p: Cursor, node: RepeatNode): boolean {
  if (node.recovery) return false;
  const save = p.mark();
  const open = p.next();
  const close = open.kind === 'lparen' ? 'rparen' : 'rbracket';
  const word = p.peek();
  const mode = word.kind === 'word' && RECOVERY_MODES.has(word.value) ? (p.next(), word.value) : undefined;
  const times: Quantity[] = [];
  try {
    do times.push(quantity(p, false));
    while (p.eatKind('comma'));
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    p.reset(save);
    return false;
  }
  const first = times[0]!;
  const same = times.every((q) => q.kind === 'time' && first.kind === 'time' && q.low === first.low && q.high === first.high);
  if (!same || !p.eatKind(close)) {
    p.reset(save);
    return false;
  }
  const span = p.span(open.offset);
  node.recovery = { mode: mode === 'jog' || mode === 'walk' || mode === 'rest' ? mode : 'recovery', amount: { kind: 'quantity', quantity: first }, span };
  return true;
}
