/**
 * Figures that restate a run rather than add to it: one run given both as a
 * time and as a distance ("50 mins, 10k @ 4:57 mins/km", "38 minute run. 3.45
 * miles at 11:01 pace."), whose second length is set aside with a note so the
 * run is read once; a distance said to take a time ("1200m would take about 7
 * min"); and the average pace a log reports ("8 easy miles, 7:17 average"),
 * which prescribes nothing.
 */
import type { Token } from '../lexer.js';
import { formatClock } from '../../units/format.js';
import { clockSeconds } from '../grammar/quantity.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { NORMS, SPEED_NORM, fit } from '../dialect/norms.js';
import { aside, isWord } from './tokens.js';
import { APPROXIMATE, RECOVERY_MARKERS, ROLE_WORDS, RUNNING_NOUNS } from '../dialect/categories.js';
import { BEFORE_TAKE, LOGGED_EASY_WORDS, TAKE_VERBS } from '../dialect/sentences.js';
import { HOUR_MARKS } from '../dialect/dates.js';

/** How far a stated pace may be from the pace the two lengths give, and still be the same run. */
export const PACE_AGREES = 0.05;

/** Two figures of one run agree: `a` within PACE_AGREES of `b`, as a share of `b`. */
export const closeTo = (a: number, b: number) => Math.abs(a - b) <= PACE_AGREES * b;

export function restated(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let k = 0; k + 2 < out.length; k++) {
    const pair = restatement(out, k);
    if (!pair) continue;
    const [from, last] = [out[pair.from]!, out[pair.end]!];
    const first = out.slice(k, pair.from).filter((t) => t.kind !== 'comma').map((t) => t.raw).join(' ');
    const second = out.slice(pair.from, pair.end + 1).filter((t) => t.kind !== 'comma' && t.kind !== 'stop').map((t) => t.raw).join(' ');
    const note = `read ${first} and ${second} as one run (${pair.pace}); ${second} is not a second one`;
    out.splice(pair.from, pair.end + 1 - pair.from, aside(from, last, note));
  }
  return out;
}

/** A length written at `k`: a number and its unit, or a clock ("33:34"); where it ends. */
interface Length {
  seconds?: number;
  metres?: number;
  end: number;
}

export function lengthAt(t: Token[], k: number): Length | undefined {
  // "3.5-mile run", "38-minute run": the hyphen joins the number to its unit.
  const hyphen = t[k + 1]?.kind === 'dash' && !t[k + 1]!.spaced && !t[k + 2]?.spaced ? 1 : 0;
  const [n, u] = [t[k], t[k + 1 + hyphen]];
  if (n?.kind === 'clock') return { seconds: clockSeconds(n.value), end: k };
  if (n?.kind !== 'number' || u?.kind !== 'word') return undefined;
  // "1h20": hours and the minutes glued after them.
  const m = t[k + 2];
  if (!hyphen && TIME_UNITS[u.value] === 3600 && !u.spaced && m?.kind === 'number' && !m.spaced && Number(m.value) < 60) {
    // "1h20min", "1h20'": the minutes' own unit after them.
    const end = t[k + 3]?.kind === 'word' && TIME_UNITS[t[k + 3]!.value] === 60 && !t[k + 3]!.spaced ? k + 3 : k + 2;
    return { seconds: Number(n.value) * 3600 + Number(m.value) * 60, end };
  }
  // "30 mins 48 secs": minutes and seconds.
  const [s, su] = [t[k + 2 + hyphen], t[k + 3 + hyphen]];
  if (TIME_UNITS[u.value] === 60 && s?.kind === 'number' && su?.kind === 'word' && TIME_UNITS[su.value] === 1) return { seconds: Number(n.value) * 60 + Number(s.value), end: k + 3 + hyphen };
  if (TIME_UNITS[u.value] !== undefined) return { seconds: Number(n.value) * TIME_UNITS[u.value]!, end: k + 1 + hyphen };
  if (DISTANCE_UNITS[u.value] !== undefined) return { metres: Number(n.value) * DISTANCE_UNITS[u.value]!, end: k + 1 + hyphen };
  return undefined;
}

/**
 * At `k`: "50 min, 10 km", "10 km, 50 min" or "4.26 miles 33:34" at a
 * runner's speed, then the pace it gives or the end: where the second length
 * stands (its comma included) and the pace the two give. "38 minute run. 3.45
 * miles at 11:01 pace.": a sentence restating the run needs the pace that
 * makes its distance the time just stated, and is set aside with that pace.
 */
/** Words a clock's line may open with that make the clock a part of its own ("Warm-up: 15:00, 2 miles"). */
const PART_HEADS = [...Object.keys(ROLE_WORDS), ...RECOVERY_MARKERS];

