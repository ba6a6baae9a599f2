/**
 * Words: aliases and abbreviations, number words and fractions, words glued
 * together ("5kpace", "milesEasy"), and Daniels' notation ("2E", "400R",
 * "2 x 1T": a number glued to E, M, T, I, R or H is a distance at that pace —
 * miles below 50, metres from 50).
 */
import { ALIASES, COUNTED_NAMES, COUNTED_REPS, FRACTION_DENOMINATORS, FRACTION_WORDS, GLUED, NUMBER_WORDS, RUN_BY_LENGTH, UNIT_SPELLINGS } from '../dialect/words.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, EFFORT_WORDS, TIME_UNITS } from '../vocabulary.js';
import { aside, isWord, numberToken, repeatSign, replacement } from './tokens.js';
import { RECOVERY_MARKERS, ROLE_WORDS } from '../dialect/categories.js';
import { LABEL_PARTS, choose, lengthCandidates, usualMilesOrMinutes, type Part } from '../dialect/norms.js';
import { LABELS } from '../dialect/labels.js';
import { LENGTH_DESCRIBERS } from '../dialect/terrain.js';

const DANIELS: Record<string, string> = { E: 'e', M: 'm', T: 't', I: 'i', R: 'r', H: 'h' };
const LENGTH_UNITS = new Set(['mile', 'miles', 'mi', 'km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'k', 'lap', 'laps']);
const SEPARATORS = new Set(['eof', 'plus', 'comma', 'semicolon', 'newline', 'stop', 'rparen', 'gt']);

/** What the whole session says that a word's reading depends on. */
interface Seen {
  /** The session speaks of miles: a small number of m is miles. */
  miles: boolean;
  /** The session uses Daniels' letters glued to numbers ("6E", "2T"): a glued M is marathon pace. */
  daniels: boolean;
}

export function words(tokens: Token[]): Token[] {
  const seen: Seen = {
    miles: tokens.some((t) => t.kind === 'word' && (t.value === 'mile' || t.value === 'miles' || t.value === 'mi')),
    daniels: tokens.some((t, k) => t.kind === 'word' && !t.spaced && tokens[k - 1]?.kind === 'number' && /^[ETIRH]$/.test(t.raw)),
  };
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (joinsNothing(tokens, k)) continue;
    if (countChoice(tokens, k) || slashRange(tokens, k)) out.push({ ...t, kind: 'dash', value: '-' });
    else if (t.kind === 'number') k = number(tokens, k, out);
    else if (t.kind !== 'word') out.push(t);
    else k = glued(tokens, k, out, seen) ?? spelled(tokens, k, out) ?? keep(out, t, k);
  }
  return out;
}

/** "4 or 5 x 1000m": the coach's choice of count is a range of reps, read as a range is. */
function countChoice(tokens: Token[], k: number): boolean {
  const small = (t: Token | undefined) => t?.kind === 'number' && /^\d+$/.test(t.value) && Number(t.value) <= 30;
  return isWord(tokens[k], ['or']) && small(tokens[k - 1]) && small(tokens[k + 1]) && tokens[k + 2]?.kind === 'x' && Number(tokens[k - 1]!.value) < Number(tokens[k + 1]!.value);
}

function keep(out: Token[], t: Token, k: number): number {
  out.push(t);
  return k;
}

/** Marks that stand between a number and what it is, and join nothing: they are left out. */
function joinsNothing(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // "5-K race", "1000-meter repeats", "1-mile", "2-min bursts": a hyphen between a number and its unit.
  // Not in a pace range ("@ 800-Mile") nor where the length would be absurd ("800-mile").
  const before = tokens[k - 2];
  const inPace = before?.kind === 'at' || (before?.kind === 'word' && before.value === 'at');
  const absurd = Number(prev?.value) >= 100 && ['mile', 'miles', 'mi'].includes(next?.value ?? '');
  const prevNumber = prev?.kind === 'number' || (prev?.kind === 'word' && NUMBER_WORDS[prev.value] !== undefined);
  if (t.kind === 'dash' && !t.spaced && prevNumber && next?.kind === 'word' && !next.spaced && isUnit(next.value) && !inPace && !absurd) return true;
  // "60+ minute": at least sixty — the number itself.
  if (t.kind === 'plus' && !t.spaced && prev?.kind === 'number' && next?.spaced && next.kind === 'word') return true;
  // "at > fast interval pace": faster than, which a pace band allows.
  return t.kind === 'gt' && (prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at'));
}

/** "1/4 mile", "2 1/2 laps": a fraction before a unit becomes one number; any other number stays. Returns the last index used. */
function number(tokens: Token[], k: number, out: Token[]): number {
  const t = tokens[k]!;
  const whole = out[out.length - 1];
  // "1 ½ min": a whole number and a fraction sign written apart are one number.
  if (/^[½¼¾⅓⅔]$/.test(t.raw) && whole?.kind === 'number' && /^\d+$/.test(whole.value) && !whole.synthetic) {
    out[out.length - 1] = numberToken(Number(whole.value) + Number(t.value), whole, t);
    return k;
  }
  const described = describedLength(tokens, k);
  if (described !== undefined) {
    out.push(t, tokens[described]!, ...tokens.slice(k + 1, described).map(describer));
    return described;
  }
  const frac = fraction(tokens, k);
  if (!frac) return keep(out, t, k);
  if (whole?.kind === 'number' && /^\d+$/.test(whole.value) && !whole.synthetic) out[out.length - 1] = numberToken(Number(whole.value) + frac.value, whole, frac.end);
  else out.push(numberToken(frac.value, t, frac.end));
  return frac.index;
}

/**
 * "8 easy miles", "10 hard minutes", "4 trail miles", "6 faster hilly road miles": how and where the
 * length is run, written between the number and its unit. The index of the unit, or nothing.
 */
function describedLength(tokens: Token[], k: number): number | undefined {
  let j = k + 1;
  while (j <= k + 3 && tokens[j]?.kind === 'word' && tokens[j]!.spaced && isDescriber(tokens[j]!.value)) j++;
  const unit = tokens[j];
  return j > k + 1 && unit?.kind === 'word' && isUnit(unit.value) && unit.spaced ? j : undefined;
}

const isDescriber = (w: string) => EFFORT_WORDS.has(w) || w === 'easy' || LENGTH_DESCRIBERS[w] !== undefined;

/** A describer moved after the unit: a pace or effort for the grammar, a note for the athlete. */
const describer = (t: Token): Token => (LENGTH_DESCRIBERS[t.value] === 'note' ? { ...t, kind: 'prose', synthetic: true } : t);

/** A word glued to the number before it ("6E", "800s", "2nd", "5k", "2M"): what the pair means. Undefined when none applies. */
function glued(tokens: Token[], k: number, out: Token[], seen: Seen): number | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const afterNumber = prev?.kind === 'number' && !t.spaced;
  if (afterNumber && DANIELS[t.raw] && (t.raw !== 'M' || (seen.daniels && SEPARATORS.has(next?.kind ?? 'eof')))) {
    const n = Number(prev!.value);
    out.push(...replacement(`${n < 50 ? 'mi' : 'm'} @ ${DANIELS[t.raw] === 'h' ? 'hard' : DANIELS[t.raw]}`, t));
    return k;
  }
  // "800s at 5km race pace", "4 x 200s": track distances in the plural, not seconds.
  if (afterNumber && t.value === 's' && /^\d+$/.test(prev!.value) && Number(prev!.value) >= 100 && Number(prev!.value) % 100 === 0) {
    out.push({ ...t, value: 'm', synthetic: true });
    return k;
  }
  // "1st Workout", "2nd set": an ordinal names, it counts nothing.
  if (afterNumber && ['st', 'nd', 'rd', 'th'].includes(t.value) && /^\d+$/.test(prev!.value) && !(next?.kind === 'word' && isUnit(next.value))) {
    out.pop();
    out.push({ ...prev!, kind: 'word', value: `${prev!.value}${t.value}`, raw: `${prev!.raw}${t.raw}`, length: t.offset + t.length - prev!.offset, synthetic: true });
    return k;
  }
  if (afterNumber && GLUED[t.value]) {
    out.push(...replacement(GLUED[t.value]!, t));
    return k;
  }
  if (t.value !== 'm' || prev?.kind !== 'number') return undefined;
  // "2M tempo", "2m wu", ".25m recovery" beside miles elsewhere: a small number of m is miles, not metres.
  // "3 m run + strength", "Rest or 3 m" (Higdon): below 20, metres would be too short to run.
  const weighed = weighM(Number(prev.value), next, t) ?? labelledM(tokens, k, t, seen);
  if (weighed) return keep(out, weighed, k);
  if (Number(prev.value) < 20 || (Number(prev.value) < 50 && (t.raw === 'M' || seen.miles))) return keep(out, { ...t, value: 'mi', synthetic: true }, k);
  return undefined;
}

/** Words spelled out or run together ("six", "half-mile", "60 seconds of running", "WarmUp", aliases). Undefined when none applies. */
function spelled(tokens: Token[], k: number, out: Token[]): number | undefined {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const camel = splitCamel(t);
  if (camel) {
    out.push(...camel);
    return k;
  }
  if (NUMBER_WORDS[t.value] !== undefined && !(t.value === 'one' && next?.kind === 'word' && next.value === 'or')) return numberWord(tokens, k, out);
  // "half-mile warmup", "a quarter mile".
  const unitAt = next?.kind === 'dash' ? tokens[k + 2] : next;
  if (FRACTION_WORDS[t.value] !== undefined && unitAt?.kind === 'word' && LENGTH_UNITS.has(unitAt.value)) {
    out.push(numberToken(FRACTION_WORDS[t.value]!, t));
    return next?.kind === 'dash' ? k + 1 : k;
  }
  // "60 seconds of running", "2 minutes of walking", "5-10 minutes of light jogging": what the time is spent doing.
  const spent = t.value === 'of' && prev?.kind === 'word' && isUnit(prev.value) ? spentOn(tokens, k + 1) : undefined;
  if (spent) {
    out.push(...replacement(spent.as, t, tokens[spent.end]!));
    return spent.end;
  }
  // "3 x mile", "2 x km": one of the unit.
  if (prev?.kind === 'x' && ONE_OF.has(t.value)) {
    out.push(numberToken(1, t), t);
    return k;
  }
  // "10k's", "a 20 miler", "400 mètres": a unit spelled another way, straight after its number.
  const unit = out[out.length - 1]?.kind === 'number' ? (UNIT_SPELLINGS[t.value] ?? namedRun(out, t)) : undefined;
  if (unit) {
    out.push(...replacement(unit, t));
    return k;
  }
  const alias = ALIASES[t.value];
  if (alias === undefined || alias === t.value) return undefined;
  out.push(...replacement(alias, t));
  return k;
}

/**
 * "a 20 miler", "My first 8 miler", "a pretty light 3 miler": the unit of a run named by its
 * length, after a word or at the start; not after a count or a mark ("two 5 milers", "20+ miler"),
 * where the number may not be the run's whole length.
 */
function namedRun(out: Token[], t: Token): string | undefined {
  const before = out[out.length - 2];
  const named = !before || before.kind === 'word';
  return named ? RUN_BY_LENGTH[t.value] : undefined;
}

/** "six", "3-4 one-mile repeats": a number in words, with the repeat it stands for before a length. */
function numberWord(tokens: Token[], k: number, out: Token[]): number {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  // "3-4 one-mile repeats": a count in figures before a length in words.
  const last = out[out.length - 1];
  if (last?.kind === 'number' && /^\d+$/.test(last.value) && t.spaced && next?.kind === 'dash' && tokens[k + 2]?.kind === 'word' && isUnit(tokens[k + 2]!.value)) {
    out.push(repeatSign(t));
  }
  out.push(numberToken(NUMBER_WORDS[t.value]!, t));
  // "six 1-mile repeats": a count spelled out before a length is the count of a repeat.
  if (next?.kind === 'number' && t.value !== 'one') out.push(repeatSign(t));
  return k;
}

/** "4 strides", "6-8 hill repeats", "4 pick-ups": a count written straight before what it counts is its repeat. */
export function counts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "Run easy for 30mins", "run uphill for 15secs": how, then for how long; "for" joins nothing.
    if (t.kind === 'word' && t.value === 'for' && howWord(out[out.length - 1]) && (tokens[k + 1]?.kind === 'number' || tokens[k + 1]?.kind === 'clock')) {
      out.push({ ...t, kind: 'prose', synthetic: true });
      continue;
    }
    const often = Math.max(frequency(tokens, k), weather(tokens, k));
    if (often > k) {
      const last = tokens[often]!;
      out.push(aside(t, last));
      k = often;
      continue;
    }
    // "4 by 2:00", "6 by 800m": "by" between a count and a length is the repeat sign.
    if (t.kind === 'word' && t.value === 'by' && out[out.length - 1]?.kind === 'number' && (tokens[k + 1]?.kind === 'number' || tokens[k + 1]?.kind === 'clock')) {
      out.push({ ...repeatSign(t), length: t.length, raw: t.raw });
      continue;
    }
    out.push(t);
    countOf(out);
    // "6 to 10 800m repeats": a range of counts before a length.
    if (t.kind === 'number' && countRangeEnds(out) && tokens[k + 1]?.kind === 'number' && tokens[k + 1]!.spaced) out.push(repeatSign(t));
  }
  return out;
}

