/**
 * A sequence settled after it is read: recoveries written after the reps they
 * go with, a warm-up written after the main set, and what a count repeats.
 */
import type { IntervalNode, Item, PaceRef, Quantity, RepeatNode, SequenceNode } from '../ast.js';
import type { Cursor } from './cursor.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import { LABEL_PARTS, NORMS, ROUND_BY, SPEED_NORM, fit, usualMilesOrMinutes } from '../dialect/norms.js';
import { oneRep } from './structure.js';
import { recoveryPace } from './pace.js';

/**
 * "Alternate 8 minutes of jogging with 2 minutes of walking. Repeat 2 times / Start with a brisk
 * 5 minute warm-up walk and finish with a 5 minute cool-down walk": a warm-up written after the
 * main set still comes first, a cool-down written before it still comes last.
 */
export function warmupFirst(seq: SequenceNode): SequenceNode {
  const isCooldown = (it: Item) => (it.kind === 'interval' && it.role === 'cooldown') || (it.kind === 'wucd' && it.which === 'cooldown');
  const items = seq.items;
  // A walk of its own stands where it is written: "Walk 5 minutes, run easy 5 minutes, …".
  const walk = (it: Item) => it.kind === 'interval' && it.role === 'walk';
  const late = items.findIndex((it, k) => isWarmup(it) && items.slice(0, k).some((b) => !isWarmup(b) && !walk(b)));
  const early = items.findIndex((it, k) => isCooldown(it) && items.slice(k + 1).some((a) => !isCooldown(a) && !isWarmup(a) && !walk(a)));
  if (late < 0 && early < 0) return seq;
  const order = [...items.filter(isWarmup), ...items.filter((it) => !isWarmup(it) && !isCooldown(it)), ...items.filter(isCooldown)];
  return { ...seq, items: order, joins: order.slice(1).map(() => ',') };
}

/**
 * Recoveries written after the reps they go with:
 * - "1km or 4 mins + 800m or 3 mins + …; take 5-6 mins recovery between efforts": between each of them;
 * - "Workout: 6×1000@… . 400 meter jog recovery.", "…, 1 minute jog recovery, 5km warm down": the
 *   recovery of the repeat before it, when nothing but the cool-down follows.
 */
export function settleRecoveries(p: Cursor, seq: SequenceNode): SequenceNode {
  const items = [...seq.items];
  const joins = [...seq.joins];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== 'recovery' || it.betweenSets) continue;
    const prev = items[k - 1];
    const onlyCooldown = items.slice(k + 1).every((i) => (i.kind === 'interval' && i.role === 'cooldown') || (i.kind === 'wucd' && i.which === 'cooldown'));
    if (it.betweenReps) {
      // "1:00 Recovery between all intervals": the single reps and the repeats above it, as far as they go.
      const open = (b: Item) => isPlainRep(b) || (b.kind === 'repeat' && !b.recovery && !b.sets && b.body.length === 1 && b.body[0]!.kind === 'interval');
      let from = k;
      while (from > 0 && open(items[from - 1]!)) from--;
      if (k - from >= 2 && items.slice(from, k).some(isPlainRep)) {
        for (let j = from; j < k; j++) {
          const b = items[j]!;
          if (b.kind === 'repeat') b.recovery = it.recovery;
          else items[j] = { kind: 'repeat', count: { low: 1, high: 1, span: b.span }, body: [b], sets: false, recovery: it.recovery, ladder: true, span: b.span };
        }
      } else if (prev?.kind === 'repeat' && !prev.recovery && prev.count.low === 1 && prev.count.high > 1) {
        // "1-2 x 200m …; off 200m easy; 1-4 x 800m": run once, the rep is still recovered before the next.
        it.betweenReps = undefined;
        continue;
      } else if (prev?.kind === 'repeat' && !prev.recovery) {
        // "4 x 3.5 min @ 10k pace / 4 x 2.5 min @ 5k pace / All with 90 secs walk recovery between reps": every block above.
        for (let j = k - 1; j >= 0; j--) {
          const block = items[j]!;
          if (block.kind === 'recovery' && !block.betweenReps && !block.betweenSets) continue;
          if (block.kind !== 'repeat' || block.recovery || block.sets) break;
          block.recovery = it.recovery;
        }
      } else p.failAt(it.span, 'a recovery between reps with no reps before it', "write it after the reps, such as '6 x 400m @ 5K, 200m jog between each'");
      items.splice(k, 1);
      joins.splice(k - 1, 1);
      k--;
      continue;
    }
    if (onlyCooldown && prev?.kind === 'repeat' && prev.count.high > 1 && !prev.recovery && !prev.sets) {
      prev.recovery = it.recovery;
      items.splice(k, 1);
      joins.splice(k - 1, 1);
      k--;
    }
  }
  // "4×400 @Rep 4×800 @Interval 4×400 @Rep with 2 minutes recovery": written once, at the end of a list run together.
  for (let end = items.length - 1; end > 0; end--) {
    const last = items[end]!;
    if (last.kind !== 'repeat' || !last.recovery || joins[end - 1] !== ' ') continue;
    for (let k = end - 1; k >= 0 && joins[k] === ' '; k--) {
      const it = items[k]!;
      if (it.kind !== 'repeat') break;
      // A bare one ("4×400 1×800 4×400 @Interval full recovery") takes pace and recovery as a ladder does.
      const paced = it.body.some((b) => b.kind === 'interval' && (b.pace !== undefined || b.effort !== undefined));
      if (!it.recovery && !it.sets && paced) it.recovery = last.recovery;
    }
  }
  return { ...seq, items, joins };
}

