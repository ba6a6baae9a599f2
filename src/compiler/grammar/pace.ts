/** Paces and efforts: "@ HM-10K", "5K/Mile", "6:20-6:30/mi", "MP-10s", "@ 75", "90-95% effort". */
import type { IntervalNode, PaceExpr, PaceRef, Span } from '../ast.js';
import { EFFORT_WORDS, K_PACES, PACE_ONLY_WORDS, PACE_WORDS, suggest } from '../vocabulary.js';
import { Cursor } from './cursor.js';
import { clockSeconds } from './quantity.js';
import { RACE_PACES, type PaceName } from '../../paces/types.js';
import { PACE_NOUNS } from '../dialect/efforts.js';

export function paceOrEffort(p: Cursor, node: IntervalNode): void {
  // "2 mi @ WU + … + 2 mi @ CD": run as the warm-up or the cool-down.
  if (p.isWord(0, 'warmup', 'cooldown') && (node.role === 'work' || node.role === 'easy')) {
    node.role = p.next().value === 'warmup' ? 'warmup' : 'cooldown';
    node.roleWritten = true;
    return;
  }
  const t = p.peek();
  const start = t.offset;
  if (shareOfPace(p, node)) return;
  // "90-95% effort", "max", "hard", "all out".
  if (t.kind === 'number' && (p.isKind(1, 'percent') || ((p.isKind(1, 'dash') || p.isWord(1, 'to')) && p.isKind(3, 'percent')))) {
    p.next();
    if (!p.eatKind('percent')) {
      p.next();
      p.next();
      p.next();
    }
    p.eatWord('effort', 'max', 'of', 'hr', 'heart', 'rate', 'mhr', 'maximum');
    while (p.isWord(0, 'effort', 'max', 'heart', 'rate', 'hr', 'or', 'maximum') && !(p.isWord(0, 'or') && !p.isWord(1, 'max', 'maximum'))) p.next();
    node.effort = p.text.slice(start, p.prevEnd).trim();
    return;
  }
  if (t.kind === 'word' && EFFORT_WORDS.has(t.value) && !PACE_WORDS[t.value]) {
    p.next();
    if (t.value === 'all') p.eatWord('out');
    p.eatWord('effort');
    // A word written another way ("stead") is named as the shorthand knows it ("steady").
    node.effort = t.synthetic ? t.value : p.text.slice(start, p.prevEnd).trim();
    return;
  }
  const from = p.i;
  node.pace = pace(p);
  keepWritten(p, from, node);
  // "1 min @ 6:30": a time cannot be run in a time; the clock is a pace per mile or km, as the text measures.
  const q = node.pace;
  if (q.kind === 'split' && node.quantity.kind === 'time' && q.seconds >= 150 && q.seconds <= 900) {
    node.pace = { kind: 'explicit', slowSecondsPerUnit: q.seconds, fastSecondsPerUnit: q.seconds, unit: textUnit(p), span: q.span };
  }
}

/**
 * "9/10 effort", "zone 2", "7.5 mph": what the coach wrote where the normalising
 * pass wrote a pace, kept in the step's notes, so that the athlete sees the effort
 * asked for beside the pace it was read as (or the heart rate, with heart-rate data).
 */
export function keepWritten(p: Cursor, from: number, node: IntervalNode): void {
  // The "@" the normalising pass wrote before the pace carries its note.
  const at = p.tokens[from - 1]?.kind === 'at' ? from - 1 : from;
  const read = p.tokens.slice(at, p.i).find((t) => t.synthetic && (t.heartRate || t.written));
  if (!read) return;
  const written = read.written ?? p.text.slice(read.offset, read.offset + read.length).replace(/\s+/g, ' ').trim();
  if (!written) return;
  if (read.heartRate) node.heartRateWords = written;
  else if (!node.remarks.includes(written)) node.remarks.push(written);
}

/**
 * "HM-10K", "5K/Mile", "15K to half marathon pace", "6:20-6:30/mi", "75", "MP-10s",
 * "goal mile pace", "Faster", "@ 5k Pace -5-10 seconds", "10-15 seconds slower than 10k pace".
 */
