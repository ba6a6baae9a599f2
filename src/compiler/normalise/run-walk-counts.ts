/**
 * Beginner run/walk programmes as sentences: how many times the run and the walk go round,
 * said in the ways such programmes say it, written as the grammar reads a run/walk
 * ("run 1 min, walk 2 min, repeat 8 times", "…, for a total of 24 min").
 *
 * - "Alternate 3 minutes of walking with 2 minutes of jogging": the two parts, one after the other;
 * - "Walk slow & easy 5 minutes", "walk briskly for 4.5 minutes": how the walk goes, no part of its length;
 * - "2-min jog / 2-min walk × 6 (24 min)", "Run 1min/Walk 1min x10": a pair and its count after it;
 * - "Repeat 3 times: 3 minutes walk, 2 minutes run.": the count before the parts it repeats;
 * - "Then repeat 5 more times", "… for a total of 30 mins" after a count that makes it: the count;
 * - "Run half pace for three minutes" in a run/walk: its easy running;
 * - "Walk for 5 minutes to warm-up", a couch-to-5K day's "5 min warm-up": the walks at either end.
 */
import type { Token } from '../lexer.js';
import { REPEATED_OBJECTS } from '../dialect/categories.js';
import { ALTERNATING_VERBS, ALTERNATION_OPENERS, REPEAT_FOR, REPEAT_OPENERS, PART_MANNERS, RUN_WALK_PACES, TOTAL_LEAD, WALK_MANNERS } from '../dialect/runs.js';
import { TIME_UNITS } from '../vocabulary.js';
import { aside, isUnitWord, isWord, numberToken, replacement } from './tokens.js';

const SENTENCE_ENDS = new Set<Token['kind']>(['stop', 'newline', 'eof']);
const PART_ENDS = new Set<Token['kind']>(['stop', 'newline', 'eof', 'semicolon']);
const FIGURES = new Set<Token['kind']>(['number', 'clock']);
const WALKS = new Set(['walk', 'walking']);

/** Before the word tables: "alternate … with …" and the manner of a walk, in the coach's spelling. */
export function runWalkSentences(tokens: Token[]): Token[] {
  return runWalkPaces(walkManners(alternations(tokens)));
}

/** After them, next to the run/walk reading: the counts of a pair, the total a count already makes, the walks at either end. */
export function runWalkCounts(tokens: Token[]): Token[] {
  return walkEnds(countedTotals(moreTimes(leadingRepeats(pairedCounts(verbTimesLength(tokens))))));
}

/**
 * "Alternate 1 minute of easy running with 2 minutes of walking": the "with" between the two
 * parts is the next part, not a recovery of the first — a comma (none where the coach wrote one).
 */
function alternations(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  let open = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (SENTENCE_ENDS.has(t.kind)) open = false;
    // Only a run and a walk in turn: "alternate 2 minutes fast with 2 minutes easy" is a rep and its recovery.
    if (isWord(t, ALTERNATION_OPENERS)) open = walksAndRuns(sentenceFrom(tokens, k));
    else if (open && isWord(t, ['with']) && figureAhead(tokens, k)) {
      open = false;
      out ??= tokens.slice(0, k);
      if (out[out.length - 1]?.kind !== 'comma') out.push({ ...t, kind: 'comma', value: ',', synthetic: true });
      continue;
    }
    out?.push(t);
  }
  return out ?? tokens;
}

const sentenceFrom = (tokens: Token[], k: number) => {
  let end = k;
  while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end]!.kind)) end++;
  return tokens.slice(k, end);
};

/** A figure right after "with" (or after "a"), the length of the second part. */
const figureAhead = (tokens: Token[], k: number) => FIGURES.has(tokens[k + 1]?.kind ?? 'eof') || (isWord(tokens[k + 1], ['a', 'an']) && FIGURES.has(tokens[k + 2]?.kind ?? 'eof'));