/** The one rep a part runs: an interval, or the single interval a repeat holds. */
export function repOf(it: Item): IntervalNode | undefined {
  if (it.kind === 'interval') return it.role === 'work' ? it : undefined;
  const only = it.kind === 'repeat' && it.body.length === 1 ? it.body[0] : undefined;
  if (only?.kind === 'interval') return only.role === 'work' ? only : undefined;
  return undefined;
}

/**
 * "for a total of 20 minutes", "20:00 of 2:30 run 2:30 walk": how many rounds of the parts fill
 * the total (the nearest whole number, at least one); undefined when a part has no fixed time.
 */
export function roundsToFill(totalSeconds: number, parts: readonly Item[]): number | undefined {
  const seconds = parts.map(fixedSeconds).reduce((a, b) => a + b, 0);
  return seconds > 0 ? Math.max(1, Math.round(totalSeconds / seconds)) : undefined;
}

/** The time a part takes when written as one fixed time ("60 seconds of running", "90 seconds of walking"); NaN otherwise. */
export function fixedSeconds(it: Item): number {
  // "2:30 run 2:30 walk": one run with its recovery.
  if (it.kind === 'repeat' && it.count.high === 1 && it.body.length === 1 && it.recovery?.amount?.kind === 'quantity') {
    return fixedSeconds(it.body[0]!) + fixedSeconds({ kind: 'recovery', recovery: it.recovery, span: it.span });
  }
  const q = it.kind === 'interval' ? it.quantity : it.kind === 'recovery' && it.recovery.amount?.kind === 'quantity' ? it.recovery.amount.quantity : undefined;
  return q?.kind === 'time' && q.low === q.high ? q.low : NaN;
}

/**
 * How many items open the session before what a count repeats: warm-ups, and a walk
 * before an alternation that has its own walk ("a brisk 5-minute walk, then alternate 60
 * seconds of running and 90 seconds of walking").
 */
export function leading(items: readonly Item[]): number {
  let lead = 0;
  // A walk of its own that opens the session is its warm-up ("Warm-up: Walk 5 minutes").
  while (lead < items.length - 1 && (isWarmup(items[lead]!) || (items[lead]!.kind === 'interval' && (items[lead] as IntervalNode).role === 'walk'))) lead++;
  const walk = (it: Item | undefined) => it?.kind === 'recovery' && it.recovery.mode === 'walk';
  if (walk(items[lead]) && items.length - lead > 2 && items.slice(lead + 1).some(walk)) lead++;
  return lead;
}

const isWarmup = (it: Item) => (it.kind === 'interval' && it.role === 'warmup') || (it.kind === 'wucd' && it.which === 'warmup');

const isPlainRep = (it: Item): it is IntervalNode =>
  it.kind === 'interval' && (it.role === 'work' || !it.roleWritten) && it.role !== 'warmup' && it.role !== 'cooldown' && !it.within;