/** The last tokens are a range of small whole numbers ("6 to 10", "6-10"). */
function countRangeEnds(out: Token[]): boolean {
  const [a, sep, b] = out.slice(-3);
  const whole = (t: Token | undefined) => t?.kind === 'number' && /^\d+$/.test(t.value) && Number(t.value) <= 30;
  return whole(a) && whole(b) && (sep?.kind === 'dash' || (sep?.kind === 'word' && sep.value === 'to'));
}

function countOf(out: Token[]): void {
  const t = out[out.length - 1];
  const n = out[out.length - 2];
  if (!t || t.kind !== 'word' || n?.kind !== 'number' || !/^\d+$/.test(n.value) || Number(n.value) > 30) return;
  if (!COUNTED_REPS.has(t.value) && !(COUNTED_NAMES.has(t.value) && !lengthBefore(out))) return;
  const before = out[out.length - 3];
  if (before?.kind === 'x' || (before?.kind === 'word' && before.value === 'x')) return;
  out.splice(out.length - 1, 0, repeatSign(t));
}

/** Whether a number with its unit comes before the last two tokens: a length the count may be of. */
function lengthBefore(out: Token[]): boolean {
  return out.slice(0, -2).some((t, k, all) => t.kind === 'number' && all[k + 1]?.kind === 'word' && isUnit(all[k + 1]!.value));
}

