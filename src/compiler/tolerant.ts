/**
 * The tolerant pass: a session is read from the constructs the grammar knows,
 * and words it does not know are filler. When the strict reading stops on a
 * word that is neither the shorthand's nor a likely typo of one ("Today
 * we'll run five 1000s …", "Finish off with …"), that word and the prose
 * around it are set aside (listed as warnings with their spans, kept in the
 * session's notes) and the session is read again. Numbers, marks and typos
 * are never set aside: a number that cannot be placed, a contradiction or a
 * count with nothing to repeat still stops the reading with its position.
 *
 * Each retry sets aside at least one more token and the retries are bounded,
 * so reading stays linear in the length of the text.
 */
import type { Token } from './lexer.js';
import { GLUE, isProse } from './grammar/prose.js';
import { unitShaped } from './dialect/words.js';
import { PACE_NOUNS } from './dialect/efforts.js';
import { CHOICE_WORDS, CLAUSE_TALK, OPENING_VERBS, PARTICLES, PARTICLE_OBJECTS, PARTICLE_VERBS, REPORT_VERBS, SERIES_WORDS, SESSION_DETERMINERS, SESSION_HEADS, WRITER_WORDS } from './dialect/talk-phrases.js';
import { FILLER_CATEGORY, QUANTITY_CATEGORY, MULTIPLIERS, PRONOUN_VERB_EXCEPTIONS, QUALIFIERS, REPEAT_WORDS, SENTENCE_VERBS, SESSION_NOUNS, categoryOf } from './dialect/categories.js';

/** At most this many re-readings of one session; a text needing more is not shorthand. */
export const MAX_SETASIDES = 12;

/**
 * The tokens with the prose around the token at `offset` turned into prose,
 * or undefined when what stands there must not be set aside.
 */
export function setAside(tokens: Token[], offset: number): Token[] | undefined {
  const at = tokens.findIndex((t) => t.offset === offset && t.kind !== 'prose');
  if (at < 0) return undefined;
  if (!droppable(tokens, at)) return undefined;
  // "started off", "kicked it off": the verb goes with its particle.
  const verb = particleVerb(tokens, at);
  let from = verb ? Math.min(verb[0], at) : at;
  let to = verb ? Math.max(verb[1], at) : at;
  while (from > 0 && fillerWord(tokens[from - 1]!)) from--;
  while (to + 1 < tokens.length && fillerWord(tokens[to + 1]!)) to++;
  // A run of glue that ends at the structure stays ("of" in "sets of"): only the words around the culprit go.
  while (from < at && GLUE.has(tokens[from]!.value) && !isProse(tokens[from]!.value)) from++;
  if (!atBoundary(tokens, from, to)) return undefined;
  if (qualifies(tokens, from, to)) return undefined;
  // "4 min increased pace", "a slower pace": the word says which pace; without it "pace" is the goal's.
  if (tokens[to + 1]?.kind === 'word' && PACE_NOUNS.includes(tokens[to + 1]!.value)) return undefined;
  const out = tokens.slice();
  for (let k = from; k <= to; k++) out[k] = { ...out[k]!, kind: 'prose' };
  return out;
}

const BOUNDARY = new Set(['comma', 'semicolon', 'plus', 'newline', 'stop', 'colon', 'lparen', 'rparen', 'lbracket', 'rbracket', 'dash', 'gt', 'eof']);

/**
 * Prose is set aside only where it opens or closes a part: words between two
 * pieces of structure ("1 min following 3-2-1k") may tie them, and reading
 * past them could make a wrong workout out of a right refusal.
 */
function atBoundary(tokens: Token[], from: number, to: number): boolean {
  let b = from - 1;
  while (b >= 0 && tokens[b]!.kind === 'prose') b--;
  const before = tokens[b];
  const after = tokens[to + 1];
  const opens = !before || BOUNDARY.has(before.kind) || (before.kind === 'word' && categoryOf(before.value) === 'separator');
  const closes = !after || BOUNDARY.has(after.kind);
  return opens || closes;
}

