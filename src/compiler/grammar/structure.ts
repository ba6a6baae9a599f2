/**
 * The shape of an interval session, settled once its parts are read: one line
 * for each group of runners, and recoveries written after the reps they go with.
 */
import type { Item, Join, RepeatNode } from '../ast.js';
import type { Cursor } from './cursor.js';
import { GROUP_WORDS } from '../dialect/structure.js';

/** The parts of a sequence as read, and the joins between them; settled in place. */
export interface Parts {
  items: Item[];
  joins: Join[];
}

export function settleStructure(p: Cursor, r: Parts): void {
  groupLines(p, r);
  recoveriesOfRepsBefore(r);
}

/**
 * "4 x 800 metres (main group)\n5 x 800 metres (endurance group)\n200 metre recoveries":
 * one line for each group of runners. The first group's is the session; the others'
 * are kept as notes for the athlete, and a recovery written after them is the first's.
 */
function groupLines(p: Cursor, r: Parts): void {
  const marks = p.asides.filter((a) => a.text.toLowerCase().split(/\W+/).some((w) => GROUP_WORDS.has(w)));
  if (marks.length < 2) return;
  const owners = marks.map((a) => r.items.reduce((at, it, k) => (it.span.start <= a.span.start ? k : at), -1));
  const first = owners[0]!;
  const consecutive = owners.every((o, k) => o === first + k);
  if (!consecutive || !owners.every((o) => isWork(r.items[o]))) return;
  for (let k = owners.length - 1; k >= 1; k--) {
    const at = owners[k]!;
    const mark = marks[k]!;
    mark.text = `${mark.text}: ${p.text.slice(r.items[at]!.span.start, mark.span.start).trim()}`;
    r.items.splice(at, 1);
    r.joins.splice(at - 1, 1);
  }
}

const isWork = (it: Item | undefined): boolean => it?.kind === 'repeat' || (it?.kind === 'interval' && it.role === 'work');

/**
 * "2 x 1/2 mile at 10K pace, 2 min jog in between", "2 x 90 seconds hard, 90 seconds float":
 * a recovery said of reps, right after reps that have none, is theirs.
 */
function recoveriesOfRepsBefore(r: Parts): void {
  for (let k = 1; k < r.items.length; k++) {
    const it = r.items[k]!;
    const prev = r.items[k - 1]!;
    // "1, 2, 3, 4, 5, 4, 3, 2, 1 minute reps\n1 minute recoveries": after every rep above, which settling places.
    if (it.kind === 'recovery' && it.eachRep && r.items.slice(0, k).some(isWork)) it.betweenReps = true;
    if (it.kind !== 'recovery' || !it.ofRepsBefore || !openReps(prev)) continue;
    prev.recovery = it.recovery;
    r.items.splice(k, 1);
    r.joins.splice(k - 1, 1);
    k--;
  }
}

/** Reps with no recovery written for them. */
function openReps(it: Item): it is RepeatNode {
  return it.kind === 'repeat' && it.count.high > 1 && !it.recovery && !it.sets;
}
