/** One item of a sequence: a repeat, a run, a recovery, another sport, a race. */
import type { IntervalNode, Item, OtherSportNode, Quantity, RepeatNode, Role } from '../ast.js';
import type { Token } from '../lexer.js';
import { OTHER_SPORT_MANNERS } from '../dialect/choices.js';
import {
  BETWEEN_LINE_NOUNS,
  CROSS_TRAINING_WORDS,
  GROUP_REP_NOUNS,
  RECOVERY_LENGTH_LEADS,
  RECOVERY_LINE_OPENERS,
  RECOVERY_MANNERS,
  RECOVERY_NAMES,
  REST_DAY_ENDS,
  RUN_VERBS,
  STRENGTH_FOCUS,
  STRENGTH_WORDS,
} from '../dialect/markers.js';
import { Cursor, JOIN_KINDS } from './cursor.js';
import { explanation, trailingExplanations } from './explanation.js';
import { afterQuantity, intervalTail, isEasyPace } from './interval.js';
import { prose } from './prose.js';
import { quantity } from './quantity.js';
import { race } from './race.js';
import { looksLikeRecoveryParen, parenRecovery, recoveryPhrase } from './recovery.js';
import { countAfter, countBefore, repeatAfterCount, repeatTail, sets, tryCount } from './repeat.js';
import { sequence } from './session.js';
import { K_PACES } from '../vocabulary.js';
import { onlyLength } from './title-line.js';
import { PLACE_WORDS } from '../dialect/structure.js';

/**
 * One item, by what it opens with: a count or a length, a bracket, or a word.
 * Each reader below tries the constructs it knows in a fixed order and
 * returns nothing, having read nothing, when none fits.
 */
export function item(p: Cursor): Item {
  const section = p.peek().section;
  const read = itemAt(p);
  return section ? inSection(read, section) : read;
}

/**
 * A part under a "Warm-up:" or "Cool-down:" heading, or the walk that closes a
 * session: easy running there is the warm-up or cool-down, a walk a walk of
 * its own (not a break between reps); work is read as written.
 */
function inSection(it: Item, section: 'warmup' | 'cooldown'): Item {
  if (it.kind === 'recovery' && it.recovery.amount.kind === 'quantity' && !it.betweenReps && !it.betweenSets) {
    const role: Role = it.recovery.mode === 'walk' ? 'walk' : section;
    return { kind: 'interval', quantity: it.recovery.amount.quantity, role, roleWritten: true, remarks: [], span: it.span };
  }
  if (it.kind !== 'interval') return it;
  // "Warmup\n- 10m Z1 HR": an easy pace or zone keeps the part the section's.
  if (!it.within && (!it.pace || isEasyPace(it.pace)) && (it.role === 'easy' || (it.role === 'work' && !it.effort))) return { ...it, role: section, roleWritten: true };
  return it;
}

function itemAt(p: Cursor): Item {
  // "a 2 mile tempo", "and a half-mile cooldown": an article before a length.
  if (p.isWord(0, 'a', 'an') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) p.next();
  const t = p.peek();
  const start = t.offset;
  if (p.isWord(0, 'lesser', 'shorter') && p.isWord(1, 'of')) return afterQuantity(p, quantity(p, false), start);
  // "5k pace 100m recovery": a pace with nothing before it to run at it.
  if (t.kind === 'number' && K_PACES[t.value] && p.isWord(1, 'k', 'km') && p.isWord(2, 'pace', 'effort') && !p.isKind(3, 'x')) {
    p.failAt({ start, end: p.peek(2).offset + p.peek(2).length }, 'a pace with no distance or time to run at it', "write the length first, such as '3 x 400m @ 5K pace'");
  }
  // "last 3 miles @ LT", "first 2 miles easy", "the middle 7 at race pace": a part placed in the run around it.
  const the = p.isWord(0, 'the') ? 1 : 0;
  if (PLACE_WORDS.has(p.peek(the).kind === 'word' ? p.peek(the).value : '') && (p.isKind(the + 1, 'number') || p.isKind(the + 1, 'clock'))) {
    if (the) p.next();
    const w = p.next();
    const it = item(p);
    if (it.kind === 'interval') it.placement = PLACE_WORDS.get(w.value);
    return it;
  }
  if (t.kind === 'number' || t.kind === 'clock') {
    const count = tryCount(p) ?? countBefore(p);
    if (count) return repeatAfterCount(p, count, start);
    if (p.isKind(0, 'number') && isSets(p)) return sets(p, start);
    return afterQuantity(p, quantity(p, true, true), start);
  }
  if (t.kind === 'lparen') return group(p, start);
  if (t.kind !== 'word') p.unexpected(t, 'a distance, a time, a repeat such as "6 x 400m", or a session such as "Rest"');
  const read = namedPart(p, start) ?? recoveryLine(p, start) ?? easyRun(p, start) ?? recoveryWords(p, start) ?? race(p) ?? verbRun(p, t, start) ?? namedEffort(p, start);
  if (read) return read;
  // Words before the session's first number that name nothing runcast uses ("Start out with a 3/4 mile warm up").
  if (prose(p, 'lead')) return itemAt(p);
  p.unexpected(t, 'a distance, a time, a repeat such as "6 x 400m", or a session such as "Rest"');
}