export function pace(p: Cursor): PaceExpr {
  const start = p.peek().offset;
  const from = p.i;
  const before = offsetBefore(p);
  const first = singlePace(p);
  let expr: PaceExpr = first;
  // "10k→5k pace": an arrow from one named pace to another is the band between them.
  const arrow = p.isKind(0, 'gt') && namesRaceAt(p, 1);
  if ((p.isKind(0, 'dash') || p.isWord(0, 'to') || arrow) && first.kind === 'named' && !offsetAhead(p)) {
    p.next();
    const second = singlePace(p);
    if (second.kind !== 'named') p.fail(p.peek(-1), 'a pace range joins two named paces, such as HM-10K');
    expr = { kind: 'named', names: [...first.names, ...second.names], span: p.span(start) };
  }
  // "5K pace/effort", "marathon pace/effort", "@Mara Intensity": one pace, said once or twice.
  if (p.isWord(0, ...PACE_NOUNS) && p.isKind(1, 'slash') && p.isWord(2, ...PACE_NOUNS)) p.next(), p.next();
  if (expr.kind === 'named' && p.isKind(0, 'slash') && p.isWord(1, ...PACE_NOUNS)) p.next();
  p.eatWord(...PACE_NOUNS);
  const after = offsetAfter(p);
  const offset = before ?? after;
  if (offset && expr.kind === 'named') expr.offset = offset;
  else if (offset) p.failAt(p.span(start), 'an offset goes with a named pace, such as MP-10s', 'such as 5K pace + 5 sec');
  // "@ 5k pace / 200m active recovery": a slash before a length starts the recovery, not a second pace.
  if (raceAfterSlash(p) || (p.isKind(0, 'slash') && !p.isWord(1, 'mi', 'km') && !lengthAt(p, 1) && !p.isWordIn(1, SLASH_RECOVERY_WORDS))) {
    const parts: PaceExpr[] = [expr];
    while (p.eatKind('slash')) parts.push(singlePace(p));
    expr = { kind: 'paired', parts, span: p.span(start) };
  }
  p.eatWord('pace', 'effort');
  expr.span = p.span(start);
  // "Z2", "75% HRmax", "HR 140-150": the normalising pass wrote the pace of that effort, carrying the heart rate.
  const heartRate = p.tokens.slice(from, p.i).find((t) => t.heartRate)?.heartRate;
  if (heartRate && expr.kind === 'named') expr.heartRate = heartRate;
  return expr;
}

/** "MP-10s", "MP - 10s", "5k Pace -5-10 seconds", "5k pace- 3 seconds", "5K pace + 5 sec": seconds per mile (or km). */
function offsetAfter(p: Cursor): { low: number; high: number } | undefined {
  if (!offsetAhead(p)) return undefined;
  const sign = p.next().kind === 'plus' ? 1 : -1;
  const [a, b] = offsetAmounts(p);
  p.next(); // sec
  p.eatKind('slash');
  p.eatWord('per');
  p.eatWord('mile', 'mi', 'km');
  return sign > 0 ? { low: a, high: b } : { low: -b, high: -a };
}

function offsetAhead(p: Cursor): boolean {
  if (!p.isKind(0, 'dash') && !p.isKind(0, 'plus')) return false;
  if (!p.isKind(1, 'number')) return false;
  const k = p.isKind(2, 'dash') && p.isKind(3, 'number') ? 4 : 2;
  return p.isWord(k, 's', 'sec');
}

