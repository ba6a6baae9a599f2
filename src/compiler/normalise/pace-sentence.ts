/**
 * "5×8 min, 2 min recovery. For the 8 min intervals, aim for your 10k pace.": a sentence of its
 * own that names a race pace, right after the only sentence with reps, is the reps' pace. It is
 * written after the reps' length ("5×8 min @ 10k pace, 2 min recovery") and the sentence is set
 * aside. Read only where nothing else could be meant: the reps have no pace of their own, the
 * sentence holds no figure but the pace's name and the reps' own length, and no other sentence
 * has reps.
 */
import { BEFORE_PACE_NAME, PACE_HEADS, PACE_NAME_WORDS, RACE_DISTANCE_UNITS } from '../dialect/figures.js';
import { REP_NOUNS } from '../dialect/markers.js';
import type { Token } from '../lexer.js';
import { aside, isUnitWord, isWord, replacement } from './tokens.js';

interface Sentence {
  from: number;
  /** The index of the stop, line break or end that closes it. */
  to: number;
}

export function paceSentence(tokens: Token[]): Token[] {
  const all = sentencesOf(tokens);
  const withReps = all.filter((s) => range(tokens, s).some((t) => t.kind === 'x'));
  if (withReps.length !== 1) return tokens;
  const reps = withReps[0]!;
  const next = all[all.indexOf(reps) + 1];
  const length = next && !paced(tokens, reps) ? repLength(tokens, reps) : undefined;
  const name = length !== undefined ? paceName(tokens, next!, tokens.slice(length.from, length.to)) : undefined;
  if (length === undefined || !name) return tokens;
  const at: Token = { ...tokens[name.from]!, kind: 'at', value: '@', raw: '', length: 0, spaced: true, synthetic: true };
  const first = tokens[next!.from]!;
  const last = tokens[next!.to - 1]!;
  const setAside = aside(first, last);
  return [...tokens.slice(0, length.to), at, ...tokens.slice(name.from, name.to), ...tokens.slice(length.to, next!.from), setAside, ...tokens.slice(next!.to)];
}

function sentencesOf(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  tokens.forEach((t, k) => {
    if (t.kind !== 'stop' && t.kind !== 'newline' && t.kind !== 'eof') return;
    if (k > from) out.push({ from, to: k });
    from = k + 1;
  });
  return out;
}

const range = (tokens: Token[], s: Sentence) => tokens.slice(s.from, s.to);

/** The reps already say how fast: "@", "at", a pace's word or a clock after the repeat. */
function paced(tokens: Token[], s: Sentence): boolean {
  return range(tokens, s).some((t) => t.kind === 'at' || t.kind === 'clock' || t.kind === 'percent' || isWord(t, ['at', 'pace', 'effort', 'in']));
}

/** Where the reps' length stands after the repeat sign ("x 8 min", "x 4 minute intervals"): its tokens, from…to. */
function repLength(tokens: Token[], s: Sentence): { from: number; to: number } | undefined {
  const x = tokens.findIndex((t, k) => k >= s.from && k < s.to && t.kind === 'x');
  const from = x + 1;
  if (tokens[from]?.kind !== 'number' || !isUnitWord(tokens[from + 1])) return undefined;
  return { from, to: isWord(tokens[from + 2], REP_NOUNS) ? from + 3 : from + 2 };
}

/** The race pace the sentence names ("your 10k pace"), when it is the sentence's only figure but the reps' own length. */
function paceName(tokens: Token[], s: Sentence, length: Token[]): { from: number; to: number } | undefined {
  const end = tokens.findIndex((t, k) => k >= s.from && k < s.to && isWord(t, ['pace']));
  if (end < 0 || end + 1 !== s.to) return undefined;
  let from = end;
  while (isWord(tokens[from - 1], PACE_NAME_WORDS)) from--;
  if (!isWord(tokens[from - 1], RACE_DISTANCE_UNITS) || tokens[from - 2]?.kind !== 'number') return undefined;
  from -= 2;
  if (!isWord(tokens[from - 1], BEFORE_PACE_NAME)) return undefined;
  return onlyFigures(tokens, s, from, length) ? { from, to: end + 1 } : undefined;
}

/** Outside the pace's name the sentence holds words, commas and the reps' own length ("For the 8 min intervals") only. */
function onlyFigures(tokens: Token[], s: Sentence, name: number, length: Token[]): boolean {
  for (let k = s.from; k < name; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' || t.kind === 'comma' || t.kind === 'slash') continue;
    const restated = t.kind === 'number' && t.value === length[0]?.value && tokens[k + 1]?.value === length[1]?.value;
    if (!restated) return false;
    k++;
  }
  return true;
}

/**
 * "Easy Run: 8-10 km\nPace: 4:50-5:05": a line that gives only a pace, under a line with a length, is that run's pace
 * ("8-10 km @ 4:50-5:05"), never a run of four minutes fifty.
 */
export function paceLine(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // "7 miles\n11:42 pace": the clock and its word, alone on the line, are the pace too.
    if (t.kind === 'newline' && tokens[k + 1]?.kind === 'clock' && isWord(tokens[k + 2], ['pace']) && lineEnd(tokens[k + 3]) && lengthBefore(tokens, k)) {
      out.push({ ...t, kind: 'at', value: '@', raw: '', length: 0, synthetic: true });
      continue;
    }
    if (!(t.kind === 'newline' && isWord(tokens[k + 1], PACE_HEADS) && tokens[k + 2]?.kind === 'colon' && onlyPace(tokens, k + 3) && lengthBefore(tokens, k))) {
      out.push(t);
      continue;
    }
    out.push(...replacement('@', tokens[k + 1]!, tokens[k + 2]!));
    // "Pace: race": the pace of the race, as "@ race pace" says it.
    if (isWord(tokens[k + 3], ['race'])) out.push(...replacement('race pace', tokens[k + 3]!));
    k += isWord(tokens[k + 3], ['race']) ? 3 : 2;
  }
  return out;
}

/**
 * From `k`: a clock, or two joined by a dash, and perhaps "/ km" or "/ mi" ("Pace: 4:25-4:30, 2 min rest"), or one
 * word naming a pace ("Pace: easy", "Pace: race"), then the end of the line or a comma before the rest of the part.
 */
function onlyPace(t: Token[], k: number): boolean {
  let j = k;
  if (isWord(t[j], PACE_LINE_WORDS)) j++;
  else {
    if (t[j]?.kind !== 'clock') return false;
    j++;
    if (t[j]?.kind === 'dash' && t[j + 1]?.kind === 'clock') j += 2;
    if (t[j]?.kind === 'slash' && isUnitWord(t[j + 1])) j += 2;
  }
  return t[j]?.kind === 'eof' || t[j]?.kind === 'newline' || t[j]?.kind === 'comma';
}

const lineEnd = (t: Token | undefined) => t === undefined || t.kind === 'eof' || t.kind === 'newline';

/** The words a pace line may give instead of a clock: the pace of easy running, or of the race the plan is for. */
const PACE_LINE_WORDS: readonly string[] = ['easy', 'race'];

/** The line that ends at `k` holds a length. */
function lengthBefore(t: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && t[j]!.kind !== 'newline'; j--) if (t[j]!.kind === 'number' && isUnitWord(t[j + 1])) return true;
  return false;
}
