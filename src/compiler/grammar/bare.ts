/**
 * A number written without its unit, read by plausibility: where it stands
 * (a recovery after "w/", a run on its own) says what it may be, each reading
 * is scored against the coaching norms (dialect/norms.ts), and the best is
 * kept with a note whenever another was possible too.
 */
import type { IntervalNode, Quantity } from '../ast.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, EFFORT_WORDS, TIME_UNITS } from '../vocabulary.js';
import { LABEL_PARTS, NORMS, RATIO_NORM, ROUGH_SPEED, ROUND_BY, SPEED_NORM, fit, weigh, type Candidate, type Part } from '../dialect/norms.js';
import { COUNT_NOUNS, RECOVERY_MARKERS, RECOVERY_OPENERS } from '../dialect/categories.js';
import { REP_NOUNS, RUN_VERBS } from '../dialect/markers.js';
import { READ_WORDS } from '../dialect/known.js';
import { WORK_WORDS as WORK_MARKERS } from './ahead.js';
import type { Cursor } from './cursor.js';
import { clockSeconds, makeQuantity } from './quantity.js';

type Reading = { kind: 'time' | 'distance'; factor: number };

const MILE = DISTANCE_UNITS.mi!;

/** A number as `quantity` read it: its value, and whether it was a clock. */
interface Written {
  value: number;
  clock: boolean;
  text: string;
}

/**
 * "4 x 1 mile w/ 3", "8 x 400 w/ 200", "6 x 400 w/ 90", "6 x 800, 2 jog": a bare
 * recovery, read as minutes, seconds, metres or miles by what recoveries are
 * and how long the rep before it is. Undefined where the number is no recovery.
 */
export function bareRecovery(p: Cursor, a: Written, b: Written, start: number): Reading | undefined {
  if (a.clock || !recoverySlot(p, start)) return undefined;
  const rep = repSeconds(p, start);
  const candidates = (['m', 's', 'min', 'mi'] as const).map((u) => recoveryCandidate(u, a.value, b.value, rep));
  const written = a === b ? a.text : `${a.text}-${b.text}`;
  const chosen = weigh(candidates, written, 'recovery');
  if (!chosen) return undefined;
  // Two readings as likely, and neither the track length a bare number has always been: no choice to make.
  if (chosen.tie && chosen.value !== 'm') return undefined;
  if (chosen.note && !p.readings.includes(chosen.note)) p.readings.push(chosen.note);
  return READINGS[chosen.value];
}

const READINGS: Record<'m' | 's' | 'min' | 'mi', Reading> = {
  m: { kind: 'distance', factor: 1 },
  s: { kind: 'time', factor: 1 },
  min: { kind: 'time', factor: 60 },
  mi: { kind: 'distance', factor: MILE },
};

/** One reading of a bare recovery, scored: the norm counts twice, then how coaches round it, then its ratio to the rep. */
function recoveryCandidate(unit: 'm' | 's' | 'min' | 'mi', low: number, high: number, rep: number | undefined): Candidate<'m' | 's' | 'min' | 'mi'> {
  const r = READINGS[unit];
  const norm = r.kind === 'time' ? NORMS.recovery.seconds : NORMS.recovery.meters;
  const fits = Math.min(fit(low * r.factor, norm), fit(high * r.factor, norm));
  const seconds = r.kind === 'time' ? low * r.factor : (low * r.factor) / ROUGH_SPEED.jog;
  const round = unit === 'm' || unit === 's' ? Number(Number.isInteger(low / ROUND_BY[unit])) : unit === 'min' ? 1 : 0;
  const ratio = rep ? fit(seconds / rep, RATIO_NORM) : 0;
  const words = `${low === high ? low : `${low}-${high}`} ${unit}`;
  return { value: unit, words, score: fits === 0 ? 0 : 2 * fits + round + ratio, usual: fits === 2 };
}

/** After "w/", "with" or a recovery word, or before one ("200 jog"), in a session of reps; not work inside a run ("w/ 8 @ MP"). */
function recoverySlot(p: Cursor, start: number): boolean {
  const at = p.indexAt(start);
  const word = (t: Token | undefined, set: ReadonlySet<string>) => t?.kind === 'word' && set.has(t.value);
  // "w/ 8 @ MP" is work in the run; "with 1 ½ min" has its unit still to come.
  if (word(p.peek(), WORK_MARKERS) || ['at', 'x', 'number', 'clock'].includes(p.peek().kind)) return false;
  if (word(p.peek(), RECOVERY_MARKERS) || p.isWord(0, 'between')) return true;
  let k = at - 1;
  if (p.tokens[k]?.kind === 'slash') k--;
  const before = p.tokens[k];
  if (!(word(before, AFTER_WITH) || word(before, RECOVERY_OPENERS))) return false;
  return p.tokens.slice(0, k).some((t) => t.kind === 'x');
}