/** "(jog 4 min recovery)" standing alone, or a group: run once, or "(…) x 2". */
function group(p: Cursor, start: number): Item {
  if (looksLikeRecoveryParen(p)) return { kind: 'recovery', recovery: parenRecovery(p).expr, span: p.span(start) };
  p.next();
  const seq = sequence(p);
  if (!p.eatKind('rparen')) p.unexpected(p.peek(), "')'");
  const after = countAfter(p);
  // "Tempo (20 min)", "Intervals (8 x 400m)": brackets round one part, with no count after them, say nothing of it.
  // A warm-up or cool-down in brackets stays a group, which the resolver refuses.
  const only = seq.items.length === 1 ? seq.items[0]! : undefined;
  if (!after && (only?.kind === 'interval' || only?.kind === 'repeat') && !p.isWordIn(0, GROUP_REP_NOUNS)) return only;
  const count = after ?? { low: 1, high: 1, span: p.span(start) };
  const node: RepeatNode = { kind: 'repeat', count, body: seq.items, sets: count.high > 1 && (seq.items.length > 1 || seq.items[0]?.kind === 'repeat'), span: p.span(start) };
  if (!after) node.bracketed = seq.joins;
  while (p.isWordIn(0, GROUP_REP_NOUNS)) p.next();
  if (count.high > 1) repeatTail(p, node);
  node.span = p.span(start);
  return node;
}

/** Another sport or a rest day, the plan's warm-up and cool-down. */
function namedPart(p: Cursor, start: number): Item | undefined {
  const other = otherSport(p);
  if (other) return other;
  if (p.isWord(0, 'warmup') && p.isKind(1, 'slash') && p.isWord(2, 'cooldown')) {
    p.next(), p.next(), p.next();
    return { kind: 'wucd', which: 'both', span: p.span(start) };
  }
  if (p.isWord(0, 'warmup', 'cooldown')) return warmupOrCooldown(p);
  return undefined;
}

/** "full recovery", and a line that gives the reps before it their recovery ("Recovery is 2:30 between intervals"). */
function recoveryLine(p: Cursor, start: number): Item | undefined {
  if (p.isWord(0, 'full') && p.isWord(1, 'recovery', 'rest')) {
    return { kind: 'recovery', recovery: recoveryPhrase(p, start).expr, span: p.span(start) };
  }
  // "Recovery is 2:30 between intervals", "Recovery: 400m easy jog between each interval", "Recovery — 2 minutes".
  if (p.isWordIn(0, RECOVERY_NAMES) && (p.isWord(1, 'is', 'are') || p.isKind(1, 'colon') || (p.isKind(1, 'dash') && p.peek(1).spaced)) && (p.isKind(2, 'number') || p.isKind(2, 'clock'))) {
    p.next(), p.next();
    const rec = recoveryPhrase(p, start);
    trailingExplanations(p);
    return { kind: 'recovery', recovery: rec.expr, span: p.span(start), ...(rec.betweenSets ? { betweenSets: true } : { betweenReps: true }) };
  }
  // "recovery jog for 90 seconds": read on from "jog".
  if (p.isWord(0, 'recovery') && p.isWord(1, 'jog', 'walk') && (p.isKind(2, 'number') || p.isKind(2, 'clock') || p.isWord(2, 'for'))) p.next();
  return undefined;
}