/** "10-15 seconds slower than", "30 seconds above", "around 30 seconds slower than": before the pace they change. */
function offsetBefore(p: Cursor): { low: number; high: number } | undefined {
  const save = p.i;
  p.eatWord('around', 'about', 'roughly', 'approximately');
  if (p.isWord(0, 'slightly', 'a', 'little') && p.isWord(1, 'faster', 'slower', 'quicker') || p.isWord(0, 'slightly') && p.isWord(1, 'a')) {
    // "slightly faster than 5k pace": the pace itself, which a band already allows.
    while (p.isWord(0, 'slightly', 'a', 'little', 'bit', 'faster', 'slower', 'quicker')) p.next();
    p.eatWord('than');
    return undefined;
  }
  // Looked at before anything is taken: "800-800" is a range of paces, not an offset.
  let k = 1;
  if (p.isKind(1, 'dash') && p.isKind(2, 'number')) k = 3;
  if (!p.isKind(0, 'number') || !p.isWord(k, 's', 'sec')) {
    p.i = save;
    return undefined;
  }
  let j = k + 1;
  if (p.isKind(j, 'slash') || p.isWord(j, 'per')) j += 2;
  if (!p.isWord(j, 'slower', 'above', 'faster', 'below', 'quicker', 'under', 'over')) {
    p.i = save;
    return undefined;
  }
  const [a, b] = offsetAmounts(p);
  p.next();
  p.eatKind('slash');
  p.eatWord('per');
  p.eatWord('mile', 'mi', 'km');
  const dir = p.eatWord('slower', 'above', 'faster', 'below', 'quicker', 'under', 'over');
  if (!dir) {
    p.i = save;
    return undefined;
  }
  p.eatWord('than');
  const slower = dir.value === 'slower' || dir.value === 'above' || dir.value === 'over';
  return slower ? { low: a, high: b } : { low: -b, high: -a };
}

/** "10", "10-15", "5-10": seconds, low to high. */
function offsetAmounts(p: Cursor): [number, number] {
  const a = offsetAmount(p);
  let b = a;
  if (p.isKind(0, 'dash') && p.isKind(1, 'number')) {
    p.next();
    b = offsetAmount(p);
  }
  return a <= b ? [a, b] : [b, a];
}

/** "MP-10s", "5K pace + 5 sec": seconds per mile (or km), within what still names that pace. */
export function offsetAmount(p: Cursor): number {
  const t = p.next();
  const seconds = Number(t.value);
  if (!(seconds >= 1 && seconds <= 90)) p.fail(t, `an offset of ${t.raw} s is too far from the pace it names`, 'offsets run from 1 to 90 seconds, such as MP-10s');
  return seconds;
}

/**
 * "800m/300m @ 800/5K": a race written as a race ("5K", no space before the K) after the slash is the next rep's
 * pace, not a recovery of 5 km, unless a recovery word follows it.
 */
function raceAfterSlash(p: Cursor): boolean {
  if (!p.isKind(0, 'slash') || !p.isKind(1, 'number') || !p.isWord(2, 'k') || p.peek(2).spaced) return false;
  // "@ 10K/5K-5s": an offset written onto the race is not read here; the slash keeps its older reading. A spaced
  // "+" ("@ 800/5K + 2 x 20 sec") joins the next part.
  if ((p.isKind(3, 'dash') || p.isKind(3, 'plus')) && !p.peek(3).spaced) return false;
  return K_PACES[p.peek(1).value] !== undefined && !p.isWordIn(3, SLASH_RECOVERY_WORDS) && !p.isWord(3, 'easy');
}

/** After "@ 5k pace /", a recovery begins with one of these ("/ jog 200m", "/ 200m recovery"), not a second pace. */
const SLASH_RECOVERY_WORDS: ReadonlySet<string> = new Set(['jog', 'walk', 'rest', 'recovery', 'float']);

/** A length starts `k` tokens ahead: "200m", "1 min", "90 second". */
function lengthAt(p: Cursor, k: number): boolean {
  if (!p.isKind(k, 'number') && !p.isKind(k, 'clock')) return false;
  const u = p.peek(k + 1);
  return u.kind === 'word' && ['m', 'mi', 'k', 'km', 'min', 'sec', 's', 'h', 'hr', 'mile', 'miles', 'y', 'yd'].includes(u.value);
}

