/** Recoveries: "w/ 400m jog", "(jog 4 min recovery)", "full recovery", "previous distance", "50 to 90% interval time". */
import type { PaceExpr, Quantity, RecoveryAmount, RecoveryExpr, RepeatNode } from '../ast.js';
import type { Token } from '../lexer.js';
import { RECOVERY_OPENERS } from '../dialect/categories.js';
import { BETWEEN_REPETITIONS, RECOVERY_AMOUNT_WORDS } from '../dialect/markers.js';
import { Cursor, RECOVERY_MODES, Stop } from './cursor.js';
import { clockSeconds, quantity } from './quantity.js';
import { pace as readPace } from './pace.js';
import { GLUE, isProse } from './prose.js';
import { isUnitWord } from '../normalise/tokens.js';

export function looksLikeRecoveryParen(p: Cursor): boolean {
  if (!p.isKind(0, 'lparen')) return false;
  // A recovery needs a mode and a length: "(jog 4 min recovery)"; "(walk or jog)" is an aside.
  let mode = false;
  let amount = false;
  let paced = false;
  for (let k = 1; k < 16; k++) {
    const t = p.peek(k);
    if (t.kind === 'rparen') return mode && amount;
    if (t.kind === 'eof' || (paced && (t.kind === 'at' || t.kind === 'comma'))) return false;
    // "(3 min jog @ Z1)": a pace after the mode and length is the recovery's own ("@ e" is easy, no "i.e.").
    if (paced || (t.kind === 'at' && mode && amount)) {
      paced = true;
      continue;
    }
    // "(8 x 4 min w/ 90 sec rest)": reps inside are a session, not its recovery.
    if (t.kind === 'x') return false;
    if (t.kind === 'at' || t.kind === 'comma' || (t.kind === 'word' && (t.value === 'i' || t.value === 'e' || t.value === 'ie' || t.value === 'eg'))) return false;
    if (t.kind === 'word' && RECOVERY_MODES.has(t.value)) mode = true;
    if (t.kind === 'number' || t.kind === 'clock' || (t.kind === 'word' && RECOVERY_AMOUNT_WORDS.has(t.value))) amount = true;
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

/** A recovery clause being read: how it is run, how long, and what else it said. */
interface Clause {
  mode?: RecoveryExpr['mode'];
  amount?: RecoveryAmount;
  /** "100m/400m jog recovery": one recovery for each rep of a pair. */
  paired?: RecoveryExpr[];
  betweenSets: boolean;
  betweenReps: boolean;
  /** "… and 4 min between sets": the rest between sets, written in the same clause. */
  sets?: RecoveryExpr;
  /** "with .25m recovery in between at 9:30 or so pace": the recovery's own pace. */
  pace?: PaceExpr;
  /** Whether nothing of the clause is read yet. */
  first: boolean;
}

/** What reading one token of a clause did: read on, or stop (the clause is over). */
type Went = 'on' | 'stop';

/**
 * "400m jog recovery", "1:30 min recovery", "60 seconds of recovery jog in between",
 * "jog down recovery", "full recovery", "previous distance jog recovery", "equal time",
 * "jog 50 to 90% interval time between", "100m/400m jog recovery", "3 min between sets".
 * Each token is read by the first reader below that knows it, in a fixed order.
 */
export function recoveryPhrase(p: Cursor, start: number): Recovery {
  const c: Clause = { betweenSets: false, betweenReps: false, first: true };
  const spanStart = p.peek().offset;
  for (; ; c.first = false) {
    const t = p.peek();
    const went = clauseMark(p, t, c) ?? clauseEnd(p, t, c) ?? clauseAmount(p, t, c) ?? (t.kind === 'word' ? clauseWord(p, t, c) : undefined);
    if (went === 'stop') break;
    if (!went) p.unexpected(t, "a recovery such as '400m jog', '90 sec', 'jog down' or 'full recovery'");
  }
  return finishClause(p, c, Math.min(start, spanStart));
}

/** The recovery as read; a clause that says how but not how long lasts until the lap button. */
function finishClause(p: Cursor, c: Clause, start: number): Recovery {
  // "w/ jog recovery", "jog/rest": as long as it takes, until the lap button.
  const amount = c.amount ?? (c.mode ? ({ kind: 'open', why: 'full' } as const) : undefined);
  if (!amount) {
    const t = p.peek();
    p.fail(t.kind === 'eof' ? p.peek(-1) : t, 'the recovery has no length', "write how long, such as 'w/ 400m jog' or 'w/ 90 sec recovery', or 'full recovery'");
  }
  const m = c.mode ?? 'recovery';
  const expr: RecoveryExpr = { mode: m, amount, span: { start, end: p.prevEnd }, ...(c.pace ? { pace: c.pace } : {}) };
  if (c.paired) expr.paired = c.paired.map((r) => ({ ...r, mode: m }));
  return { expr, betweenSets: c.betweenSets, ...(c.betweenReps ? { betweenReps: true } : {}), ...(c.sets ? { sets: c.sets } : {}) };
}

/** The marks that end a clause or belong to it: the end of a part, the recovery's own pace after "at", "jog/rest". */
function clauseMark(p: Cursor, t: Token, c: Clause): Went | undefined {
  if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'plus' || t.kind === 'comma' || t.kind === 'semicolon') return 'stop';
  if ((t.kind === 'at' || (t.kind === 'word' && t.value === 'at')) && c.amount && !c.pace) {
    // "with .25m recovery in between at 9:30 or so pace": the recovery's own pace.
    p.next();
    c.pace = readPace(p);
    return 'on';
  }
  if ((t.kind === 'at' || (t.kind === 'word' && t.value === 'at')) && !c.amount && !c.pace && p.isKind(1, 'clock') && p.isWord(2, 'for') && p.isKind(3, 'number')) {
    // "con recupero a 5'40\" per un km": the recovery's pace first, then how long it lasts.
    p.next();
    c.pace = readPace(p);
    p.eatWord('for');
    return 'on';
  }
  if (t.kind === 'slash' && (!c.amount || p.isWordIn(-1, RECOVERY_MODES)) && p.isWordIn(1, RECOVERY_OPENERS)) {
    // "jog/rest", "2 minutes walk/jog recovery": either, as the athlete likes.
    p.next();
    return 'on';
  }
  return undefined;
}

/** What ends the clause: prose, a bracket, the next part ("or", "then", a count, a length after the recovery's). */
function clauseEnd(p: Cursor, t: Token, c: Clause): Went | undefined {
  const { amount } = c;
  if (t.kind === 'word' && c.first && !amount && isProse(t.value)) return 'stop';
  if (t.kind === 'lparen' || t.kind === 'lbracket') return 'stop';
  if (t.kind === 'word' && t.value === 'or' && amount && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) return otherLength(p);
  if (t.kind === 'word' && (t.value === 'or' || t.value === 'then' || t.value === 'with' || t.value === 'repeat')) return 'stop';
  if (amount && p.atWith()) return 'stop';
  if (t.kind === 'word' && t.value === 'and' && amount && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) return setsToo(p, c);
  if (t.kind === 'word' && t.value === 'and' && !p.isWord(1, 'recovery')) return 'stop';
  if (t.kind === 'stop' || t.kind === 'newline' || t.kind === 'gt' || t.kind === 'x' || (t.kind === 'dash' && t.spaced)) return 'stop';
  if (t.kind === 'slash' && amount) return 'stop';
  // "3 minutes recovery 2×800 @ interval": the next part begins.
  if ((t.kind === 'number' || t.kind === 'clock') && amount) return 'stop';
  // "30 secs jog between each on flat grass or trail": prose after the recovery is the rep's tail to list.
  if (t.kind === 'word' && amount && !RECOVERY_FILLER.has(t.value) && (c.mode !== undefined || p.isWordIn(-1, RECOVERY_FILLER)) && (isProse(t.value) || (GLUE.has(t.value) && p.peek(1).kind === 'word' && (isProse(p.peek(1).value) || GLUE.has(p.peek(1).value))))) return 'stop';
  return undefined;
}

/**
 * "with 400m or 3-min jog recoveries", "(インターバル:200m or 400m)": another length for the same
 * recovery — a recovery word follows it, or the recovery's bracket closes after it — is kept in the
 * notes and warned of at its span, and the first is run. Anything else after "or" is another session.
 */
function otherLength(p: Cursor): Went {
  const save = p.i;
  p.next();
  if (p.isKind(1, 'x') || p.isWord(1, 'x')) return (p.i = save), 'stop';
  const q = quantity(p, true);
  if (!p.isWordIn(0, RECOVERY_MODES) && !p.isWord(0, 'recovery', 'recoveries', 'rests', 'jogs') && !p.isKind(0, 'rparen')) return (p.i = save), 'stop';
  p.ignored.push({ span: q.span, why: 'choice' });
  p.readings.push(`or ${p.text.slice(q.span.start, q.span.end)} recovery allowed: the first length is run`);
  return 'on';
}

/** "jog 250m between intervals and 4 min between sets": the rest between sets too, or the end of the clause. */
function setsToo(p: Cursor, c: Clause): Went {
  const save = p.i;
  p.next();
  // "with 3 min recoveries and 2 miles cooldown": what follows "and" may be the next part, no recovery at all.
  let more: ReturnType<typeof recoveryPhrase>;
  try {
    more = recoveryPhrase(p, p.peek().offset);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    p.i = save;
    return 'stop';
  }
  if (more.betweenSets && !c.betweenSets) {
    c.sets = more.expr;
    return 'on';
  }
  p.i = save;
  return 'stop';
}

/** The length of the recovery: "90 sec", "400m", "100m/400m", "50 to 90% of the interval time". */
function clauseAmount(p: Cursor, t: Token, c: Clause): Went | undefined {
  if ((t.kind !== 'number' && t.kind !== 'clock') || c.amount) return undefined;
  if (p.isKind(1, 'percent') || ((p.isKind(1, 'dash') || p.isWord(1, 'to')) && p.isKind(3, 'percent'))) {
    const low = Number(p.next().value);
    let high = low;
    if (!p.eatKind('percent')) {
      p.next();
      high = Number(p.next().value);
      p.eatKind('percent');
    }
    if (!(low > 0 && high >= low && high <= 300)) p.fail(t, 'a share of the interval time is a percentage such as 50 to 90%');
    c.amount = { kind: 'fraction', low: low / 100, high: high / 100 };
    p.eatWord('of');
    p.eatWord('the');
    p.eatWord('interval', 'rep');
    p.eatWord('time');
    return 'on';
  }
  const q = quantity(p, true);
  if (p.isKind(0, 'slash') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    const qs = [q];
    while (p.eatKind('slash')) qs.push(quantity(p, true));
    c.paired = qs.map((x) => ({ mode: 'recovery', amount: { kind: 'quantity', quantity: x }, span: x.span }));
  }
  c.amount = { kind: 'quantity', quantity: q };
  return 'on';
}

/** The words of a recovery: a send-off, none, jog or walk down, full, previous or equal, between sets, how it is run. */
function clauseWord(p: Cursor, t: Token, c: Clause): Went | undefined {
  const amount = recoveryAmountWord(p, t);
  if (amount) {
    c.amount = amount.amount;
    if (amount.mode) c.mode = amount.mode;
    return 'on';
  }
  if (t.value === 'between' && (p.isWord(1, 'sets', 'set') || (p.isWord(1, 'each', 'the') && p.isWord(2, 'sets', 'set')))) {
    p.next();
    p.eatWord('each', 'the');
    p.next();
    c.betweenSets = true;
    return 'on';
  }
  if (t.value === 'jog' || t.value === 'float') {
    p.next();
    c.mode = 'jog';
    return 'on';
  }
  if (t.value === 'walk' || t.value === 'walking') {
    p.next();
    c.mode = 'walk';
    return 'on';
  }
  if (t.value === 'standing' || t.value === 'static' || (t.value === 'rest' && !c.mode)) {
    p.next();
    c.mode = c.mode ?? 'rest';
    return 'on';
  }
  if (t.value === 'between' && p.isWordIn(1, BETWEEN_REPETITIONS)) c.betweenReps = true;
  // "with a mile in between each 1200": the reps named again by their length, not another run.
  if ((t.value === 'each' || t.value === 'every') && p.isWord(-1, 'between') && p.isKind(1, 'number')) {
    p.next(), p.next();
    if (p.isWord(0) && isUnitWord(p.peek())) p.next();
    c.betweenReps = true;
    return 'on';
  }
  if (RECOVERY_FILLER.has(t.value) || (t.value === 'and' && p.isWord(1, 'recovery'))) {
    p.next();
    return 'on';
  }
  return undefined;
}

/** A recovery's length said in words: "on the 2:30", "no recovery", "jog down", "full", "previous distance", "equal time". */
function recoveryAmountWord(p: Cursor, t: Token): { amount: RecoveryAmount; mode?: RecoveryExpr['mode'] } | undefined {
  if ((t.value === 'on' || t.value === 'every') && (p.isKind(1, 'clock') || (p.isWord(1, 'the') && p.isKind(2, 'clock')))) {
    // "start on 4:00", "on the 2:30": each rep starts on the clock.
    p.next();
    p.eatWord('the');
    return { amount: { kind: 'sendoff', seconds: clockSeconds(p.next().value) } };
  }
  if ((t.value === 'no' && p.isWord(1, 'recovery', 'rest')) || t.value === 'continuous' || t.value === 'none') {
    // "200@Rep no recovery", "continuous sets": straight into the next rep.
    p.next();
    p.eatWord('recovery', 'rest');
    return { amount: { kind: 'none' } };
  }
  if ((t.value === 'jog' || t.value === 'walk') && p.isWord(1, 'down', 'back')) {
    p.next(), p.next();
    return { amount: { kind: 'open', why: 'jog down' }, mode: t.value === 'jog' ? 'jog' : 'walk' };
  }
  if (t.value === 'full' || t.value === 'complete') {
    p.next();
    return { amount: { kind: 'open', why: 'full' } };
  }
  if ((t.value === 'previous' || t.value === 'same') && p.isWord(1, 'distance', 'time')) {
    p.next(), p.next();
    return { amount: { kind: 'previous' } };
  }
  if (t.value === 'equal') {
    p.next();
    p.eatWord('time', 'distance');
    return { amount: { kind: 'equal' } };
  }
  return undefined;
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
  // "8 x 1km (off 60 seconds jog)": "off" before the length opens the recovery, as after the reps.
  if (p.isWord(0, 'off') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) p.next();
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
  // "(recovery 1 min, 1 min, 30 secs, 30 secs, 1 min)" after six reps: one for each gap, in order.
  const gaps = node.count.low === node.count.high && times.length > 1 && times.length === node.count.low - 1;
  // "[2min jog recovery]", "(90 s rest)": the mode may follow the length, once or twice.
  const after = mode ? undefined : trailingMode(p);
  // Times alone that differ are splits ("(5:45, 5:36, 5:25)"): a list of recoveries says it is one.
  if (!(same || (gaps && (mode ?? after) !== undefined)) || !p.eatKind(close)) {
    p.reset(save);
    return false;
  }
  const span = p.span(open.offset);
  const said = mode ?? after;
  const how = said === 'jog' || said === 'walk' || said === 'rest' ? said : 'recovery';
  if (same) node.recovery = { mode: how, amount: { kind: 'quantity', quantity: first }, span };
  else node.recoveries = times.map((q) => ({ mode: how, amount: { kind: 'quantity', quantity: q }, span: q.span }));
  return true;
}

/** Recovery words after a bracket's length ("jog recovery", "rest"): the first that says how it is run. */
function trailingMode(p: Cursor): string | undefined {
  let mode: string | undefined;
  for (let k = 0; k < 2 && p.isWordIn(0, RECOVERY_MODES); k++) {
    const w = p.next().value;
    if (mode === undefined || mode === 'recovery') mode = w;
  }
  return mode;
}