/** "Walk slow & easy 5 minutes", "walk briskly for 4.5 minutes": the manner words between the walk and its length. */
function walkManners(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    out?.push(tokens[k]!);
    if (!isWord(tokens[k], WALKS)) continue;
    let j = k + 1;
    while (isWord(tokens[j], WALK_MANNERS) || (j > k + 1 && (tokens[j]!.kind === 'plus' || isWord(tokens[j], ['and'])) && isWord(tokens[j + 1], WALK_MANNERS))) j++;
    const length = isWord(tokens[j], ['for']) ? j + 1 : j;
    if (j === k + 1 || !FIGURES.has(tokens[length]?.kind ?? 'eof')) continue;
    out ??= tokens.slice(0, k + 1);
    k = j - 1;
  }
  return out ?? tokens;
}

/** "Run half pace for three minutes" in a run/walk: the easy running, written "run at easy pace". */
function runWalkPaces(tokens: Token[]): Token[] {
  // Before the number words are read: the verbs alone say the session alternates.
  if (!walksAndRuns(tokens)) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = RUN_WALK_PACES.find(([phrase]) => phrase.split(' ').every((w, j) => isWord(tokens[k + j], [w])));
    if (!read) {
      out.push(tokens[k]!);
      continue;
    }
    const end = k + read[0].split(' ').length - 1;
    const at = isWord(out[out.length - 1], ['at']) ? '' : 'at ';
    out.push(...replacement(at + read[1], tokens[k]!, tokens[end]!));
    k = end;
  }
  return out;
}

interface Part {
  end: number;
  verb: string;
  seconds?: number;
}

/** A part of a run/walk from `k`: one verb of the alternation and one length, as "2 min jog", "run 1 min", "walk 90 sec". */
function partAt(tokens: Token[], k: number, ends: (t: Token) => boolean): Part | undefined {
  let verb: string | undefined;
  let seconds: number | undefined;
  let lengths = 0;
  let j = k;
  for (; j < tokens.length && !ends(tokens[j]!); j++) {
    const t = tokens[j]!;
    if (t.kind === 'prose' || isWord(t, PART_MANNERS)) continue;
    if (isWord(t, ALTERNATING_VERBS) && verb === undefined) verb = t.value;
    else if (t.kind === 'number' && isUnitWord(tokens[j + 1])) {
      lengths++;
      const unit = TIME_UNITS[tokens[j + 1]!.value];
      seconds = unit === undefined ? undefined : Number(t.value) * unit;
      j++;
    } else return undefined;
  }
  return verb && lengths === 1 && j > k ? { end: j, verb, seconds } : undefined;
}

const walkAndRun = (a: Part, b: Part) => WALKS.has(a.verb) !== WALKS.has(b.verb);
const repeatSignAt = (t: Token | undefined) => t?.kind === 'x' || isWord(t, ['x']);

/** "Brisk walk × 30 min": a sign between a verb and its length, as a table writes a walk day; no count. */
function verbTimesLength(tokens: Token[]): Token[] {
  return tokens.filter((t, k) => !(t.kind === 'x' && k > 0 && opensLine(tokens, k - 1) && isWord(tokens[k - 1], ALTERNATING_VERBS) && lengthAt(tokens, k + 1) && PART_ENDS.has(tokens[k + 3]?.kind ?? 'eof')));
}

/**
 * "2-min jog / 2-min walk × 6 (24 min)", "Run 1min/Walk 1min x10", "1 Minute LAUFEN - 2 Minuten
 * GEHEN: 10 x im Wechsel = 30 Minuten", "60 secondes de course / 90 secondes de marche (répété
 * pendant 20 minutes)": the pair, its count and its total. A total the count of pairs makes (or a
 * total alone) is what the grammar fills, the walks all run; a count alone repeats the pair.
 */