export function singlePace(p: Cursor): PaceExpr {
  // "at an easy pace", "@ c.10mile pace", "at about 5K pace": an article or "about" says nothing of the pace.
  while ((p.isWord(0, 'a', 'an', 'the', 'c', 'ca', 'approx', 'about', 'around', 'roughly', 'current') && p.peek(1).kind !== 'eof') || (p.isKind(0, 'dot') && p.peek(-1).kind === 'word' && p.peek(-1).value === 'c')) p.next();
  // "@at marathon pace": the pace's mark written twice.
  if (p.isWord(0, 'at') && p.isKind(-1, 'at')) p.next();
  // "400 RI @ WU": a recovery at warm-up pace is easy.
  if (p.isWord(0, 'warmup', 'cooldown')) {
    const w = p.next();
    return { kind: 'named', names: [{ name: 'E' }], span: p.span(w.offset) } as PaceExpr;
  }
  // "at fast interval pace", "@ easy tempo": an effort word before the pace it qualifies.
  while (p.isWord(0, 'fast', 'quick', 'hard', 'strong', 'steady', 'controlled', 'comfortable') && p.peek(1).kind === 'word' && PACE_WORDS[p.peek(1).value] && p.peek(1).value !== 'easy') p.next();
  const start = p.peek().offset;
  // "@ target 5K pace": a target pace is the goal's.
  const goal = p.eatWord('goal', 'target') !== undefined;
  const u = p.peek();
  if (u.kind === 'clock' && !goal) return clockPace(p, start);
  if (u.kind === 'number') return numberPace(p, goal, start);
  const word = u.kind === 'word' ? wordPace(p, goal, start) : undefined;
  if (word) return word;
  if (goal) return named(p, 'goal', true, start);
  const s = u.kind === 'word' ? displayPace(suggest(u.value, PACE_SUGGESTIONS)) : undefined;
  p.fail(u, u.kind === 'eof' ? 'a pace is missing after @' : `unknown pace '${u.raw}'`, s ? `did you mean '${s}'?` : 'paces: 800, 1500, Mile, 3K, 5K, 8K, 10K, 15K, HM, M/MP, E, T, I, R, goal, 6:30/mi, or seconds per rep');
}

/** "6:30/mi", "6:20-6:30/mi", "7:40 pace", or a clock with no unit: the time for each rep ("@ 1:10"). */
function clockPace(p: Cursor, start: number): PaceExpr {
  const u = p.next();
  let slow = clockSeconds(u.value);
  let fast = slow;
  // "6:20-6:30/mi", "from 6:30 to 6:00 pace": either end first, a band between them.
  if ((p.isKind(0, 'dash') || p.isWord(0, 'to')) && p.isKind(1, 'clock')) {
    p.next();
    fast = clockSeconds(p.next().value);
    if (fast > slow) [slow, fast] = [fast, slow];
  }
  if (!(slow > 0 && fast > 0)) p.fail(u, `'${u.raw}' is not a running pace`, 'such as 6:30/mi or 4:05/km');
  if (p.isWord(0, 'pace') || (p.isWord(0, 'or') && p.isWord(1, 'so') && p.isWord(2, 'pace'))) {
    // "7:40 pace", "9:30 or so pace": per mile or km as the text measures, else the athlete's unit.
    while (!p.isWord(0, 'pace')) p.next();
    return { kind: 'explicit', slowSecondsPerUnit: slow, fastSecondsPerUnit: fast, unit: textUnit(p), span: p.span(start) };
  }
  // "@ 6:30 / 1 min jog": the slash starts the recovery, not the pace's unit.
  const perUnit = (p.isKind(0, 'slash') || p.isWord(0, 'per')) && !(p.isKind(1, 'number') || p.isKind(1, 'clock'));
  if (perUnit) {
    p.next();
    const unitTok = p.next();
    const unit = unitTok.value === 'km' || unitTok.value === 'k' ? 'km' : unitTok.value === 'mi' || unitTok.value === 'mile' ? 'mi' : undefined;
    if (!unit) p.fail(unitTok, `unknown pace unit '${unitTok.raw}'`, "paces are per 'mi' or per 'km', such as 6:30/mi");
    return { kind: 'explicit', slowSecondsPerUnit: slow, fastSecondsPerUnit: fast, unit, span: p.span(start) };
  }
  p.eatWord('s', 'sec');
  // "(7:45 or so)": about that time, as every pace is.
  if (p.isWord(0, 'or') && p.isWord(1, 'so')) p.next(), p.next();
  // "@ 4:50-5:05": a range of times, each end kept, and each a time a rep may take.
  if (!(fast >= 5 && slow <= 3600)) p.fail(u, `'${p.text.slice(start, p.prevEnd).trim()}' is not a time for a rep`, "such as '@ 1:10' or '@ 6:30/mi'");
  return { kind: 'split', seconds: fast, ...(slow !== fast ? { slowest: slow } : {}), span: p.span(start) };
}