/** "easy run of 5 miles", "Rest or easy run", "Rest or run": an easy run, as long as written or as the athlete likes. */
function easyRun(p: Cursor, start: number): Item | undefined {
  // "Rest day or optional easy recovery run of 4-7 miles", "easy run of 5 miles": the length after "of".
  const ofAt = p.isWord(0, 'easy') ? (p.isWord(1, 'run') ? 2 : 1) : -1;
  if (ofAt > 0 && p.isWord(ofAt, 'of') && (p.isKind(ofAt + 1, 'number') || p.isKind(ofAt + 1, 'clock'))) {
    for (let k = 0; k <= ofAt; k++) p.next();
    const q = quantity(p, false);
    return { kind: 'interval', quantity: q, role: 'easy', roleWritten: true, remarks: [], span: p.span(start) };
  }
  if ((p.isWord(0, 'easy') && (p.isWord(1, 'run') || p.atItemEndAt(1))) || (p.isWord(0, 'run') && (p.isWord(1, 'easy') || p.atItemEndAt(1)))) {
    const save = p.i;
    p.next();
    p.eatWord('run', 'easy');
    if (p.atItemEnd()) return { kind: 'interval', quantity: { kind: 'open', span: p.span(start) }, role: 'easy', roleWritten: true, remarks: [], span: p.span(start) };
    p.i = save;
  }
  return undefined;
}

/** "Slow jog back downhill as recovery", "easy jog 2 min", "take 90 s", "between each set, 3 minute rest": a recovery, however it is described. */
function recoveryWords(p: Cursor, start: number): Item | undefined {
  if (p.isWordIn(0, RECOVERY_MANNERS) && p.isWord(1, 'jog', 'walk', 'recovery') && (p.isKind(2, 'number') || p.isKind(2, 'clock') || p.isWordIn(2, RECOVERY_LENGTH_LEADS))) p.next();
  // "…; off 90 second easy; …": a recovery line may open with "off", as the recovery after reps does.
  const opener = RECOVERY_LINE_OPENERS.has(p.peek().value) || (p.isWord(0, 'off') && (p.isKind(1, 'number') || p.isKind(1, 'clock')));
  if (opener && (p.isKind(1, 'number') || p.isKind(1, 'clock') || p.isWordIn(1, RECOVERY_LENGTH_LEADS))) {
    // "off" says whose recovery it is: that of the reps just before it.
    const off = !!p.eatWord('off');
    p.eatWord('take');
    const rec = recoveryPhrase(p, start);
    trailingExplanations(p);
    const whose = { ...(rec.betweenSets ? { betweenSets: true } : {}), ...(rec.betweenReps ? { betweenReps: true } : {}), ...(off && !rec.betweenSets ? { betweenReps: true } : {}) };
    return { kind: 'recovery', recovery: rec.expr, span: p.span(start), ...whose };
  }
  // "between each repetition, 200 jog recovery", "between each set, 3 minute rest".
  if (p.isWord(0, 'between') && p.isWordIn(1, BETWEEN_LINE_NOUNS)) {
    const which = p.isWord(1, 'sets') || p.isWord(2, 'set', 'sets') ? 'sets' : 'reps';
    while (!p.isKind(0, 'comma') && !p.atSequenceEnd()) p.next();
    p.eatKind('comma');
    const rec = recoveryPhrase(p, p.peek().offset);
    return { kind: 'recovery', recovery: rec.expr, span: p.span(start), ...(which === 'sets' ? { betweenSets: true } : { betweenReps: true }) };
  }
  return undefined;
}

