/** Distances and times: "400m", "1,000m", "1.5 mi", "1:30 min", "45 - 60 min", bare track numbers. */
import { PLACE_WORDS } from '../dialect/structure.js';
import type { Quantity } from '../ast.js';
import { DISTANCE_UNITS, EFFORT_WORDS, TIME_UNITS, suggest } from '../vocabulary.js';
import { Cursor, ROLE_WORDS, Stop } from './cursor.js';
import { AFTER_QUANTITY, RUNNING_NOUNS, categoryOf } from '../dialect/categories.js';
import { REP_NOUNS } from '../dialect/markers.js';
import { COUNTED_NAMES } from '../dialect/words.js';
import { bareRecovery, bareRun, bareWarmup, verbLength } from './bare.js';
import { LABEL_PARTS, LIST_SPREAD, NORMS, fit } from '../dialect/norms.js';

const MILE = DISTANCE_UNITS.mi!;

/** What an unknown unit may be a typo of (one list, so its suggestions are remembered). */
const UNIT_WORDS = [...Object.keys(DISTANCE_UNITS), ...Object.keys(TIME_UNITS)];

/** A number or clock as written, read by `amount`. */
type Amount = ReturnType<typeof amount>;
type Unit = NonNullable<ReturnType<typeof unitWord>>;

/** "400m", "1,000m", "1k", "1.5 mi", "20 sec", "1:30 min", "1:30", "45 - 60 min", "45 min - 60 min", bare "200". */
export function quantity(p: Cursor, allowBare: boolean, lone = false): Quantity {
  const start = p.peek().offset;
  if (p.isWord(0, 'lesser', 'shorter') && p.isWord(1, 'of')) return lesser(p);
  const a = amount(p);
  hangingHyphen(p);
  // "1:00 Mile Pace": a time, then the pace to run it at.
  const first = (a.clock || a.value >= 50) && p.isWord(0, 'mile') && p.isWord(1, 'pace', 'effort') ? undefined : unitWord(p);
  const { b, unit, lowUnit = unit } = rangeEnd(p, a, first, start);
  if (!unit || !lowUnit) return unitless(p, a, b, start, allowBare, lone);
  if (unit.kind === 'time') {
    // "1:30 min" is a clock in minutes:seconds; "1:30 hr" hours:minutes.
    const secs = (x: Amount, f: number) => (x.clock ? clockSeconds(x.text) * (f >= 3600 ? 60 : 1) : x.value * f);
    const more = b === a && !a.clock ? smallerUnit(p, unit.factor) : 0;
    return makeQuantity(p, 'time', secs(a, lowUnit.factor) + more, secs(b, unit.factor) + more, start);
  }
  if (a.clock || b.clock) p.fail(p.tokens[p.indexAt(start)]!, 'a distance cannot be written as a clock time');
  if (unit.factor === 1 && b.value < 20) {
    p.failAt(p.span(start), `${a.text} m is ${a.value === 1 ? 'a metre' : 'metres'}, too short to run`, `write ${a.text} mi for miles or ${a.text} min for minutes`);
  }
  return makeQuantity(p, 'distance', a.value * lowUnit.factor, b.value * unit.factor, start);
}

/** "45 - 60 min", "45 min - 60 min", "3 to 5 mi": the high end of a range and the unit of both; a ladder down is not a range. */
function rangeEnd(p: Cursor, a: Amount, first: Unit | undefined, start: number): { b: Amount; unit: Unit | undefined; lowUnit?: Unit } {
  if (!((p.isKind(0, 'dash') || p.isWord(0, 'to')) && (p.isKind(1, 'number') || p.isKind(1, 'clock')))) return { b: a, unit: first };
  const save = p.i;
  const sep = p.next();
  const second = amount(p);
  const unit2 = unitWord(p);
  // "1 x 1000m – 10min recovery – 1 x 600m": a spaced dash between parts of two kinds is no range.
  if (first && unit2 && first.kind !== unit2.kind && !(sep.kind === 'dash' && sep.spaced)) p.fail(p.peek(-1), 'a range must use one kind of unit, such as 45 - 60 min');
  const factor = (u: Unit | undefined) => u?.factor ?? 1;
  // "800m-600m-400m-200m", "3000-2000-1000-500 meters": a ladder down, not a range.
  // "3 x 3min – 3min recovery": two equal ends are parts too.
  const descending = !a.clock && !second.clock && second.value * factor(unit2 ?? first) <= a.value * factor(first ?? unit2);
  // "200-400-600-800-1000-800-600-400-200 meters": a third rung makes a pyramid; a range has two ends.
  const chained = p.indexAt(start) >= 2 && p.tokens[p.indexAt(start) - 1]!.kind === 'dash' && p.tokens[p.indexAt(start) - 2]!.kind === 'number';
  const rungs = sep.kind === 'dash' && ((!unit2 && p.isKind(0, 'dash') && !p.peek().spaced && p.isKind(1, 'number')) || chained);
  if ((!unit2 && p.isKind(0, 'x')) || (descending && sep.kind === 'dash') || rungs || (first && unit2 && first.kind !== unit2.kind)) {
    p.i = save;
    return { b: a, unit: first };
  }
  // "90 seconds to 2 minutes": each end in its own unit.
  return { b: second, unit: unit2 ?? first, lowUnit: first ?? unit2 };
}

