/**
 * Instructions written as English sentences, brought to the shorthand's order:
 * a verb of running or recovering and "for" before its length ("Sprint for 1
 * minute", "walk briskly for 4.5 minutes"), an effort between the verb and the
 * length ("Run HARD for 30 seconds" is 30 seconds hard), an article before an
 * effort ("at a hard effort"), and "of" between a length and the running it
 * names ("45 minutes of moderate running"). Each is read only where it opens a
 * part and its length follows it, so a "for" that fills a time ("1 min run / 1
 * min walk for 20 min") or names a purpose stays as written.
 */
import type { Token } from '../lexer.js';
import { ABSENT_PARTS, APPROXIMATE, FILLER_WORDS, MANNER_WORDS, MULTIPLIERS, REPEATED_OBJECTS, REPEAT_VERBS, PART_VERBS, RECOVERY_ADJECTIVES, RECOVERY_MARKERS, RUNNING_NOUNS, RUN_VERBS } from '../dialect/categories.js';
import { EFFORT_WORDS, PACE_WORDS } from '../vocabulary.js';
import { PACE_NOUNS } from '../dialect/efforts.js';
import { isUnitWord, isWord, numberToken, replacement } from './tokens.js';

const PART_START = new Set(['comma', 'semicolon', 'newline', 'stop', 'colon', 'dash', 'lparen', 'plus']);
const PART_END = new Set(['comma', 'semicolon', 'newline', 'stop', 'rparen', 'eof', 'plus']);
const JOINS = ['then', 'and'];

/** Effort words an effort-first part may open with; "all" and "max" need the words after them. */
const isEffort = (t: Token | undefined) => t?.kind === 'word' && EFFORT_WORDS.has(t.value) && !['effort', 'all', 'max', 'sprint'].includes(t.value) && PACE_WORDS[t.value] === undefined;

export function clauses(tokens: Token[]): Token[] {
  return recoveryWay(recoveryLengths(ofRunning(articles(effortFirst(forLengths(paceFirst(withoutParts(repeatThis(multipliers(tokens))))))))));
}

/** Whether a part opens at token k: the text's start, a mark that ends a part, or a join. */
function opensPart(tokens: Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return !prev || PART_START.has(prev.kind) || isWord(prev, JOINS);
}

/** The last token of a length starting at k ("90 sec", "10 to 15 min", "1-2 mi", "5-minute", "1:30"), or undefined. */
export function lengthEnd(tokens: Token[], k: number): number | undefined {
  if (tokens[k]?.kind === 'clock') return k;
  if (tokens[k]?.kind !== 'number') return undefined;
  let j = k + 1;
  if ((tokens[j]?.kind === 'dash' || isWord(tokens[j], ['to'])) && tokens[j + 1]?.kind === 'number') j += 2;
  if (tokens[j]?.kind === 'dash' && !tokens[j]!.spaced) j++;
  return isUnitWord(tokens[j]) ? j : undefined;
}

/** Past "about", "around" … before a length. */
function pastApproximate(tokens: Token[], k: number): number {
  while (isWord(tokens[k], APPROXIMATE)) {
    k++;
    // "c. 2 minutes": the full stop of the abbreviation.
    if (tokens[k]?.kind === 'stop' && !tokens[k]!.spaced) k++;
  }
  return k;
}

/**
 * "Sprint for 1 minute", "recovery jog for 90 seconds", "walk briskly for 4.5 minutes",
 * "Cool down for at least 10 minutes": the "for" goes, and the words of manner are set aside.
 */
function forLengths(tokens: Token[]): Token[] {
  const out = tokens.slice();
  for (let k = 0; k < out.length; k++) {
    if (!opensPart(out, k) || !(isWord(out[k], PART_VERBS) || isEffort(out[k]))) continue;
    let j = k;
    while (isWord(out[j + 1], PART_VERBS) || isEffort(out[j + 1]) || isWord(out[j + 1], MANNER_WORDS)) j++;
    const at = j + 1;
    if (!isWord(out[at], ['for']) || lengthEnd(out, pastApproximate(out, at + 1)) === undefined) continue;
    for (let m = k; m < at; m++) if (isWord(out[m], MANNER_WORDS)) out[m] = { ...out[m]!, kind: 'prose' };
    out.splice(at, 1);
  }
  return out;
}

/**
 * "Run HARD 30 seconds", "Run fast for 30 seconds" (once "for" is gone): an effort
 * before the length of its part is the length's effort, written after it as the
 * grammar reads it ("30 sec hard"); the verb says no more than the part does.
 */
