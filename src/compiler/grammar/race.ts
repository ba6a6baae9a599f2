/**
 * Race days: "Mile", "5K race", "Race 3-5 miles", "Race Day!", "Race Day! Run 5K!",
 * "Half Marathon", "Half Marathon goal race 17 miles" (the race inside a day of
 * 17 miles: the rest is warm-up and cool-down).
 */
import type { IntervalNode, Item, Quantity } from '../ast.js';
import type { Cursor } from './cursor.js';
import { intervalTail } from './interval.js';
import { quantity } from './quantity.js';

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
  if ((p.isWord(0, 'half') && p.isWord(1, 'marathon') && !p.isWord(2, 'pace')) || (p.isWord(0, 'marathon') && !p.isWord(1, 'pace'))) {
    const meters = p.isWord(0, 'half') ? 21097.5 : 42195;
    p.next();
    p.eatWord('marathon');
    return withTotal(p, racing(p, { kind: 'distance', low: meters, high: meters, span: p.span(start) }, start));
  }
  // "Mile", "Mile race", "mile for time".
  if (p.isWord(0, 'mile') && !p.isWord(1, 'pace')) {
    p.next();
    return withTotal(p, racing(p, { kind: 'distance', low: MILE, high: MILE, span: p.span(start) }, start));
  }
  return undefined;
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
  return {
    kind: 'interval',
    quantity: q,
    role: 'easy',
    roleWritten: true,
    remarks: [],
    within: { items: [race], joins: [], placement: 'middle', span: race.span },
    span: { start: race.span.start, end: p.prevEnd },
  };
}