/** How a log parts a run's distance from its time: a space, a line break, a comma or a semicolon; a sentence's end parts two things. */
const SAID_TWICE_JOINS: ReadonlySet<string> = new Set([' ', '\n', ',', ';']);

/**
 * "… paro el crono en 53 minutos una vez recorridos los 11 km", "Za 4 km porabi dobrih 32 minut", "10 km 50 min": a
 * distance and a time with nothing said of either and only talk between them, the time one a runner takes over
 * that distance (SPEED_NORM), are one run told twice: the distance, run in that time. So are a log's fields
 * ("7K\n53m28s", "15,6 km; 1:24"). Under a label ("Easy 5 km 30 min", "Long run: 13km, 2 hours") the label's
 * pace stands: the time is only what the run takes. A "+" or "then" between them makes two runs.
 */
function runSaidTwice(seq: SequenceNode, text: string, labelled: boolean): SequenceNode {
  const [a, b] = seq.items;
  if (seq.items.length !== 2 || !SAID_TWICE_JOINS.has(seq.joins[0] ?? '') || !plain(a) || !plain(b)) return seq;
  const [distance, time] = a.quantity.kind === 'distance' ? [a, b] : [b, a];
  const [d, t] = [distance.quantity, time.quantity];
  if (d.kind !== 'distance' || t.kind !== 'time' || d.low !== d.high || t.low !== t.high) return seq;
  // "15,6 km; 1:24": a clock too short for any run is hours and minutes, as a log prints a run's time.
  const clock = /^\d{1,2}:[0-5]\d$/.test(text.slice(time.span.start, time.span.end).trim());
  const seconds = clock && t.low < NORMS.run.seconds.possible[0] ? t.low * 60 : t.low;
  // A slow runner's pace counts (a walk-run's 8 min/km), a pace faster than any runner's usual does not.
  const speed = d.low / seconds;
  if (speed < SPEED_NORM.possible[0] || speed > SPEED_NORM.usual[1]) return seq;
  // "5:00, 1 mile": between punctuated parts, only a time as long as a usual run is that run's.
  if (seq.joins[0] !== ' ' && seq.joins[0] !== '\n' && seconds < NORMS.run.seconds.usual[0]) return seq;
  const split = labelled ? {} : { pace: { kind: 'split' as const, seconds, span: time.span } };
  const run: IntervalNode = { ...distance, ...split, remarks: [...distance.remarks, 'its time said apart from it'] };
  return { ...seq, items: [run], joins: [] };
}

const plain = (it: Item | undefined): it is IntervalNode =>
  it?.kind === 'interval' && it.role === 'work' && !it.roleWritten && !it.pace && !it.effort && !it.within;

/** A length a verb names a run and nothing else says of ("Run 20m"): no pace or effort written. */
const isNamedLength = (it: Item): it is IntervalNode =>
  it.kind === 'interval' && it.roleWritten && (it.role === 'easy' || it.role === 'work') && !it.pace && !it.effort && !it.within && it.quantity.kind === 'distance';

/** A length with nothing said of it ("78m", "200"): no role, pace or effort written. */
const isBareLength = (it: Item): it is IntervalNode =>
  it.kind === 'interval' && !it.roleWritten && (it.role === 'easy' || it.role === 'work') && !it.pace && !it.effort && !it.within && it.quantity.kind === 'distance';

/**
 * Parts no runner would run as written. A bare length shorter than any run
 * ("sunny & 78 degree": 78 m on its own) is no part of a session: when every
 * part is one ("Pyramid of 200-400-600-800-1000-800-600-400-200 meters") they
 * are the reps of a ladder, each recovered as the athlete needs; alone among
 * other parts, the reading stops on it rather than run 78 m easy.
 */