/** Track races written in metres whose pace the table holds under their kilometres. */
const METRE_RACES: Readonly<Record<string, PaceName>> = { '3000': '3K', '5000': '5K', '10000': '10K' };

/** Recovery pace: slower than easy, read from the easy pace. */
export const recoveryPace = (span: Span): PaceExpr => ({ kind: 'named', names: [{ name: 'E', goal: false, recovery: true }], span });

/** "5K", "1 mile", "1600m", "800", or seconds for each rep ("@ 75"). */
function numberPace(p: Cursor, goal: boolean, start: number): PaceExpr {
  const u = p.next();
  // "3-5 km race pace": two races that share their unit, the first as the second is written.
  if (K_PACES[u.value] && p.isKind(0, 'dash') && K_PACES[p.peek(1).value] && p.isKind(1, 'number') && p.isWord(2, 'k', 'km') && Number(u.value) < Number(p.peek(1).value)) {
    return named(p, K_PACES[u.value]!, goal, start);
  }
  if (p.isWord(0, 'k', 'km') && K_PACES[u.value]) {
    p.next();
    return named(p, K_PACES[u.value]!, goal || p.isWord(0, 'goal'), start);
  }
  if (u.value === '1' && p.isWord(0, 'mile', 'mi')) {
    // "@ 1 mile goal pace".
    p.next();
    return named(p, 'Mile', goal || p.isWord(0, 'goal'), start);
  }
  if (u.value === '1600' || u.value === '1609') {
    // "1600m pace": the track mile.
    p.eatWord('m');
    return named(p, 'Mile', goal, start);
  }
  // "5000m pace", "3000 pace": a track race's metres, as its kilometres name it.
  if (METRE_RACES[u.value]) {
    p.eatWord('m');
    return named(p, METRE_RACES[u.value]!, goal, start);
  }
  if (u.value === '800' || u.value === '1500') {
    p.eatWord('m');
    return named(p, u.value, goal, start);
  }
  if (u.value === '10' && p.isWord(0, 'mile', 'miles')) p.fail(u, '10-mile pace is not in the pace table', 'use 15K or HM');
  // "3 x 150 at 400 pace": a track race's metres before "pace" name its pace, never seconds a rep (400 s for 150 m).
  if (p.isWord(0, 'pace', 'race') && Number(u.value) >= 100 && Number(u.value) % 100 === 0) {
    p.fail(u, `${u.raw} m race pace is not in the pace table`, "use 800, Mile or 5K, or write the pace such as '@ 6:30/mi'");
  }
  if (goal) p.fail(u, `'goal' must be followed by a race such as 'mile' or '5K'`);
  p.eatWord('s', 'sec', 'secs', 'seconds');
  const secs = Number(u.value);
  if (!(secs >= 10 && secs <= 600)) p.fail(u, `'${u.raw}' is not a pace`, 'write a pace name (HM, 5K, Mile), a pace such as 6:30/mi, or seconds per rep such as @ 75');
  return { kind: 'split', seconds: secs, span: p.span(start) };
}

/** "Faster", "half marathon", "VO2max", "race pace", "recovery pace", "tempo", …: undefined for a word that names no pace. */
function wordPace(p: Cursor, goal: boolean, start: number): PaceExpr | undefined {
  const u = p.peek();
  // "a R4", "(L2)": a letter glued to a number is a plan's own code for a pace, never the letter's pace and a count.
  const glued = p.peek(1);
  if (u.value.length === 1 && glued.kind === 'number' && !glued.spaced && /^\d+$/.test(glued.value)) {
    p.fail(u, `unknown pace '${u.raw}${glued.raw}'`, "a plan's own pace names are declared with the plan (paces:), or write the pace such as '@ 5K' or '@ 4:30/km'");
  }
  if (u.value === 'faster') {
    p.next();
    return { kind: 'faster', span: p.span(start) };
  }
  if (u.value === 'half') {
    p.next();
    p.eatKind('dash');
    p.eatWord('marathon');
    return named(p, 'HM', goal, start);
  }
  if (u.value === 'vo' && p.isKind(1, 'number') && p.peek(1).value === '2') {
    p.next(), p.next();
    p.eatWord('max');
    return named(p, 'I', goal, start);
  }
  if (u.value === 'race' && (goal || p.isWord(1, 'pace', 'effort'))) {
    // "@ goal race pace", "@ Race Pace": the race the plan is for.
    p.next();
    return named(p, 'goal', true, start);
  }
  if (u.value === 'recovery' && !goal) {
    // "@ recovery pace": slower than easy.
    p.next();
    return recoveryPace(p.span(start));
  }
  const name = PACE_WORDS[u.value] ?? PACE_ONLY_WORDS[u.value];
  if (!name) return undefined;
  p.next();
  return named(p, name, goal, start);
}