function pairedCounts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = opensLine(tokens, k) ? pairAt(tokens, k) : undefined;
    if (!read) {
      out.push(tokens[k]!);
      continue;
    }
    const { between, after, count, total } = read;
    out.push(...tokens.slice(k, between), { ...tokens[between]!, kind: 'comma', value: ',', synthetic: true }, ...tokens.slice(between + 1, after));
    const from = tokens[after]!;
    const last = tokens[read.end - 1]!;
    if (total) out.push(...replacement(', for a total of', from, last), numberToken(total.seconds / 60, total.from), ...replacement('min', total.from, last));
    else out.push(...replacement(', repeat', from), numberToken(Number(count!.value), count!), ...replacement('times', count!, last));
    k = read.end - 1;
  }
  return out;
}

const opensLine = (tokens: Token[], k: number) => k === 0 || ['newline', 'colon', 'stop', 'semicolon', 'comma'].includes(tokens[k - 1]!.kind);
// "Run 1min/Walk 1min x10", "1분 달리기 + 2분 걷기 × 10세트": the mark between a run and a walk that a count follows.
const BETWEEN = new Set<Token['kind']>(['slash', 'dash', 'plus']);
const AFTER = new Set<Token['kind']>(['colon', 'lparen', 'equals']);

interface Pair {
  /** The mark between the two parts. */
  between: number;
  /** Where the count or total begins. */
  after: number;
  count?: Token;
  total?: { seconds: number; from: Token };
  end: number;
}

function pairAt(tokens: Token[], k: number): Pair | undefined {
  const first = partAt(tokens, k, (t) => BETWEEN.has(t.kind) || PART_ENDS.has(t.kind));
  if (!first || !BETWEEN.has(tokens[first.end]?.kind ?? 'eof')) return undefined;
  const second = partAt(tokens, first.end + 1, (t) => repeatSignAt(t) || AFTER.has(t.kind) || PART_ENDS.has(t.kind));
  if (!second || !walkAndRun(first, second)) return undefined;
  const counted = countAt(tokens, second.end);
  const total = totalAt(tokens, counted?.end ?? second.end);
  const pair = { between: first.end, after: second.end };
  if (!counted) return total?.alone ? { ...pair, total, end: total.end } : undefined;
  const cycle = (first.seconds ?? NaN) + (second.seconds ?? NaN);
  // A total the pairs do not make is not guessed at: the count is read, the total left to the grammar.
  if (!total || total.alone || Math.abs(cycle * Number(counted.count.value) - total.seconds) > 1) return { ...pair, count: counted.count, end: counted.end };
  return { ...pair, total, end: total.end };
}

/** "x10", "× 6", ": 10 x im Wechsel": the count of pairs, and where it ends. */
function countAt(tokens: Token[], k: number): { count: Token; end: number } | undefined {
  if (repeatSignAt(tokens[k]) && whole(tokens[k + 1])) return { count: tokens[k + 1]!, end: k + 2 };
  if (tokens[k]?.kind !== 'colon' || !whole(tokens[k + 1]) || !repeatSignAt(tokens[k + 2])) return undefined;
  // "im Wechsel": in turn, what the pair already says.
  let end = k + 3;
  while (end < k + 5 && tokens[end]?.kind === 'word') end++;
  return { count: tokens[k + 1]!, end };
}

/** "(24 min)", "= 30 Minuten", "(répété pendant 20 minutes)" (alone: the total is the count): the total of the pairs. */
function totalAt(tokens: Token[], k: number): { seconds: number; from: Token; end: number; alone: boolean } | undefined {
  const open = tokens[k]?.kind === 'lparen';
  const alone = open && isWord(tokens[k + 1], REPEAT_OPENERS) && isWord(tokens[k + 2], REPEAT_FOR);
  const figure = k + (alone ? 3 : 1);
  const unit = TIME_UNITS[tokens[figure + 1]?.value ?? ''];
  if (!(open || tokens[k]?.kind === 'equals') || tokens[figure]?.kind !== 'number' || unit === undefined) return undefined;
  if (open && tokens[figure + 2]?.kind !== 'rparen') return undefined;
  const end = figure + (open ? 3 : 2);
  return PART_ENDS.has(tokens[end]?.kind ?? 'eof') || !open ? { seconds: Number(tokens[figure]!.value) * unit, from: tokens[figure]!, end, alone } : undefined;
}

