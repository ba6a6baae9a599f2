/** Repeats: counts, "N sets of", groups, paired distances and the recovery clauses after them. */
import type { CountRange, IntervalNode, Item, Quantity, PaceExpr, RepeatNode } from '../ast.js';
import type { Token } from '../lexer.js';
import { GROUP_REP_NOUNS, LENGTHLESS_REPS } from '../dialect/markers.js';
import { Cursor, Stop } from './cursor.js';
import { explanation } from './explanation.js';
import { betweenSetsAt, partAfterSlash, recoveryAhead } from './ahead.js';
import { intervalTail } from './interval.js';
import { quantity } from './quantity.js';
import { applyRecovery, bracketRecovery, looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { sequence, warmupOrCooldownAhead } from './session.js';

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
  // "FIVE OR SIX TIMES:", "6-8 times".
  if ((p.isKind(0, 'dash') || p.isWord(0, 'to', 'or')) && p.isKind(1, 'number') && /^\d+$/.test(p.peek(1).value) && p.isWord(2, 'times')) {
    p.next();
    high = Number(p.next().value);
  }
  // "SEVEN TIMES: 3 minutes at 3km race pace …", "4 times pickups", "2 times 2 minutes with 1 minute recovery".
  if (p.isWord(0, 'times') && (p.isKind(1, 'colon') || p.isKind(1, 'number') || p.isKind(1, 'clock') || (p.isKind(1, 'word') && p.atItemEndAt(2)))) {
    p.next();
    p.eatKind('colon');
    return checkedCount(p, a, Number(a.value), high);
  }
  if (!p.eatKind('x')) {
    p.i = save;
    return undefined;
  }
  // "Repeat 5x: 400m w/ 200m jog", "5x: (…)": the count's colon, like "SEVEN TIMES:".
  if (p.isKind(0, 'colon') && (p.isKind(1, 'number') || p.isKind(1, 'clock') || p.isKind(1, 'lparen'))) p.next();
  return checkedCount(p, a, Number(a.value), high);
}

/**
 * "2 sets of 4 x 400m", "3 sets of 5min threshold with 1 minute jog recovery",
 * "3-5 sets (depending on training level & ability) of (…)".
 */