/** The word the reading stopped on may go: prose, a filler word, a verb's particle, or a join with nothing to join. */
function droppable(tokens: Token[], at: number): boolean {
  const t = tokens[at]!;
  if (t.kind !== 'word') return false;
  // "10公里", "5km": a word glued to the number before it is that number's unit, known or not; without it the
  // number would be read in another unit.
  if (tokens[at - 1]?.kind === 'number' && !t.spaced) return false;
  // "25-30 kilométereket": so is a word after it shaped as a unit is, in a form runcast does not know.
  if (tokens[at - 1]?.kind === 'number' && unitShaped(t.value)) return false;
  if (fillerWord(t) || particleVerb(tokens, at) !== undefined) return true;
  // "Finish off with 6x300m …" opens with a join ("then") that has nothing before it.
  const before = tokens.slice(0, at).filter((b) => b.kind !== 'prose');
  return (t.value === 'then' || t.value === 'and') && (before.length === 0 || before.every((b) => b.kind === 'colon' || b.kind === 'dash'));
}

export const isFiller = (t: Token) => fillerWord(t);

/**
 * Where the word at `at` is a verb of the narrative or its particle ("We started off with a warm
 * up", "kicked it off with", "Set off with a 2k warmup"), the first and last token of the two.
 */
function particleVerb(tokens: Token[], at: number): [number, number] | undefined {
  const word = (k: number, words: ReadonlySet<string>) => tokens[k]?.kind === 'word' && words.has(tokens[k]!.value);
  for (let verb = at - 2; verb <= at; verb++) {
    if (!word(verb, PARTICLE_VERBS)) continue;
    const particle = word(verb + 1, PARTICLE_OBJECTS) ? verb + 2 : verb + 1;
    // "started off easy", "start out slow" say how the session is run: not talk.
    const how = tokens[particle + 1];
    if (how?.kind === 'word' && ['pace', 'effort'].includes(categoryOf(how.value))) return undefined;
    if (word(particle, PARTICLES) && at <= particle) return [verb, particle];
  }
  return undefined;
}

function fillerWord(t: Token): boolean {
  if (t.kind !== 'word' || MULTIPLIERS[t.value] !== undefined) return false;
  return isProse(t.value) || categoryOf(t.value) === FILLER_CATEGORY;
}

const SENTENCE_END = new Set(['stop', 'newline']);
/** The parts a sentence of talk may open with and still ask for. */
const SECTION_WORDS = new Set(['warmup', 'cooldown']);
/** Words that tie a clause to the reps around it. */
const BINDING = new Set(['between', 'recovery', 'recoveries', 'rest', 'float', 'walk', 'recover', 'standing', 'sets', 'set', 'reps', 'rep', 'each', 'every']);
const CLAUSE_END = new Set(['comma', 'colon', 'dash', 'semicolon']);

/** A token that says what is run or how often: a sentence holding one is never set aside unread. */
function content(t: Token, next?: Token): boolean {
  if (t.kind === 'number' || t.kind === 'clock' || t.kind === 'x' || t.kind === 'percent') return true;
  if (t.kind !== 'word') return false;
  const category = categoryOf(t.value);
  // "an interval session", "tempo training": a kind of session talked about, no pace for a part.
  if (category === 'pace' && next?.kind === 'word' && SESSION_NOUNS.has(next.value)) return false;
  return REPEAT_WORDS.has(t.value) || (category === 'pace' && t.value !== 'pace') || (category === 'effort' && t.value !== 'effort');
}

/**
 * When words cannot be set aside one run at a time, a whole sentence may be: a
 * sentence with no number, clock or count in it ("Your half laps recoveries will
 * be at a slow jog.", "Dynamic Stretch", "this is just to see where you're at")
 * changes no length, time or count; and in a sentence that has some, what opens it
 * before the first of them ("So after a jog warm-up and some exercises, we did
 * 8X800m") is the coach talking, when it is clauses with none or words of prose.
 * A sentence whose figures the reading stopped on is never set aside: that stays a
 * refusal, positioned, since leaving out a number changes the workout. Where the
 * sentence cannot go, a clause of talk within it may (setAsideClause).
 */