/** "Run 30 seconds", "Sprint for 30 seconds", "Walk 5 kilometers": a verb saying what the running is, then its length. */
function verbRun(p: Cursor, t: Token, start: number): Item | undefined {
  const verb = RUN_VERBS[t.value];
  if (!(verb && (p.isKind(1, 'number') || p.isKind(1, 'clock') || (p.isWord(1, 'for') && (p.isKind(2, 'number') || p.isKind(2, 'clock')))))) return undefined;
  p.next();
  p.eatWord('for');
  const count = tryCount(p);
  if (count) {
    const rep = repeatAfterCount(p, count, start);
    for (const b of rep.body) if (b.kind === 'interval' && !b.roleWritten && verb !== 'easy') Object.assign(b, { role: verb, roleWritten: true });
    return rep;
  }
  // "run 10 sets of 800 metres", "run 2 sets of 5 x 400m": sets, as without the verb ("run" names no kind of rep).
  if (t.value === 'run' && p.isKind(0, 'number') && isSets(p)) return sets(p, start);
  const q = quantity(p, false);
  const node = afterQuantity(p, q, start);
  // The run itself, or the one rep of "Sprint for 30 seconds / recovery 90 seconds".
  const run = node.kind === 'interval' ? node : node.kind === 'repeat' && node.body.length === 1 && node.body[0]!.kind === 'interval' ? node.body[0] : undefined;
  if (run) {
    if (t.value === 'runwalk') run.effort = run.effort ?? 'run/walk';
    else if (verb === 'work' && !run.pace && !run.effort) run.effort = t.value === 'sprint' ? 'sprint' : 'hard';
    const paced = run.pace !== undefined || run.effort !== undefined;
    // "Run 1,600 meters": said to be a run and nothing else, a rep among rests (grammar/run-list.ts).
    if (t.value === 'run' && !run.roleWritten && !paced) run.runSaid = true;
    if (!run.roleWritten && verb !== 'work' && !(verb === 'easy' && paced && t.value !== 'runwalk')) Object.assign(run, { role: verb, roleWritten: true });
  }
  return node;
}

/** "easy 5 miles", "tempo 20 min", "steady 40 min": the effort named before the length. */
function namedEffort(p: Cursor, start: number): Item | undefined {
  if (!(p.isWord(0, 'easy', 'tempo', 'steady') && (p.isKind(1, 'number') || p.isKind(1, 'clock')))) return undefined;
  const w = p.next();
  const q = quantity(p, false);
  const node = afterQuantity(p, q, start);
  if (node.kind === 'interval' && !node.roleWritten) {
    if (w.value === 'easy') Object.assign(node, { role: 'easy', roleWritten: true });
    else if (w.value === 'steady') node.effort = node.effort ?? 'steady';
    else if (!node.pace) node.pace = { kind: 'named', names: [{ name: 'T', goal: false }], span: { start: w.offset, end: w.offset + w.length } };
  }
  return node;
}

/** "Warm up, 8 x 1000m …, warm-down": the plan's own; "Warm-up 10-20min", "Warmup (1 mile easy)": as written. */
function warmupOrCooldown(p: Cursor): Item {
  const w = p.next();
  const role: Role = w.value === 'warmup' ? 'warmup' : 'cooldown';
  p.eatKind('colon');
  // "Warm up for 10–15 minutes", "Warm Up with 5-10 minutes of light jogging".
  if (p.isWord(0, 'for', 'with', 'w') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) p.next();
  if (p.isKind(0, 'number') || p.isKind(0, 'clock') || (p.isKind(0, 'lparen') && (p.isKind(1, 'number') || p.isKind(1, 'clock')))) {
    const paren = p.eatKind('lparen');
    const q = quantity(p, false);
    const node: IntervalNode = { kind: 'interval', quantity: q, role, roleWritten: true, remarks: [], span: p.span(w.offset) };
    const holder = { kind: 'repeat' as const, count: { low: 1, high: 1, span: node.span }, body: [node], sets: false, span: node.span };
    intervalTail(p, node, holder);
    if (paren && !p.eatKind('rparen')) p.unexpected(p.peek(), "')'");
    node.role = role;
    node.span = p.span(w.offset);
    trailingExplanations(p);
    return node;
  }
  while (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) explanation(p);
  return { kind: 'wucd', which: role, span: p.span(w.offset) };
}

