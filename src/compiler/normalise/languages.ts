/**
 * Sessions written in another language (dialect/languages.ts): the language a
 * session is written in is found from its words, and that language's running
 * vocabulary is read as the shorthand ("15 Minuten einlaufen" as "15 min
 * warmup", "rec. 3′ jog … 10′ defaticamento" with the cool-down). Only the
 * words of the one language found are read this way, so a short word of
 * another language ("e", "o", "men") never changes an English session.
 */
import { ENGLISH_MARKERS, LANGUAGES, SHARED_WITH_ENGLISH, type Language } from '../dialect/languages.js';
import { ALIASES } from '../dialect/words.js';
import { FILLER_WORDS } from '../dialect/categories.js';
import { isCommonEnglish } from '../dialect/english.js';
import { KNOWN_WORDS } from '../vocabulary.js';
import type { Token } from '../lexer.js';
import { isProse } from '../grammar/prose.js';
import { aside, longestPhrase, phraseTrie, replacement, type PhraseTrie } from './tokens.js';

interface Indexed {
  language: Language;
  trie: PhraseTrie<string>;
  /** Single words that show a session is in this language. */
  evidence: ReadonlySet<string>;
  range: ReadonlySet<string>;
  everyday: ReadonlySet<string>;
  timeOfDay: ReadonlySet<string>;
  counters: ReadonlySet<string>;
}

const ENGLISH: ReadonlySet<string> = new Set([...KNOWN_WORDS, ...Object.keys(ALIASES), ...FILLER_WORDS, ...SHARED_WITH_ENGLISH]);
/** Words that show a session is English: everyday English (the shorthand's own words are written in every language). */
const isEnglish = (w: string) => isCommonEnglish(w) || ENGLISH_MARKERS.has(w);

const INDEXED: readonly Indexed[] = LANGUAGES.map((language) => {
  const entries = Object.entries(language.means).flatMap(([to, words]) => words.map((w) => [w, to] as const));
  const single = [...language.everyday, ...entries.map(([w]) => w)].filter((w) => !w.includes(' '));
  return {
    language,
    trie: phraseTrie(entries),
    evidence: new Set(single.filter((w) => !ENGLISH.has(w) && !isCommonEnglish(w))),
    range: new Set(language.range ?? []),
    everyday: new Set(language.everyday),
    timeOfDay: new Set(language.timeOfDay ?? []),
    counters: new Set(language.counters ?? []),
  };
});

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/u;

export function languages(tokens: Token[]): Token[] {
  const found = languageOf(tokens);
  if (!found) return tokens;
  const keyed = tokens.map((t) => unelided(t, found.language));
  const out: Token[] = [];
  const read: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const told = timeOfDay(found, keyed, k);
    if (told > k || counted(found, t, out)) {
      out.push(aside(t, tokens[told]!));
      k = told;
      continue;
    }
    const match = rangeAt(found, keyed, k) ?? phraseAt(found, keyed, k);
    if (!match) {
      out.push(talk(found, keyed[k]!) ? aside(t, t) : t);
      continue;
    }
    const last = tokens[match.end]!;
    const written = tokens.slice(k, match.end + 1).map((x, j) => (j > 0 && x.spaced ? ' ' : '') + x.raw).join('');
    if (read.length < 8 && !read.some((r) => r.startsWith(`'${written}'`))) read.push(`'${written}' as '${match.to || 'nothing'}'`);
    out.push(...replaced(inPlace(match.to, out[out.length - 1], tokens[match.end + 1]), t, last));
    k = match.end;
  }
  return noted(out, found.language, read);
}

/** The one language a session is written in, when its words show one more than English. */
export function languageOf(tokens: readonly Token[]): Indexed | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.some((t) => CJK.test(t.value))) return INDEXED.find((i) => i.language.code === 'ja');
  const english = words.filter((t) => isEnglish(t.value)).length;
  let best: { at: Indexed; score: number } | undefined;
  for (const at of INDEXED) {
    const score = words.filter((t) => at.evidence.has(unelided(t, at.language).value)).length;
    if (score > (best?.score ?? 0)) best = { at, score };
  }
  // A long word of the language is enough ("riscaldamento"); short ones must be two, and outnumber English.
  if (!best || best.score <= english) return undefined;
  const long = words.some((t) => t.value.length >= 6 && best!.at.evidence.has(unelided(t, best!.at.language).value));
  return best.score >= 2 || long ? best.at : undefined;
}