const ONE_OF = new Set(['mile', 'km', 'kilometer', 'kilometre', 'lap']);

/**
 * After "of": running ("of running", "of jogging": in a run/walk programme the
 * jogging is the running), walking, or easy running ("of light jogging"); not
 * a recovery ("of jog recovery", "of walk/jog recovery", read as written); jogging or
 * walking "in between" is the recovery's mode.
 */
function spentOn(tokens: Token[], k: number): { as: string; end: number } | undefined {
  let j = k;
  const easy = tokens[j]?.kind === 'word' && ['light', 'easy', 'gentle', 'slow', 'steady'].includes(tokens[j]!.value);
  if (easy) j++;
  const w = tokens[j];
  const after = tokens[j + 1];
  if (w?.kind !== 'word' || (after?.kind === 'word' && ['recovery', 'rest'].includes(after.value)) || after?.kind === 'slash') return undefined;
  // "with 2 minutes of easy jogging in between": jogging between reps is how the recovery is run.
  const between = after?.kind === 'word' && (after.value === 'between' || (after.value === 'in' && tokens[j + 2]?.kind === 'word' && tokens[j + 2]!.value === 'between'));
  if (between && (w.value === 'jogging' || w.value === 'walking')) return { as: w.value === 'jogging' ? 'jog' : 'walk', end: j };
  if (w.value === 'running' || w.value === 'jogging') return { as: easy ? 'easy' : 'run', end: j };
  if (w.value === 'walking' && !easy) return { as: 'walk', end: j };
  return undefined;
}