/** Strength, cross-training and rest days: "PT / Strength Focused Lift", "cross-train", "Rest", "OFF". */
export function otherSport(p: Cursor, before?: Quantity, startAt?: number): OtherSportNode | undefined {
  const start = startAt ?? p.peek().offset;
  const labelStart = p.peek().offset;
  const save = p.i;
  let sport: OtherSportNode['sport'] | undefined;
  // "1.5–2.5 hours easy x-train", "longer x-train": after its length, how the sport goes may come before its word.
  let lead = 0;
  while (before && p.isWordIn(lead, OTHER_SPORT_MANNERS)) lead++;
  // "Hip strengthening", "upper body weights": what the strength work works comes before its word.
  while (p.isWordIn(lead, STRENGTH_FOCUS) && (p.isWordIn(lead + 1, STRENGTH_FOCUS) || p.isWordIn(lead + 1, STRENGTH_WORDS))) lead++;
  if (p.isWordIn(lead, STRENGTH_WORDS) && !p.isWord(lead + 1, 'run', 'runs', 'reps')) sport = 'strength';
  else if (p.isWordIn(lead, CROSS_TRAINING_WORDS)) sport = 'cross_training';
  else if (p.isWord(0, 'rest', 'off') && peekEndsOtherSport(p, 1)) sport = 'rest';
  if (!sport) return undefined;
  // The label runs to the end of this item: take every word, slash and dash up to a separator.
  let length = before;
  let labelEnd = -1;
  while (!p.atItemEnd() && !p.isKind(0, 'lparen') && !p.isKind(0, 'lbracket')) {
    const t = p.peek();
    if ((t.kind === 'number' || t.kind === 'clock') && !length && sport !== 'rest') {
      // "Cross-train 30-45 min": how long, after the sport.
      labelEnd = p.prevEnd;
      length = quantity(p, false);
      continue;
    }
    // "Cross-training: 30 minutes": the sport, a colon, and how long.
    if (t.kind === 'colon' && !length && sport !== 'rest' && onlyLength(p.tokens, p.i + 1)) {
      labelEnd = p.prevEnd;
      p.next();
      length = quantity(p, false);
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'slash' && t.kind !== 'dash') {
      p.i = save;
      return undefined;
    }
    p.next();
  }
  let label = p.text.slice(labelStart, labelEnd >= 0 ? labelEnd : p.prevEnd).replace(/\s+/g, ' ').trim();
  // "Cross Train\n45 min", "Cross\nTrain\n45 min": a narrow plan cell wraps the sport's words and gives how long on the last line.
  const wrapped = p.isKind(0, 'newline') && p.isKind(1, 'word') && p.isKind(2, 'newline') ? 2 : 0;
  // "Bike – 30 minutes", "Bike\n30 minutes": the length after a dash or on the next line is the sport's too (a colon is
  // read in the loop above).
  const mark = p.isKind(wrapped, 'newline') || p.isKind(wrapped, 'dash');
  if (!length && sport !== 'rest' && mark && onlyLength(p.tokens, p.i + wrapped + 1)) {
    if (wrapped) label = `${label} ${p.peek(1).raw}`;
    for (let k = 0; k <= wrapped; k++) p.next();
    length = quantity(p, false);
  }
  trailingExplanations(p);
  return { kind: 'other', sport, label, quantity: length, span: p.span(start) };
}

export function peekEndsOtherSport(p: Cursor, k: number): boolean {
  const t = p.peek(k);
  return t.kind === 'eof' || t.kind === 'rparen' || JOIN_KINDS[t.kind] !== undefined || (t.kind === 'word' && REST_DAY_ENDS.has(t.value));
}

/** "2 sets of", "3-5 sets (depending on …) of". */
function isSets(p: Cursor): boolean {
  let k = 1;
  if ((p.isKind(1, 'dash') || p.isWord(1, 'to')) && p.isKind(2, 'number')) k = 3;
  return p.isWord(k, 'sets', 'set') && (p.isWord(k + 1, 'of') || p.isKind(k + 1, 'lparen'));
}
