/**
 * Choices the coach offers inside a session (dialect/choices.ts). "and/or" offers the day after
 * it as "or" does, so the grammar reads both days as alternatives. A choice of efforts ("easy/mod")
 * or of ways to recover ("30sec jog or walk recovery", "(or walk recovery)") is read as its first
 * option, the one a runner does unless told otherwise; the others are set aside as a choice, which
 * the session lists as a warning at their span and keeps in its notes.
 */
import type { Token } from '../lexer.js';
import { CHOICE_EFFORTS, CHOICE_RECOVERIES, CHOICE_WORDS, OPTIONAL_WORDS, RECOVERY_NOUNS } from '../dialect/choices.js';
import { SEPARATOR_WORDS } from '../dialect/categories.js';
import { aside, isUnitWord, isWord, longestPhrase, phraseTrie, replacement, rewriteEach, writtenText } from './tokens.js';

const CHOICE_TRIE = phraseTrie(CHOICE_WORDS);

interface Choice {
  /** The option read, as written for the grammar. */
  read: Token[];
  /** Where the other options start and end. */
  from: number;
  end: number;
}

/**
 * "6 or 7 miles", "16 or 18k", "2 or 3 sets of …": a choice between two numbers that share the unit or count after the
 * second is a range, read as "6 to 7 miles" is (its lower end, the range noted). Only rising numbers: "10 or 5 km" is
 * two lengths offered.
 */
function numberChoice(tokens: Token[], k: number): boolean {
  const [a, or, b, after] = [tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!isWord(or, ['or']) || a?.kind !== 'number' || b?.kind !== 'number' || Number(a.value) >= Number(b.value)) return false;
  return isUnitWord(after) || after?.kind === 'x' || isWord(after, RANGE_NOUNS);
}

const RUN_VERBS = ['run', 'running', 'jog', 'jogging'];

/**
 * "Jog or run for 30 minutes", "Run or jog 20 min": a choice of two words for running is one run, read by
 * the first; "walk or jog" stays a choice (a walk is no run). Runs before the passes that read a verb's
 * time ("Jog for 30 minutes").
 */
export function verbChoices(tokens: Token[]): Token[] {
  return rewriteEach(tokens, (t, k) => {
    const found = verbChoice(t, k);
    // The option set aside goes before the verb it follows, so the verb stays beside its time ("Jog … for 30 minutes").
    return found && { read: [setAside(t, found.from, found.end), ...found.read], end: found.end };
  });
}

function verbChoice(tokens: Token[], k: number): Choice | undefined {
  const [verb, or, other] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  // "alternating run/jog", "run or run/walk": a slash pairs a run with its recovery.
  if (!isWord(verb, RUN_VERBS) || !isWord(or, ['or']) || !isWord(other, RUN_VERBS) || tokens[k + 3]?.kind === 'slash' || tokens[k - 1]?.kind === 'slash') return undefined;
  return { read: [verb!], from: k + 1, end: k + 2 };
}

/** Words a range of counts may stand before ("2 or 3 sets of", "5 or 6 repeats"). */
const RANGE_NOUNS = ['sets', 'repeats', 'reps', 'times', 'rounds'];

export function choices(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (numberChoice(tokens, k)) {
      out.push({ ...t, value: 'to', synthetic: true });
      continue;
    }
    const word = longestPhrase(CHOICE_TRIE, tokens, k);
    if (word && oneOption(tokens, k)) {
      out.push(...replacement(word.value, t, tokens[word.end]!));
      k = word.end;
      continue;
    }
    const found = effortChoice(tokens, k) ?? recoveryChoice(tokens, k, depth) ?? bracketChoice(tokens, k);
    if (!found) {
      depth += t.kind === 'lparen' ? 1 : t.kind === 'rparen' ? -1 : 0;
      out.push(t);
      continue;
    }
    out.push(...found.read, setAside(tokens, found.from, found.end));
    k = found.end;
  }
  return out;
}

/**
 * "10–14 mi easy and/or longer x-train": what stands before the choice since its sentence opened is one
 * part. After more ("12–18 mi easy plus 6 × 30 second hills and/or longer x-train") the choice may be
 * of the last part or of them all: not separable, so left as written and refused where it stands.
 */
function oneOption(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !SENTENCE_ENDS.has(tokens[j]!.kind); j--) {
    if (PART_JOINS.has(tokens[j]!.kind) || isWord(tokens[j], SEPARATOR_WORDS) || tokens[j]!.kind === 'x') return false;
  }
  return true;
}
const SENTENCE_ENDS: ReadonlySet<Token['kind']> = new Set(['stop', 'newline', 'semicolon']);
const PART_JOINS: ReadonlySet<Token['kind']> = new Set(['plus', 'comma']);

/** The other options, from `from` to `end`: never read, listed as the coach's choice. */
function setAside(tokens: Token[], from: number, end: number): Token {
  const first = tokens[from]!.kind === 'lparen' ? from + 1 : from;
  const last = tokens[end]!.kind === 'rparen' ? end - 1 : end;
  const other = writtenText(tokens, first, last).replace(/^(or|\/|-)\s*/i, '');
  return { ...aside(tokens[from]!, tokens[end]!, `or: ${other}`), choice: true };
}