/** The words a recovery follows in "4 x 1 mile w/ 3". */
const AFTER_WITH: ReadonlySet<string> = new Set(['w', 'with']);

/** About how long the rep before `start` takes: "x 1 mile" some 400 s, "x 3 min" 180 s, "x 400" 100 s. */
function repSeconds(p: Cursor, start: number): number | undefined {
  const at = p.indexAt(start);
  let k = at - 1;
  while (k >= 0 && p.tokens[k]!.kind !== 'x') k--;
  const n = p.tokens[k + 1];
  const u = p.tokens[k + 2];
  if (k < 0 || !n) return undefined;
  if (n.kind === 'clock') return clockSeconds(n.value);
  if (n.kind !== 'number') return undefined;
  const v = Number(n.value);
  const unit = u?.kind === 'word' ? u.value : '';
  if (TIME_UNITS[unit] !== undefined) return v * TIME_UNITS[unit]!;
  if (DISTANCE_UNITS[unit] !== undefined) return (v * DISTANCE_UNITS[unit]!) / ROUGH_SPEED.rep;
  return v >= 50 ? v / ROUGH_SPEED.rep : undefined;
}

/**
 * "Mo: 7", "Thursday: 8 @ 7:10", "45 easy": a number alone at the start of a
 * day, read as a run: a distance in the text's unit (miles or kilometres, or
 * the athlete's when it names neither) or minutes, whichever the norms for a
 * run find usual. Undefined when neither is, or both are as usual ("15").
 */
export function bareRun(p: Cursor, a: Written, b: Written, start: number): Quantity | undefined {
  if (a.clock || !p.startsSession(start) || p.isKind(0, 'x')) return undefined;
  // "Wednesday: 6 easy on the dirt track", "Tu: 14 on hills": words after the run say how or where it is run.
  // "Tuesday - 10 - Completed": a spaced dash before a remark ends the figure, as a full stop does.
  const ends = ['eof', 'stop', 'newline', 'comma', 'semicolon', 'at'].includes(p.peek().kind) || (p.isKind(0, 'dash') && p.peek().spaced && p.isKind(1, 'word') && !p.isWordIn(1, READ_WORDS));
  if (p.isWord(0) ? p.isWordIn(0, NO_RUN_AFTER) || !p.isWordIn(0, RUN_AFTER) : !ends) return undefined;
  const track = Number.isInteger(a.value) && a.value >= 50;
  return byNorms(p, a, b, start, LABEL_PARTS[p.label?.title ?? ''] ?? 'run', track);
}

/**
 * "Walk 2", "Run 3": in a plan that declares its units, a cell of a verb and a bare number, nothing after it, is that
 * much walking or running, in the plan's unit or in minutes, whichever the norms find usual: a run's for a run, and
 * for a walk a warm-up's, which is as long as the walks plans set (5 to 30 minutes, a mile to three): "Walk 2" is two
 * miles, "Walk 10" ten minutes.
 */
export function verbLength(p: Cursor, a: Written, b: Written, start: number): Quantity | undefined {
  const verb = p.tokens[p.indexAt(start) - 1];
  if (a.clock || !p.bare || p.bare === 'min' || verb?.kind !== 'word' || !p.isKind(0, 'eof') || !p.startsSession(verb.offset)) return undefined;
  if (verb.value === 'walk') return byNorms(p, a, b, start, 'warmup', false);
  return RUN_VERBS[verb.value] !== undefined ? byNorms(p, a, b, start, 'run', false) : undefined;
}

/**
 * "15WU", ".5 w/u", "2 wu": a number before a warm-up or cool-down, read as minutes or as a distance in the text's
 * unit (the athlete's where it names none), whichever the norms for a warm-up find more usual: 15 is minutes (15
 * miles is no warm-up), .5 and 2 are miles (30 s and 2 min are too short to warm up). Undefined when neither is
 * possible, or both are as usual.
 */
export function bareWarmup(p: Cursor, a: Written, b: Written, start: number): Quantity | undefined {
  if (a.clock || !p.isWord(0, 'warmup', 'cooldown')) return undefined;
  return byNorms(p, a, b, start, 'warmup', false);
}

/**
 * A bare number read as minutes, a distance in the text's unit (the athlete's where it names none) or, for a
 * track number, metres: whichever the norms for `part` find most usual, with a note when another was possible.
 */