function effortFirst(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const verb = opensPart(tokens, k) && isWord(tokens[k], RUN_VERBS) ? 1 : 0;
    const e = k + verb;
    const from = pastApproximate(tokens, e + 1);
    const end = (verb || opensPart(tokens, k)) && isEffort(tokens[e]) ? lengthEnd(tokens, from) : undefined;
    const after = end === undefined ? undefined : tokens[end + 1];
    if (end === undefined || !(after === undefined || PART_END.has(after.kind) || isWord(after, JOINS))) {
      out.push(tokens[k]!);
      continue;
    }
    if (verb) out.push({ ...tokens[k]!, kind: 'prose' });
    out.push(...tokens.slice(e + 1, end + 1), tokens[e]!);
    k = end;
  }
  return out;
}

/** Words between "at" and a pace that say nothing of it ("at a nice easy pace"). */
const PACE_LEADS = ['a', 'an', 'nice', 'really'];

/** "at a hard effort", "at a steady pace", "at a nice easy pace": the words before the effort or pace go. */
function articles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const prev = out[out.length - 1];
    const at = prev?.kind === 'at' || isWord(prev, ['at']);
    let j = k;
    while (isWord(tokens[j], PACE_LEADS)) j++;
    const paced = (isEffort(tokens[j]) && isWord(tokens[j + 1], PACE_NOUNS)) || (tokens[j]?.kind === 'word' && PACE_WORDS[tokens[j]!.value] !== undefined && isWord(tokens[j + 1], PACE_NOUNS));
    if (at && j > k && paced) k = j - 1;
    else out.push(t);
  }
  return out;
}

/**
 * "45 minutes of moderate running", "3 min of tempo running", "5 x 4min of threshold",
 * "5-20 minutes of easy warmup running": the "of" goes where what follows it names how
 * the length is run, up to the end of the part.
 */
function ofRunning(tokens: Token[]): Token[] {
  return tokens.filter((t, k) => {
    if (!isWord(t, ['of']) || !isUnitWord(tokens[k - 1])) return true;
    let j = k + 1;
    while (isEffort(tokens[j]) || isWord(tokens[j], ['warmup', 'cooldown']) || (tokens[j]?.kind === 'word' && PACE_WORDS[tokens[j]!.value] !== undefined)) j++;
    if (j === k + 1) return true;
    if (isWord(tokens[j], RUNNING_NOUNS) || isWord(tokens[j], PACE_NOUNS)) j++;
    const after = tokens[j];
    return !(after === undefined || PART_END.has(after.kind) || after.kind === 'lparen' || isWord(after, [...JOINS, 'with']));
  });
}

/**
 * "with short recovery c. 2 minutes", "with short recovery (about 2 minutes)": a word of how the
 * recovery feels before it is set aside, and a bracket holding only its length is its length.
 */
function recoveryLengths(tokens: Token[]): Token[] {
  const out: Token[] = [];
  // Whether reps stand before `k`: kept as the loop goes, so the pass stays linear.
  let reps = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    reps ||= tokens[k - 1]?.kind === 'x';
    const marker = isWord(tokens[k + 1], RECOVERY_MARKERS);
    const bracket = tokens[k + 2]?.kind === 'lparen' ? 1 : 0;
    if (isWord(t, RECOVERY_ADJECTIVES) && marker && lengthEnd(tokens, pastApproximate(tokens, k + 2 + bracket)) !== undefined) {
      out.push({ ...t, kind: 'prose' });
      continue;
    }
    // "7km jog (5:30)": a jog with its own length, with no reps before it, is a run, and its bracket says how it went.
    const measured = !reps && isUnitWord(tokens[k - 2]) && tokens[k - 3]?.kind === 'number';
    const from = t.kind === 'lparen' && isWord(tokens[k - 1], RECOVERY_MARKERS) && !measured ? pastApproximate(tokens, k + 1) : undefined;
    const end = from === undefined ? undefined : lengthEnd(tokens, from);
    if (end === undefined || tokens[end + 1]?.kind !== 'rparen') {
      out.push(t);
      continue;
    }
    out.push(...tokens.slice(k + 1, end + 1));
    k = end + 1;
  }
  return out;
}

/** "recover for 5 minutes with a slow jog": how a recovery is run, after its length, is its kind ("5 min jog"). */
function recoveryWay(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let j = k + 1;
    if (isWord(tokens[j], ['a', 'an'])) j++;
    while (isWord(tokens[j], RECOVERY_ADJECTIVES)) j++;
    const way = isWord(tokens[k], ['with']) && isWord(tokens[j], ['jog', 'walk']) && PART_END.has(tokens[j + 1]?.kind ?? 'eof');
    if (!way || !isUnitWord(tokens[k - 1]) || !recoveryBefore(tokens, k - 1)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...tokens.slice(k, j).map((t) => ({ ...t, kind: 'prose' as const })), tokens[j]!);
    k = j;
  }
  return out;
}

