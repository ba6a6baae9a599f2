/**
 * What a plan says of its own writing: the unit of a number written without
 * one ("5", "45 easy") and its own pace names ("EZ", "SP", "L2"), each
 * standing for a pace the reader knows ("5K", "easy", "4:50/km"). The names
 * are read where they stand, as the pace they name; every token written in
 * their place keeps the span of the coach's word, so a diagnostic still
 * points at it.
 */
import { tokenize, type Token } from './lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from './vocabulary.js';
import type { LanguageCode } from './dialect/languages.js';

/** What a number with no unit is, in a plan that says so. */
export type BareUnit = 'km' | 'mi' | 'm' | 'min';
export const BARE_UNITS: readonly BareUnit[] = ['km', 'mi', 'm', 'min'];

export interface PlanWords {
  bare?: BareUnit;
  /** The plan's pace names, as written, with the pace each stands for. */
  paces?: Readonly<Record<string, string>>;
  /** The language the plan's cells are written in, read together, when it is not English. */
  language?: LanguageCode;
  /**
   * Set when the plan's unit was a distance but its numbers with no unit are read as minutes (compiler/plan.ts):
   * the shortest of them, which in the plan's unit would be no usual run.
   */
  minutesFrom?: number;
}

/** A pace name: a word of letters and digits, starting with a letter ("EZ", "SP", "L2", "Tpace"). */
export const PACE_NAME = /^[A-Za-z][A-Za-z0-9]{0,11}$/;

/** Words the reader needs as they are: a plan cannot give them another meaning. */
const RESERVED = new Set(['x', 'at', 'w', 'with', 'and', 'or', 'of', 'to', 'on', 'off', 'then', 'jog', 'walk', 'rest', 'pace', 'race', 'repeat', 'reps']);

/** Why a name cannot be one of the plan's pace names, or undefined when it can. */
export function paceNameProblem(name: string): string | undefined {
  if (!PACE_NAME.test(name)) return `'${name}' cannot name a pace: a name is a word of letters and digits starting with a letter, such as EZ or L2`;
  const word = name.toLowerCase();
  if (DISTANCE_UNITS[word] !== undefined || TIME_UNITS[word] !== undefined || RESERVED.has(word)) return `'${name}' is a word the reader needs as it is, and cannot name a pace`;
  return undefined;
}

const keys = new WeakMap<PlanWords, string>();

/** The key a parse is cached under: the same text reads differently in plans that say different things. */
export function planWordsKey(words: PlanWords | undefined): string {
  if (!words || (!words.bare && !words.paces && !words.language)) return '';
  let key = keys.get(words);
  if (key === undefined) {
    key = JSON.stringify([words.bare ?? '', Object.entries(words.paces ?? {}).sort(), words.language ?? '']);
    keys.set(words, key);
  }
  return key;
}

interface Name {
  pattern: Token[];
  written: string;
  stands: Token[];
}

const compiledNames = new WeakMap<Readonly<Record<string, string>>, Name[]>();

function namesOf(paces: Readonly<Record<string, string>>): Name[] {
  let names = compiledNames.get(paces);
  if (!names) {
    names = Object.entries(paces).map(([written, pace]) => ({
      written,
      pattern: tokenize(written).tokens.filter((t) => t.kind !== 'eof'),
      stands: tokenize(pace).tokens.filter((t) => t.kind !== 'eof'),
    }));
    // The longest name first: "L2" before "L", should a plan have both.
    names.sort((a, b) => b.pattern.length - a.pattern.length);
    compiledNames.set(paces, names);
  }
  return names;
}

/** The tokens with each of the plan's pace names replaced by the pace it stands for. */
export function withPlanPaces(tokens: Token[], paces: Readonly<Record<string, string>> | undefined): Token[] {
  if (!paces) return tokens;
  const names = namesOf(paces);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const name = names.find((n) => matches(tokens, k, n.pattern));
    if (!name) {
      out.push(tokens[k]!);
      continue;
    }
    const first = tokens[k]!;
    const last = tokens[k + name.pattern.length - 1]!;
    const length = last.offset + last.length - first.offset;
    name.stands.forEach((t, j) => {
      out.push({ ...t, offset: first.offset, length, spaced: j === 0 ? first.spaced : t.spaced, synthetic: true, ...(j === 0 ? { note: `${name.written} is the plan's name for ${paces[name.written]} pace` } : {}) });
    });
    k += name.pattern.length - 1;
  }
  return out;
}

/** A name matches where its tokens stand, written together, as a word of its own. */
function matches(tokens: readonly Token[], k: number, pattern: readonly Token[]): boolean {
  if (pattern.length === 0) return false;
  for (let j = 0; j < pattern.length; j++) {
    const t = tokens[k + j];
    if (!t || t.kind !== pattern[j]!.kind || t.value !== pattern[j]!.value || (j > 0 && t.spaced)) return false;
  }
  // "SP" must not match the start of "SPx" (a word the lexer split differently).
  const after = tokens[k + pattern.length];
  return !after || after.spaced || !(after.kind === 'word' || after.kind === 'number');
}
