/**
 * Runs described in words (dialect/runs.ts): "4 mi very easy" is run at
 * recovery pace, "at regular run pace" at easy pace; "easy through rolling
 * hills" says where the run goes, not that it holds hill repetitions, and is
 * kept as words that change no step; "3 miles - Flex Run" is the run or what
 * the label offers instead.
 */
import { AFTER_LENGTH, CHEERS, PARKRUN, MARATHON_FIGURES, RACE_AFTER_LENGTH, RACE_FIGURES, REST_DAY_CHOICES, REST_DAY_EXTRAS, RUN_CHOICE_PHRASES, RUN_PACE_PHRASES, TERRAIN_PHRASES } from '../dialect/runs.js';
import { DISTANCE_UNITS, EFFORT_WORDS } from '../vocabulary.js';
import { RACE_METERS } from '../../paces/types.js';
import type { Token } from '../lexer.js';
import { aside, isUnitWord, isWord, longestPhrase, phraseEnd, phraseTrie, replacement, writtenText } from './tokens.js';

/** A pace phrase's replacement, the alternatives a label offers, or the ground a run goes over. */
type Found = { to: string } | { choice: string } | { race: true } | { terrain: true };
const TRIE = phraseTrie<Found>([
  ...RUN_PACE_PHRASES.map(([phrase, to]) => [phrase, { to }] as const),
  ...RUN_CHOICE_PHRASES.map(([phrase, choice]) => [phrase, { choice }] as const),
  ...RACE_AFTER_LENGTH.map((phrase) => [phrase, { race: true }] as const),
  ...TERRAIN_PHRASES.map((phrase) => [phrase, { terrain: true }] as const),
]);

/** Words that say how a run goes: easy and the effort words of the shorthand. */
const HOW_WORDS: ReadonlySet<string> = new Set(['easy', ...EFFORT_WORDS]);

/** What may follow a run's pace at the end of its part. */
const PART_ENDS: ReadonlySet<string> = new Set(['eof', 'newline', 'stop', 'semicolon', 'lparen']);

export function runWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "5K/3.1 Mile Run": the same length again in the other unit says nothing more.
    const again = restated(tokens, k);
    if (again) {
      out.push(t, tokens[k + 1]!);
      k = again;
      continue;
    }
    // "7 miles, easy": a word of how it is run, ending the part after its length, is that length's; the comma says no more.
    if (t.kind === 'comma' && isUnitWord(out[out.length - 1]) && isWord(tokens[k + 1], HOW_WORDS) && PART_ENDS.has(tokens[k + 2]?.kind ?? 'eof')) continue;
    const found = longestPhrase(TRIE, tokens, k);
    if (!found) {
      out.push(afterLength(t, out[out.length - 1]) ?? t);
      continue;
    }
    const last = tokens[found.end]!;
    const closing = 'choice' in found.value || 'race' in found.value;
    if (closing && !(closesDay(tokens, found.end) && endsOnLength(out))) {
      out.push(t);
      continue;
    }
    // "3 miles - Flex Run", "13.1 - RACE": the mark between the length and its label goes with the label.
    if (closing && out[out.length - 1]?.kind === 'dash') out.pop();
    // "13.1 - RACE DAY": the race, said in one word.
    if ('race' in found.value) out.push({ ...t, value: 'race', length: last.offset + last.length - t.offset });
    else if ('choice' in found.value) out.push(...replacement(found.value.choice, t, last));
    else if ('terrain' in found.value) {
      const written = writtenText(tokens, k, found.end);
      const note = `'${written}' is where the run goes: the ground, not hill repetitions`;
      out.push(aside(t, last, note));
    } else {
      k = runPace(tokens, k, found.end, found.value.to, out);
      continue;
    }
    k = found.end;
  }
  return out;
}

/**
 * A run's pace said in words ("very easy", "regular pace") at `k`, to `end`, written as the pace the grammar reads;
 * the index of the last token used.
 */
function runPace(tokens: Token[], k: number, end: number, to: string, out: Token[]): number {
  // "at very easy pace": the mark is written once.
  const prev = out[out.length - 1];
  const marked = prev?.kind === 'at' || (prev?.kind === 'word' && prev.value === 'at');
  // "7 miles, super easy": the pace of the length before it, the comma saying no more.
  if (prev?.kind === 'comma' && isUnitWord(out[out.length - 2]) && PART_ENDS.has(tokens[end + 1]?.kind ?? 'eof')) out.pop();
  // "super easy 4 miles": the length first, as the grammar reads a part.
  const length = isUnitWord(tokens[end + 2]) && tokens[end + 1]?.kind === 'number' && !marked ? end + 2 : undefined;
  if (length !== undefined) out.push(tokens[end + 1]!, tokens[length]!);
  out.push(...replacement(marked ? to.replace(/^@ /, '') : to, tokens[k]!, tokens[end]!));
  return length ?? end;
}