/**
 * "1:45 run (3/1)", "Long run 2:40", "Easy 0:45": a clock that is a whole session's run is hours and
 * minutes where the norms find no run of that many minutes and seconds, and one of that many hours.
 * Only a run that is the session: "4x 3:00 @ 10K effort, 2:00 jog between each" is two minutes.
 */
function wholeRunInHours(p: Cursor, a: Amount, start: number): boolean {
  if (!/^\d:\d\d$/.test(a.text) || !p.startsSession(start)) return false;
  // "3'30", "4m30s": minutes and seconds written with a prime or with their units' letters are never hours.
  if (/['’′]|\p{L}/u.test(p.tokens[p.indexAt(start)]?.raw ?? '')) return false;
  const words = p.isWord(0, 'run', 'easy', 'long', 'steady') ? (p.isWord(1, 'run') ? 2 : 1) : 0;
  if (!['eof', 'lparen', 'stop', 'plus'].includes(p.peek(words).kind)) return false;
  const norm = NORMS[LABEL_PARTS[p.label?.title ?? ''] ?? 'run'].seconds;
  return fit(a.value * 60, norm) > fit(a.value, norm);
}

/**
 * A number written without its unit: a clock is a time; otherwise the unit
 * comes from the label, the run it is part of, or the list it ends; a bare
 * track number is metres; anything else is refused with the units it may be.
 */
function unitless(p: Cursor, a: Amount, b: Amount, start: number, allowBare: boolean, lone: boolean): Quantity {
  if (a.clock) {
    const f = lone && wholeRunInHours(p, a, start) ? 60 : 1;
    return makeQuantity(p, 'time', clockSeconds(a.text) * f, clockSeconds(b.text) * f, start);
  }
  // "2 E + 3 T + 2 E": a number the normalising pass found a distance in the plan's unit, held in miles until resolved.
  if (p.tokens[p.indexAt(start)]?.planDistance) return { ...makeQuantity(p, 'distance', a.value * MILE, b.value * MILE, start), unitless: true } as Quantity;
  const implied = impliedUnit(p, a, b, start);
  if (implied) return implied;
  // "15WU", ".5 w/u": a warm-up or cool-down, read by what warm-ups are.
  const warmup = bareWarmup(p, a, b, start);
  if (warmup) return warmup;
  // "4 x 1 mile w/ 3", "6 x 400 w/ 90": a recovery, read by what recoveries are.
  const recovery = bareRecovery(p, a, b, start);
  if (recovery) return makeQuantity(p, recovery.kind, a.value * recovery.factor, b.value * recovery.factor, start);
  const tok = p.peek();
  // "6 x 800 repeats": a word naming the reps is no misspelt unit.
  if (tok.kind === 'word' && !ROLE_WORDS[tok.value] && !EFFORT_WORDS.has(tok.value) && !AFTER_QUANTITY.has(tok.value) && !REP_NOUNS.has(tok.value)) {
    // A misspelt unit ("4 x 5 mni") stops here; other words ("6×800 start on 4:00") are the tail's to read.
    const s = suggest(tok.value, UNIT_WORDS);
    // "Tu: 14 on hills": a run on its own, then where it is run.
    const run = !s && lone ? bareRun(p, a, b, start) : undefined;
    if (run) return run;
    if (s || !allowBare || !(a.value >= 50 && a.value <= 10000 && Number.isInteger(a.value))) {
      const any = s ?? suggest(tok.value);
      p.fail(tok, `unknown unit '${tok.raw}'`, any ? `did you mean '${any}'?` : 'units are m, km, mi, sec, min or hr');
    }
  }
  const track = allowBare && a.value >= 50 && a.value <= 10000 && Number.isInteger(a.value);
  if (!track || (lone && p.bare === 'min')) {
    const verbed = verbLength(p, a, b, start);
    if (verbed) return verbed;
    standsAlone(p, a, start);
    // "5", "45 easy" in a plan that says what its bare numbers are (a lone "60" on a plan in minutes too).
    const declared = p.bare && (p.bare === 'min' ? TIME_UNITS.min : DISTANCE_UNITS[p.bare]);
    if (declared) return makeQuantity(p, p.bare === 'min' ? 'time' : 'distance', a.value * declared, b.value * declared, start);
    // "Mo: 7", "45 easy": a run on its own, in whichever unit the norms find usual.
    const run = lone ? bareRun(p, a, b, start) : undefined;
    if (run) return run;
    needsUnit(p, a, start);
  }
  // "Long: 90", "Mo: 60": alone at the start of a day, a run of that many minutes rather than metres.
  const run = lone ? bareRun(p, a, b, start) : undefined;
  if (run) return run;
  // Bare track numbers ("8 x 200") are metres.
  return makeQuantity(p, 'distance', a.value, b.value, start);
}

/** The unit a bare number takes from around it: a tempo label's minutes, the run it is part of, the list it ends. */
function impliedUnit(p: Cursor, a: Amount, b: Amount, start: number): Quantity | undefined {
  // "30 tempo", "45 tempo" (Higdon): a tempo run's bare number is minutes.
  if (p.label?.title === 'Tempo' && Number.isInteger(a.value) && a.value >= 10 && a.value <= 180 && p.isKind(0, 'eof')) {
    return makeQuantity(p, 'time', a.value * 60, b.value * 60, start);
  }
  // "12 miles w/ 8 @ MP", "16 miles with last 4 at marathon pace": the unit of the run it is part of.
  const earlier = a.value < 50 && (p.isKind(0, 'at') || p.isWord(0, 'at')) ? earlierUnit(p, start) : undefined;
  if (earlier) return { ...makeQuantity(p, 'distance', a.value * earlier, b.value * earlier, start), inherited: true } as Quantity;
  // "40 min run – last 15 at half-marathon pace": the last part of the run, in the run's unit.
  const run = runUnit(p, start);
  if (run) return { ...makeQuantity(p, run.kind, a.value * run.factor, b.value * run.factor, start), inherited: true } as Quantity;
  // "15 + 10 + 5 mins THR": the unit written once, on the last number of the list.
  const later = laterUnit(p);
  // "6x400, 2 mi cd": a unit that would make the number longer than any run is not the one it was written in; nor is
  // one written on a number of another size altogether ("4 x 1600 - 60 sec rest"): a list's numbers are alike.
  const alike = later !== undefined && a.value <= LIST_SPREAD * later.value && later.value <= LIST_SPREAD * a.value;
  if (later && alike && a.value * later.factor <= (later.kind === 'time' ? NORMS.run.seconds : NORMS.run.meters).possible[1]) {
    const q = makeQuantity(p, later.kind, a.value * later.factor, b.value * later.factor, start);
    return { ...q, inherited: true } as Quantity;
  }
  // "20 min easy, 1 min walk, 10 steady": the unit of the part just before, in a list of parts alike.
  const before = earlierPartUnit(p, start);
  // "40 min easy, 10 push-ups": only a part that is run ("10 steady", "10 a correr") takes the minutes; a count of
  // an exercise does not.
  const runPart = p.isKind(0, 'eof') || p.isKind(0, 'comma') || p.isKind(0, 'stop') || p.isKind(0, 'plus') || (p.isKind(0, 'word') && (RUN_PART_CATEGORIES.has(categoryOf(p.peek().value)) || RUNNING_NOUNS.has(p.peek().value)));
  if (before && runPart && a.value <= LIST_SPREAD * before.value && before.value <= LIST_SPREAD * a.value && !p.isKind(0, 'x')) {
    return { ...makeQuantity(p, before.kind, a.value * before.factor, b.value * before.factor, start), inherited: true } as Quantity;
  }
  return undefined;
}

/**
 * The unit of the part right before the number at `start`, across a comma or "+": a number, its unit and at most
 * EARLIER_WORDS words of the part ("1 min walk, 10 …"). A time only: a distance before a bare number is as often a
 * rep before its recovery ("4 x 1 mile, 400 jog"), which the recovery's norms read.
 */
function earlierPartUnit(p: Cursor, start: number): { kind: 'time'; factor: number; value: number } | undefined {
  let k = p.indexAt(start) - 1;
  if (!(p.tokens[k]?.kind === 'comma' || p.tokens[k]?.kind === 'plus')) return undefined;
  for (let words = 0; words <= EARLIER_WORDS; words++) {
    const [n, u] = [p.tokens[k - 2], p.tokens[k - 1]];
    if (u?.kind !== 'word') return undefined;
    const factor = TIME_UNITS[u.value];
    if (factor !== undefined && n?.kind === 'number' && p.tokens[k - 3]?.kind !== 'x') return { kind: 'time', factor, value: Number(n.value) };
    k--;
  }
  return undefined;
}

const EARLIER_WORDS = 2;

/** The kinds of word that say a bare number after timed parts is run: a pace or an effort. */
const RUN_PART_CATEGORIES: ReadonlySet<string> = new Set(['pace', 'effort']);

/** "4 miles Easy 5": a number left after the session, joined to nothing, is refused whatever the plan's units. */
function standsAlone(p: Cursor, a: Amount, start: number): void {
  const at = p.tokens[p.indexAt(start)]!;
  const before = p.tokens[p.indexAt(start) - 1];
  if (p.isKind(0, 'eof') && before && before.kind === 'word' && !(p.label && before.offset < p.label.span.end)) {
    p.fail(at, `'${a.text}' stands after the session with no unit`, `give its unit, such as '${a.text} mi' or '${a.text} min', or leave it out`);
  }
}

/** "1- to 2-mile warm-up": a hyphen left hanging after a number, its unit after the range's other end. */
function hangingHyphen(p: Cursor): void {
  if (p.isKind(0, 'dash') && !p.peek().spaced && p.isWord(1, 'to') && p.isKind(2, 'number')) p.next();
}

/** A number that cannot be placed: refused at it, with the units it may have meant. */
function needsUnit(p: Cursor, a: Amount, start: number): never {
  const at = p.tokens[p.indexAt(start)]!;
  // "Run 800 meters … Start out with 3 repeats": a count of reps whose length is not beside it.
  if (p.isWordIn(0, REP_NOUNS) || p.isWordIn(0, COUNTED_NAMES)) {
    const noun = p.peek();
    p.fail(at, `'${a.text} ${p.text.slice(noun.offset, noun.offset + noun.length)}' does not say how long each rep is`, `write the length beside the count, such as '${a.text} x 800m'`);
  }
  const miles = p.label?.total || p.tokens.some((t) => t.kind === 'word' && MILE_WORDS.has(t.value));
  p.fail(at, `'${a.text}' needs a unit`, miles ? `write it as '${a.text} mi' for miles or '${a.text} min' for minutes` : `write it as '${a.text}m' for metres or '${a.text} min' for minutes`);
}

/** The words of a plan in miles, which makes a bare number's likelier unit miles. */
const MILE_WORDS: ReadonlySet<string> = new Set(['mi', 'mile', 'miles']);

/**
 * "2 hrs 40 min", "1 hr 15 min", "1h30", "1 min 30 sec", "2min30": a time in
 * two units, the second the next smaller one (hours then minutes, minutes then
 * seconds). A bare number counts only glued to the unit before it ("1h30").
 */
function smallerUnit(p: Cursor, factor: number): number {
  const t = p.peek();
  if (t.kind !== 'number' || (factor !== 3600 && factor !== 60)) return 0;
  const value = Number(t.value);
  if (!(value > 0 && value < 60)) return 0;
  const u = p.peek(1);
  const next = u.kind === 'word' ? TIME_UNITS[u.value] : undefined;
  if (next === factor / 60) {
    p.next(), p.next();
    return value * next;
  }
  if (next === undefined && !t.spaced && Number.isInteger(value) && t.raw.length === 2 && !p.isKind(1, 'x') && !(u.kind === 'word' && DISTANCE_UNITS[u.value] !== undefined)) {
    p.next();
    return value * (factor / 60);
  }
  return 0;
}

/** "lesser of 15 miles (24 km) & 100 min": whichever ends first, decided at the step's pace. */
function lesser(p: Cursor): Quantity {
  const start = p.next().offset;
  p.next(); // of
  const options: Quantity[] = [quantity(p, false)];
  for (;;) {
    while (p.isKind(0, 'lparen')) {
      // "(24 km)": the same length in the other unit.
      while (!p.isKind(0, 'rparen') && !p.isKind(0, 'eof')) p.next();
      p.eatKind('rparen');
    }
    if (!(p.isKind(0, 'plus') || p.isWord(0, 'and', 'or'))) break;
    p.next();
    options.push(quantity(p, false));
  }
  if (options.length < 2) p.unexpected(p.peek(), "a second length after 'lesser of', such as '& 100 min'");
  return { kind: 'lesser', options, span: p.span(start) };
}

export function makeQuantity(p: Cursor, kind: 'time' | 'distance', low: number, high: number, start: number): Quantity {
  const span = p.span(start);
  if (!(low > 0) || !(high > 0)) throw new Stop({ offset: start, length: span.end - start, message: `a ${kind} must be more than zero` });
  if (high < low) throw new Stop({ offset: start, length: span.end - start, message: `write ranges low to high (${kind})`, hint: 'such as 45 - 60 min' });
  if (kind === 'time' && high > 12 * 3600) throw new Stop({ offset: start, length: span.end - start, message: 'more than 12 hours is not a session' });
  if (kind === 'distance' && high > 200_000) throw new Stop({ offset: start, length: span.end - start, message: 'more than 200 km is not a session' });
  return { kind, low: round3(low), high: round3(high), span };
}

export function amount(p: Cursor):  { value: number; clock: boolean; text: string } {
  const t = p.peek();
  if (t.kind === 'number') {
    p.next();
    return { value: Number(t.value), clock: false, text: t.raw };
  }
  if (t.kind === 'clock') {
    p.next();
    return { value: clockSeconds(t.value), clock: true, text: t.value };
  }
  p.unexpected(t, 'a number');
}

export function unitWord(p: Cursor):  { kind: 'time' | 'distance'; factor: number } | undefined {
  const t = p.peek();
  if (t.kind !== 'word') return undefined;
  // "30-45 minute minute park run": the unit written twice.
  if (p.peek(1).kind === 'word' && p.peek(1).value === t.value && (TIME_UNITS[t.value] !== undefined || DISTANCE_UNITS[t.value] !== undefined)) p.next();
  // "5K" before "@" is a distance; "mile" is a unit here, never a pace.
  if (DISTANCE_UNITS[t.value] !== undefined) {
    // "400m @", but "30 min" must not read "m" for metres: that is handled by the lexer splitting words.
    p.next();
    return { kind: 'distance', factor: DISTANCE_UNITS[t.value]! };
  }
  if (TIME_UNITS[t.value] !== undefined) {
    p.next();
    return { kind: 'time', factor: TIME_UNITS[t.value]! };
  }
  return undefined;
}

export function clockSeconds(clock: string): number {
  return clock.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Before a bare number: the unit of the distance just before it, when that is miles or kilometres ("12 miles w/ 8 @ MP"). */
function earlierUnit(p: Cursor, start: number): number | undefined {
  const at = p.indexAt(start);
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) {
    const t = p.tokens[k]!;
    if (t.kind === 'word' && (t.value === 'mi' || t.value === 'mile' || t.value === 'miles' || t.value === 'km')) return DISTANCE_UNITS[t.value];
  }
  return undefined;
}

/** After "last", "first" or "middle": the unit of the run the number is part of (the first unit of the session). */
function runUnit(p: Cursor, start: number): { kind: 'time' | 'distance'; factor: number } | undefined {
  const at = p.indexAt(start);
  const before = p.tokens[at - 1];
  if (!(before?.kind === 'word' && PLACE_WORDS.has(before.value))) return undefined;
  for (let k = 1; k < at; k++) {
    const t = p.tokens[k]!;
    if (t.kind !== 'word' || p.tokens[k - 1]!.kind !== 'number') continue;
    if (TIME_UNITS[t.value] !== undefined) return { kind: 'time', factor: TIME_UNITS[t.value]! };
    if (DISTANCE_UNITS[t.value] !== undefined) return { kind: 'distance', factor: DISTANCE_UNITS[t.value]! };
  }
  return undefined;
}

/** After a bare number: the unit on the last number of a list it starts ("15 + 10 + 5 mins", "3000-2000-1000 meters"). */
function laterUnit(p: Cursor): { kind: 'time' | 'distance'; factor: number; value: number } | undefined {
  let k = 0;
  for (let guard = 0; guard < 12; guard++) {
    const j = p.peek(k);
    const isJoin = j.kind === 'comma' || j.kind === 'plus' || j.kind === 'dash' || (j.kind === 'word' && j.value === 'and');
    if (!isJoin || !p.isKind(k + 1, 'number')) return undefined;
    k += 2;
    const u = p.peek(k);
    const value = Number(p.peek(k - 1).value);
    if (u.kind === 'word' && DISTANCE_UNITS[u.value] !== undefined) return { kind: 'distance', factor: DISTANCE_UNITS[u.value]!, value };
    if (u.kind === 'word' && TIME_UNITS[u.value] !== undefined) return { kind: 'time', factor: TIME_UNITS[u.value]!, value };
  }
  return undefined;
}