/** "1/4 mile": a fraction before a length's unit, its value; the index of its denominator and that token. */
export function fraction(tokens: Token[], k: number): { value: number; index: number; end: Token } | undefined {
  const [a, slash, b, unit] = [tokens[k]!, tokens[k + 1], tokens[k + 2], tokens[k + 3]];
  if (slash?.kind !== 'slash' || b?.kind !== 'number' || slash.spaced || b.spaced) return undefined;
  if (unit?.kind !== 'word' || !LENGTH_UNITS.has(unit.value)) return undefined;
  const n = Number(a.value);
  const d = Number(b.value);
  if (!Number.isInteger(n) || !Number.isInteger(d) || !FRACTION_DENOMINATORS.has(d) || n >= d || rangeOfLengths(n, d)) return undefined;
  return { value: Math.round((n / d) * 1000) / 1000, index: k + 2, end: b };
}


/** "11/13 km", "14/16km": two whole numbers no fraction is made of, before a length, are a range ("11-13 km"). */
function slashRange(tokens: Token[], k: number): boolean {
  const [a, slash, b, unit] = [tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  if (slash?.kind !== 'slash' || a?.kind !== 'number' || b?.kind !== 'number' || slash.spaced || b.spaced) return false;
  if (unit?.kind !== 'word' || !LENGTH_UNITS.has(unit.value) || !/^\d+$/.test(a.value) || !/^\d+$/.test(b.value)) return false;
  const [low, high] = [Number(a.value), Number(b.value)];
  return rangeOfLengths(low, high) || (low > 1 && low < high && 2 * low >= high && !FRACTION_DENOMINATORS.has(high));
}

/** "14/16km": ends near each other, the lower past any fraction a coach writes ("1/16", "3/4", "5/8"), are a range. */
const rangeOfLengths = (low: number, high: number) => low >= 6 && low < high && 2 * low >= high;

const KNOWN = (w: string) => DISTANCE_UNITS[w] !== undefined || TIME_UNITS[w] !== undefined || ['easy', 'run', 'pace', 'tempo', 'jog', 'walk', 'recovery', 'long', 'rest'].includes(w);

/** "milesEasy" → "miles Easy": two known words run together where a capital starts the second. */
function splitCamel(t: Token): Token[] | undefined {
  const m = /^([a-z]+)([A-Z][a-z]+)$/.exec(t.raw);
  if (!m || !KNOWN(m[1]!) || !KNOWN(m[2]!.toLowerCase())) return undefined;
  const first: Token = { ...t, value: m[1]!, raw: m[1]!, length: m[1]!.length };
  const second: Token = { ...t, value: m[2]!.toLowerCase(), raw: m[2]!, offset: t.offset + m[1]!.length, length: m[2]!.length, spaced: true };
  return [first, second];
}

function isUnit(word: string): boolean {
  return UNIT_SPELLINGS[word] !== undefined || RUN_BY_LENGTH[word] !== undefined || DISTANCE_UNITS[word] !== undefined || TIME_UNITS[word] !== undefined || ['kilometers', 'kilometres', 'kilometer', 'kilometre', 'minute', 'minutes', 'second', 'seconds', 'meter', 'meters', 'metre', 'metres'].includes(word);
}

/**
 * "w/ 3m recovery", "2m jog between": an "m" before a recovery is weighed by
 * the norms — 3 minutes is a usual recovery, 3 miles is not, 3 metres none.
 */
function weighM(value: number, next: Token | undefined, t: Token): Token | undefined {
  if (!(next?.kind === 'word' && (RECOVERY_MARKERS.has(next.value) || next.value === 'between'))) return undefined;
  const chosen = choose(lengthCandidates(value, 'recovery'), `${value}${t.raw}`, 'recovery');
  if (!chosen || chosen.value === 'm') return undefined;
  return { ...t, value: chosen.value, synthetic: true, ...(chosen.note ? { note: chosen.note } : {}) };
}

/**
 * "Tempo: 15m", "Fartlek: 20m": an "m" closing a line headed by a label whose runs have norms of their own is
 * weighed by them — a 15-minute tempo is usual, a 15-mile one is not. Only where the length is all the line says
 * after the label, in a text with no other miles: "Tempo: 12m w/ 8m @ T" and a capital "12M" stay miles.
 */
function labelledM(tokens: Token[], k: number, t: Token, seen: Seen): Token | undefined {
  if (t.raw === 'M' || seen.miles || !['newline', 'eof', 'stop'].includes(tokens[k + 1]?.kind ?? 'eof')) return undefined;
  const part = labelPartBefore(tokens, k - 1);
  if (!part) return undefined;
  const value = Number(tokens[k - 1]!.value);
  const chosen = usualMilesOrMinutes(value, part, `${value}${t.raw}`);
  return chosen && { ...t, value: chosen.value, synthetic: true, ...(chosen.note ? { note: chosen.note } : {}) };
}

/** The norms' part of the label that opens the line before the number at `k` ("Tempo Run:", "Fartlek -"), if any. */
function labelPartBefore(tokens: Token[], k: number): Part | undefined {
  let j = k - 1;
  if (tokens[j]?.kind === 'colon' || tokens[j]?.kind === 'dash') j--;
  const words: string[] = [];
  while (j >= 0 && tokens[j]!.kind === 'word' && words.length < 3) words.unshift(tokens[j--]!.value);
  if (j >= 0 && tokens[j]!.kind !== 'newline') return undefined;
  for (let from = 0; from < words.length; from++) {
    const label = LABEL_BY_PHRASE.get(words.slice(from).join(' '));
    if (label && LABEL_PARTS[label]) return LABEL_PARTS[label];
  }
  return undefined;
}

const LABEL_BY_PHRASE: ReadonlyMap<string, string> = new Map(LABELS.flatMap((l) => l.phrases.map((ph) => [ph, l.title] as const)));

const PER = new Set(['a', 'per', 'this', 'each', 'every', 'next']);
const PERIOD = new Set(['week', 'wk', 'month', 'day']);

/**
 * "Do 3 times a week", "twice per week", "three times this week", "three times during the first week of training": how often the session is run
 * in the plan, which changes no step. The index of its last token, or `k` when none stands at `k`.
 */
function frequency(tokens: Token[], k: number): number {
  let j = k;
  if (tokens[j]?.kind === 'word' && tokens[j]!.value === 'do') j++;
  const t = tokens[j];
  if (t?.kind === 'number' && tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.value === 'times') j += 2;
  else if (t?.kind === 'word' && (t.value === 'twice' || t.value === 'once')) j += 1;
  else return k;
  // "three times during the first week of training": the week named, then what it is a week of.
  if (tokens[j]?.kind === 'word' && tokens[j]!.value === 'during') {
    j++;
    while (tokens[j]?.kind === 'word' && WEEK_NAMING.has(tokens[j]!.value)) j++;
    if (tokens[j]?.kind !== 'word' || !PERIOD.has(tokens[j]!.value)) return k;
    return tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.value === 'of' && tokens[j + 2]?.kind === 'word' && tokens[j + 2]!.value === 'training' ? j + 2 : j;
  }
  const per = tokens[j];
  const period = tokens[j + 1];
  if (per?.kind !== 'word' || !PER.has(per.value) || period?.kind !== 'word' || !PERIOD.has(period.value)) return k;
  return j + 1;
}

/** Words that say which week a "during" names: "during the first week", "during this week". */
const WEEK_NAMING = new Set(['the', 'this', 'that', 'each', 'every', 'first', 'second', 'third', 'fourth', 'next', 'last', 'following']);

const DEGREES = new Set(['degree', 'degrees', 'deg', 'f', 'c', 'fahrenheit', 'celsius']);

/** "78 degrees", "sunny & 78 degree": the weather, which changes no step. */
function weather(tokens: Token[], k: number): number {
  const unit = tokens[k + 1];
  if (tokens[k]?.kind !== 'number' || unit?.kind !== 'word' || !DEGREES.has(unit.value)) return k;
  // "5 c" and "5 f" are only degrees when a degree word says so, or the letter is written on the
  // figure and the clause ends there ("Cold, 3C, clear skies"); a lone letter may be a label.
  const alone = !unit.spaced && ['comma', 'stop', 'semicolon'].includes(tokens[k + 2]?.kind ?? '');
  return unit.value.length > 1 || alone ? k + 1 : k;
}

/** A word saying how a part is run: an effort ("fast", "steady") or a kind of part ("easy", "uphill"). */
function howWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && (EFFORT_WORDS.has(t.value) || (ROLE_WORDS[t.value] !== undefined && t.value !== 'run' && t.value !== 'running'));
}
