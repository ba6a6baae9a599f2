/**
 * One construct in a sentence of talk: "I ran 5x400 with 400 recovery's in between. It was
 * difficult.", "Tonight's run was a 10-miler at marathon pace", "… is the 6x1000 meters routine."
 * A log or an article tells the session in an ordinary sentence, and the one place where its
 * figures stand reads as a whole marked construct (reps, a pace, an effort, a kind of run): that
 * construct is the session, and every other word is set aside as prose, each listed as a warning.
 *
 * Only where nothing around it could change what was run: every figure is in the construct (or
 * is talk: a time of day, a year), the words around it are English talk with no word of the
 * shorthand among them, and no word anywhere says the session went otherwise ("instead", "not",
 * "skipped", "planned … but", a race, another sport). Otherwise the text stays refused, with its
 * best guess beside it: a wrong workout is worse than a refusal.
 */
import type { Token } from '../lexer.js';
import type { BareUnit } from '../plan-words.js';
import { GLUE, isProse } from '../grammar/prose.js';
import { isCommonEnglish } from '../dialect/english.js';
import { CHANGE_WORDS, CONTRAST_WORDS, OTHER_ACTIVITY, PLAN_TALK, TALK_WORDS } from '../dialect/talk.js';
import { OTHER_SPORTS } from '../dialect/markers.js';
import { REPEAT_VERBS, REPEAT_WORDS } from '../dialect/categories.js';
import { findIslands, type Island } from './islands.js';
import { isTalk, unplaced } from './talk.js';
import { strong } from './strength.js';
import { doubt } from './doubts.js';

/** Tokens around the construct that say nothing of a step: marks of a sentence. */
const MARKS = new Set<Token['kind']>(['prose', 'comma', 'stop', 'newline', 'colon', 'dash', 'lparen', 'rparen', 'semicolon', 'eof', 'slash']);

/** Of the words around the construct, at least this share must be English talk, and at least this many. */
const ENGLISH_SHARE = 1 / 3;
const MIN_ENGLISH = 2;

/** The islands of a text when it holds one construct in talk; undefined when it does not. */
export function oneConstruct(tokens: Token[], text: string, bare?: BareUnit): Island[] | undefined {
  const found = findIslands(tokens, text, bare);
  if (found.length !== 1 || !strong(found[0]!.read)) return undefined;
  if (unplaced(tokens, found) ?? doubt(tokens, found, text, false)) return undefined;
  const island = found[0]!;
  const around = tokens.filter((_, k) => k < island.start || k >= island.end);
  return !changed(around) && talkOnly(tokens, around) ? found : undefined;
}

/** A word around the construct says the session run was not the one written, or was another sport. */
function changed(tokens: Token[]): boolean {
  const has = (words: ReadonlySet<string>) => tokens.some((t) => (t.kind === 'word' || t.kind === 'prose') && words.has(t.value));
  // "- repeat five times": a count around the construct changes it too.
  const counts = has(REPEAT_WORDS) || has(REPEAT_VERBS);
  return counts || has(CHANGE_WORDS) || has(OTHER_ACTIVITY) || has(OTHER_SPORTS) || (has(PLAN_TALK) && has(CONTRAST_WORDS));
}

/** Every token around the construct is a mark, talk's figure or a word of English talk no construct reads. */
function talkOnly(tokens: Token[], around: Token[]): boolean {
  const words = around.filter((t) => t.kind === 'word' || t.kind === 'prose');
  for (const t of around) {
    if (MARKS.has(t.kind)) continue;
    if (t.kind === 'word' && (isProse(t.value) || GLUE.has(t.value) || TALK_WORDS.has(t.value))) continue;
    if ((t.kind === 'number' || t.kind === 'clock') && isTalk(tokens, tokens.indexOf(t))) continue;
    return false;
  }
  const english = words.filter((t) => GLUE.has(t.value) || TALK_WORDS.has(t.value) || isCommonEnglish(t.value)).length;
  return english >= MIN_ENGLISH && english >= ENGLISH_SHARE * words.length;
}