/** The length whose unit stands at `unit` follows a recovery word ("recover 5 minutes", "rest for 2 min"). */
function recoveryBefore(tokens: Token[], unit: number): boolean {
  let k = unit;
  while (k > 0 && (tokens[k]!.kind === 'number' || tokens[k]!.kind === 'dash' || isUnitWord(tokens[k]) || isWord(tokens[k], APPROXIMATE) || isWord(tokens[k], ['to']))) k--;
  return isWord(tokens[k], RECOVERY_MARKERS);
}

/** "Run for 20 minutes, no walking": a part the run goes without is no step; the words are set aside. */
function withoutParts(tokens: Token[]): Token[] {
  const out = tokens.slice();
  for (let k = 0; k < out.length; k++) {
    if (!opensPart(out, k) || !isWord(out[k], ['no', 'without'])) continue;
    let j = k + 1;
    while (isWord(out[j], ABSENT_PARTS)) j++;
    if (j === k + 1 || !PART_END.has(out[j]?.kind ?? 'eof')) continue;
    // The comma before the words goes with them: nothing follows it in the part.
    const from = out[k - 1]?.kind === 'comma' ? k - 1 : k;
    for (let m = from; m < j; m++) out[m] = { ...out[m]!, kind: 'prose' };
  }
  return out;
}

/** "Repeat twice", "Do it twice": a count written as one word, after "repeat" or "do it", is that many times. */
function multipliers(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const times = t.kind === 'word' ? MULTIPLIERS[t.value] : undefined;
    const doIt = isWord(out[out.length - 1], ['it', 'this']) && isWord(out[out.length - 2], ['do']);
    if (times === undefined || !(isWord(out[out.length - 1], ['repeat']) || doIt)) {
      out.push(t);
      continue;
    }
    const from = doIt ? out.splice(out.length - 2, 2)[0]! : undefined;
    out.push(...(from ? replacement('repeat', from) : []), numberToken(times, t), ...replacement('times', t));
  }
  return out;
}

/** A word of a pace phrase after "at": "an easy pace", "a nice easy pace", "moderate effort". */
const pacePhraseWord = (t: Token | undefined) =>
  isEffort(t) || isWord(t, PACE_NOUNS) || isWord(t, FILLER_WORDS) || (t?.kind === 'word' && PACE_WORDS[t.value] !== undefined);

/**
 * "Run at an easy pace for 30-50 minutes", "Run at a nice easy pace for 1 minute": the pace
 * before the length, written after it as the grammar reads it ("Run 30-50 min at an easy pace").
 */
function paceFirst(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const at = k + 1;
    let j = at + 1;
    while (j - at <= 5 && pacePhraseWord(tokens[j])) j++;
    const opens = opensPart(tokens, k) && isWord(tokens[k], PART_VERBS) && (tokens[at]?.kind === 'at' || isWord(tokens[at], ['at']));
    const end = opens && j > at + 1 && isWord(tokens[j], ['for']) ? lengthEnd(tokens, pastApproximate(tokens, j + 1)) : undefined;
    const after = end === undefined ? undefined : tokens[end + 1];
    if (end === undefined || !(after === undefined || PART_END.has(after.kind) || isWord(after, JOINS))) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(tokens[k]!, ...tokens.slice(j + 1, end + 1), ...tokens.slice(at, j));
    k = end;
  }
  return out;
}

/** "a week", "this week": after a count, how often the session is run in the plan, no repeat. */
const PER = ['a', 'per', 'this', 'each', 'every', 'next'];
const PERIOD = ['week', 'wk', 'month', 'day'];

/**
 * "Repeat this cycle 8 times", "Continue this alternating run/jog 6 times", "Complete the intervals
 * 10 times": what the verb names is what came before it, written "repeat 8 times".
 */
function repeatThis(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    let j = k + 1;
    while (j - k <= 5 && (isWord(tokens[j], REPEATED_OBJECTS) || (j > k + 1 && (tokens[j]!.kind === 'slash' || isWord(tokens[j], ['run', 'jog', 'walk']))))) j++;
    const counted = isWord(tokens[k], REPEAT_VERBS) && j > k + 1 && tokens[j]?.kind === 'number' && isWord(tokens[j + 1], ['times']);
    if (!counted || (isWord(tokens[j + 2], PER) && isWord(tokens[j + 3], PERIOD))) {
      out.push(tokens[k]!);
      continue;
    }
    // "You repeat this 8 times": the writer's "you" goes with the verb.
    if (isWord(out[out.length - 1], ['you', 'we'])) out[out.length - 1] = { ...out[out.length - 1]!, kind: 'prose' };
    out.push(...replacement('repeat', tokens[k]!, tokens[j - 1]!), tokens[j]!, tokens[j + 1]!);
    k = j + 1;
  }
  return out;
}