/**
 * "Repeat 3 times: 3 minutes walk, 2 minutes run.": the count opens the sentence, the parts it
 * repeats follow the colon to the end of it — written after them, as the grammar reads a count.
 */
function leadingRepeats(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const count = tokens[k + 1];
    if (!isWord(t, REPEAT_OPENERS) || count?.kind !== 'number' || !isWord(tokens[k + 2], ['times']) || tokens[k + 3]?.kind !== 'colon') {
      out.push(t);
      continue;
    }
    let end = k + 4;
    while (!PART_ENDS.has(tokens[end]?.kind ?? 'eof')) end++;
    const parts = tokens.slice(k + 4, end);
    if (!alternates(parts)) {
      out.push(t);
      continue;
    }
    out.push(...parts, ...replacement(', repeat', t), count, tokens[k + 2]!);
    k = end - 1;
  }
  return out;
}

/** Parts with a walk and a run, each with a figure: a run/walk. */
const alternates = (parts: Token[]) => walksAndRuns(parts) && parts.some((t) => FIGURES.has(t.kind));

function walksAndRuns(parts: Token[]): boolean {
  const verbs = parts.filter((t) => isWord(t, ALTERNATING_VERBS));
  return verbs.some((t) => WALKS.has(t.value)) && verbs.some((t) => !WALKS.has(t.value));
}

/** "Then repeat 5 more times", "Repeat this pattern two more times": the rounds already said and as many more. */
function moreTimes(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let j = k + 1;
    while (j - k <= 4 && isWord(tokens[j], REPEATED_OBJECTS)) j++;
    const count = tokens[j];
    if (!isWord(tokens[k], REPEAT_OPENERS) || !whole(count) || !isWord(tokens[j + 1], ['more']) || !isWord(tokens[j + 2], ['times'])) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...replacement('repeat', tokens[k]!, tokens[j - 1]!), numberToken(Number(count!.value) + 1, count!, tokens[j + 1]!), tokens[j + 2]!);
    k = j + 2;
  }
  return out;
}

const whole = (t: Token | undefined) => t?.kind === 'number' && /^\d+$/.test(t.value);

/**
 * "walk 90secs, jog 30secs, repeat 15 times for a total of 30mins", "Repeat this 4 times so that
 * you have run for a total of 16 minutes": a total the count already makes, of the rounds or of
 * their running, says nothing more — set aside. A total the count does not make is left to the grammar.
 */
function countedTotals(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    out.push(tokens[k]!);
    const count = tokens[k + 1];
    if (!isWord(tokens[k], REPEAT_OPENERS) || !whole(count) || !isWord(tokens[k + 2], ['times'])) continue;
    const total = totalAfter(tokens, k + 3);
    if (!total || !madeBy(roundsBefore(tokens, k), Number(count!.value), total.seconds)) continue;
    const from = tokens[k + 3]!;
    const to = tokens[total.end - 1]!;
    out.push(count!, tokens[k + 2]!, aside(from, to));
    k = total.end - 1;
  }
  return out;
}

/** "[so that you have run][,] for a total of 30 min [exercise]" from `k` to the end of its sentence: the time, and where the phrase ends. */
function totalAfter(tokens: Token[], k: number): { seconds: number; end: number } | undefined {
  let j = k;
  while (j < k + 6 && !isWord(tokens[j], [TOTAL_LEAD[0]!]) && !PART_ENDS.has(tokens[j]?.kind ?? 'eof')) j++;
  if (!TOTAL_LEAD.every((w, i) => isWord(tokens[j + i], [w]))) return undefined;
  const figure = tokens[j + 4];
  const unit = TIME_UNITS[tokens[j + 5]?.value ?? ''];
  if (figure?.kind !== 'number' || unit === undefined || tokens[j + 5]?.kind !== 'word') return undefined;
  let end = j + 6;
  while (end < tokens.length && tokens[end]!.kind === 'word') end++;
  return PART_ENDS.has(tokens[end]?.kind ?? 'eof') ? { seconds: Number(figure.value) * unit, end } : undefined;
}

