/**
 * Reading one session: tokens, the normalising pass (src/compiler/normalise,
 * driven by the dialect tables), then the grammar (src/compiler/grammar, one
 * file per construct), which builds a SessionNode or stops at the first thing
 * it cannot read, with the exact span and a hint.
 */
import { Cursor, Stop, type ParseError } from './grammar/cursor.js';
import { session } from './grammar/session.js';
import type { SessionNode } from './ast.js';
import { tokenize, type Token } from './lexer.js';
import { normalise } from './normalise/index.js';
import { bracketCounts } from './normalise/bracket-counts.js';
import { pronouns } from './normalise/pronoun.js';
import { approximations } from './normalise/approximate.js';
import { MAX_SETASIDES, isFiller, setAside, setAsideSentence } from './tolerant.js';
import { OTHER_SPORTS } from './dialect/markers.js';
import { READ_WORDS } from './dialect/known.js';
import { LANGUAGES } from './dialect/languages.js';
import { constructSession, guessSession } from './scan/index.js';
import { planWordsKey, withPlanPaces, type PlanWords } from './plan-words.js';
import { isCommonEnglish } from './dialect/english.js';
import { GLUE } from './grammar/prose.js';
import { WEEKDAYS } from './dialect/dates.js';
import { isUnitWord } from './normalise/tokens.js';

/** The meanings of other languages' words that say a run is run (their walks and rests are not). */
const RUN_MEANINGS = ['run', 'easy', 'jog'] as const;

/** Words runcast reads, and any language's word for a run ("corsa", "Lauf"), whatever the session's language was found to be. */
const VOCABULARY: ReadonlySet<string> = new Set([...READ_WORDS, ...LANGUAGES.flatMap((l) => RUN_MEANINGS.flatMap((m) => l.means[m] ?? []))]);

export type { ParseError };
/** A refusal may carry runcast's best guess at the session (src/compiler/scan), never used as the workout. */
export type ParseResult = { ok: true; session: SessionNode } | { ok: false; error: ParseError; guess?: SessionNode };

/**
 * Plans repeat the same cells across weeks and athletes, so parse results are
 * cached by text. Cached trees are frozen: the resolver only reads them.
 */
const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 4096;