export function setAsideSentence(tokens: Token[], offset: number): Token[] | undefined {
  const at = stoppedAt(tokens, offset);
  if (at === undefined) return undefined;
  return wholeSentence(tokens, at) ?? setAsideClause(tokens, at);
}

/** The token the reading stopped on, or the last before the end of its sentence. */
function stoppedAt(tokens: Token[], offset: number): number | undefined {
  const at = tokens.findIndex((t) => t.kind !== 'prose' && t.offset + t.length > offset);
  if (at < 0) return undefined;
  return SENTENCE_END.has(tokens[at]!.kind) || tokens[at]!.kind === 'eof' ? Math.max(0, at - 1) : at;
}

function wholeSentence(tokens: Token[], at: number): Token[] | undefined {
  let from = at;
  while (from > 0 && !SENTENCE_END.has(tokens[from - 1]!.kind)) from--;
  let to = at;
  while (to + 1 < tokens.length && !SENTENCE_END.has(tokens[to + 1]!.kind) && tokens[to + 1]!.kind !== 'eof') to++;
  const live = (k: number) => tokens[k]!.kind !== 'prose';
  const talk = reported(tokens, from, to) ? new Set(range(from, to)) : sessionPhrases(tokens, from, to);
  let first = from;
  while (first <= to && !(live(first) && !talk.has(first) && content(tokens[first]!, tokens[first + 1]))) first++;
  // "Warm up slowly, get the big muscles warm": a sentence of talk about the warm-up still asks for one.
  if (first > to && tokens[from]!.kind === 'word' && SECTION_WORDS.has(tokens[from]!.value)) from++;
  const end = first > to ? to : leadEnd(tokens, from, first, at, talk);
  if (end === undefined || end < from || (first <= to && qualifies(tokens, from, end))) return undefined;
  const out = tokens.slice();
  let changed = false;
  for (let k = from; k <= end; k++) {
    if (!live(k) || SENTENCE_END.has(out[k]!.kind)) continue;
    out[k] = { ...out[k]!, kind: 'prose' };
    changed = true;
  }
  return changed ? out : undefined;
}

/**
 * The last token of what opens a sentence before its first figure, when the
 * reading stopped there: whole clauses before it, and a run of prose, sentence
 * verbs and small words right before it ("we did", "I would run").
 */
function leadEnd(tokens: Token[], from: number, first: number, at: number, talk: Set<number>): number | undefined {
  if (at >= first) return undefined;
  let clause = from - 1;
  for (let k = from; k < first; k++) if (CLAUSE_END.has(tokens[k]!.kind)) clause = k;
  // "between each repetition, 200 jog recovery": a clause that ties what follows to reps is not talk.
  if (tokens.slice(from, clause + 1).some((t) => t.kind === 'word' && BINDING.has(t.value))) clause = from - 1;
  let end = clause;
  while (end + 1 < first && (talk.has(end + 1) || leadWord(tokens[end + 1]!))) end++;
  return end === first - 1 ? end : clause >= from ? clause : undefined;
}

function leadWord(t: Token): boolean {
  if (t.kind === 'prose') return true;
  return t.kind === 'word' && (fillerWord(t) || GLUE.has(t.value) || SENTENCE_VERBS.has(t.value) || OPENING_VERBS.has(t.value));
}

/**
 * The tokens from `from` to `to` that name the session talked about: a word such as
 * "my" or "another", words of prose and words saying which of a series it is, up to
 * a noun for the whole session ("I ran my second set of intervals last night", "Yet
 * another cozy run"). Words of the shorthand there say nothing of a part: "sets" is
 * no count and "second" no time. A pace or a figure ends the phrase unread ("my tempo
 * run", "this 5 x 400 session" stay what they were).
 */
