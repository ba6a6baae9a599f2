/** A run or a rep, and everything that may follow its distance or time. */
import type { CutDownNode, IntervalNode, Item, PaceExpr, Quantity, RecoveryExpr, RepeatNode, Role, Span } from '../ast.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, EFFORT_WORDS, PACE_WORDS, TIME_UNITS } from '../vocabulary.js';
import {
  BETWEEN_REPS_LEADS,
  BETWEEN_REPS_NOUNS,
  LEVEL_NUMERALS,
  OFF_RECOVERY_MODES,
  AT_BOUNDS,
  MODE_MANNERS,
  WARMUP_WAYS,
  ON_OFF_MODES,
  OR_FASTER,
  PACES_WITHOUT_AT,
  RECOVERY_AFTER_OF,
  RECOVERY_LEADS,
  RECOVERY_WORDING,
  RECOVERY_MANNERS,
  REMARK_ENDS,
  REP_NOUNS,
  SECONDS_WORDS,
  SENDOFF_WORDS,
} from '../dialect/markers.js';
import { FLOAT_WORDS, PLURAL_RECOVERIES } from '../dialect/structure.js';
import { Cursor, ROLE_WORDS, Stop } from './cursor.js';
import { explanation, trailingExplanations } from './explanation.js';
import { otherSport } from './item.js';
import { pace, paceOrEffort } from './pace.js';
import { clockSeconds, makeQuantity, quantity } from './quantity.js';
import { isProse, prose } from './prose.js';
import { applyRecovery, bracketRecovery, looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { betweenSetsAt, partAfterSlash, paceAhead, recoveryAhead, sendoffAhead, workAhead } from './ahead.js';
import { timeForRun } from './bare.js';
import { aroundRace } from './race.js';
import { countAfter } from './repeat.js';
import { placementOf, sequence } from './session.js';
import { roundsToFill } from './settle.js';
import { PROGRESS_WORDS } from '../dialect/runs.js';
import { NORMS } from '../dialect/norms.js';

/**
 * What follows a length: the rounds of an alternation ("20:00 of …"), a rest
 * between sets, a count after the rep ("400 meters x 6"), a recovery standing
 * in a sequence, another sport, or a run or rep with its tail.
 */
export function afterQuantity(p: Cursor, quantity: Quantity, start: number): Item {
  // "20:00 of 2:30 run 2:30 walk": the alternation after "of", as many rounds as fill the time.
  if (quantity.kind === 'time' && p.isWord(0, 'of') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    p.next();
    const seq = sequence(p);
    const rounds = roundsToFill(quantity.low, seq.items);
    if (!rounds) p.failAt(p.span(start), 'a total time needs the parts it is made of, each a time', "such as '20:00 of 2:30 run 2:30 walk'");
    return { kind: 'repeat', count: { low: rounds, high: rounds, span: quantity.span }, body: seq.items, sets: true, span: p.span(start) };
  }
  // "4 min between sets" after a group is the group's rest between sets.
  if (p.isWord(0, 'between') && p.isWord(1, 'sets', 'set')) {
    p.next(), p.next();
    const expr: RecoveryExpr = { mode: 'recovery', amount: { kind: 'quantity', quantity }, span: p.span(start) };
    return { kind: 'recovery', recovery: expr, span: p.span(start), betweenSets: true };
  }
  // "400 meters x 6 with 60 seconds rest": the count after the rep.
  const count = countAfter(p);
  if (count) {
    const rep: IntervalNode = { kind: 'interval', quantity, role: 'work', roleWritten: false, remarks: [], span: p.span(start) };
    const node: RepeatNode = { kind: 'repeat', count, body: [rep], sets: false, span: p.span(start) };
    intervalTail(p, rep, node);
    node.span = p.span(start);
    return node;
  }
  const recovery = standingRecovery(p, quantity, start);
  if (recovery) return recovery;
  const other = p.isKind(0, 'word') ? otherSport(p, quantity, start) : undefined;
  if (other) return other;
  return runOrRep(p, quantity, start);
}

/** A run, or a rep with a recovery or a count written after it: the tail decides which. */
function runOrRep(p: Cursor, quantity: Quantity, start: number): Item {
  const node: IntervalNode = { kind: 'interval', quantity, role: 'work', roleWritten: false, remarks: [], span: p.span(start) };
  const holder: RepeatNode = { kind: 'repeat', count: { low: 1, high: 1, span: node.span }, body: [node], sets: false, span: node.span };
  intervalTail(p, node, holder);
  node.span = p.span(start);
  if (node.dayTotal) return aroundRace(node.dayTotal, node, node.span.end);
  if (holder.body[0]?.kind === 'cutdown' || holder.recovery || holder.setRecovery || holder.count.high > 1) {
    holder.span = p.span(start);
    return holder;
  }
  return node;
}

/**
 * "5 min jog recovery", "400m jog", "500m recovery", "2 min static recovery": a
 * recovery standing in a sequence, or undefined (nothing read) when the words
 * after the length do not make one ("4 mile jog, then 10 x 400" opens with a run).
 */
function standingRecovery(p: Cursor, quantity: Quantity, start: number): Item | undefined {
  // "200-meter slow jog recovery": how the jog is run may come before it.
  const manner = p.isWordIn(0, RECOVERY_MANNERS) && p.isWord(1, 'jog', 'walk');
  if (!(manner || p.isWordIn(0, RECOVERY_LEADS) || (p.isWord(0, 'of') && p.isWordIn(1, RECOVERY_AFTER_OF))) || p.isWord(1, 'x')) return undefined;
  const save = p.i;
  const words: string[] = [];
  const raws: string[] = [];
  // "2 minutes of walk/jog recovery": either, as the athlete needs.
  while (p.isWordIn(0, RECOVERY_WORDING) || (words.length > 0 && p.isKind(0, 'slash') && p.isWord(1, 'jog', 'walk'))) {
    if (p.eatKind('slash')) continue;
    const w = p.next();
    words.push(w.value);
    raws.push(p.text.slice(w.offset, w.offset + w.length).toLowerCase());
  }
  const recPace = recoveryPace(p, words);
  const { betweenSets, betweenReps } = recoveryBetween(p, words);
  // "1 minute recoveries", "200 metre recoveries": plural, one after each rep above, when reps come before it.
  const eachRep = !betweenReps && !betweenSets && raws.some((w) => PLURAL_RECOVERIES.has(w));
  // "2 min jog in between", "90 seconds float": the recovery of the reps before it, when reps come before it.
  const ofRepsBefore = !betweenReps && !betweenSets && !eachRep && (p.peek(-1).value === 'between' || raws.some((w) => FLOAT_WORDS.has(w)));
  // "4 mile jog, then 10 x 400": a long jog that opens the session is its easy running, not a recovery.
  const longJog = words.every((w) => w === 'jog' || RECOVERY_MANNERS.has(w)) && p.startsSession(start) && (quantity.kind === 'distance' ? quantity.low >= 1600 : quantity.kind === 'time' && quantity.low >= 600);
  const recoveryWord = !longJog && (words.some((w) => !RECOVERY_MANNERS.has(w)) || betweenReps || p.peek(-1).value === 'between');
  const totalAhead = p.isWord(0, 'for') && p.isWord(1, 'a') && p.isWord(2, 'total');
  // "3 min rest 4x1000": the next reps begin.
  const repsAhead = p.isKind(0, 'number') && p.isKind(1, 'x');
  if ((recoveryWord || betweenSets) && (p.atItemEnd() || p.isKind(0, 'lparen') || totalAhead || repsAhead)) {
    // "30 min jog" alone is an easy run, decided when the session is resolved.
    const expr: RecoveryExpr = { mode: recoveryMode(words), amount: { kind: 'quantity', quantity }, span: p.span(start), ...(recPace ? { pace: recPace } : {}) };
    trailingExplanations(p);
    return { kind: 'recovery', recovery: expr, span: p.span(start), ...(betweenSets ? { betweenSets } : {}), ...(betweenReps ? { betweenReps } : {}), ...(ofRepsBefore ? { ofRepsBefore } : {}), ...(eachRep ? { eachRep } : {}) };
  }
  p.i = save;
  return undefined;
}

/** How a standing recovery is run, from the words it is written with. */
function recoveryMode(words: string[]): RecoveryExpr['mode'] {
  if (words.includes('walk')) return 'walk';
  if (words.includes('jog') || words.includes('float') || words.includes('off')) return 'jog';
  return (words.includes('rest') || words.includes('static') || words.includes('standing')) && !words.includes('recovery') ? 'rest' : 'recovery';
}

/** "200m float – marathon pace", "400m float @ M": a jogged recovery's own pace, when one follows. */
function recoveryPace(p: Cursor, words: string[]): PaceExpr | undefined {
  if (!(words.some((w) => w === 'float' || w === 'jog') && (p.isKind(0, 'at') || (p.isKind(0, 'dash') && p.peek().spaced)))) return undefined;
  const save = p.i;
  p.next();
  try {
    return pace(p);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    p.i = save;
    return undefined;
  }
}

/** "3 minutes rest between the two Sets", "400m easy between reps": which reps a standing recovery goes between. */
function recoveryBetween(p: Cursor, words: string[]): { betweenSets: boolean; betweenReps: boolean } {
  const setsEnd = betweenSetsAt(p, 0);
  if (setsEnd > 0) {
    for (let k = 0; k < setsEnd; k++) p.next();
    return { betweenSets: true, betweenReps: false };
  }
  let betweenReps = false;
  if (p.isWord(0, 'between') && (!words.every((w) => w === 'easy') || p.atItemEndAt(1) || p.isWordIn(1, BETWEEN_REPS_LEADS))) {
    // "400m easy between", "200m easy between.", "with a 1min jog between": between the reps around it.
    p.next();
    // "1:00 Recovery between all intervals".
    p.eatWord('all', 'the');
    betweenReps = p.eatWordIn(BETWEEN_REPS_NOUNS) !== undefined;
  }
  return { betweenSets: false, betweenReps };
}

/** A tail being read: the run or rep, the repeat that holds its recovery and count, and whether "run" was said. */
interface Tail {
  node: IntervalNode;
  holder: RepeatNode;
  /** "1 minute running hard", "30 min run": "run" says easy only when nothing else says how. */
  saidRun: boolean;
}

/** What reading one piece of a tail did: read on, or end the tail (the next part begins). */
type Went = 'on' | 'end';

/**
 * Everything that may follow a distance or time: role words ("easy", "strides",
 * "hill", "WU"), a pace ("@ HM-10K"), an effort, a split ("in 75s"), remarks
 * ("for rhythm"), a cut-down, a faster part ("w/ 4 miles @ 15K"), recovery
 * clauses (recorded on `holder`) and explanations. Each piece is read by the
 * first reader below that knows it, in a fixed order: where two readings of a
 * word compete, the earlier wins.
 */
export function intervalTail(p: Cursor, node: IntervalNode, holder: RepeatNode): void {
  const tail: Tail = { node, holder, saidRun: false };
  for (;;) {
    const t = p.peek();
    if (listAfterStop(p, holder) || wayOfWarmup(p, node)) continue;
    if (p.atItemEnd()) return endTail(tail);
    const went = t.kind === 'word' ? tailWord(p, t, tail) : tailMark(p, t, tail);
    if (went === 'end') return endTail(tail);
  }
}

/** "3 mins run at 65% effort x6. (recovery 1 min, 1 min, 30 secs, 30 secs, 1 min)": the reps' recoveries after the full stop. */
function listAfterStop(p: Cursor, holder: RepeatNode): boolean {
  if (!(p.isKind(0, 'stop') && p.isKind(1, 'lparen') && holder.count.high > 1 && !holder.recovery && !holder.recoveries)) return false;
  const save = p.mark();
  p.next();
  if (bracketRecovery(p, holder) && holder.recoveries) return true;
  holder.recovery = undefined;
  p.reset(save);
  return false;
}

/** A named pace that is only easy running ("E", "easy", "recovery pace"). */
export const isEasyPace = (pace: PaceExpr): boolean => pace.kind === 'named' && pace.names.every((n) => n.name === 'E' && !n.goal);

function endTail({ node, holder, saidRun }: Tail): void {
  // "10 x 150m with 50m recovery at > fast interval pace": a pace after the recovery is the reps' when they have none;
  // but not an easy one ("4x3min with 1:30 @ E"): nobody recovers between reps run easy.
  const rec = holder.recovery;
  if (rec?.pace && !node.pace && !node.effort && !isEasyPace(rec.pace)) {
    node.pace = rec.pace;
    holder.recovery = { ...rec, pace: undefined };
  }
  // "5 mins run with 2 minutes recovery": a run with a recovery of its own is a rep; one with a walk is run/walk's easy running.
  const rep = holder.recovery !== undefined && holder.recovery.mode !== 'walk';
  if (!saidRun || node.pace || node.effort || rep) return;
  // Said to be a run and nothing else: among rests it is a rep (grammar/run-list.ts).
  if (!node.roleWritten) node.runSaid = true;
  setRole(node, 'easy');
}

function tailWord(p: Cursor, t: Token, tail: Tail): Went {
  const went =
    roleInTail(p, t, tail) ??
    paceInTail(p, t, tail) ??
    countInTail(p, t, tail) ??
    withInTail(p, t, tail) ??
    progressInTail(p, t, tail) ??
    paceWordInTail(p, t, tail) ??
    onOffInTail(p, t, tail) ??
    lastWordInTail(p, t, tail);
  return went ?? p.unexpected(t, "a unit, '@ pace', 'w/ … recovery' or a separator");
}

/** Running words, a cut-down, a recovery written without "w/", and the role words ("strides", "hill", "WU"). */
function roleInTail(p: Cursor, t: Token, tail: Tail): Went | undefined {
  const { node, holder } = tail;
  // "3 mi Run 2, Walk 1": Galloway's minutes of running and walking, for the athlete to keep.
  if (t.value === 'run' && p.isKind(1, 'number') && p.isKind(2, 'comma') && p.isWord(3, 'walk') && p.isKind(4, 'number') && p.atItemEndAt(5)) {
    const from = t.offset;
    for (let k = 0; k < 5; k++) p.next();
    node.remarks.push(`${p.text.slice(from, p.prevEnd)} (minutes)`);
    return 'on';
  }
  if ((t.value === 'run' || t.value === 'running') && !node.roleWritten) {
    p.next();
    tail.saidRun = true;
    return 'on';
  }
  if ((t.value === 'cut' && p.isWord(1, 'down')) || t.value === 'cutdown') {
    p.next();
    p.eatWord('down');
    holder.body = [cutDown(p, node)];
    return 'on';
  }
  if (t.value === 'jog' && p.isKind(1, 'slash') && p.isWord(2, 'rest', 'walk')) {
    // "1600m … jog/rest": the recovery, jogged or stood, as long as it takes.
    applyRecovery(holder, recoveryPhrase(p, t.offset));
    return 'on';
  }
  const role = ROLE_WORDS[t.value];
  if (!role || (t.value === 'jog' && p.isWord(1, 'down'))) return undefined;
  if (t.value === 'jog' && node.role === 'work' && (p.isKind(1, 'number') || p.isWord(1, 'recovery'))) {
    // "… jog 50 to 90% interval time between": a recovery clause without "w/".
    holder.recovery = recoveryPhrase(p, t.offset).expr;
    return 'on';
  }
  p.next();
  setRole(node, role);
  return 'on';
}

/** "at" a pace, a heart-rate zone, a split ("in 75s"), a pace range ("between 5k and tempo pace"); "for a total of" ends the tail. */
function paceInTail(p: Cursor, t: Token, { node }: Tail): Went | undefined {
  if (t.value === 'at' && !p.isWord(1, 'least')) {
    p.next();
    paceOrEffort(p, node);
    return 'on';
  }
  if (t.value === 'in' && p.isWord(1, 'zone') && p.isKind(2, 'number')) {
    // "5 minutes in Zone 2": a heart-rate zone, as the coach names it.
    p.next(), p.next();
    node.effort = node.effort ?? `Zone ${p.next().value}`;
    return 'on';
  }
  if (timeForRun(p, node)) return 'on';
  if (t.value === 'in' && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    p.next();
    const q = p.next();
    const seconds = q.kind === 'clock' ? clockSeconds(q.value) : Number(q.value);
    if (!(seconds >= 5 && seconds <= 3600)) p.fail(q, `'${q.raw}' is not a time for a rep`, "such as 'in 75s' or 'in 2:50'");
    p.eatWordIn(SECONDS_WORDS);
    node.pace = { kind: 'split', seconds, span: p.span(t.offset) };
    return 'on';
  }
  if (t.value === 'for' && p.isWord(1, 'a') && p.isWord(2, 'total') && p.isWord(3, 'of')) return 'end';
  if (t.value === 'between' && (PACE_WORDS[p.peek(1).value] !== undefined || (p.isKind(1, 'number') && p.isWord(2, 'k', 'km'))) && !node.pace && !node.effort) {
    // "4 x 800m between 5k and tempo pace": a pace range.
    p.next();
    const low = pace(p);
    if (p.eatWord('and')) {
      const high = pace(p);
      if (low.kind !== 'named' || high.kind !== 'named') p.failAt(p.span(t.offset), "'between … and …' joins two named paces", "such as 'between 5k and tempo pace'");
      node.pace = { kind: 'named', names: [...low.names, ...high.names], span: p.span(t.offset) };
    } else node.pace = low;
    return 'on';
  }
  return undefined;
}

/** The next part of a run/walk, a count after the rep ("x6"). */
function countInTail(p: Cursor, t: Token, { node, holder }: Tail): Went | undefined {
  // "Run three mins walk one mins": the next part of a run/walk, written without a comma.
  if ((t.value === 'walk' || t.value === 'run') && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && node.role !== 'warmup' && node.role !== 'cooldown') return 'end';
  if (t.value === 'x' && holder.count.high === 1 && holder.body.length === 1 && (p.atItemEndAt(2) || p.isKind(2, 'stop'))) {
    // "3 mins run at 65% effort x6": the count after the rep.
    const count = countAfter(p);
    if (count) {
      holder.count = count;
      return 'on';
    }
  }
  const timeAfter = p.isKind(1, 'clock') || (p.isKind(1, 'number') && TIME_UNITS[p.peek(2).value] !== undefined);
  if (t.value === 'x' && holder.count.high > 1 && !holder.recovery && node.quantity.kind === 'distance' && timeAfter) {
    // "4 x 600m x 90s": a time after a second 'x' is the recovery.
    p.next();
    holder.recovery = { mode: 'recovery', amount: { kind: 'quantity', quantity: quantity(p, false) }, span: p.span(t.offset) };
    return 'on';
  }
  return undefined;
}

/** "five-minute warmup walk", "5 minute warm up – walking or very light jogging": how the warm-up is done, kept as a remark. */
function wayOfWarmup(p: Cursor, node: IntervalNode): boolean {
  const mode = node.role === 'warmup' || node.role === 'cooldown' ? modeOfEnd(p) : undefined;
  if (mode === undefined) return false;
  const words: string[] = [];
  for (let k = 0; k < mode; k++) if (p.next().kind === 'word') words.push(p.peek(-1).value);
  // The first way is the one on the watch ("walk"); another offered stays in the remark.
  node.remarks.push(words.join(' '));
  return true;
}

/**
 * After a warm-up or cool-down, the way it is done and nothing more: "walk", "– walking or very light jogging".
 * How many tokens it takes, or nothing.
 */
function modeOfEnd(p: Cursor): number | undefined {
  let k = p.isKind(0, 'dash') && p.peek().spaced ? 1 : 0;
  const way = () => p.isWordIn(k, WARMUP_WAYS);
  if (!way()) return undefined;
  k++;
  if (p.isWord(k, 'or')) {
    k++;
    while (p.isWordIn(k, MODE_MANNERS)) k++;
    if (!way()) return undefined;
    k++;
  }
  return p.atItemEndAt(k) ? k : undefined;
}

/** Remarks ("for rhythm", "alternating …"), "with" something unknown, work inside the run, or the reps' recovery. */
function withInTail(p: Cursor, t: Token, { node, holder }: Tail): Went | undefined {
  if (t.value === 'for') {
    p.next();
    const from = p.peek().offset;
    while (p.isWord(0) && !p.isWordIn(0, REMARK_ENDS)) p.next();
    node.remarks.push(`for ${p.text.slice(from, p.prevEnd).trim()}`);
    return 'on';
  }
  // "8.7M including 3 x 1-mile w/ .5M easy", "12km as 10x20s at 5-10km pace": work inside the run, as after "with".
  if ((t.value === 'including' || t.value === 'as') && holder.count.high === 1 && !holder.recovery && workAhead(p, 1)) {
    p.next();
    return workInside(p, node);
  }
  if (t.value === 'alternating' && alternatingRounds(p, node, holder)) return 'on';
  if (t.value === 'alternating' || t.value === 'including' || (p.atWith() && (p.isWord(1, 'some', 'several') || (p.isWord(1, 'a') && p.isWord(2, 'few'))))) {
    // "7 miles fartlek, alternating 1- and 2-min bursts", "4 miles easy, with some fast strides": for the athlete, not the watch.
    const from = t.offset;
    while (!p.isKind(0, 'eof') && !p.isKind(0, 'stop') && !p.isKind(0, 'newline') && !p.isKind(0, 'semicolon') && !p.isKind(0, 'plus')) p.next();
    node.remarks.push(p.text.slice(from, p.prevEnd).trim());
    return 'on';
  }
  if (!p.atWith()) return undefined;
  const afterWith = p.peek(p.isWord(0, 'w') && (p.isKind(1, 'slash') || p.isKind(1, 'dot')) ? 2 : 1);
  if (afterWith.kind === 'word' && isProse(afterWith.value)) {
    // "16×400 w/hammer": with something runcast does not know, which changes no step.
    const from = t.offset;
    p.eatWith();
    while (p.isKind(0, 'word') && isProse(p.peek().value)) p.next();
    p.ignore({ start: from, end: p.prevEnd }, 'prose');
    return 'on';
  }
  p.eatWith();
  // "8 miles w/ 4 miles @ 15K to half marathon pace", "5 miles w/ 6x100m strides": work inside the run.
  if (holder.count.high === 1 && !holder.recovery && workAhead(p)) return workInside(p, node);
  applyRecovery(holder, recoveryPhrase(p, p.prevEnd));
  return 'on';
}

/** The work written inside a run after "with" or "including", up to the end of its part. */
function workInside(p: Cursor, node: IntervalNode): Went {
  if (p.isWord(0, 'the')) p.next();
  const innerStart = p.peek().offset;
  const seq = sequence(p, true);
  node.within = { items: seq.items, joins: seq.joins, placement: placementOf(seq.items), span: p.span(innerStart) };
  if (!node.roleWritten) setRole(node, 'easy');
  return 'on';
}

/** "easy progressing to moderate": a run that speeds up as it goes, run by feel from the one to the other. */
function progressInTail(p: Cursor, t: Token, { node, holder }: Tail): Went | undefined {
  // "5x1200m progression run": reps that each go faster are no run of their own.
  if (holder.count.high > 1) return undefined;
  // "6 mi Kenyan-style progression run": the kind of run after its length.
  if (PROGRESS_WORDS.has(t.value) && (p.isWord(1, 'run') || p.atItemEndAt(1)) && !node.pace && !node.effort) {
    p.next();
    p.eatWord('run');
    setRole(node, 'easy');
    node.effort = 'progression run';
    return 'on';
  }
  // "4 miles progressing from 6:30 to 6:00 pace": the band the run speeds up through.
  if (PROGRESS_WORDS.has(t.value) && p.isWord(1, 'from') && p.isKind(2, 'clock') && !node.pace && !node.effort) {
    p.next(), p.next();
    node.pace = pace(p);
    return 'on';
  }
  if (!PROGRESS_WORDS.has(t.value) || !p.isWord(1, 'to') || p.peek(2).kind !== 'word' || node.pace || node.effort) return undefined;
  const from = node.roleWritten && node.role === 'easy' ? 'easy ' : '';
  const start = t.offset;
  p.next(), p.next();
  for (let words = 0; words < 3 && p.peek().kind === 'word' && !p.atWith() && !p.isWord(0, 'and', 'then', 'or'); words++) p.next();
  node.effort = `${from}${p.text.slice(start, p.prevEnd).trim()}`;
  return 'on';
}

/** "full recovery", effort words, "pace" and "race pace", words naming the reps, "or better", "Level V", pace words without "@", "half marathon". */
function paceWordInTail(p: Cursor, t: Token, { node, holder }: Tail): Went | undefined {
  const unpaced = !node.pace && !node.effort;
  if (t.value === 'full' && p.isWord(1, 'recovery', 'rest')) {
    holder.recovery = recoveryPhrase(p, t.offset).expr;
    return 'on';
  }
  if (EFFORT_WORDS.has(t.value) && t.value !== 'effort') {
    paceOrEffort(p, node);
    return 'on';
  }
  // "4 miles easy pace": "pace" after the run's kind names that kind's pace, not the race's.
  if ((t.value === 'pace' || (t.value === 'race' && p.isWord(1, 'pace'))) && unpaced && !(t.value === 'pace' && p.isWord(-1, 'easy', 'jog'))) {
    // "5 miles pace", "3 x 1600 race pace": the pace of the race the plan is for.
    const w = p.next();
    p.eatWord('pace');
    node.pace = { kind: 'named', names: [{ name: 'Mile', goal: true, anyGoal: true }], span: p.span(w.offset) };
    return 'on';
  }
  if (t.value === 'pace' || t.value === 'effort' || REP_NOUNS.has(t.value) || (t.value === 'interval' && (node.pace || node.effort))) {
    if (t.value !== 'pace' && unpaced) node.namedRep = true;
    p.next();
    return 'on';
  }
  if (t.value === 'or' && p.isWordIn(1, OR_FASTER)) {
    // "at 3:10/km or better": faster is fine, which the band's fast end says.
    p.next(), p.next();
    node.remarks.push('or faster');
    return 'on';
  }
  if (t.value === 'level' && (p.isKind(1, 'number') || p.isWordIn(1, LEVEL_NUMERALS))) {
    // "Level V Up Hill, Level II Jog Down": an effort level.
    p.next();
    const n = p.next();
    node.effort = node.effort ?? `Level ${n.raw.toUpperCase()}`;
    return 'on';
  }
  return pacedWithoutAt(p, t, node);
}

/** A pace written after the length without "@": "20 min tempo", "15min T", "2:00 Mile Pace"; "13.1 miles Half Marathon" is the race. */
function pacedWithoutAt(p: Cursor, t: Token, node: IntervalNode): Went | undefined {
  const unpaced = !node.pace && !node.effort;
  if (PACE_WORDS[t.value] && PACES_WITHOUT_AT.has(t.value) && !(t.value === 'marathon' && !p.isWord(1, 'pace'))) {
    node.pace = pace(p);
    return 'on';
  }
  // "5min Interval-pace", "Threshold-Pace": a pace the normalising pass wrote for the coach's words.
  if (((/^[EMTIR]$/.test(t.raw) && node.quantity.kind !== 'open') || (t.synthetic && PACE_WORDS[t.value] && p.isWord(1, 'pace'))) && unpaced) {
    // "15min T + 3min E", "8 x (400m R w/ 400m jog)": Daniels' letter after the length.
    node.pace = pace(p);
    return 'on';
  }
  if (t.value === 'mile' && p.isWord(1, 'pace', 'effort') && unpaced) {
    // "2:00 Mile Pace": the pace without "@".
    node.pace = pace(p);
    return 'on';
  }
  if ((t.value === 'half' && p.isWord(1, 'marathon')) || t.value === 'marathon') {
    // "13.1 miles Half Marathon": the race.
    p.next();
    p.eatWord('marathon');
    setRole(node, 'race');
    return 'on';
  }
  return undefined;
}

/** Recoveries and efforts written with "off" and "on": "off 90", "1 min on/1 min off", "on/off", send-offs ("start on 4:00"). */
function onOffInTail(p: Cursor, t: Token, { node, holder }: Tail): Went | undefined {
  if (t.value === 'off' && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && holder.count.high > 1) {
    // "5 x 1km off 90", "off 2 min": the recovery between reps (seconds when no unit is written).
    p.next();
    const a = p.peek();
    const unit = p.peek(1);
    const q: Quantity =
      a.kind === 'number' && !(unit.kind === 'word' && (TIME_UNITS[unit.value] !== undefined || DISTANCE_UNITS[unit.value] !== undefined))
        ? (p.next(), makeQuantity(p, 'time', Number(a.value), Number(a.value), a.offset))
        : quantity(p, false);
    // "off 1:30 rest" stands still, "off 60 seconds jog" jogs: the word after the length says how.
    const mode = eatMode(p, OFF_RECOVERY_MODES) ?? 'recovery';
    holder.recovery = { mode, amount: { kind: 'quantity', quantity: q }, span: p.span(t.offset) };
    return 'on';
  }
  if (t.value === 'on' && offAfterOn(p)) {
    // "10 x 1 min on/1 min off", "2min on 2 min off", "20 seconds on/40 seconds rest": hard, then the recovery.
    p.next();
    // "1 minute on at 6:00 pace, 1 minute off at 7:00 pace": each part's own pace after its word.
    const onPaced = atPaceAhead(p);
    if (onPaced) {
      p.next();
      paceOrEffort(p, node);
    }
    if (p.isKind(0, 'slash') || p.isKind(0, 'comma')) p.next();
    const off = quantity(p, false);
    const mode = eatMode(p, ON_OFF_MODES) ?? 'jog';
    if (!node.pace) node.effort = node.effort ?? 'hard';
    // Only after a paced "on" is a pace after "off" the recovery's: "1 min on / 1 min off @ 10K pace" is the reps'.
    let own: PaceExpr | undefined;
    if (onPaced && atPaceAhead(p)) {
      p.next();
      own = pace(p);
    }
    holder.recovery = { mode, amount: { kind: 'quantity', quantity: off }, span: p.span(t.offset), ...(own ? { pace: own } : {}) };
    return 'on';
  }
  if (t.value === 'on' && p.isKind(1, 'slash') && p.isWord(2, 'off')) {
    // "5x1k on/off": each rep followed by as much again, easy.
    p.next(), p.next(), p.next();
    node.effort = node.effort ?? 'hard';
    holder.recovery = { mode: 'jog', amount: { kind: 'previous' }, span: p.span(t.offset) };
    return 'on';
  }
  if (t.value === 'on' && (p.atItemEndAt(1) || p.isKind(1, 'comma'))) {
    // "two minutes on, three minutes steady".
    p.next();
    node.effort = node.effort ?? 'hard';
    return 'on';
  }
  if (SENDOFF_WORDS.has(t.value) && sendoffAhead(p)) {
    // "6×800 start on 4:00", "on the 2:30", "every 3 min": each rep starts on the clock.
    while (!p.isKind(0, 'clock') && !p.isKind(0, 'number')) p.next();
    const q = quantity(p, false);
    if (q.kind !== 'time') p.failAt(q.span, 'reps start on a time', "such as 'start on 4:00'");
    holder.recovery = { mode: 'recovery', amount: { kind: 'sendoff', seconds: q.low }, span: p.span(t.offset) };
    return 'on';
  }
  return undefined;
}

/** "at" or "@" before a pace. */
const atPaceAhead = (p: Cursor) => p.isKind(0, 'at') || (p.isWord(0, 'at') && !p.isWordIn(1, AT_BOUNDS));

/** After "on": the recovery's length and the word that makes it one ("/1 min off", " 90 sec off", ", 2:30 float", "/40 seconds rest"). */
function offAfterOn(p: Cursor): boolean {
  let k = p.isKind(1, 'slash') || p.isKind(1, 'comma') ? 2 : 1;
  // "on at 6:00 pace, 1 minute off": past the work's own pace.
  if (p.isKind(k, 'at') || p.isWord(k, 'at')) {
    k++;
    while (k < 8 && !p.isKind(k, 'comma') && !(p.isKind(k, 'slash') && p.isKind(k + 1, 'number')) && !p.isKind(k, 'eof')) k++;
    k++;
  }
  if (!p.isKind(k, 'number') && !p.isKind(k, 'clock')) return false;
  k++;
  if (p.isKind(k, 'word') && TIME_UNITS[p.peek(k).value] !== undefined) k++;
  // "on/1 min off" was always read this way, whatever follows the length.
  return p.isKind(1, 'slash') || (p.isKind(k, 'word') && ON_OFF_MODES[p.peek(k).value] !== undefined);
}

/** The words after a recovery's length that say how it is run ("off", "jog recovery"), eaten: the first that says how is its mode. */
function eatMode(p: Cursor, modes: Readonly<Record<string, RecoveryExpr['mode']>>): RecoveryExpr['mode'] | undefined {
  let mode: RecoveryExpr['mode'] | undefined;
  for (let k = 0; k < 2 && p.isKind(0, 'word') && modes[p.peek().value]; k++) {
    const said = modes[p.next().value];
    if (mode === undefined || mode === 'recovery') mode = said;
  }
  return mode;
}

/** A progression, a fartlek, the other length the coach allows ("1km or 4 mins"), and prose to set aside. */
function lastWordInTail(p: Cursor, t: Token, { node }: Tail): Went | undefined {
  if (t.value === 'progression' || t.value === 'progressive') {
    p.next();
    p.eatWord('run', 'runs');
    node.remarks.push('progression: start steady, finish fast');
    return 'on';
  }
  if (t.value === 'fartlek') {
    p.next();
    node.effort = node.effort ?? 'fartlek';
    return 'on';
  }
  if (t.value === 'or' && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && !p.isWord(1, 'off', 'rest')) {
    // "1km or 4 mins", "5 x 90 secs or 400m": the other length the coach allows.
    p.next();
    const q = quantity(p, true);
    node.otherwise = `or ${p.text.slice(q.span.start, q.span.end)}`;
    return 'on';
  }
  return prose(p, 'tail') ? 'on' : undefined;
}

/** Marks in a tail: a run's breakdown after ":", a pace without "@", a recovery after "/" or a number, "@", brackets. */
function tailMark(p: Cursor, t: Token, tail: Tail): Went {
  const { node, holder } = tail;
  if (t.kind === 'colon' && !node.within && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    // "44 min change-of-pace tempo run: 4 min fast, 4 min steady, followed by 6x(…)": what the run is made of.
    p.next();
    const from = p.peek().offset;
    const seq = sequence(p, true);
    node.within = { items: seq.items, joins: seq.joins, placement: 'whole', span: p.span(from) };
    return 'on';
  }
  if (t.kind === 'number' && paceAhead(p)) {
    // "4 x 800 5-K pace", "2 x 800 30 seconds above mile pace": a pace without "@".
    paceOrEffort(p, node);
    return 'on';
  }
  // "2 mi ez/8 x 100m @5k with 200 m rec/1 mi CD": a slash between parts.
  if (t.kind === 'slash' && partAfterSlash(p)) return 'end';
  if (t.kind === 'slash' && (recoveryAhead(p) || p.isKind(1, 'number') || p.isKind(1, 'clock'))) {
    // "5 x 1200 / jog 200", "10 x 1 mins @ 5k pace / 1 min recovery": the recovery after a slash.
    p.next();
    applyRecovery(holder, recoveryPhrase(p, p.prevEnd));
    return 'on';
  }
  // "4x1000 (30seconds) 3 min rest 4x1000(30 seconds)": reps that have their recovery are followed by a rest of its own.
  if ((t.kind === 'number' || t.kind === 'clock') && (holder.recovery || holder.recoveries) && holder.count.high > 1 && recoveryAhead(p)) return 'end';
  if ((t.kind === 'number' || t.kind === 'clock') && recoveryAhead(p)) {
    // "3×1 mile @ goal race pace 3 minutes recovery": the recovery without "w/".
    applyRecovery(holder, recoveryPhrase(p, t.offset));
    return 'on';
  }
  if (t.kind === 'at') {
    p.next();
    paceOrEffort(p, node);
    return 'on';
  }
  if (t.kind === 'number' && p.isKind(1, 'percent')) {
    paceOrEffort(p, node);
    return 'on';
  }
  const bracket = bracketInTail(p, t, tail);
  if (bracket) return bracket;
  // "4×400 @Rep 4×800 @Interval": a number that starts the next part.
  if (t.kind === 'number' || t.kind === 'clock') return 'end';
  p.unexpected(t, "'@ pace', 'w/ … recovery' or a separator such as ',' or '+'");
}

/** Brackets in a tail: a race's day total, the reps' recovery ("[2']", "(jog 4 min recovery)"), or an explanation. */
function bracketInTail(p: Cursor, t: Token, { node, holder }: Tail): Went | undefined {
  if (t.kind === 'lparen' && node.role === 'race' && p.isWord(1, 'total') && (p.isKind(2, 'number') || p.isKind(2, 'clock'))) {
    // "8K-15K tune-up race (total 9 miles to 13 miles)": the day's running around the race.
    p.next(), p.next();
    node.dayTotal = quantity(p, false);
    if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the day's total");
    return 'on';
  }
  if (t.kind === 'lparen' && partsOfRep(p, node, holder)) return 'on';
  // "2 mins (1 min)" in a pyramid of times: a time in brackets cannot be a timed rep's own time, so it is the rest after it.
  // Only a rep shorter than a run on its own: "40 min (20 min)" is no rep and its rest.
  const timed = node.quantity.kind === 'time' && node.quantity.high < NORMS.run.seconds.usual[0] && node.role === 'work' && p.isKind(1, 'number');
  if ((t.kind === 'lparen' || t.kind === 'lbracket') && (holder.count.high > 1 || timed) && bracketRecovery(p, holder)) return 'on';
  if (t.kind === 'lparen' && looksLikeRecoveryParen(p)) {
    applyRecovery(holder, parenRecovery(p));
    return 'on';
  }
  if (t.kind === 'lparen' || t.kind === 'lbracket') {
    explanation(p, node, holder.count.high === 1);
    return 'on';
  }
  return undefined;
}

/**
 * "30 min alternating 5 min easy and 5 min moderate": the parts after "alternating", timed, that fill the run's time a
 * whole number of times over, are its rounds (3 × (5 min easy, 5 min moderate)); any other alternation stays a remark.
 */
function alternatingRounds(p: Cursor, node: IntervalNode, holder: RepeatNode): boolean {
  if (node.quantity.kind !== 'time' || holder.count.high !== 1) return false;
  const total = node.quantity.low;
  const whole = (round: number) => total / round >= 2 && Math.abs(total / round - Math.round(total / round)) < 0.01;
  const read = timedParts(p, true, (round) => p.atItemEnd() && whole(round));
  if (!read) return false;
  const rounds = Math.round(total / read.seconds);
  holder.count = { low: rounds, high: rounds, span: read.span };
  holder.body = read.parts;
  // Alternating is continuous: one part runs straight into the next.
  holder.recovery = { mode: 'recovery', amount: { kind: 'none' }, span: read.span };
  return true;
}

/**
 * "4 x 7min (30s fast, 90s easy, 60s steady, 60s easy, 60s fast, 120s easy)", "5x5min (1min fast + 4min easy)": parts in
 * brackets after a timed rep that add up to its time, to the second, are what the rep is made of; each round runs them.
 */
function partsOfRep(p: Cursor, node: IntervalNode, holder: RepeatNode): boolean {
  const rep = holder.body.length === 1 ? holder.body[0] : undefined;
  if (node.quantity.kind !== 'time' || rep?.kind !== 'interval' || rep.quantity !== node.quantity) return false;
  const total = node.quantity.low;
  // Read as a bracket's explanation is ("1min fast + 4min easy" joins its parts with "+").
  const read = timedParts(p, false, (seconds) => !!p.eatKind('rparen') && Math.abs(seconds - total) < 1);
  if (!read) return false;
  // The rep runs its parts straight through, each at the rep's pace where it names none ("3 x 10 min @ T (5 min
  // + 5 min)"); a recovery written for the reps goes after the whole rep, as after a group.
  for (const part of read.parts) if (!part.pace && !part.effort && !part.roleWritten) Object.assign(part, node.pace ? { pace: node.pace } : {}, node.effort ? { effort: node.effort } : {});
  holder.body = [{ kind: 'repeat', count: { low: 1, high: 1, span: read.span }, body: read.parts, sets: false, recovery: { mode: 'recovery', amount: { kind: 'none' }, span: read.span }, span: read.span }];
  return true;
}

/**
 * Two or more timed parts and nothing else, read after the word or bracket at the cursor, where `fits` accepts what
 * they add up to (it may read what closes them): the parts, with the cursor after them; else nothing, the cursor back.
 */
function timedParts(p: Cursor, inner: boolean, fits: (seconds: number) => boolean): { parts: IntervalNode[]; seconds: number; span: Span } | undefined {
  if (!(p.isKind(1, 'number') || p.isKind(1, 'clock'))) return undefined;
  const save = p.mark();
  p.next();
  try {
    const seq = sequence(p, inner);
    const parts = seq.items.filter((it): it is IntervalNode => it.kind === 'interval' && it.quantity.kind === 'time');
    const seconds = parts.reduce((sum, it) => sum + (it.quantity.kind === 'time' ? it.quantity.low : 0), 0);
    if (parts.length >= 2 && parts.length === seq.items.length && seconds > 0 && fits(seconds)) return { parts, seconds, span: seq.span };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.reset(save);
  return undefined;
}

export function setRole(node: IntervalNode, role: Role): void {
  // "30 sec hill strides": the most specific word wins; "run" never overrides a written role.
  if (node.roleWritten && role === 'easy') return;
  node.role = role;
  node.roleWritten = true;
}

export function cutDown(p: Cursor, node: IntervalNode): CutDownNode {
  const start = p.peek().offset;
  if (!p.eatKind('lparen')) p.unexpected(p.peek(), "'(' with the parts of the cut-down, such as (100m @ 5K, 100m @ Mile, 100m @ Faster)");
  const seq = sequence(p);
  if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')' to close the cut-down");
  const parts = seq.items.map((it) => {
    if (it.kind !== 'interval') p.fail(p.tokens.find((t) => t.offset === it.span.start) ?? p.peek(), 'a cut-down holds distances or times with paces, such as 100m @ 5K');
    return it;
  });
  return { kind: 'cutdown', parts, total: node.quantity, span: { start: node.span.start, end: Math.max(start, p.prevEnd) } };
}