/** `words`: what the plan the session belongs to says of its units and pace names. */
export function parseSession(text: string, words?: PlanWords): ParseResult {
  const key = words ? `${planWordsKey(words)}\u0000${text}` : text;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = deepFreeze(parseUncached(text, words));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

/** Frozen all the way down: results shared between callers (by text, by athlete) cannot be changed by one of them. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Keys, not Object.values: every compiled session freezes its steps, and the arrays were most of the work.
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (v && typeof v === 'object') deepFreeze(v);
    }
  }
  return value;
}

function parseUncached(text: string, words?: PlanWords): ParseResult {
  const { tokens, errors } = tokenize(text);
  if (errors.length > 0) {
    const e = errors[0]!;
    return { ok: false, error: { ...e, hint: 'shorthand uses letters, numbers and - / + , ; ( ) @ x × %' } };
  }
  const unbalanced = brackets(tokens);
  if (unbalanced) return { ok: false, error: unbalanced };
  const normalised = talk(normalise(withPlanPaces(tokens, words?.paces), words?.language));
  let read = normalised;
  let first: ParseError | undefined;
  for (let tries = 0; ; tries++) {
    try {
      const node = session(new Cursor(read, text, words?.bare));
      const sport = otherSportSetAside(tokens, node) ?? unnamedActivity(read, node, text);
      return sport ? refused(sport, undefined) : { ok: true, session: node };
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      first ??= e.error;
      // Words the grammar does not know are filler: set aside, and the session read again.
      const next = tries < MAX_SETASIDES ? (setAside(read, e.error.offset) ?? setAsideSentence(read, e.error.offset)) : undefined;
      // When setting words aside does not lead to a reading, the first stop is the one the coach needs to see,
      // unless the reading went on to stop on a figure it cannot place: that is what was not understood.
      if (!next) return construct(normalised, text, words) ?? refused(onFigure(read, e.error, first) ? e.error : first, guessSession(normalised, text, words?.bare));
      read = next;
    }
  }
}

/**
 * A word naming another sport is never filler: "Did 70min of cycling today instead" is no
 * 70-minute run, so a reading that set such a word aside is refused where the word stands.
 */
function otherSportSetAside(written: readonly Token[], read: SessionNode): ParseError | undefined {
  const aside = read.ignored.filter((g) => g.why === 'prose').map((g) => g.span);
  if (aside.length === 0) return undefined;
  const t = written.find((w) => w.kind === 'word' && OTHER_SPORTS.has(w.value) && aside.some((x) => x.start <= w.offset && w.offset < x.end));
  if (!t) return undefined;
  return { offset: t.offset, length: t.length, message: `'${t.raw}' names another sport`, hint: 'runcast reads running here; write the day as cross-training (Bike 70 min) or leave the other sport out' };
}

/**
 * "Marche 1h", "30 min Cam", "Duurloop 35m": a single length beside one word runcast does not know, and nothing else
 * said of it, would run as an easy run on a guess; the word may name what is done (a walk, a legend's code), so the
 * session is refused at the word. Words of everyday English beside it ("6 mile loop") are only talk.
 */
function unnamedActivity(read: readonly Token[], node: SessionNode, text: string): ParseError | undefined {
  const [alt] = node.alternatives;
  const only = node.alternatives.length === 1 && !node.runs && !node.label && alt?.items.length === 1 ? alt.items[0] : undefined;
  if (only?.kind !== 'interval' || only.roleWritten || only.pace || only.effort || only.role !== 'work') return undefined;
  // The words the reading set aside as filler keep their value; what the normalising pass set aside (a date, a climb,
  // an average) is one token of prose with none.
  const words = read.filter((t) => (t.kind === 'prose' && t.value !== '') || (t.kind === 'word' && !isUnitWord(t)));
  const t = words.length === 1 ? words[0]! : undefined;
  if (!t || !node.ignored.some((g) => g.span.start <= t.offset && t.offset < g.span.end)) return undefined;
  if (isCommonEnglish(t.value) || GLUE.has(t.value) || WEEKDAYS.has(t.value) || VOCABULARY.has(t.value)) return undefined;
  // Where a word names what is done: before the length ("Marche 1h"), or after it as a name ("10km Testlauf");
  // a word after it in lower case says how it went ("7 miles nice"), a warning.
  const before = read.findIndex((x) => x.kind === 'number' || x.kind === 'clock') > read.indexOf(t);
  if (!before && !/^\p{Lu}/u.test(text.slice(t.offset, t.offset + 1))) return undefined;
  return { offset: t.offset, length: t.length, message: `'${text.slice(t.offset, t.offset + t.length)}' may say what is done, which runcast does not know`, hint: "write what it is, such as '1h walk' or '30 min easy run', or leave the word out" };
}

/** A session told in a sentence of talk around one construct (scan/construct.ts), read as that construct. */
function construct(tokens: Token[], text: string, words?: PlanWords): ParseResult | undefined {
  const node = constructSession(tokens, text, words?.bare);
  return node ? { ok: true, session: node } : undefined;
}

const refused = (error: ParseError, guess: SessionNode | undefined): ParseResult => (guess ? { ok: false, error, guess } : { ok: false, error });

/** The passes over the words around the session: counts in brackets, the writer's "I", approximate figures. */
const talk = (tokens: Token[]) => approximations(pronouns(bracketCounts(tokens)));

/** A bracket that is never closed, or closes nothing, is pointed at where it stands. */
function brackets(tokens: Token[]): ParseError | undefined {
  const open: Token[] = [];
  for (const t of tokens) {
    if (t.kind === 'lparen' || t.kind === 'lbracket') open.push(t);
    else if (t.kind === 'rparen' || t.kind === 'rbracket') {
      const o = open.pop();
      const want = t.kind === 'rparen' ? 'lparen' : 'lbracket';
      if (!o || o.kind !== want) return { offset: t.offset, length: t.length, message: `'${t.raw}' closes no '${t.kind === 'rparen' ? '(' : '['}'`, hint: 'brackets come in pairs, such as 2 x (4 x 200m @ Mile w/ 200m jog)' };
    }
  }
  const o = open[0];
  return o ? { offset: o.offset, length: o.length, message: `'${o.raw}' is never closed by '${o.kind === 'lparen' ? ')' : ']'}'`, hint: 'brackets come in pairs, such as 2 x (4 x 200m @ Mile w/ 200m jog)' } : undefined;
}

/** The later stop is on a figure or a word of the shorthand, not on prose. */
function onFigure(tokens: Token[], last: ParseError, first: ParseError): boolean {
  if (last.offset <= first.offset) return false;
  const t = tokens.find((k) => k.offset === last.offset && k.kind !== 'prose');
  return t !== undefined && (t.kind === 'number' || t.kind === 'clock' || t.kind === 'lparen' || (t.kind === 'word' && !isFiller(t)));
}