function sessionPhrases(tokens: Token[], from: number, to: number): Set<number> {
  const talk = new Set<number>();
  for (let k = from; k <= to; k++) {
    if (!isWordIn(tokens[k]!, SESSION_DETERMINERS)) continue;
    let head = -1;
    for (let j = k + 1; j <= to && tokens[j]!.kind === 'word'; j++) {
      const t = tokens[j]!;
      if (SESSION_HEADS.has(t.value)) head = j;
      // A unit with no number is no length: "second" is read as the unit "sec" before this pass.
      else if (!(SERIES_WORDS.has(t.value) || isProse(t.value) || categoryOf(t.value) === QUANTITY_CATEGORY)) break;
    }
    for (let j = k; j <= head; j++) talk.add(j);
  }
  return talk;
}

/** A sentence with no figure and no count that reports how the session went ("Run felt good"). */
function reported(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => t.kind !== 'prose');
  if (words.some((t) => FIGURES.has(t.kind) || isWordIn(t, REPEAT_WORDS))) return false;
  return words.some((t) => isWordIn(t, REPORT_VERBS));
}

const FIGURES = new Set(['number', 'clock', 'x', 'percent']);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

const isWordIn = (t: Token, words: ReadonlySet<string>) => t.kind === 'word' && words.has(t.value);

/** Words from `from` to `to` hold a qualifier and a figure follows them in their sentence. */
function qualifies(tokens: Token[], from: number, to: number): boolean {
  if (!tokens.slice(from, to + 1).some((t) => t.kind === 'word' && QUALIFIERS.has(t.value))) return false;
  for (let k = to + 1; k < tokens.length && !SENTENCE_END.has(tokens[k]!.kind); k++) if (tokens[k]!.kind !== 'prose' && content(tokens[k]!, tokens[k + 1])) return true;
  return false;
}

/** Marks that join a clause to the session within a sentence; a dash only where it stands apart from words. */
const CLAUSE_MARKS = new Set(['comma', 'semicolon', 'dash', 'lparen', 'rparen', 'lbracket', 'rbracket']);
const OPENING = new Set(['lparen', 'lbracket']);
const CLOSING = new Set(['rparen', 'rbracket']);

/** The token at `k` bounds a clause: a sentence end, or a mark that is no hyphen inside a word and no range ("20-30"). */
function clauseBound(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (SENTENCE_END.has(t.kind) || t.kind === 'eof') return true;
  if (!CLAUSE_MARKS.has(t.kind)) return false;
  if (t.kind !== 'dash') return true;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before && after && FIGURES.has(before.kind) && FIGURES.has(after.kind)) return false;
  return t.spaced || after?.spaced === true || !before || !after;
}

/**
 * A clause of talk joined to the session by a dash, a bracket or a comma rather than
 * a full stop ("Run 20 minutes – I feel faint just typing it", "at 8:40 a.m. (too late
 * with the sun shining)"): when it holds no figure, no count, no pace or effort and
 * nothing that ties it to the reps, it changes no step, and it is set aside with the
 * mark that joins it. A clause that holds any of these stays, and so does the refusal.
 */
function setAsideClause(tokens: Token[], at: number): Token[] | undefined {
  if (CLAUSE_MARKS.has(tokens[at]!.kind)) return joinOfTalk(tokens, at);
  let from = at;
  while (from > 0 && !clauseBound(tokens, from - 1)) from--;
  let to = at;
  while (to + 1 < tokens.length && !clauseBound(tokens, to + 1)) to++;
  if (!talkClause(tokens, from, to)) return undefined;
  const [first, last] = withMarks(tokens, from, to);
  return asProse(tokens, range(first, last));
}

