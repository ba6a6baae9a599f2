/**
 * Race days: "Mile", "5K race", "Race 3-5 miles", "Race Day!", "Race Day! Run 5K!",
 * "Half Marathon", "Half Marathon goal race 17 miles" (the race inside a day of
 * 17 miles: the rest is warm-up and cool-down).
 */
import type { IntervalNode, Item, Quantity } from '../ast.js';
import type { Cursor } from './cursor.js';
import { intervalTail } from './interval.js';
import { quantity } from './quantity.js';
import { PACE_WORDS } from '../vocabulary.js';

const MILE = 1609.344;

export function race(p: Cursor): Item | undefined {
  const start = p.peek().offset;
  if (p.isWord(0, 'raceday') || (p.isWord(0, 'race') && p.isWord(1, 'day'))) {
    p.next();
    p.eatWord('day');
    // "Race Day! Run 5K!": the run that follows is the race.
    const save = p.i;
    while (p.isKind(0, 'stop')) p.next();
    if (p.isWord(0, 'run', 'race') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
      p.next();
      return withTotal(p, racing(p, quantity(p, false), start));
    }
    p.i = save;
    return withTotal(p, racing(p, { kind: 'open', span: p.span(start) }, start));
  }
  if (p.isWord(0, 'race') && (p.isKind(1, 'number') || (p.isKind(1, 'colon') && p.isKind(2, 'number')))) {
    p.next();
    p.eatKind('colon');
    return withTotal(p, racing(p, quantity(p, false), start));
  }
  // "Goal marathon 26.2mi", "Goal half marathon": the plan's race.
  if (p.isWord(0, 'goal') && (p.isWord(1, 'marathon') || (p.isWord(1, 'half') && p.isWord(2, 'marathon'))) && !p.isWord(p.isWord(1, 'half') ? 3 : 2, 'pace')) p.next();
  if ((p.isWord(0, 'half') && p.isWord(1, 'marathon') && !p.isWord(2, 'pace')) || (p.isWord(0, 'marathon') && !p.isWord(1, 'pace'))) {
    const meters = p.isWord(0, 'half') ? 21097.5 : 42195;
    p.next();
    p.eatWord('marathon');
    return withTotal(p, racing(p, { kind: 'distance', low: meters, high: meters, span: p.span(start) }, start));
  }
  // "Mile", "Mile race", "mile for time". "the first mile easy" is no race: which mile, of what, the reading cannot
  // tell, and a mile raced would be another workout.
  if (p.isWord(0, 'mile') && !p.isWord(1, 'pace')) {
    notAPart(p);
    p.next();
    return withTotal(p, racing(p, { kind: 'distance', low: MILE, high: MILE, span: p.span(start) }, start));
  }
  return undefined;
}

/** "the first mile", "the last mile": which mile of a run, never the race. */
const ORDINAL_BEFORE = /\b(first|last|final|second|third|next|opening|closing)\s+$/i;

/** Stops the reading where the "mile" at the cursor is a part of a run or a mile at a pace, not the mile raced. */
function notAPart(p: Cursor): void {
  const ordinal = ORDINAL_BEFORE.exec(p.text.slice(Math.max(0, p.peek().offset - 12), p.peek().offset));
  if (ordinal) p.fail(p.peek(), `'${ordinal[1]} mile' is a part of a run, not a mile raced`, "write the run's parts: '1 mile easy + 7 miles'");
  const next = p.peek(1);
  if (next.kind === 'word' && PACE_WORDS[next.value] !== undefined && next.value !== 'mile') {
    p.fail(p.peek(), `'mile ${next.raw}' is no mile raced, and no figure says how far`, "write '1 mile easy'");
  }
}

function racing(p: Cursor, q: Quantity, start: number): IntervalNode {
  const node: IntervalNode = { kind: 'interval', quantity: q, role: 'race', roleWritten: true, remarks: [], span: p.span(start) };
  while (p.isWord(0, 'goal', 'race', 'tune', 'tuneup')) p.next();
  const holder = { kind: 'repeat' as const, count: { low: 1, high: 1, span: node.span }, body: [node], sets: false, span: node.span };
  if (!p.isKind(0, 'number')) intervalTail(p, node, holder);
  node.role = 'race';
  node.span = p.span(start);
  return node;
}

/** "…goal race 17 miles", "…tune-up race, 10 miles": the day's total around the race. */
export function withTotal(p: Cursor, race: IntervalNode): Item {
  if (race.dayTotal) return aroundRace(race.dayTotal, race, race.span.end);
  const save = p.i;
  p.eatKind('comma');
  if (!(p.isKind(0, 'number') || p.isKind(0, 'clock'))) {
    p.i = save;
    return race;
  }
  const q = quantity(p, false);
  if (!(p.isKind(0, 'eof') || p.isKind(0, 'stop') || p.isKind(0, 'rparen'))) {
    p.i = save;
    return race;
  }
  // "Goal marathon 26.2mi", "Half Marathon 13.1 miles": the race's own length, said again.
  if (restated(q, race.quantity)) {
    race.span = { start: race.span.start, end: p.prevEnd };
    return race;
  }
  return aroundRace(q, race, p.prevEnd);
}

function restated(total: Quantity, race: Quantity): boolean {
  return total.kind === 'distance' && race.kind === 'distance' && total.high === total.low && Math.abs(total.low - race.low) <= 0.005 * race.low;
}

/** The day's total as an easy run with the race in its middle (warm-up before, cool-down after). */
export function aroundRace(total: Quantity, race: IntervalNode, end: number): IntervalNode {
  const { dayTotal: _, ...inner } = race;
  return {
    kind: 'interval',
    quantity: total,
    role: 'easy',
    roleWritten: true,
    remarks: [],
    within: { items: [inner], joins: [], placement: 'middle', span: race.span },
    span: { start: race.span.start, end },
  };
}