/** The lengths of the parts the count repeats, back to the start of their line: all of them, and those run. */
function roundsBefore(tokens: Token[], k: number): { all: number; run: number } {
  const rounds = { all: 0, run: 0 };
  for (let j = k - 1; j >= 0 && tokens[j]!.kind !== 'newline'; j--) {
    const unit = TIME_UNITS[tokens[j + 1]?.value ?? ''];
    if (tokens[j]!.kind !== 'number' || unit === undefined || tokens[j + 1]!.kind !== 'word') continue;
    const seconds = Number(tokens[j]!.value) * unit;
    rounds.all += seconds;
    const verb = [tokens[j - 1], tokens[j - 2], tokens[j + 2]].find((t) => isWord(t, ALTERNATING_VERBS));
    if (verb && !WALKS.has(verb.value)) rounds.run += seconds;
  }
  return rounds;
}

const madeBy = (rounds: { all: number; run: number }, count: number, seconds: number) => [rounds.all, rounds.run].some((s) => s > 0 && Math.abs(s * count - seconds) < 1);

const ROLES = new Set(['warmup', 'cooldown']);
const opensAt = (tokens: Token[], k: number) => k === 0 || ['newline', 'colon', 'stop', 'semicolon', 'comma'].includes(tokens[k - 1]!.kind) || isWord(tokens[k - 1], ['then', 'a']);
const lengthAt = (tokens: Token[], k: number) => tokens[k]?.kind === 'number' && tokens[k + 1]?.kind === 'word' && TIME_UNITS[tokens[k + 1]!.value] !== undefined;

/**
 * "Walk for 5 minutes to warm-up": a walk whose role is said after it is that walk, marked with
 * its role (as "Warm up walk 10 min" is). In a day of runs and walks and nothing else ("5 min
 * warm-up / Run 8 min / Walk 3 min / Run 8 min / 5 min cool down"), the warm-up and cool-down a
 * couch-to-5K day names are walks.
 */
function walkEnds(tokens: Token[]): Token[] {
  const plainDay = onlyRunsAndWalks(tokens);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const role = tokens[k + 2];
    if (plainDay && opensAt(tokens, k) && lengthAt(tokens, k) && isWord(role, ROLES) && PART_ENDS.has(tokens[k + 3]?.kind ?? 'eof')) {
      const section = role!.value as 'warmup' | 'cooldown';
      out.push({ ...role!, value: 'walk', section }, { ...t, section }, { ...tokens[k + 1]!, section });
      k += 2;
      continue;
    }
    const length = isWord(tokens[k + 1], ['for']) ? k + 2 : k + 1;
    if (opensAt(tokens, k) && isWord(t, WALKS) && lengthAt(tokens, length) && isWord(tokens[length + 2], ['to']) && isWord(tokens[length + 3], ROLES) && PART_ENDS.has(tokens[length + 4]?.kind ?? 'eof')) {
      const section = tokens[length + 3]!.value as 'warmup' | 'cooldown';
      out.push(...tokens.slice(k, length + 2).map((x) => ({ ...x, section })));
      k = length + 3;
      continue;
    }
    out.push(t);
  }
  return out;
}

const DAY_WORDS = new Set(['day', 'week', 'then', 'and', 'for', 'warmup', 'cooldown']);

/** A day of runs and walks, each with its length, and no other words: a couch-to-5K day. */
function onlyRunsAndWalks(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (tokens.some((t) => t.kind === 'x' || t.kind === 'at') || !alternates(tokens)) return false;
  return words.every((t) => isWord(t, ALTERNATING_VERBS) || isWord(t, DAY_WORDS) || TIME_UNITS[t.value] !== undefined);
}