export function named(p: Cursor, name: PaceRef['name'] | 'goal', goal: boolean, start: number): PaceExpr {
  if (p.eatWord('goal', 'target')) goal = true;
  p.eatWord('race');
  // "goal pace" alone means the goal race's pace; resolved later.
  const ref: PaceRef = name === 'goal' ? { name: 'Mile', goal: true, anyGoal: true } : { name, goal };
  return { kind: 'named', names: [ref], span: p.span(start) };
}

/** What an unknown pace word may be a typo of (one list, so its suggestions are remembered). */
const PACE_SUGGESTIONS = [...Object.keys(PACE_WORDS), 'faster', 'half', 'goal', 'max', 'hard'];

/** Pace words are suggested as coaches write them: 'HM', not 'hm'. */
function displayPace(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  return word.length <= 3 && PACE_WORDS[word] && word !== 'rep' ? word.toUpperCase() : word;
}

/** The unit a pace with none written is per: the text's own (miles or kilometres), else the athlete's. */
function textUnit(p: Cursor): 'mi' | 'km' | 'athlete' {
  const words = new Set(p.tokens.filter((t) => t.kind === 'word').map((t) => t.value));
  const mi = ['mi', 'mile', 'miles'].some((w) => words.has(w));
  const km = ['km', 'k', 'kms', 'kilometer', 'kilometers', 'kilometre', 'kilometres'].some((w) => words.has(w));
  return mi && !km ? 'mi' : km && !mi ? 'km' : 'athlete';
}

/** "95% of MP", "105-110% of 5K pace", "@80% goal HM": a percentage of a named pace's speed. */
function shareOfPace(p: Cursor, node: IntervalNode): boolean {
  const ranged = (p.isKind(1, 'dash') || p.isWord(1, 'to')) && p.isKind(2, 'number');
  const at = ranged ? 3 : 1;
  if (!p.isKind(0, 'number') || !p.isKind(at, 'percent')) return false;
  const of = p.isWord(at + 1, 'of') ? 1 : 0;
  if (!(of ? namesPaceAt(p, at + 2) : namesRaceAt(p, at + 1))) return false;
  const start = p.peek().offset;
  const low = Number(p.next().value);
  const high = ranged ? (p.next(), Number(p.next().value)) : low;
  p.next();
  if (of) p.next();
  const named = pace(p);
  if (named.kind !== 'named' || named.offset) p.failAt(p.span(start), 'a percentage is of a named pace', "such as '95% of MP' or '110% of 5K pace'");
  if (!(low >= 50 && high <= 150 && low <= high)) p.failAt(p.span(start), `${low}–${high}% of a pace is no pace a runner runs`, 'a share of a pace lies between 50% and 150%');
  node.pace = { ...named, share: { low, high }, span: p.span(start) };
  return true;
}

/** After "95% of": a pace, named or a race ("5K", "goal HM", "half marathon"). */
function namesPaceAt(p: Cursor, k: number): boolean {
  const after = p.peek(k);
  return after.kind === 'number' || (after.kind === 'word' && (PACE_WORDS[after.value] !== undefined || after.value === 'goal' || after.value === 'half'));
}

/** After "80%" with no "of": only a race or "goal" makes it a share of a pace ("80% goal HM", "95% MP"); "90% effort" is an effort. */
function namesRaceAt(p: Cursor, k: number): boolean {
  const after = p.peek(k);
  if (after.kind === 'number') return p.isWord(k + 1, 'k', 'km') && K_PACES[after.value] !== undefined;
  if (after.kind !== 'word') return false;
  const name = PACE_WORDS[after.value];
  return after.value === 'goal' || (name !== undefined && (RACE_PACES as readonly string[]).includes(name));
}