export function plausibleParts(p: Cursor, given: SequenceNode): SequenceNode {
  const seq = runSaidTwice(pairAfterSet(shortTimesAfterWork(p, given)), p.text, p.label !== undefined);
  const underAnyRun = (it: IntervalNode) => it.quantity.kind === 'distance' && it.quantity.high < NORMS.run.meters.possible[0];
  const short = (it: Item): it is IntervalNode => isBareLength(it) && underAnyRun(it);
  const main = seq.items.filter((it) => !isWarmup(it) && !(it.kind === 'interval' && it.role === 'cooldown') && !(it.kind === 'wucd'));
  const only = seq.items.length === 1 ? seq.items[0]! : undefined;
  // "Run 20m", "20m in the third run": a verb naming the run says no more of its length than a bare one.
  const named = (it: Item): it is IntervalNode => isNamedLength(it) && underAnyRun(it);
  if (only && (short(only) || named(only)) && only.quantity.kind === 'distance' && !only.quantity.inherited && !only.quantity.unitless && fit(only.quantity.low * 60, NORMS.run.seconds) === 2) {
    return { ...seq, items: [loneShortRun(p, only)] };
  }
  if (seq.items.length < 2 || !seq.items.some(short)) return seq;
  if (main.length >= 3 && main.every(isBareLength)) {
    const reps = new Set<Item>(main);
    const items: Item[] = [];
    const joins: SequenceNode['joins'] = [];
    for (const it of seq.items) {
      if (items.length > 0) joins.push(',');
      if (!reps.has(it)) {
        items.push(it);
        continue;
      }
      const rep: IntervalNode = { ...(it as IntervalNode), role: 'work' };
      const next = seq.items[seq.items.indexOf(it) + 1];
      items.push(rep);
      if (next && reps.has(next)) {
        joins.push(',');
        items.push({ kind: 'recovery', recovery: { mode: 'recovery', amount: { kind: 'open', why: 'full' }, span: it.span }, span: it.span });
      }
    }
    return { ...seq, items, joins };
  }
  // "10 x 800m w/ 1 min rest, 1 mile cool-down, sunny & 78": a short length after the work, joined to nothing.
  const unitless = (it: Item) => /^\d+$/.test(p.text.slice(it.span.start, it.span.end).trim());
  const lone = seq.items.find((it, k) => short(it) && unitless(it) && k > 0 && !isBareLength(seq.items[k - 1]!) && seq.items[k - 1]!.kind !== 'recovery' && !seq.items.slice(k + 1).some(isBareLength));
  if (!lone) return seq;
  p.failAt(lone.span, `${p.text.slice(lone.span.start, lone.span.end).trim()} on its own is shorter than any run`, 'say what it is, such as 200m jog or 200m @ Mile, or leave it out');
}

/**
 * "6 x 400m at 5k pace and 400m at 10k pace": one run of the reps' own length at another quality
 * pace, written last after a set with no recovery of its own, is the second half of each rep —
 * a single 400 m at 10K pace after the set is no part a coach would end a session with.
 */
function pairAfterSet(seq: SequenceNode): SequenceNode {
  // Joined by "and" or "+" only: "4 x 1 mile @ M, then 1 mile @ T" and a run on the next line come after the set.
  const k = seq.items.findIndex((it, j) => (seq.joins[j] === 'and' || seq.joins[j] === '+') && pairs(it, seq.items[j + 1]));
  if (k < 0 || !seq.items.slice(k + 2).every((it) => it.kind === 'wucd' || (it.kind === 'interval' && it.role === 'cooldown'))) return seq;
  const set = seq.items[k] as RepeatNode;
  const items = seq.items.slice();
  items.splice(k, 2, { ...set, body: [...set.body, seq.items[k + 1]!] });
  return { ...seq, items, joins: seq.joins.filter((_, j) => j !== k) };
}

/** A set of one paced rep with no recovery, and after it a run of the same length at another quality pace. */
function pairs(it: Item, next: Item | undefined): boolean {
  if (it.kind !== 'repeat' || it.count.high < 2 || it.sets || it.recovery || it.recoveries || it.body.length !== 1) return false;
  const rep = it.body[0]!;
  if (rep.kind !== 'interval' || rep.pace?.kind !== 'named' || next?.kind !== 'interval' || next.role !== 'work' || next.pace?.kind !== 'named') return false;
  const same = rep.quantity.kind === next.quantity.kind && 'low' in rep.quantity && 'low' in next.quantity && rep.quantity.low === next.quantity.low && rep.quantity.high === next.quantity.high;
  const quality = next.pace.names.every((n) => n.name !== 'E' && !n.recovery);
  const named = (names: readonly PaceRef[]) => names.map((n) => `${n.goal ? 'goal ' : ''}${n.name}`).join('-');
  return same && quality && named(next.pace.names) !== named(rep.pace.names);
}