/**
 * "5K!", "26.2!": a day that is a race's distance and an exclamation mark, nothing else, is that
 * race (a plan's race day), read as "5K race". Another distance ("3 miles!") stays a run.
 */
export function exclaimedRace(tokens: Token[]): Token[] {
  const words = tokens.filter((t) => t.kind !== 'eof');
  const bang = words[words.length - 1];
  // "26.2" alone: the marathon in miles, whatever the plan's unit.
  const unit = words.length === 1 ? MARATHON_FIGURES.get(words[0]!.value) : undefined;
  if (unit) return [...words, ...replacement(`${unit} race`, words[0]!), ...tokens.slice(words.length)];
  if (marathonDay(words)) return [...words, ...replacement('race', words[1]!), ...tokens.slice(words.length)];
  const day = raceDay(words);
  if (day) return [...day, ...tokens.slice(words.length)];
  // "Park run", "parkrun": a day that is only a parkrun is its 5 km ("30 minute park run" is a run in the park).
  if (phraseEnd(words, 0, PARKRUN) === words.length) return [...replacement('5 km', words[0]!, words[words.length - 1]!), ...tokens.slice(words.length)];
  // "Race", "RACE!": a day that only says race is the plan's race day.
  if (isWord(words[0], ['race']) && (words.length === 1 || (words.length === 2 && words[1]!.kind === 'stop' && words[1]!.raw === '!'))) return [...replacement('raceday', words[0]!, words[words.length - 1]!), ...tokens.slice(words.length)];
  if (words[0]?.kind !== 'number' || bang?.kind !== 'stop' || bang.raw !== '!' || !raceLength(words.slice(0, -1))) return tokens;
  return [...words.slice(0, -1), ...replacement('race', bang), ...tokens.slice(words.length)];
}

/**
 * "Race day 10 km", "Race Day: 10K", "Race day - 5 km": the length after the day's name is the race's own when
 * it is a race's distance, read as "10 km race" (as a total it put the race inside itself, or ran it easy).
 */
function raceDay(words: readonly Token[]): Token[] | undefined {
  if (!isWord(words[0], ['race']) || !isWord(words[1], ['day'])) return undefined;
  const at = words[2]?.kind === 'colon' || words[2]?.kind === 'dash' ? 3 : 2;
  const length = words.slice(at);
  if (length[0]?.kind !== 'number' || !raceLength(length)) return undefined;
  const last = length[length.length - 1]!;
  const note = `read "${length.map((t) => t.raw).join(' ')}" after the race day's name as the race's own distance`;
  return [aside(words[0]!, words[at - 1]!, note), ...length, ...replacement('race', last)];
}

/**
 * "26.2 M", "42.16 km": a day that is the marathon's distance and nothing else is the marathon —
 * no plan sets that distance as a training run. Only the marathon: a half marathon's or a 10K's
 * distance alone is also a training run.
 */
function marathonDay(words: readonly Token[]): boolean {
  const [n, unit] = words;
  if (words.length !== 2 || n!.kind !== 'number' || unit!.kind !== 'word') return false;
  // "26.2 M": a capital M after a figure is miles, as plans abbreviate them ("2M easy").
  const per = unit!.raw === 'M' ? DISTANCE_UNITS.mi : DISTANCE_UNITS[unit!.value];
  const meters = per === undefined ? NaN : Number(n!.value) * per;
  return Math.abs(meters - RACE_METERS.M) <= MARATHON_TOLERANCE * RACE_METERS.M;
}

/** How near the marathon's distance a day must be to be it: 26.2 mi and 42.16 km are, 42 km is not. */
const MARATHON_TOLERANCE = 0.002;

/** Whether the tokens are a race's distance: a figure and a unit ("5K", "10 km", "13.1 mi"), or a race figure alone ("26.2"). */
function raceLength(tokens: readonly Token[]): boolean {
  const [n, unit] = tokens;
  if (tokens.length === 1) return RACE_FIGURES.has(n!.value);
  const per = tokens.length === 2 && unit!.kind === 'word' ? DISTANCE_UNITS[unit!.value] : undefined;
  const meters = per === undefined ? NaN : Number(n!.value) * per;
  return Object.values(RACE_METERS).some((race) => Math.abs(race - meters) <= 0.01 * race);
}

