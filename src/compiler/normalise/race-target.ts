/**
 * A race with the time it is to be run under: "10km race (sub 50mins)", "5K race (sub 20:00)".
 * The time over the race's distance is the pace to run, as "10km race in 50 min" says it; the
 * bracket is read as that. A half marathon's or marathon's time ("Half marathon (sub 1:50)", hours
 * and minutes) is not: the reader reads no run of hours in that form, and the bracket stays as it was.
 */
import type { Token } from '../lexer.js';
import { RACE_TIME_WORDS, RACE_TIME_LONG } from '../dialect/runs.js';
import { clockSeconds } from '../grammar/quantity.js';
import { TIME_UNITS } from '../vocabulary.js';
import { isUnitWord, isWord, replacement } from './tokens.js';
import { RUNNING_NOUNS, categoryOf } from '../dialect/categories.js';

export function raceTarget(tokens: Token[]): Token[] {
  const open = tokens.findIndex((t) => t.kind === 'lparen');
  if (open < 1 || !namesRace(tokens.slice(0, open))) return tokens;
  const [word, figure, unit, close] = tokens.slice(open + 1);
  if (!(word?.kind === 'word' && RACE_TIME_WORDS.has(word.value))) return tokens;
  const clock = figure?.kind === 'clock';
  const end = clock ? open + 3 : open + 4;
  const minutes = clock ? clockMinutes(figure!.value) : unitMinutes(figure, unit);
  const closing = clock ? unit : close;
  if (minutes === undefined || minutes >= MOST_MINUTES || closing?.kind !== 'rparen' || !tokens.slice(end + 1).every((t) => t.kind === 'eof')) return tokens;
  const said = replacement(`in ${minutes} min`, tokens[open]!, tokens[end]!);
  said[0]!.note = `'${tokens[open + 1]!.raw} …': the race is run in that time, at the pace it makes over the distance`;
  return [...tokens.slice(0, open), ...said, ...tokens.slice(end + 1)];
}

/** Whether the words before the bracket name a race under an hour and a half: "10km race", not "Half marathon". */
function namesRace(before: readonly Token[]): boolean {
  const words = before.filter((t) => t.kind === 'word');
  return words.some((t) => t.value === 'race') && !words.some((t) => RACE_TIME_LONG.has(t.value));
}

/** The longest time read as "in <minutes> min": longer races are timed in hours. */
const MOST_MINUTES = 100;

/** "50mins", "50 min": the minutes of a figure and its unit. */
function unitMinutes(figure: Token | undefined, unit: Token | undefined): number | undefined {
  if (figure?.kind !== 'number' || unit?.kind !== 'word') return undefined;
  return TIME_UNITS[unit.value] === 60 ? Number(figure.value) : undefined;
}

/** "20:00", "19:30": minutes and seconds, as a race under an hour and a half is timed. */
function clockMinutes(clock: string): number | undefined {
  return clock.split(':').length === 2 ? clockSeconds(clock) / 60 : undefined;
}

/**
 * "4 x 800m, 3k race pace, 4x400m": a race's pace set off by commas after a part, with no "at" of its own, is that
 * part's pace ("4 x 800m @ 3k race pace"), never a run of the race's distance.
 */
export function commaRacePace(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "4 x 800m, 3k race pace", "4 to 6 x 300 (100 jog), 3200 pace": after a part's length, or its bracket.
    // "4 x 800, 3200 pace": or after a rep's bare length.
    const last = out[out.length - 1];
    const closes = isUnitWord(last) || last?.kind === 'rparen' || (last?.kind === 'number' && out[out.length - 2]?.kind === 'x');
    const end = t.kind === 'comma' && closes ? racePaceEnd(tokens, k + 1) : undefined;
    const effort = t.kind === 'comma' && end === undefined ? effortAlone(tokens, k) : undefined;
    if (effort === undefined && (end === undefined || !PACE_ENDS.has(tokens[end + 1]?.kind ?? 'eof'))) {
      out.push(t);
      continue;
    }
    // The comma is dropped, so the word reads as it would right after the run ("5 miles steady").
    if (!effort) out.push(...replacement('@', t));
  }
  return out;
}

/**
 * "30 min run, easy", "30 minutos a correr, ao ritmo mais lento possível": one word of pace or effort after the comma
 * that closes a single run with no pace of its own, and the sentence ends: that run's pace, not an easy run after it.
 * After reps ("6 x 1 min, easy") the word may be the recovery's, and stays as written.
 */
function effortAlone(tokens: Token[], comma: number): true | undefined {
  const word = tokens[comma + 1];
  // A race's name ("4 miles, marathon") is no pace for the run before it here; an effort or an easy pace is.
  if (word?.kind !== 'word' || !(categoryOf(word.value) === 'effort' || EASY_PACES.has(word.value)) || !(SENTENCE_ENDS.has(tokens[comma + 2]?.kind ?? 'eof') || (tokens[comma + 2]?.kind === 'dot' && tokens[comma + 3]?.kind === 'eof'))) return undefined;
  let k = comma - 1;
  if (isWord(tokens[k], RUNNING_NOUNS)) k--;
  if (!isUnitWord(tokens[k]) || tokens[k - 1]?.kind !== 'number') return undefined;
  for (let j = k - 2; j >= 0 && !SENTENCE_ENDS.has(tokens[j]!.kind); j--) {
    const b = tokens[j]!;
    if (b.kind === 'x' || b.kind === 'at' || b.kind === 'comma' || b.kind === 'plus' || (b.kind === 'word' && ['pace', 'effort'].includes(categoryOf(b.value)))) return undefined;
  }
  return true;
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['eof', 'newline', 'stop']);

/** Paces a lone word after a run's comma may give it. */
const EASY_PACES: ReadonlySet<string> = new Set(['easy', 'recovery', 'aerobic']);

/** "3k race pace", "5K pace", "10 mile race pace" from `k`: the index of "pace". */
function racePaceEnd(tokens: Token[], k: number): number | undefined {
  // "…, 1600 pace", "…, 800 race pace": a track race named by its metres alone.
  const track = tokens[k]?.kind === 'number' && TRACK_RACES.has(tokens[k]!.value) && isWord(tokens[k + 1], ['pace', 'race']);
  if (tokens[k]?.kind !== 'number' || (!isUnitWord(tokens[k + 1]) && !track)) return undefined;
  const after = track ? k + 1 : k + 2;
  const pace = isWord(tokens[after], ['race']) ? after + 1 : after;
  return isWord(tokens[pace], ['pace']) ? pace : undefined;
}

/** Track races a coach names by their metres alone, as the pace table has them ("1600 pace" is the mile's). */
const TRACK_RACES: ReadonlySet<string> = new Set(['800', '1500', '1600', '1609', '3000', '3200', '5000']);

const PACE_ENDS: ReadonlySet<string> = new Set(['comma', 'eof', 'newline', 'stop', 'semicolon']);