/**
 * The reading stopped on a mark that joins talk already set aside ("OK, originally I was …, 5 x
 * 800m", "stop briefly (quick stretch), then …"): the mark goes with it. A bracket holding a single
 * word set aside stays: "(LE)" after a time is more likely a code for its effort than talk.
 */
function joinOfTalk(tokens: Token[], at: number): Token[] | undefined {
  const t = tokens[at]!;
  const partner = OPENING.has(t.kind) ? partnerOf(tokens, at, 1) : CLOSING.has(t.kind) ? partnerOf(tokens, at, -1) : undefined;
  if (partner !== undefined) {
    const [a, b] = [Math.min(at, partner), Math.max(at, partner)];
    if (b - a < 3 || !range(a + 1, b - 1).every((k) => tokens[k]!.kind === 'prose')) return undefined;
    return asProse(tokens, [a, b]);
  }
  if (OPENING.has(t.kind) || CLOSING.has(t.kind)) return undefined;
  const side = (step: number) => {
    let k = at + step;
    while (tokens[k] && tokens[k]!.kind === 'prose') k += step;
    return k !== at + step && (!tokens[k] || clauseBound(tokens, k));
  };
  return side(-1) || side(1) ? asProse(tokens, [at]) : undefined;
}

function asProse(tokens: Token[], at: number[]): Token[] {
  const out = tokens.slice();
  for (const k of at) out[k] = { ...out[k]!, kind: 'prose' };
  return out;
}

/** The bracket in the same sentence that closes the one at `at` (step 1), or opens it (step -1). */
function partnerOf(tokens: Token[], at: number, step: 1 | -1): number | undefined {
  const wanted = step === 1 ? CLOSING : OPENING;
  const other = step === 1 ? OPENING : CLOSING;
  for (let k = at + step; k >= 0 && k < tokens.length; k += step) {
    const kind = tokens[k]!.kind;
    if (wanted.has(kind)) return k;
    if (other.has(kind) || SENTENCE_END.has(kind) || kind === 'eof') return undefined;
  }
  return undefined;
}

/** The clause with the marks that join it: both brackets, else the mark between it and the rest of its sentence. */
function withMarks(tokens: Token[], from: number, to: number): [number, number] {
  const before = tokens[from - 1];
  const after = tokens[to + 1];
  if (before && after && OPENING.has(before.kind) && CLOSING.has(after.kind)) return [from - 1, to + 1];
  const ends = (t: Token | undefined) => !t || SENTENCE_END.has(t.kind) || t.kind === 'eof';
  if (ends(after) && before && CLAUSE_MARKS.has(before.kind)) return [from - 1, to];
  if (after && CLAUSE_MARKS.has(after.kind) && !OPENING.has(after.kind)) return [from, to + 1];
  return [from, to];
}

/**
 * From `from` to `to` is talk: words only, each one the shorthand has no use for (prose, small
 * words, the writer's I, verbs of the account). A word the shorthand reads ("hills", "pace",
 * "slow", "resp.") keeps the clause, since it may say what is run.
 */
function talkClause(tokens: Token[], from: number, to: number): boolean {
  const live = range(from, to).filter((k) => tokens[k]!.kind !== 'prose');
  return live.length > 0 && live.every((k) => talkWord(tokens, k));
}

function talkWord(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || BINDING.has(t.value) || REPEAT_WORDS.has(t.value) || QUALIFIERS.has(t.value)) return false;
  if (writer(tokens, k) || isProse(t.value) || fillerWord(t) || CLAUSE_TALK.has(t.value)) return true;
  return GLUE.has(t.value) && !CHOICE_WORDS.has(t.value);
}

/** "– I feel faint": in a clause with no figure, a capital I before a verb or a word of prose is the writer, not a pace. */
function writer(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!WRITER_WORDS.has(tokens[k]!.raw) || next?.kind !== 'word') return false;
  return REPORT_VERBS.has(next.value) || (SENTENCE_VERBS.has(next.value) && !PRONOUN_VERB_EXCEPTIONS.has(next.value)) || isProse(next.value);
}