/** The length in metres of a figure and its unit at k ("5 K", "3.1 mile"), if that is what stands there. */
function lengthAt(tokens: readonly Token[], k: number): number | undefined {
  const n = tokens[k];
  const unit = tokens[k + 1];
  const per = unit?.kind === 'word' ? DISTANCE_UNITS[unit.value] : undefined;
  return n?.kind === 'number' && per !== undefined ? Number(n.value) * per : undefined;
}

/**
 * "5K/3.1 Mile", "6.5K/4 Mile": a length, a slash and the same length in another unit (within 2 %)
 * are one length, written twice. Returns the index of the restatement's unit, to read past it.
 */
function restated(tokens: readonly Token[], k: number): number | undefined {
  const first = lengthAt(tokens, k);
  const second = tokens[k + 2]?.kind === 'slash' ? lengthAt(tokens, k + 3) : undefined;
  if (first === undefined || second === undefined || tokens[k + 1]!.value === tokens[k + 4]!.value) return undefined;
  return Math.abs(first - second) <= 0.02 * first ? k + 4 : undefined;
}

/** Whether the phrase ending at `end` ends the day's text (a stop or a line break may follow). */
function closesDay(tokens: readonly Token[], end: number): boolean {
  return tokens.slice(end + 1).every((t) => t.kind === 'eof' || t.kind === 'stop' || t.kind === 'newline');
}

/** Whether the tokens read so far end on a length ("3 miles", "3 miles -", "13.1 -"): a label after it, not the day's first words. */
function endsOnLength(out: readonly Token[]): boolean {
  const dash = out[out.length - 1]?.kind === 'dash';
  const last = dash ? out[out.length - 2] : out[out.length - 1];
  if (dash && !out[out.length - 1]!.spaced) return false;
  return (last?.kind === 'number' && out.length <= 2) || isUnitWord(last);
}

/** "5 miles Aerobic": after a length, the word for how it is run. */
function afterLength(t: Token, prev: Token | undefined): Token | undefined {
  const to = t.kind === 'word' ? AFTER_LENGTH[t.value] : undefined;
  const unit = isUnitWord(prev);
  return to && unit ? { ...t, value: to, synthetic: true } : undefined;
}

const CHEER_TRIE = phraseTrie(CHEERS.map((c) => [c, true] as const));
const closing = (t: Token | undefined) => t !== undefined && (t.kind === 'stop' || t.kind === 'eof' || t.kind === 'newline');

/**
 * "Rest - Enjoy!", "Race day! Good luck!": words of encouragement after a mark, closing the day,
 * are said to the athlete: kept as a note that changes no step, their mark dropped.
 */
export function cheers(tokens: Token[]): Token[] {
  for (let k = 1; k < tokens.length; k++) {
    const mark = tokens[k - 1]!;
    if (!(mark.kind === 'stop' || (mark.kind === 'dash' && mark.spaced) || mark.kind === 'comma')) continue;
    const found = longestPhrase(CHEER_TRIE, tokens, k);
    if (!found || !tokens.slice(found.end + 1).every(closing)) continue;
    const kept = tokens.slice(0, mark.kind === 'stop' ? k : k - 1);
    const first = tokens[k]!;
    const last = tokens[found.end]!;
    const words = writtenText(tokens, k, found.end);
    const said: Token = aside(first, last, `'${words}': said to the athlete, no part of the workout`);
    return [...kept, said, ...tokens.slice(found.end + 1)];
  }
  return tokens;
}

/**
 * "Rest/Strength": a rest day and, after a slash, another kind of day is a choice between them
 * ("rest or strength"); "Rest / Mobility": what a rest day holds besides rest is part of it
 * ("rest, mobility"). Only a day of those words alone.
 */
export function restDayChoice(tokens: Token[]): Token[] {
  const [rest, slash, other, ...after] = tokens;
  if (!(rest?.kind === 'word' && rest.value === 'rest' && slash?.kind === 'slash' && other?.kind === 'word')) return tokens;
  if (!after.every((t) => t.kind === 'eof' || t.kind === 'stop' || (t.kind === 'dash' && !t.spaced) || (t.kind === 'word' && t.value === 'train'))) return tokens;
  if (REST_DAY_CHOICES.has(other.value)) return [rest, ...replacement('or', slash), other, ...after];
  if (REST_DAY_EXTRAS.has(other.value)) return [rest, { ...slash, kind: 'comma', value: ',' }, other, ...after];
  return tokens;
}