function byNorms(p: Cursor, a: Written, b: Written, start: number, part: Part, track: boolean): Quantity | undefined {
  const unit = textUnit(p);
  const norm = NORMS[part];
  const distance = (v: number) => (unit ? fit(v * DISTANCE_UNITS[unit]!, norm.meters) : Math.min(fit(v * MILE, norm.meters), fit(v * 1000, norm.meters)));
  // "23.2 @ 7:38 min/mile": minutes are written whole or by the half; a tenth is a distance's (a watch's reading).
  const time = (v: number) => Math.min(fit(v * 60, norm.seconds), Number.isInteger(v * 2) ? 2 : 1);
  const metres = (v: number) => fit(v, norm.meters);
  const score = (f: (v: number) => number) => Math.min(f(a.value), f(b.value));
  const written = a === b ? a.text : `${a.text}-${b.text}`;
  const candidates: Candidate<'distance' | 'min' | 'm'>[] = [
    ...(track ? [{ value: 'm' as const, words: `${written} m`, score: score(metres), usual: score(metres) === 2 }] : []),
    { value: 'distance', words: unit ? `${written} ${unit}` : `${written} in the plan's or athlete's unit`, score: score(distance), usual: score(distance) === 2 },
    { value: 'min', words: `${written} min`, score: score(time), usual: score(time) === 2 },
  ];
  const chosen = weigh(candidates, written, part);
  if (!chosen || chosen.tie) return undefined;
  if (chosen.note && !p.readings.includes(chosen.note)) p.readings.push(chosen.note);
  if (chosen.value === 'min') return makeQuantity(p, 'time', a.value * 60, b.value * 60, start);
  if (chosen.value === 'm') return makeQuantity(p, 'distance', a.value, b.value, start);
  const factor = unit ? DISTANCE_UNITS[unit]! : MILE;
  const q = makeQuantity(p, 'distance', a.value * factor, b.value * factor, start);
  return unit ? q : ({ ...q, unitless: true } as Quantity);
}

/** Words a run of a bare number may be followed by: how it is run ("6 easy"), where ("14 on hills") or when ("6 early"). */
const RUN_AFTER: ReadonlySet<string> = new Set([...EFFORT_WORDS, 'easy', 'on', 'early', 'in', 'with', 'w', 'around', 'along', 'today', 'this', 'total', 'run', 'running', 'jog']);

/** Words after which a bare number counts or is part of something else: "3 times", "2 sets", "4 reps". */
const NO_RUN_AFTER: ReadonlySet<string> = new Set([...COUNT_NOUNS, ...REP_NOUNS, 'x', 'of', 'to', 'or', 'and', 'by']);

/** The one distance unit a text names, if it names one: "8 miles @ 7:10", "4-5km". */
function textUnit(p: Cursor): 'mi' | 'km' | undefined {
  const words = new Set(p.tokens.filter((t) => t.kind === 'word').map((t) => t.value));
  const mi = MILE_WORDS.some((w) => words.has(w));
  const km = KM_WORDS.some((w) => words.has(w));
  return mi && !km ? 'mi' : km && !mi ? 'km' : undefined;
}

const MILE_WORDS = ['mi', 'mile', 'miles'];
const KM_WORDS = ['km', 'k', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'];

/**
 * "5 miles in 40-42", "10 km in 50 min": the time for a run of miles or
 * kilometres, read as seconds or minutes by the speed it gives, and kept as
 * the pace per mile or km it means. False, having read nothing, for a rep's
 * own time ("400 in 75"), which is read as a split.
 */
export function timeForRun(p: Cursor, node: IntervalNode): boolean {
  const q = node.quantity;
  if (q.kind !== 'distance' || q.low !== q.high || !p.isWord(0, 'in') || !p.isKind(1, 'number')) return false;
  const per = Math.abs(q.low / MILE - Math.round(q.low / MILE)) < 0.01 ? 'mi' : q.low % 1000 === 0 ? 'km' : undefined;
  if (!per) return false;
  const save = p.i;
  const from = p.next().offset;
  const low = Number(p.next().value);
  const ranged = (p.isKind(0, 'dash') || p.isWord(0, 'to')) && p.isKind(1, 'number');
  const high = ranged ? (p.next(), Number(p.next().value)) : low;
  const written = p.isWord(0) ? TIME_UNITS[p.peek().value] : undefined;
  const candidates = ([['s', 1], ['min', 60]] as const)
    .filter(([, f]) => written === undefined || written === f)
    .map(([unit, f]) => ({ value: f, words: `${ranged ? `${low}-${high}` : low} ${unit}`, score: Math.min(fit(q.low / (low * f), SPEED_NORM), fit(q.low / (high * f), SPEED_NORM)) }));
  const chosen = weigh(candidates, `in ${ranged ? `${low}-${high}` : low}`, 'run');
  if (!chosen || chosen.tie || (chosen.value === 1 && !ranged && written === undefined)) {
    p.i = save;
    return false;
  }
  if (written !== undefined) p.next();
  if (chosen.note && !p.readings.includes(chosen.note)) p.readings.push(chosen.note);
  const units = q.low / DISTANCE_UNITS[per]!;
  node.pace = { kind: 'explicit', slowSecondsPerUnit: (high * chosen.value) / units, fastSecondsPerUnit: (low * chosen.value) / units, unit: per, span: p.span(from) };
  return true;
}
