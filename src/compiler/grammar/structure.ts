/**
 * The shape of an interval session, settled once its parts are read: one line
 * for each group of runners, and recoveries written after the reps they go with.
 */
import type { IntervalNode, Item, Join, RecoveryNode, RepeatNode, Span } from '../ast.js';
import type { Cursor } from './cursor.js';
import { EXTRA_REP_WORDS, GROUP_WORDS, SETS_OF_NOUNS } from '../dialect/structure.js';
import { NORMS } from '../dialect/norms.js';

/** The parts of a sequence as read, and the joins between them; settled in place. */
export interface Parts {
  items: Item[];
  joins: Join[];
}

export function settleStructure(p: Cursor, r: Parts): void {
  groupLines(p, r);
  gapRecoveries(r);
  setsOfList(p, r);
  recoveriesOfRepsBefore(r);
  parallelRests(r);
  loneSetRest(r);
  extraReps(p, r);
  namedReps(r);
  continuousFartlek(r);
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

/**
 * "three to four sets of 400m, 300m, 200m with 90 seconds of rest between reps": the sets
 * hold the whole list, and a recovery written at its end goes after each rep of it.
 */
function setsOfList(p: Cursor, r: Parts): void {
  r.items.forEach((sets, k) => {
    const rep = sets.kind === 'repeat' && sets.count.high > 1 && !sets.recovery && !sets.sets && sets.body.length === 1 ? sets.body[0] : undefined;
    const running = (it: IntervalNode) => isMember(it) || it.role === 'easy';
    if (sets.kind !== 'repeat' || rep?.kind !== 'interval' || !running(rep) || !SETS_OF.test(p.text.slice(sets.span.start, rep.span.start))) return;
    const members: Item[] = [];
    let carried: RepeatNode | undefined;
    for (let j = k + 1; j < r.items.length && r.joins[j - 1] === ',' && !carried; j++) {
      const next = r.items[j]!;
      const one = next.kind === 'repeat' && next.count.high === 1 && next.body.length === 1 ? next.body[0] : next;
      // "two repetitions of 90 seconds of running, 90 seconds of walking, …": the walks go round with the runs.
      const walk = one?.kind === 'recovery' || (one?.kind === 'interval' && one.role === 'walk');
      if (!walk && (one?.kind !== 'interval' || !running(one) || one.quantity.kind !== rep.quantity.kind)) break;
      // A walk in the round is its recovery, as in "2 x (run 90 sec, walk 90 sec)".
      members.push(one?.kind === 'interval' && one.role === 'walk' ? walkRecovery(one) : one!);
      if (next.kind === 'repeat') carried = next;
    }
    // Easy running goes round in sets only with the walks between it (a run/walk); reps are work.
    const walks = members.some((m) => m.kind === 'recovery' || (m.kind === 'interval' && m.role === 'walk'));
    if (!walks && (!isMember(rep) || !members.every((m) => m.kind === 'interval' && isMember(m)))) return;
    if (members.length === 0) return;
    sets.body = [rep, ...members];
    sets.sets = !walks;
    if (carried?.recovery) sets.recovery = carried.recovery;
    r.items.splice(k + 1, members.length);
    r.joins.splice(k, members.length);
  });
}

/**
 * Reps with one recovery for each gap between them ("x6. (recovery 1 min, 1 min, 30 secs,
 * 30 secs, 1 min)"): written out rep by rep, each with its own recovery.
 */
function gapRecoveries(r: Parts): void {
  for (let k = 0; k < r.items.length; k++) {
    const it = r.items[k]!;
    if (it.kind !== 'repeat' || !it.recoveries) continue;
    const { recoveries, ...rest } = it;
    const reps: Item[] = [...recoveries, undefined].map((recovery) => ({
      ...rest,
      count: { low: 1, high: 1, span: it.count.span },
      ...(recovery ? { recovery } : {}),
      ladder: true,
    }));
    r.items.splice(k, 1, ...reps);
    r.joins.splice(k, 0, ...reps.slice(1).map((): Join => ','));
    k += reps.length - 1;
  }
}

const walkRecovery = (walk: IntervalNode): RecoveryNode => ({
  kind: 'recovery',
  recovery: { mode: 'walk', amount: { kind: 'quantity', quantity: walk.quantity }, span: walk.span },
  span: walk.span,
});

/** "three sets of", "two repetitions of", "4 rounds of": the count holds the list after it. */
const SETS_OF = new RegExp(`\\b(${SETS_OF_NOUNS.join('|')})\\s+of\\s*$`, 'i');

const isMember = (it: IntervalNode) => it.role === 'work' && !it.within && !it.roleWritten;

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

/**
 * "4 x 4min, Tempo: 4:20, 120sek Pause + 2 x 2min, Tempo: 4:20, 60sek Pause": sets written alike, each followed by
 * its rest. The last set's rest is its reps' recovery (nothing but a cool-down follows it), so is every other set's:
 * read otherwise, the first set's reps would run with no recovery and a rest after them the last set does not get.
 */
function parallelRests(r: Parts): void {
  const sets = r.items.flatMap((it, k) => (it.kind === 'repeat' && it.count.high > 1 && !it.sets ? [k] : []));
  if (sets.length < 2) return;
  // A rest no longer than a usual recovery ("6 x 200m, 8 min jog, …" is a rest between sets).
  const usual = (rec: RecoveryNode) => rec.recovery.amount.kind !== 'quantity' || rec.recovery.amount.quantity.kind !== 'time' || rec.recovery.amount.quantity.high <= NORMS.recovery.seconds.usual[1];
  const rested = (k: number) => openReps(r.items[k]!) && r.items[k + 1]?.kind === 'recovery' && !(r.items[k + 1] as RecoveryNode).betweenSets && usual(r.items[k + 1] as RecoveryNode) && r.joins[k] !== '\n';
  const closing = r.items.slice(sets[sets.length - 1]! + 2).every((it) => it.kind === 'wucd' || (it.kind === 'interval' && it.role === 'cooldown'));
  if (!sets.every(rested) || !closing) return;
  // The last set's rest is left where it stands: settling the recoveries gives it to that set as it always has.
  for (const k of sets.slice(0, -1).reverse()) {
    (r.items[k] as RepeatNode).recovery = (r.items[k + 1] as RecoveryNode).recovery;
    r.items.splice(k + 1, 1);
    r.joins.splice(k, 1);
  }
}

/**
 * "5 x 800m\nRest 3:00 between rounds", "4 x 800m w/ 3 min rest between sets": reps in no sets, the
 * session's only ones, whose rounds are the reps themselves; the rest between them is theirs.
 */
function loneSetRest(r: Parts): void {
  const repeats = r.items.filter((it): it is RepeatNode => it.kind === 'repeat' && it.count.high > 1);
  const only = repeats.length === 1 ? repeats[0]! : undefined;
  if (!only?.setRecovery || only.recovery || only.sets || !only.body.every((b) => b.kind === 'interval')) return;
  only.recovery = only.setRecovery;
  delete only.setRecovery;
}

/** Reps with no recovery written for them. */
function openReps(it: Item): it is RepeatNode {
  return it.kind === 'repeat' && it.count.high > 1 && !it.recovery && !it.sets;
}

/**
 * "Track 6x1k off 3mins plus an extra 1k": a length said to be one more, after reps,
 * is one more rep like them (their pace, run after their recovery), not an easy run.
 */
function extraReps(p: Cursor, r: Parts): void {
  for (let k = 1; k < r.items.length; k++) {
    const prev = r.items[k - 1]!;
    const it = r.items[k]!;
    const rep = prev.kind === 'repeat' && prev.count.high > 1 && prev.body.length === 1 ? prev.body[0] : undefined;
    if (rep?.kind !== 'interval' || it.kind !== 'interval' || !plainLength(it)) continue;
    const between = p.text.slice(prev.span.end, it.span.start).toLowerCase().split(/[^a-z]+/);
    if (!between.some((w) => EXTRA_REP_WORDS.has(w))) continue;
    const one: IntervalNode = { ...rep, quantity: it.quantity, remarks: [...rep.remarks], span: it.span };
    r.items[k] = oneRep(one, it.span);
  }
}

/**
 * "Grass – 4min effort – 4min recovery – 4 x 2min efforts … – 4min effort": a length named
 * as a rep, in a session of reps, is a rep run by feel, not the easy running around them.
 */
function namedReps(r: Parts): void {
  if (!r.items.some((it) => it.kind === 'repeat' && it.count.high > 1)) return;
  r.items.forEach((it, k) => {
    if (it.kind !== 'interval' || !it.namedRep || !plainLength(it)) return;
    r.items[k] = oneRep(it, it.span);
  });
}

/** One rep of a ladder of reps, standing where `span` is: run as a rep, recovered as the ladder's others are. */
export const oneRep = (rep: IntervalNode, span: Span): RepeatNode => ({ kind: 'repeat', count: { low: 1, high: 1, span }, body: [rep], sets: false, ladder: true, span });

const plainLength = (it: IntervalNode) => it.role === 'work' && !it.roleWritten && !it.pace && !it.effort && !it.within;

/**
 * The Mona fartlek ("2 x 90s hard, 90s float … 4 x 15s hard, 15s float"): three or more
 * blocks in a row, each rep floated for as long as it ran, are one continuous run of
 * hard and easy. The last float is part of it, as the coach's total counts it.
 */
function continuousFartlek(r: Parts): void {
  let run = 0;
  for (let k = 0; k <= r.items.length; k++) {
    const it = r.items[k];
    if (it && onOffBlock(it)) {
      run++;
      continue;
    }
    const last = r.items[k - 1];
    if (run >= 3 && last?.kind === 'repeat') last.runsLastRecovery = true;
    run = 0;
  }
}

/** Reps of one time, each followed by a recovery as long. */
function onOffBlock(it: Item): boolean {
  const rep = it.kind === 'repeat' && it.count.high > 1 && !it.sets && it.body.length === 1 ? it.body[0] : undefined;
  if (rep?.kind !== 'interval' || rep.quantity.kind !== 'time' || it.kind !== 'repeat') return false;
  const a = it.recovery?.amount;
  if (a?.kind === 'equal' || a?.kind === 'previous') return true;
  return a?.kind === 'quantity' && a.quantity.kind === 'time' && a.quantity.low === rep.quantity.low && a.quantity.high === rep.quantity.high;
}