/** "l'allure", "dell'allenamento": the word without its elided article, for looking up. */
function unelided(t: Token, language: Language): Token {
  const cut = t.kind === 'word' ? t.value.indexOf("'") : -1;
  if (cut <= 0 || !language.elisions?.includes(t.value.slice(0, cut))) return t;
  return { ...t, value: t.value.slice(cut + 1) };
}

/**
 * "10 bis 15 Minuten", "20 à 30 minutes": a range word between two numbers is "to"; between two
 * clocks ("5:00 bis 5:20 pro km") it is the dash of a pace band.
 */
function rangeAt(found: Indexed, keyed: readonly Token[], k: number): { end: number; to: string } | undefined {
  const [before, t, after] = [keyed[k - 1], keyed[k]!, keyed[k + 1]];
  if (t.kind !== 'word' || !found.range.has(t.value)) return undefined;
  if (before?.kind === 'clock' && after?.kind === 'clock') return { end: k, to: '-' };
  return before?.kind === 'number' && after?.kind === 'number' ? { end: k, to: 'to' } : undefined;
}

function phraseAt(found: Indexed, keyed: readonly Token[], k: number): { end: number; to: string } | undefined {
  const hit = longestPhrase(found.trie, keyed, k);
  return hit ? { end: hit.end, to: hit.value } : undefined;
}

const UNITS = new Set(['min', 'sec', 'hr', 'm', 'km', 'mi', 'lap', 'laps', 'minutes', 'minute', 'seconds', 'meters', 'metres']);

/**
 * Where a word stands changes its English: "3 km di riscaldamento", "60 secondes de récup" say
 * "of" where English says nothing ("3 km warmup"); "allure 10 km", "Tempo 3:59" name a pace
 * by the figure after them ("@ 10 km").
 */
function inPlace(to: string, before: Token | undefined, after: Token | undefined): string {
  if (to === 'of' && before?.kind === 'word' && UNITS.has(before.value)) return '';
  if (to === 'pace' && (after?.kind === 'number' || after?.kind === 'clock')) return '@';
  return to;
}

/**
 * A word of talk the English reader would take for its own ("i", Italian for "the", is its
 * interval pace; "jag", Swedish for "I", looks like a typo of "jog"): it changes no step.
 */
function talk(found: Indexed, t: Token): boolean {
  return t.kind === 'word' && found.everyday.has(t.value) && !isProse(t.value);
}

/** "06:15 Uhr", "kl. 18:00": the clock and its word are the time of day. The index of the last token, or `k`. */
function timeOfDay(found: Indexed, keyed: readonly Token[], k: number): number {
  const word = (x: Token | undefined) => x?.kind === 'word' && found.timeOfDay.has(x.value);
  const t = keyed[k];
  if (t?.kind === 'clock' && word(keyed[k + 1])) return k + 1;
  const clockAt = keyed[k + 1]?.kind === 'stop' ? k + 2 : k + 1;
  return word(t) && keyed[clockAt]?.kind === 'clock' ? clockAt : k;
}

/**
 * "5本": the counter after a count says nothing more. After a range of counts ("5 - 7本") the
 * lower is run, as with "6-8 x 400m": the rest of the range is set aside.
 */
function counted(found: Indexed, t: Token, out: Token[]): boolean {
  if (t.kind !== 'word' || !found.counters.has(t.value) || out[out.length - 1]?.kind !== 'number') return false;
  const [low, dash, high] = out.slice(-3);
  if (low?.kind === 'number' && dash?.kind === 'dash' && high) out.splice(out.length - 2, 2, aside(dash, high));
  return true;
}

/** The shorthand's tokens for the words `from`…`to`; a word that says nothing stays as prose, so it is still listed. */
function replaced(to: string, from: Token, last: Token): Token[] {
  return to === '' ? [aside(from, last)] : replacement(to, from, last);
}

const NAMES: Record<Language['code'], string> = { de: 'German', nl: 'Dutch', fr: 'French', it: 'Italian', es: 'Spanish', sv: 'Swedish', no: 'Norwegian', ja: 'Japanese' };

/** One note on the first word read, saying which language was read and how. */
function noted(out: Token[], language: Language, read: string[]): Token[] {
  const first = out.findIndex((t) => t.synthetic);
  if (first < 0 || read.length === 0) return out;
  out[first] = { ...out[first]!, note: `read as ${NAMES[language.code]}: ${read.join(', ')}` };
  return out;
}