export function sets(p: Cursor, start: number): RepeatNode {
  const n = p.next();
  let high = Number(n.value);
  if ((p.isKind(0, 'dash') || p.isWord(0, 'to')) && p.isKind(1, 'number')) {
    p.next();
    high = Number(p.next().value);
  }
  if (!/^\d+$/.test(n.value) || Number(n.value) < 1 || high > 50 || !Number.isInteger(high) || high < Number(n.value)) {
    p.fail(n, `'${n.raw}' is not a number of sets`, 'such as 2 sets of 4 x 400m');
  }
  p.next(); // sets
  while (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) explanation(p);
  p.eatWord('of');
  if (p.isWord(0, 'the') && p.isWord(1, 'following')) p.next(), p.next();
  if (p.isKind(0, 'colon') && (p.isKind(1, 'newline') || p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    // "2 sets of:" and the set's lines below it.
    p.next();
    while (p.eatKind('newline'));
    const body = setLines(p);
    return { kind: 'repeat', count: { low: Number(n.value), high, span: { start: n.offset, end: n.offset + n.length } }, body, sets: body.length > 1 || body[0]?.kind === 'repeat', span: p.span(start) };
  }
  const innerStart = p.peek().offset;
  const count = tryCount(p);
  let inner: RepeatNode;
  if (count) inner = repeatAfterCount(p, count, innerStart);
  else if (p.isKind(0, 'lparen')) inner = repeatAfterCount(p, { low: 1, high: 1, span: p.span(innerStart) }, innerStart);
  else {
    // "3 sets of 5min threshold": sets of one rep.
    if (!p.isKind(0, 'number') && !p.isKind(0, 'clock')) p.unexpected(p.peek(), 'a repeat such as "4 x 400m" after "sets of"');
    inner = repeatAfterCount(p, { low: 1, high: 1, span: p.span(innerStart) }, innerStart);
  }
  const single = inner.count.high === 1;
  const outer: RepeatNode = {
    kind: 'repeat',
    count: { low: Number(n.value), high, span: { start: n.offset, end: n.offset + n.length } },
    body: single ? inner.body : [inner],
    sets: !single,
    span: p.span(start),
  };
  if (single && inner.recovery) outer.recovery = inner.recovery;
  // "… w/ 3 min between sets" may have been read as the inner recovery clause.
  if (inner.setRecovery) {
    outer.setRecovery = inner.setRecovery;
    delete inner.setRecovery;
  }
  while (p.atWith() || p.isKind(0, 'lparen')) {
    const rec = p.isKind(0, 'lparen') ? parenRecovery(p) : (p.eatWith(), recoveryPhrase(p, p.prevEnd));
    if (rec.sets) outer.setRecovery = rec.sets;
    if (rec.betweenSets) outer.setRecovery = rec.expr;
    else if (single) outer.recovery = rec.expr;
    else inner.recovery = rec.expr;
  }
  return outer;
}

/**
 * "2x8x500m (rec 1'/3')", "3x4x400m (rec 200m/800m)": two recoveries after sets of one distance are the
 * one between reps and the one between sets, in that order (there are no paired reps for them to pair).
 */
function splitPairedRecovery(inner: RepeatNode, outer: RepeatNode): void {
  const pair = inner.recovery?.paired;
  if (pair?.length !== 2 || outer.setRecovery || inner.body.length !== 1 || inner.body[0]!.kind !== 'interval') return;
  inner.recovery = pair[0]!;
  outer.setRecovery = pair[1]!;
}

/**
 * The lines of a set written under "2 sets of:", one part or more a line, up to a line that
 * leaves the set: "Then:", the cool-down, a rest between sets, or the end.
 */
function setLines(p: Cursor): Item[] {
  const items: Item[] = [];
  for (;;) {
    const line = sequence(p, true).items;
    items.push(...line);
    // "6min @ 5:00/km / 1min rest": a set ends with its rest.
    const rested = line.length === 1 && line[0]!.kind === 'recovery' && items.some((it) => it.kind !== 'recovery');
    // "5 minutes at marathon race pace.\n4 minutes easy jogging.": a line may end with a full stop.
    if (rested || (!p.isKind(0, 'newline') && !p.isKind(0, 'comma') && !p.isKind(0, 'stop'))) break;
    const save = p.i;
    while (p.eatKind('newline') || p.eatKind('comma') || p.eatKind('stop'));
    const leaves = p.isKind(0, 'eof') || p.isWord(0, 'then', 'finish') || warmupOrCooldownAhead(p) || betweenSetsAhead(p);
    if (leaves) {
      p.i = save;
      break;
    }
  }
  return items;
}

/** "3 minutes rest between the two Sets", "4 minutes rest between sets": the rest after each set, not part of it. */
function betweenSetsAhead(p: Cursor): boolean {
  for (let k = 0; k < 8; k++) {
    const t = p.peek(k);
    if (t.kind === 'newline' || t.kind === 'eof') return false;
    if (betweenSetsAt(p, k) > 0) return true;
  }
  return false;
}

/** "(…) x 2", "400 meters x 6", "Repeat x 15": a count written after what it repeats. */
export function countAfter(p: Cursor): CountRange | undefined {
  const x = p.peek();
  if (!(x.kind === 'x' || (x.kind === 'word' && x.value === 'x')) || !p.isKind(1, 'number')) return undefined;
  const n = p.peek(1);
  if (!/^\d+$/.test(n.value)) return undefined;
  p.next(), p.next();
  return checkedCount(p, n, Number(n.value), Number(n.value));
}

/**
 * "Repeat 6 times", "Repeat x 15", "x 3", "3 times" after a sequence: everything
 * before it, that many times.
 */
export function repeatSuffix(p: Cursor): CountRange | undefined {
  const save = p.i;
  const word = p.eatWord('repeat') || doTimes(p);
  const after = countAfter(p);
  if (after) {
    p.eatWord('times');
    return after;
  }
  const n = p.peek();
  if (n.kind === 'number' && /^\d+$/.test(n.value) && p.isWord(1, 'times')) {
    if (!word && !(p.isKind(2, 'eof') || p.isKind(2, 'stop') || p.isKind(2, 'newline'))) return undefined;
    p.next(), p.next();
    return checkedCount(p, n, Number(n.value), Number(n.value));
  }
  if (word && n.kind === 'number' && /^\d+$/.test(n.value) && (p.isKind(1, 'eof') || p.isKind(1, 'stop'))) {
    p.next();
    return checkedCount(p, n, Number(n.value), Number(n.value));
  }
  p.i = save;
  return undefined;
}

/** "Do 3 times", "do it 8 times": "do" before a count of times says "repeat"; the words go, the count stays. */
function doTimes(p: Cursor): boolean {
  const it = p.isWord(1, 'it') ? 1 : 0;
  if (!p.isWord(0, 'do') || !p.isKind(1 + it, 'number') || !p.isWord(2 + it, 'times')) return false;
  p.next();
  if (it) p.next();
  return true;
}

function checkedCount(p: Cursor, a: Token, low: number, high: number): CountRange {
  if (low < 1 || high < low) p.fail(a, `a repeat count must be at least 1 and written low to high (got ${low}–${high})`);
  if (high > 200) p.fail(a, `${high} repetitions is more than a session can hold`, 'counts above 200 are almost certainly a typo');
  return { low, high, span: p.span(a.offset) };
}

export function repeatAfterCount(p: Cursor, count: CountRange, start: number): RepeatNode {
  if (p.isKind(0, 'lparen')) {
    // A workout text's repeat ("4x\n- 2m Z3 HR\n- 2m Z2 HR") runs every step it holds, each time.
    const everyStep = p.peek().everyStep === true;
    p.next();
    const seq = sequence(p);
    if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the group");
    const node: RepeatNode = { kind: 'repeat', count, body: seq.items, sets: seq.items.length > 1 || seq.items[0]?.kind === 'repeat', span: p.span(start), ...(everyStep ? { everyStep: true as const } : {}) };
    repeatTail(p, node);
    return node;
  }
  const qStart = p.peek().offset;
  // "5x5x400", "2 x 5 x 400m": sets of a repeat.
  const innerCount = tryCount(p);
  if (innerCount) {
    const inner = repeatAfterCount(p, innerCount, qStart);
    const outer: RepeatNode = { kind: 'repeat', count, body: [inner], sets: true, span: p.span(start) };
    if (inner.setRecovery) {
      outer.setRecovery = inner.setRecovery;
      delete inner.setRecovery;
    }
    splitPairedRecovery(inner, outer);
    return outer;
  }
  const pair = onOff(p, count, start);
  if (pair) return pair;
  // "3 x hill", "6 x strides": as long as the hill or the stride, until the lap button.
  const first: Quantity = p.isWordIn(0, LENGTHLESS_REPS) ? { kind: 'open', span: p.span(qStart) } : quantity(p, true);
  const quantities = [first];
  // "2 x 400 / 2 x 800" is the next set and "6 x 400m / 200m jog" the recovery: neither is a second rep.
  while (p.isKind(0, 'slash') && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && !partAfterSlash(p) && !recoveryAhead(p)) {
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
  // "… repeat 10 x 15 min cool-down": a warm-up or cool-down is run once; the count belongs to what came before.
  if (count.low > 1 && intervals.every((i) => i.role === 'warmup' || i.role === 'cooldown')) p.failAt(node.span, 'a warm-up or cool-down is not repeated', "write the count after the steps it repeats ('repeat 10 times')");
  node.span = p.span(start);
  return node;
}

/** Recovery clauses after a repeat: "w/ 400m jog recovery", "(jog 4 min recovery)", "full recovery". */
export function repeatTail(p: Cursor, node: RepeatNode): void {
  for (;;) {
    if (p.isWordIn(0, GROUP_REP_NOUNS)) {
      // "2x(10×30/30 sec) intervals."
      p.next();
      continue;
    }
    if (p.atWith()) {
      p.eatWith();
      const rec = recoveryPhrase(p, p.prevEnd);
      applyRecovery(node, rec);
    } else if (p.isKind(0, 'lparen') && looksLikeRecoveryParen(p)) {
      const rec = parenRecovery(p);
      // "(2 min 30 sec recovery between sets)": the rest between sets, beside the group's recovery.
      if (rec.betweenSets) node.setRecovery = rec.expr;
      else node.recovery = rec.expr;
    } else if (p.isWord(0, 'full') || (p.isWord(0, 'jog', 'walk') && !p.isKind(1, 'eof') && !p.peek().section)) {
      const rec = recoveryPhrase(p, p.peek().offset);
      node.recovery = rec.expr;
    } else if ((p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) && node.count.high > 1 && bracketRecovery(p, node)) {
      continue;
    } else if (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) {
      explanation(p);
    } else return;
  }
}

/** Races' and training paces' names with nothing added to them, as one band of paces; undefined for any other (an effort's). */
function paceBand(p: Extract<PaceExpr, { kind: 'paired' }>): PaceExpr | undefined {
  const names = p.parts.flatMap((x) => (x.kind === 'named' && !x.offset && !x.share && !x.heartRate ? x.names : []));
  if (names.length !== p.parts.length || names.some((n) => BAND_EXCLUDED.has(n.name))) return undefined;
  return { kind: 'named', names, span: p.span };
}

/** Paces a band is never made of: an easy or recovery pace is no race's, and "165 bpm/5K" is no band between two. */
const BAND_EXCLUDED: ReadonlySet<string> = new Set(['E', 'recovery']);

/** Copy the qualifiers read once after paired quantities ("800m/300m @ 5K/Mile") onto each interval. */
function applyShared(intervals: IntervalNode[], shared: IntervalNode): void {
  for (const [k, iv] of intervals.entries()) {
    iv.role = shared.role;
    iv.roleWritten = shared.roleWritten;
    iv.effort = shared.effort;
    iv.remarks = [...shared.remarks];
    if (shared.otherwise) iv.otherwise = shared.otherwise;
    // "3 x 10 min Z2": the zone as written stays in each rep's notes.
    if (shared.heartRateWords) iv.heartRateWords = shared.heartRateWords;
    const p = shared.pace;
    if (p?.kind === 'paired') {
      // "800m @ 5K/10K": two races' paces for one rep is the band between them, as "10K-5K".
      const band = intervals.length === 1 ? paceBand(p) : undefined;
      if (band) {
        iv.pace = band;
        continue;
      }
      if (p.parts.length !== intervals.length) {
        throw new Stop({ offset: p.span.start, length: p.span.end - p.span.start, message: `${intervals.length} paired distances but ${p.parts.length} paces`, hint: 'write one pace per distance, such as 800m/300m @ 5K/Mile' });
      }
      iv.pace = p.parts[k];
    } else iv.pace = p;
  }
}

/**
 * "8x 30/30", "10×30/30 sec", "5x1k on/off": the first part on, the second an easy
 * jog, in seconds when no unit is written (the fartlek convention).
 */
function onOff(p: Cursor, count: CountRange, start: number): RepeatNode | undefined {
  const [a, slash, b] = [p.peek(), p.peek(1), p.peek(2)];
  if (a.kind !== 'number' || slash.kind !== 'slash' || b.kind !== 'number') return undefined;
  const unit = p.peek(3);
  const seconds = unit.kind === 'word' && ['sec', 's'].includes(unit.value);
  const minutes = unit.kind === 'word' && ['min'].includes(unit.value);
  // "2 x 400 / 2 x 800": the number after the slash counts the next set.
  if (!(seconds || minutes || unit.kind !== 'word') || unit.kind === 'x') return undefined;
  if (!(Number(a.value) > 0 && Number(b.value) > 0 && Number(a.value) <= 600 && Number(b.value) <= 600)) return undefined;
  p.next(), p.next(), p.next();
  if (seconds || minutes) p.next();
  const factor = minutes ? 60 : 1;
  const q = (t: typeof a): Quantity => ({ kind: 'time', low: Number(t.value) * factor, high: Number(t.value) * factor, span: { start: t.offset, end: t.offset + t.length } });
  const work: IntervalNode = { kind: 'interval', quantity: q(a), role: 'work', roleWritten: false, effort: 'hard', remarks: [], span: p.span(a.offset) };
  const node: RepeatNode = {
    kind: 'repeat',
    count,
    body: [work],
    sets: false,
    recovery: { mode: 'jog', amount: { kind: 'quantity', quantity: q(b) }, span: { start: b.offset, end: b.offset + b.length } },
    span: p.span(start),
  };
  const holder: RepeatNode = { ...node, recovery: undefined };
  intervalTail(p, work, holder);
  if (holder.recovery) node.recovery = holder.recovery;
  node.span = p.span(start);
  return node;
}

/**
 * "1 800 at mile pace", "3 (3 x400M)": a count with no "x" — a small whole number
 * before a bare track length or a bracket.
 */
export function countBefore(p: Cursor): CountRange | undefined {
  const a = p.peek();
  const b = p.peek(1);
  if (a.kind !== 'number' || !/^\d+$/.test(a.value) || Number(a.value) < 1 || Number(a.value) > 50) return undefined;
  const track = b.kind === 'number' && /^\d+$/.test(b.value) && Number(b.value) >= 100 && Number(b.value) <= 10000;
  if (!track && b.kind !== 'lparen') return undefined;
  p.next();
  return checkedCount(p, a, Number(a.value), Number(a.value));
}