/**
 * "…, 2 mins (1 min) 1 min.": a time with nothing said of it, shorter than any run, straight after a rep or its
 * recovery is one more rep of the work, not an easy run of a minute.
 */
function shortTimesAfterWork(p: Cursor, seq: SequenceNode): SequenceNode {
  // Only the length, as written: "4 min slow" says how it is run.
  const bare = (it: IntervalNode) => /^[\d\s.,]+\p{L}+\.?$/u.test(p.text.slice(it.span.start, it.span.end).trim());
  const short = (it: Item): it is IntervalNode =>
    it.kind === 'interval' && !it.roleWritten && it.role === 'work' && !it.pace && !it.effort && !it.within && it.quantity.kind === 'time' && it.quantity.high < NORMS.run.seconds.possible[0] && bare(it);
  const work = (it: Item | undefined) => it !== undefined && ((it.kind === 'interval' && it.role === 'work') || it.kind === 'repeat');
  const after = (k: number) => work(seq.items[k - 1]) || (seq.items[k - 1]?.kind === 'recovery' && work(seq.items[k - 2]));
  if (!seq.items.some((it, k) => short(it) && after(k))) return seq;
  return { ...seq, items: seq.items.map((it, k) => (short(it) && after(k) ? oneRep(it, it.span) : it)) };
}

/**
 * "60m", "50m" as a whole day: a run of 60 metres is no session, so the "m" is miles or
 * minutes. The label's norms choose where one of them is usual and the other is not ("Fartlek:
 * 20m" is 20 minutes, 20 miles being no fartlek; "60m" is an hour, 60 miles an unusual run),
 * with a note naming the other. Where both fit as well ("20m" alone), the reading stops rather
 * than run 20 m easy, and says how to write either; so does a round hundred ("100m", "400m"):
 * the track's metres, a race or a rep.
 */
function loneShortRun(p: Cursor, it: IntervalNode): IntervalNode {
  const q = it.quantity as Extract<Quantity, { kind: 'distance' }>;
  const written = p.text.slice(q.span.start, q.span.end).trim();
  const part = LABEL_PARTS[p.label?.title ?? ''] ?? 'run';
  // Only an "m" written after the number is in doubt: a bare "75" has no unit to weigh; under a hill label
  // ("Hills: 80m") the metres may be the hill's, a rep with no count.
  const weighable = /\dm$/i.test(written.replace(/\s+/g, '')) && q.low % ROUND_BY.m !== 0 && p.label?.effort !== 'hill';
  const chosen = weighable ? usualMilesOrMinutes(q.low, part, written) : undefined;
  if (!chosen) {
    p.failAt(q.span, `${written} on its own is shorter than any run`, `for minutes write ${written.replace(/\s*m$/i, '')} min; for a rep, give its pace, such as ${written} @ Mile`);
  }
  if (chosen.note) p.readings.push(chosen.note);
  const [kind, factor] = chosen.value === 'min' ? (['time', 60] as const) : (['distance', DISTANCE_UNITS.mi!] as const);
  return { ...it, quantity: { kind, low: q.low * factor, high: q.high * factor, span: q.span } };
}

/**
 * "Tues: 3 miles recovery; 8 x strides": a recovery that opens the session, with no work before it to recover
 * from and a run's length, is a run at recovery pace (as "3 miles recovery" alone is), not a recovery step.
 */
export function openingRecoveryRun(seq: SequenceNode): SequenceNode {
  const first = seq.items[0];
  // Alone ("7 miles easy recovery"), the session's label reads it.
  if (seq.items.length < 2 || first?.kind !== 'recovery' || first.recovery.mode !== 'recovery' || first.recovery.amount?.kind !== 'quantity') return seq;
  const q = first.recovery.amount.quantity;
  const runSized = (q.kind === 'distance' && fit(q.low, NORMS.run.meters) === 2) || (q.kind === 'time' && fit(q.low, NORMS.run.seconds) === 2);
  if (!runSized) return seq;
  const run: IntervalNode = { kind: 'interval', quantity: q, role: 'work', roleWritten: false, remarks: [], pace: recoveryPace(first.span), span: first.span };
  return { ...seq, items: [run, ...seq.items.slice(1)] };
}

