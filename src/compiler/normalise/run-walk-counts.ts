/**
 * Beginner run/walk programmes as sentences: how many times the run and the walk go round,
 * said in the ways such programmes say it, written as the grammar reads a run/walk
 * ("run 1 min, walk 2 min, repeat 8 times", "…, for a total of 24 min").
 *
 * - "Alternate 3 minutes of walking with 2 minutes of jogging": the two parts, one after the other;
 * - "Walk slow & easy 5 minutes", "walk briskly for 4.5 minutes": how the walk goes, no part of its length;
 * - "2-min jog / 2-min walk × 6 (24 min)", "Run 1min/Walk 1min x10": a pair and its count after it;
 * - "Repeat 3 times: 3 minutes walk, 2 minutes run.": the count before the parts it repeats.
 */
import type { Token } from '../lexer.js';
import { ALTERNATING_VERBS, ALTERNATION_OPENERS, REPEAT_OPENERS, WALK_MANNERS } from '../dialect/runs.js';
import { TIME_UNITS } from '../vocabulary.js';
import { isUnitWord, isWord, numberToken, replacement } from './tokens.js';

const SENTENCE_ENDS = new Set<Token['kind']>(['stop', 'newline', 'eof']);
const PART_ENDS = new Set<Token['kind']>(['stop', 'newline', 'eof', 'semicolon']);
const FIGURES = new Set<Token['kind']>(['number', 'clock']);
const WALKS = new Set(['walk', 'walking']);

/** Before the word tables: "alternate … with …" and the manner of a walk, in the coach's spelling. */
export function runWalkSentences(tokens: Token[]): Token[] {
  return walkManners(alternations(tokens));
}

/** After them, next to the run/walk reading: the counts of a pair. */
export function runWalkCounts(tokens: Token[]): Token[] {
  return leadingRepeats(pairedCounts(tokens));
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
    if (isWord(t, ALTERNATION_OPENERS)) open = true;
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
    if (t.kind === 'prose' || isWord(t, ['easy', 'brisk', 'slow'])) continue;
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

/**
 * "2-min jog / 2-min walk × 6 (24 min)", "Run 1min/Walk 1min x10": the pair and its count. With a
 * total that the count of pairs makes whole, the walks all run and the total is what the grammar
 * fills; with none, the count repeats the pair.
 */
function pairedCounts(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = opensLine(tokens, k) ? pairAt(tokens, k) : undefined;
    if (!read) {
      out.push(tokens[k]!);
      continue;
    }
    const { slash, sign, count, total } = read;
    out.push(...tokens.slice(k, slash), { ...tokens[slash]!, kind: 'comma', value: ',', synthetic: true }, ...tokens.slice(slash + 1, sign));
    const last = tokens[read.end - 1]!;
    if (total) out.push(...replacement(', for a total of', tokens[sign]!, last), numberToken(total.minutes, total.from), ...replacement('min', total.from, last));
    else out.push(...replacement(', repeat', tokens[sign]!), numberToken(Number(count.value), count), ...replacement('times', count));
    k = read.end - 1;
  }
  return out;
}

const opensLine = (tokens: Token[], k: number) => k === 0 || ['newline', 'colon', 'stop', 'semicolon', 'comma'].includes(tokens[k - 1]!.kind);

interface Pair {
  slash: number;
  sign: number;
  count: Token;
  total?: { minutes: number; from: Token };
  end: number;
}

function pairAt(tokens: Token[], k: number): Pair | undefined {
  const first = partAt(tokens, k, (t) => t.kind === 'slash' || PART_ENDS.has(t.kind));
  if (!first || tokens[first.end]?.kind !== 'slash') return undefined;
  const second = partAt(tokens, first.end + 1, (t) => repeatSignAt(t) || PART_ENDS.has(t.kind));
  const sign = second?.end ?? -1;
  const count = tokens[sign + 1];
  if (!second || !walkAndRun(first, second) || !repeatSignAt(tokens[sign]) || count?.kind !== 'number' || !/^\d+$/.test(count.value)) return undefined;
  const pair: Pair = { slash: first.end, sign, count, end: sign + 2 };
  // "(24 min)": the total of the pairs, the last walk counted in.
  const [open, figure, unit, close] = tokens.slice(sign + 2, sign + 6);
  if (open?.kind !== 'lparen' || figure?.kind !== 'number' || TIME_UNITS[unit?.value ?? ''] === undefined || close?.kind !== 'rparen') return pair;
  const cycle = (first.seconds ?? NaN) + (second.seconds ?? NaN);
  const seconds = Number(figure.value) * TIME_UNITS[unit!.value]!;
  // A total the pairs do not make is not guessed at: the count is read, the total left to the grammar.
  if (Math.abs(cycle * Number(count.value) - seconds) > 1) return pair;
  return { ...pair, total: { minutes: seconds / 60, from: figure }, end: sign + 6 };
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
function alternates(parts: Token[]): boolean {
  const verbs = parts.filter((t) => isWord(t, ALTERNATING_VERBS));
  return verbs.some((t) => WALKS.has(t.value)) && verbs.some((t) => !WALKS.has(t.value)) && parts.some((t) => FIGURES.has(t.kind));
}