function restatement(t: Token[], k: number): { from: number; end: number; pace: string } | undefined {
  // "Time and Distance: 30:48, 4.9 km": a clock may state the time first, opening its line or after a field's colon
  // (not "Warm up 15:00, 2 miles", a warm-up and a run).
  const opens = !t[k]!.section && (k === 0 || t[k - 1]!.kind === 'newline' || (t[k - 1]!.kind === 'colon' && !isWord(t[k - 2], PART_HEADS)));
  const a = t[k]?.kind === 'number' || (t[k]?.kind === 'clock' && t[k + 1]?.kind === 'comma' && opens) ? lengthAt(t, k) : undefined;
  if (!a) return undefined;
  // "38 minute run. 3.45 miles": the word that names the first as a run stays with it.
  const named = isWord(t[a.end + 1], RUNNING_NOUNS) || (t[a.end + 2]?.kind === 'lparen' && isWord(t[a.end + 1], LOGGED_EASY_WORDS));
  const from = a.end + 1 + (named ? 1 : 0);
  const mark = t[from]?.kind === 'comma' || t[from]?.kind === 'stop' || t[from]?.kind === 'lparen' ? t[from]!.kind : undefined;
  const b = lengthAt(t, from + (mark ? 1 : 0));
  // After reps ("3 sets of 20 min (5 km)") the bracket is as likely their pace: left to the grammar.
  if (mark === 'lparen') return t[k - 1]?.kind === 'x' || isWord(t[k - 1], ['of']) ? undefined : bracketedDistance(t, a, b, from);
  // Two numbers need their comma ("50 mins, 10k"); a clock after a distance is its time ("4.26 miles 33:34"), and
  // so are minutes and seconds ("9.07 km 57min31s"), which no plan writes for a part of its own.
  const timed = t[from]?.kind === 'clock' || (b?.seconds !== undefined && b.end === from + 3);
  if (!b || (!mark && (from !== a.end + 1 || !timed))) return undefined;
  const time = a.seconds ?? b.seconds;
  const metres = a.metres ?? b.metres;
  if (time === undefined || metres === undefined) return undefined;
  // "4 x 400m, 2 min" is a rep and its recovery, "1 mile 6:30" a split: only a whole run is stated twice.
  if (t[k - 1]?.kind === 'x' || fit(metres, NORMS.run.meters) < 2 || fit(time, NORMS.run.seconds) < 2) return undefined;
  if (fit(metres / time, SPEED_NORM) !== 2) return undefined;
  const pace = `${formatClock((time / metres) * 1000)}/km`;
  const next = t[b.end + 1];
  const ends = !next || ['eof', 'stop', 'newline', 'plus', 'lparen'].includes(next.kind);
  const stated = ends ? undefined : statedPace(t, b.end + 1);
  const agrees = stated !== undefined && stated.perKm.some((p) => closeTo((time / metres) * 1000, p));
  if (mark === 'stop') return agrees ? { from, end: stated!.end, pace } : undefined;
  if (!ends && !agrees) return undefined;
  return { from, end: b.end, pace };
}

/**
 * "60 min (10 km)", "1h20 (15 km)": a run's time with its distance in brackets, at a runner's speed, is one run, not
 * a run at 10K pace. A time in brackets after a distance ("8 km (45 min)") is the time to run it in, and read as such.
 */
function bracketedDistance(t: Token[], a: Length, b: Length | undefined, from: number): { from: number; end: number; pace: string } | undefined {
  if (!b || a.seconds === undefined || b.metres === undefined || t[b.end + 1]?.kind !== 'rparen') return undefined;
  // "25 min (5K)": a race's name, written as one, names its pace.
  if (isWord(t[b.end], ['k'])) return undefined;
  if (fit(b.metres / a.seconds, SPEED_NORM) !== 2 || fit(a.seconds, NORMS.run.seconds) < 2) return undefined;
  return { from, end: b.end + 1, pace: `${formatClock((a.seconds / b.metres) * 1000)}/km` };
}

/**
 * "@ 4:57 mins/km", "@ 4:57/km", "at 11:01 pace": the pace written at `k`, in seconds per km (a pace
 * with no unit, the athlete's, as either), and its last token.
 */
export function statedPace(t: Token[], k: number): { perKm: number[]; end: number } | undefined {
  if (!(t[k]?.kind === 'at' || isWord(t[k], ['at'])) || t[k + 1]?.kind !== 'clock') return undefined;
  const secs = clockSeconds(t[k + 1]!.value);
  let j = k + 2;
  if (t[j]?.kind === 'word' && TIME_UNITS[t[j]!.value] !== undefined) j++;
  if (isWord(t[j], ['pace'])) return { perKm: [secs, (secs / DISTANCE_UNITS.mi!) * 1000], end: j };
  if (t[j]?.kind !== 'slash' || t[j + 1]?.kind !== 'word') return undefined;
  const unit = DISTANCE_UNITS[t[j + 1]!.value];
  if (unit === undefined) return undefined;
  return { perKm: [(secs / unit) * 1000], end: j + 1 };
}

/**
 * "For example 1200m would take about 7 min": a distance said to take a time tells how long it
 * takes; neither is a run. Set aside whole with a note. Not after a count or a verb that runs it.
 */