/** "easy/mod", "mod/hard", "easy or steady", "easy-moderate": each option the next harder than the one before it; the first is read. */
function effortChoice(tokens: Token[], k: number): Choice | undefined {
  const first = effortOf(tokens[k]);
  if (!first || !effortPlace(tokens[k - 1])) return undefined;
  let end = k;
  let rank = first.rank;
  while (isEffortMark(tokens[end + 1]) && effortOf(tokens[end + 2])?.rank === rank + 1) {
    end += 2;
    rank++;
  }
  if (end === k || repsAhead(tokens, end)) return undefined;
  const t = tokens[k]!;
  const note = `'${writtenText(tokens, k, end)}' offers a choice of efforts: the first, ${t.raw}, is read`;
  return { read: [{ ...t, value: first.spelt, ...(first.spelt !== t.value ? { synthetic: true as const } : {}), note }], from: k + 1, end };
}

/**
 * "14–18 mi easy/mod with 6 × 5 min …": a range of efforts before reps in its sentence is for the
 * running around them, whose length runcast works out and places; that is not read on a guess.
 */
function repsAhead(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < tokens.length && !SENTENCE_ENDS.has(tokens[j]!.kind); j++) if (tokens[j]!.kind === 'x') return true;
  return false;
}

/**
 * Where a range of efforts is the run's: after its length ("12 mi easy/mod") or "at". Before the run
 * ("Easy/Steady 7-9km") two labels leave the pace to the athlete, which the grammar's labels read.
 */
const effortPlace = (prev: Token | undefined) => isUnitWord(prev) || prev?.kind === 'clock' || prev?.kind === 'at' || isWord(prev, ['at']);

const effortOf = (t: Token | undefined) => (t?.kind === 'word' && Object.hasOwn(CHOICE_EFFORTS, t.value) ? CHOICE_EFFORTS[t.value] : undefined);
const isChoiceMark = (t: Token | undefined) => t?.kind === 'slash' || isWord(t, ['or']);
/** Between efforts, a hyphen offers the next as "/" does: "7 miles easy-moderate". */
const isEffortMark = (t: Token | undefined) => isChoiceMark(t) || (t?.kind === 'dash' && !t.spaced);

/**
 * "30sec jog or walk recovery", "(2min jog or walk recovery)": a way of recovering and another after
 * "or", where the recovery goes on (its noun follows, or its bracket does). The first is read. "8 mi
 * easy or rest" at the end of a day is the day's choice, read by the grammar; "(run 3mins easy or walk)"
 * is no choice of ways to recover but says the part is the recovery, which is not read on a guess.
 */
function recoveryChoice(tokens: Token[], k: number, depth: number): Choice | undefined {
  const t = tokens[k];
  if (!isWord(t, CHOICE_RECOVERIES) || !isWord(tokens[k + 1], ['or']) || !isWord(tokens[k + 2], CHOICE_RECOVERIES)) return undefined;
  const after = tokens[k + 3];
  const goesOn = isWord(after, RECOVERY_NOUNS) || (depth > 0 && (after?.kind === 'rparen' || after?.kind === 'comma'));
  if (!goesOn || tokens[k + 2]!.value === t!.value) return undefined;
  const note = `'${writtenText(tokens, k, k + 2)}' offers a choice: the first, ${t!.raw}, is read`;
  return { read: [{ ...t!, note }], from: k + 1, end: k + 2 };
}

/**
 * "200-meter slow jog recovery (or walk recovery)": a bracket that opens with "or" after a recovery offers
 * another way to recover. After a run ("1 mile (or 10 minute warm-up …)") it may say what the run is for.
 */
function bracketChoice(tokens: Token[], k: number): Choice | undefined {
  const before = tokens[k - 1];
  if (!(isWord(before, RECOVERY_NOUNS) || isWord(before, CHOICE_RECOVERIES)) || tokens[k]!.kind !== 'lparen' || !isWord(tokens[k + 1], ['or'])) return undefined;
  let end = k + 2;
  while (end < tokens.length && !['rparen', 'lparen', 'newline', 'eof'].includes(tokens[end]!.kind)) end++;
  if (tokens[end]?.kind !== 'rparen' || end === k + 2) return undefined;
  return { read: [], from: k, end };
}

/**
 * "8–12 mi easy or 1.5–2.5 hours x-train.\nOptional easy double or uphill TM.": a sentence after the
 * session that offers optional extras as a choice, with no length the coach wrote, makes no step; it is
 * kept as a choice. Read before the word table drops "optional" (and reads "double" as a figure).
 */
export function optionalChoices(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = k > 0 && SENTENCE_ENDS.has(tokens[k - 1]!.kind) && isWord(tokens[k], OPTIONAL_WORDS) ? sentenceEnd(tokens, k) : k;
    const sentence = tokens.slice(k, end);
    if (end === k || !sentence.some((t) => isWord(t, ['or'])) || sentence.some(writtenFigure)) {
      out.push(tokens[k]!);
      continue;
    }
    out.push({ ...aside(tokens[k]!, tokens[end - 1]!, writtenText(tokens, k, end - 1)), choice: true });
    k = end - 1;
  }
  return out;
}

const sentenceEnd = (tokens: Token[], k: number) => {
  let end = k;
  while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end]!.kind) && tokens[end]!.kind !== 'eof') end++;
  return end;
};
const writtenFigure = (t: Token) => (t.kind === 'number' && !t.synthetic) || t.kind === 'clock';