export function takenTimes(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let k = 0; k < out.length; k++) {
    const end = takenTime(out, k);
    if (end === undefined) continue;
    const words = out.slice(k, end + 1).map((t) => t.raw).join(' ');
    out.splice(k, end + 1 - k, aside(out[k]!, out[end]!, `'${words}' says how long a distance takes; no run`));
  }
  return out;
}

/** The words before a distance that make it each rep's ("Each 400m should take 90 seconds"). */
const EACH_REP: ReadonlySet<string> = new Set([...RUNNING_NOUNS, 'each', 'every']);

/** The last token of "<distance> [would] take [about] <time>" at `k`, or undefined. */
function takenTime(t: Token[], k: number): number | undefined {
  const a = t[k]?.kind === 'number' ? lengthAt(t, k) : undefined;
  // "Each 400m should take 90 seconds" gives reps their time: a target, read where it stands.
  if (a?.metres === undefined || t[k - 1]?.kind === 'x' || isWord(t[k - 1], EACH_REP)) return undefined;
  let j = a.end + 1;
  while (isWord(t[j], BEFORE_TAKE)) j++;
  if (!isWord(t[j], TAKE_VERBS)) return undefined;
  j++;
  if (isWord(t[j], ['me', 'you', 'us', 'them'])) j++;
  if (isWord(t[j], APPROXIMATE)) j++;
  const b = lengthAt(t, j);
  return b?.seconds !== undefined ? b.end : undefined;
}

const AVERAGE = new Set(['average', 'avg', 'ave']);

/** What may follow the bracket: the end of the run. */
const RUN_ENDS = new Set(['eof', 'stop', 'newline', 'comma', 'semicolon']);

/**
 * "Mon – 45 mins easy (6:53)", "2h35 long run (6:57)", "AM 30 mins recovery (7:41) PM …": a clock in
 * brackets after an easy run given by its time is the pace the log reports it went at, a mile's or a
 * kilometre's. A second time for a run already timed is no step, and an easy run's target stays easy,
 * so the clock is set aside with a note.
 */
export function bracketedPaces(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'lparen' || tokens[k + 1]?.kind !== 'clock' || tokens[k + 2]?.kind !== 'rparen' || !afterEasyTime(tokens, k)) {
      out.push(t);
      continue;
    }
    const after = tokens[k + 3];
    if (after && !RUN_ENDS.has(after.kind) && !isWord(after, HOUR_MARKS)) {
      out.push(t);
      continue;
    }
    const seconds = clockSeconds(tokens[k + 1]!.value);
    if (fit(DISTANCE_UNITS.mi! / seconds, SPEED_NORM) < 1) {
      out.push(t);
      continue;
    }
    out.push(aside(t, tokens[k + 2]!, `read (${tokens[k + 1]!.raw}) as the pace the run went at: the run is timed already`));
    k += 2;
  }
  return out;
}

/** Whether the words before `k`, back to the run's time, name only an easy run ("45 mins easy", "2 h 35 long run"). */
function afterEasyTime(tokens: Token[], k: number): boolean {
  let j = k - 1;
  // "long run", "easy run": "run" only after a word that makes it easy.
  if (isWord(tokens[j], ['run']) && isWord(tokens[j - 1], LOGGED_EASY_WORDS)) j--;
  while (j >= 0 && isWord(tokens[j], LOGGED_EASY_WORDS)) j--;
  if (j === k - 1) return false;
  // "2h35": the minutes after the hours.
  if (tokens[j]?.kind === 'number' && isTimeUnit(tokens[j - 1]) && tokens[j - 2]?.kind === 'number') j--;
  if (!isTimeUnit(tokens[j]) || tokens[j - 1]?.kind !== 'number') return false;
  // "5 x 1 min fast (6:30), 2 min easy (8:30)": among reps, a bracket gives a part its pace.
  for (let i = j - 2; i >= 0 && tokens[i]!.kind !== 'newline'; i--) if (tokens[i]!.kind === 'x') return false;
  return true;
}

function isTimeUnit(t: Token | undefined): boolean {
  return t?.kind === 'word' && TIME_UNITS[t.value] !== undefined;
}

/** "7:17 average", "7:53 avg pace": a pace the athlete averaged, set aside; it is no step. */
export function averages(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const word = tokens[k + 1];
    // "16 miles @8:05 average" sets the pace to run at; "8 easy miles, 7:17 average" reports it.
    const prev = tokens[k - 1];
    const set = prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at');
    if (t.kind !== 'clock' || set || word?.kind !== 'word' || !AVERAGE.has(word.value)) {
      out.push(t);
      continue;
    }
    const end = tokens[k + 2]?.kind === 'word' && tokens[k + 2]!.value === 'pace' ? k + 2 : k + 1;
    const last = tokens[end]!;
    out.push(aside(t, last));
    k = end;
  }
  return out;
}
