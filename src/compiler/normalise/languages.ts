/**
 * Sessions written in another language (dialect/languages.ts): the language a
 * session is written in is found from its words, and that language's running
 * vocabulary is read as the shorthand ("15 Minuten einlaufen" as "15 min
 * warmup", "rec. 3′ jog … 10′ defaticamento" with the cool-down). Only the
 * words of the one language found are read this way, so a short word of
 * another language ("e", "o", "men") never changes an English session.
 */
import { ENGLISH_MARKERS, LANGUAGES, SHARED_WITH_ENGLISH, type Language, type LanguageCode } from '../dialect/languages.js';
import { ALIASES, NUMBER_WORDS } from '../dialect/words.js';
import { FILLER_WORDS, RECOVERY_OPENERS } from '../dialect/categories.js';
import { isCommonEnglish } from '../dialect/english.js';
import { DISTANCE_UNITS, KNOWN_WORDS, TIME_UNITS } from '../vocabulary.js';
import type { Token } from '../lexer.js';
import { isProse } from '../grammar/prose.js';
import { aside, isWord, longestPhrase, phraseTrie, repeatSign, replacement, writtenText, type PhraseTrie } from './tokens.js';

interface Indexed {
  language: Language;
  trie: PhraseTrie<string>;
  /** Single words that show a session is in this language. */
  evidence: ReadonlySet<string>;
  range: ReadonlySet<string>;
  by: ReadonlySet<string>;
  everyday: ReadonlySet<string>;
  timeOfDay: ReadonlySet<string>;
  counters: ReadonlySet<string>;
  /** The language's words for repeating ("wiederholen", "重复", "반복"). */
  repeat: ReadonlySet<string>;
  plus: ReadonlySet<string>;
  /** The language's words written in a script without spaces between words (CJK, Hangul), longest first. */
  glued: readonly string[];
  /** Every single word of the language's tables, for telling a whole word from a run of words. */
  lexicon: ReadonlySet<string>;
  /** Units and counters of one character ("分", "趟"): parted off a run of words only right after a number. */
  afterNumber: ReadonlySet<string>;
  /** Single words for activities other than running. */
  activities: ReadonlySet<string>;
}

const ENGLISH: ReadonlySet<string> = new Set([...KNOWN_WORDS, ...Object.keys(ALIASES), ...FILLER_WORDS, ...SHARED_WITH_ENGLISH]);
/** Words that show a session is English: everyday English (the shorthand's own words are written in every language). */
const isEnglish = (w: string) => isCommonEnglish(w) || ENGLISH_MARKERS.has(w);

/** Scripts written without spaces between words, or with words glued to their particles: a word token may hold several words. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef\uac00-\ud7af]/u;
const KANA = /[\u3040-\u30ff]/u;
const HANGUL = /[\uac00-\ud7af]/u;
/** An English unit of length or time, as the vocabulary's tables have it. */
const isUnit = (word: string) => DISTANCE_UNITS[word] !== undefined || TIME_UNITS[word] !== undefined;

/** Activities a compound's first word may name (dialect/languages.ts `compounds`). */
const OTHER_ACTIVITIES: ReadonlySet<string> = new Set(['strength training', 'bike', 'swim', 'yoga', 'cross', 'stretching', 'walk']);

const INDEXED: readonly Indexed[] = LANGUAGES.map((language) => {
  const entries = Object.entries(language.means).flatMap(([to, words]) => words.map((w) => [w, to] as const));
  const single = [...language.everyday, ...entries.map(([w]) => w), ...(language.counters ?? [])].filter((w) => !w.includes(' '));
  return {
    language,
    trie: phraseTrie(entries),
    evidence: new Set(single.filter((w) => !ENGLISH.has(w) && !isCommonEnglish(w))),
    range: new Set(language.range ?? []),
    by: new Set(language.by ?? []),
    everyday: new Set(language.everyday),
    timeOfDay: new Set(language.timeOfDay ?? []),
    counters: new Set(language.counters ?? []),
    repeat: new Set(language.means.repeat ?? []),
    plus: new Set(language.plus ?? []),
    glued: [...new Set(single.filter((w) => UNSPACED.test(w)))].sort((a, b) => b.length - a.length),
    lexicon: new Set(single),
    activities: new Set(entries.filter(([w, to]) => OTHER_ACTIVITIES.has(to) && !w.includes(' ')).map(([w]) => w)),
    afterNumber: new Set([...entries.filter(([w, to]) => isUnit(to) && [...w].length === 1).map(([w]) => w), ...(language.counters ?? [])]),
  };
});

const byCode = (code: Language['code']) => INDEXED.find((i) => i.language.code === code)!;

/**
 * `planLanguage`: the language of the plan the session belongs to ("fr" for a French plan), which reads a
 * cell whose own words are too few to show one ("Repos", "Footing Z1 45'", "Côtes 6x1'").
 */
export function languages(written: Token[], planLanguage?: LanguageCode): Token[] {
  const found = languageOf(written) ?? (planLanguage && !englishCell(written) ? byCode(planLanguage) : undefined) ?? wholeIn(written);
  if (!found) return written;
  const parted = found.glued.length > 0 ? written.flatMap((t, k) => separated(found, t, written[k - 1])) : written;
  const tokens = withLevels(found, parted);
  const keyed = tokens.map((t) => decompounded(found, unelided(t, found.language)));
  const out: Token[] = [];
  const read: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const told = timeOfDay(found, keyed, k);
    const count = counted(found, keyed, k, out);
    if (told > k || count === 'aside') {
      out.push(aside(t, tokens[told]!));
      k = told;
      continue;
    }
    const match = count === 'times' ? { end: k, to: 'times' } : (rangeAt(found, keyed, k) ?? plusAt(found, keyed, k) ?? choiceAt(found, keyed, k, out) ?? repsAt(found, keyed, k, out));
    if (!match) {
      out.push(talk(found, keyed[k]!) ? aside(t, t) : t);
      continue;
    }
    const last = tokens[match.end]!;
    const written = writtenText(tokens, k, match.end);
    if (read.length < 8 && !read.some((r) => r.startsWith(`'${written}'`))) read.push(`'${written}' as '${match.to || 'nothing'}'`);
    if (match.to.endsWith('times')) lowEnd(out);
    if (match.to.endsWith('times') && endsPart(found, keyed, match.end + 1)) andThatOften(found, out, match.to !== 'times');
    out.push(...replaced(repeatAfterCount(match.to, out) ? '' : inPlace(match.to, out[out.length - 1], tokens[match.end + 1]), t, last));
    k = match.end;
  }
  return noted(out, found.language, read);
}

/** A cell that shows itself English ("Easy run 5 miles" in a French plan's legend): more English words than not. */
function englishCell(written: Token[]): boolean {
  const words = written.filter((t) => t.kind === 'word');
  return words.filter((t) => isEnglish(t.value)).length * 2 > words.length;
}

/**
 * The language of a whole plan's cells read together, when they show one: its code, or undefined. Words repeated
 * over a plan's weeks count once: a plan shows its language by several different words of it ("repos", "footing",
 * "sortie"), not one word a hundred times.
 */
export function planLanguageOf(tokens: readonly Token[]): LanguageCode | undefined {
  const found = languageOf(tokens);
  if (!found) return undefined;
  const distinct = new Set(tokens.filter((t) => t.kind === 'word' && found.evidence.has(unelided(t, found.language).value)).map((t) => t.value));
  return distinct.size >= PLAN_EVIDENCE ? found.language.code : undefined;
}

/** How many different words of a language a plan's cells must hold to be read in it. */
const PLAN_EVIDENCE = 3;

/** The one language a session is written in, when its words show one more than English. */
export function languageOf(tokens: readonly Token[]): Indexed | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  const script = scriptOf(words.map((t) => t.value).filter((w) => UNSPACED.test(w)).join(' '));
  if (script) return script;
  let best: { at: Indexed; score: number; english: number } | undefined;
  for (const at of INDEXED) {
    const score = words.filter((t) => at.evidence.has(unelided(t, at.language).value)).length;
    // "Tras calentar 4km me puse a ello": a word both languages write ("me", "a") is no sign of English.
    const english = words.filter((t) => isEnglish(t.value) && !at.lexicon.has(t.value) && !at.range.has(t.value)).length;
    if (score > (best?.score ?? 0)) best = { at, score, english };
  }
  // A long word of the language is enough ("riscaldamento"); short ones must be two, and outnumber English.
  if (!best || best.score <= best.english) return undefined;
  const long = words.some((t) => t.value.length >= 6 && best!.at.evidence.has(unelided(t, best!.at.language).value));
  return best.score >= 2 || long ? best.at : undefined;
}

/**
 * "Kein Training", "Día libre", "Dzień wolny": a day written in a phrase of a language's table, its words too short
 * or too English ("training") to show the language alone, is in the first language whose words the whole text is,
 * one of them its own. A phrase of two words or more says more than a word: a short word alone ("Repos") shows no
 * language but its plan's. Only where no language was found otherwise.
 */
function wholeIn(tokens: readonly Token[]): Indexed | undefined {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 2) return undefined;
  return INDEXED.find((at) => words.some((t) => at.evidence.has(unelided(t, at.language).value)) && allWords(at, tokens));
}

/** Whether every word of `tokens` is a word or phrase of the language's tables. */
function allWords(at: Indexed, tokens: readonly Token[]): boolean {
  const keyed = tokens.map((t) => unelided(t, at.language));
  for (let k = 0; k < keyed.length; k++) {
    const hit = keyed[k]!.kind === 'word' ? phraseAt(at, keyed, k) : undefined;
    if (hit) k = hit.end;
    else if (keyed[k]!.kind === 'word' && !at.lexicon.has(keyed[k]!.value)) return false;
  }
  return true;
}

/**
 * A session in Hangul is Korean, one with kana Japanese; one in Chinese characters alone is
 * Chinese when more of the words only Chinese writes stand in it than of those only Japanese does
 * ("慢跑", "公尺" against "本", "分").
 */
function scriptOf(text: string): Indexed | undefined {
  if (text === '') return undefined;
  if (HANGUL.test(text)) return byCode('ko');
  if (KANA.test(text)) return byCode('ja');
  const [ja, zh] = [byCode('ja'), byCode('zh')];
  const hits = (at: Indexed, other: Indexed) => at.glued.filter((w) => !other.lexicon.has(w) && text.includes(w)).length;
  return hits(zh, ja) > hits(ja, zh) ? zh : ja;
}

/**
 * "繋ぎは90秒のjog", "慢跑400公尺後", "조깅을": words of a script written without spaces, or glued
 * to their particles, as the lexer gives them in one token, parted into the table's words (longest
 * first), the Latin letters among them and what is left between. A unit or counter of one character
 * ("分", "米", "趟") is parted off only where it stands right after a number: inside a word ("部分")
 * it is part of that word.
 */
function separated(found: Indexed, t: Token, before: Token | undefined): Token[] {
  if (t.kind !== 'word' || !UNSPACED.test(t.value) || found.lexicon.has(t.value)) return [t];
  if (found.language.glued === 'particles') return particled(found, t);
  const parts: Token[] = [];
  const cut = (from: number, to: number) => {
    if (to > from) parts.push(piece(t, from, to));
  };
  let [at, left] = [0, 0];
  while (at < t.value.length) {
    const w = wordAt(found, t.value, at, at === 0 && !t.spaced && before?.kind === 'number');
    if (w === undefined) {
      at++;
      continue;
    }
    cut(left, at);
    cut(at, at + w);
    at += w;
    left = at;
  }
  cut(left, t.value.length);
  return parts;
}

/** "조깅을", "세트마다": a word of the table and the particle after it, when the rest of the token is one. */
function particled(found: Indexed, t: Token): Token[] {
  const w = found.glued.find((g) => t.value.startsWith(g) && found.everyday.has(t.value.slice(g.length)));
  return w ? [piece(t, 0, w.length), piece(t, w.length, t.value.length)] : [t];
}

/** The characters `from`…`to` of a word token, as a token of their own. */
function piece(t: Token, from: number, to: number): Token {
  return { ...t, value: t.value.slice(from, to), raw: t.raw.slice(from, to), offset: t.offset + from, length: to - from, spaced: from === 0 && t.spaced };
}

/** The length of the table's word, or of the run of Latin letters, starting at `at` of `value`. */
function wordAt(found: Indexed, value: string, at: number, afterNumber: boolean): number | undefined {
  const latin = /^[a-z']+/.exec(value.slice(at));
  if (latin) return latin[0].length;
  const w = found.glued.find((g) => value.startsWith(g, at) && (g.length > 1 || afterNumber || !found.afterNumber.has(g)));
  return w?.length;
}

/**
 * "PK1", "PK2": a zone written with its level glued to it, which the lexer gives as a word and a
 * number, is the zone's word alone when every level of it means the same (the language's `levelled`);
 * "PK 10 km", spaced, stays the zone and a length.
 */
function withLevels(found: Indexed, tokens: Token[]): Token[] {
  const levelled = found.language.levelled ?? [];
  if (levelled.length === 0) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const [t, level] = [tokens[k]!, tokens[k + 1]];
    if (!isWord(t, levelled) || level?.kind !== 'number' || level.spaced || !/^\d$/.test(level.value)) {
      out.push(t);
      continue;
    }
    out.push({ ...t, raw: t.raw + level.raw, length: level.offset + level.length - t.offset });
    k++;
  }
  return out;
}

/** "hiihtolenkki" as "hiihto" (a ski outing), "kuntosalitreeni" as "kuntosali": a compound read as the activity it opens with. */
function decompounded(found: Indexed, t: Token): Token {
  if (t.kind !== 'word' || found.lexicon.has(t.value)) return t;
  for (const head of found.language.compounds ?? []) {
    // "Rad-einheit": a hyphen may join the two words.
    const stem = t.value.slice(0, -head.length).replace(/-$/, '');
    if (t.value.endsWith(head) && stem.length >= 3 && found.activities.has(stem)) return { ...t, value: stem };
  }
  return t;
}

/** "l'allure", "dell'allenamento": the word without its elided article, for looking up. */
function unelided(t: Token, language: Language): Token {
  const cut = t.kind === 'word' ? t.value.indexOf("'") : -1;
  if (cut <= 0 || !language.elisions?.includes(t.value.slice(0, cut))) return t;
  return { ...t, value: t.value.slice(cut + 1) };
}

/**
 * "10 bis 15 Minuten", "20 à 30 minutes": a range word between two numbers is "to"; between two
 * clocks ("5:00 bis 5:20 pro km") it is the dash of a pace band. "10 per 1000": a word of
 * multiplying between two numbers is the repeat sign.
 */
function rangeAt(found: Indexed, keyed: readonly Token[], k: number): { end: number; to: string } | undefined {
  const [before, t, after] = [keyed[k - 1], keyed[k]!, keyed[k + 1]];
  if (t.kind !== 'word') return undefined;
  const numbers = countAt(found, keyed, k - 1) && countAt(found, keyed, k + 1);
  if (found.by.has(t.value)) return numbers ? { end: k, to: 'x' } : undefined;
  if (!found.range.has(t.value)) return undefined;
  if (before?.kind === 'clock' && after?.kind === 'clock') return { end: k, to: '-' };
  return numbers ? { end: k, to: 'to' } : undefined;
}

/** "due minuti di camminata più un minuto di corsa": a word of adding ("più") before a figure joins two parts; elsewhere ("più veloce") it is talk. */
function plusAt(found: Indexed, keyed: readonly Token[], k: number): { end: number; to: string } | undefined {
  if (!isWord(keyed[k], found.plus)) return undefined;
  return countAt(found, keyed, k + 1) ? { end: k, to: '+' } : undefined;
}

/**
 * "kevyt juoksu/reipas kävely": a slash between a run and a walk, written in another language, is a
 * choice of one of them, not the run-walk method English names "run/walk"; read as "or", which the
 * grammar refuses with its hint rather than make one of the two.
 */
function choiceAt(found: Indexed, keyed: readonly Token[], k: number, out: readonly Token[]): { end: number; to: string } | undefined {
  if (keyed[k]?.kind !== 'slash') return undefined;
  const last = lastRead(out, 1)[0];
  const before = isWord(last, ACTIVITIES) ? last!.value : undefined;
  let j = k + 1;
  let phrase = phraseAt(found, keyed, j);
  while (CHOICE_EFFORTS.has(phrase?.to ?? '')) {
    j = phrase!.end + 1;
    phrase = phraseAt(found, keyed, j);
  }
  const after = phrase?.to;
  return before && after && ACTIVITIES.includes(after) && after !== before ? { end: k, to: 'or' } : undefined;
}

const ACTIVITIES = ['run', 'walk'];
/** How a run or a walk may be said to go between the two ("correr suave / caminar"). */
const CHOICE_EFFORTS: ReadonlySet<string> = new Set(['easy', 'fast', 'steady', 'hard']);

/**
 * "30″ szybko / 90″ trucht, 6–8 powtórzeń.": a count of reps after a comma, closing the list of
 * parts before it, is how many times they run, as "repeat 6 times" says; elsewhere ("6 powtórzeń
 * po 400 m") the reps are the count's own.
 */
function repsAt(found: Indexed, keyed: readonly Token[], k: number, out: readonly Token[]): { end: number; to: string } | undefined {
  const match = phraseAt(found, keyed, k);
  if (match?.to !== 'reps' || !endsPart(found, keyed, match.end + 1)) return match;
  const read = lastRead(out, 4);
  let j = read.length - 1;
  if (!isCount(read[j])) return match;
  if ((read[j - 1]?.kind === 'dash' || isWord(read[j - 1], ['to'])) && isCount(read[j - 2])) j -= 2;
  return read[j - 1]?.kind === 'comma' ? { end: match.end, to: 'times' } : match;
}

/** A figure at `k`, or the language's word for one ("tre", "un minuto"). */
function countAt(found: Indexed, keyed: readonly Token[], k: number): boolean {
  if (k < 0) return false;
  const to = phraseAt(found, keyed, k)?.to;
  return isCount(keyed[k]) || (to !== undefined && NUMBER_WORDS[to.split(' ')[0]!] !== undefined);
}

function phraseAt(found: Indexed, keyed: readonly Token[], k: number): { end: number; to: string } | undefined {
  const hit = longestPhrase(found.trie, keyed, k);
  return hit ? { end: hit.end, to: hit.value } : undefined;
}

/**
 * Where a word stands changes its English: "3 km di riscaldamento", "60 secondes de récup" say
 * "of" where English says nothing ("3 km warmup"), as "een jog van 200 meter" does between a
 * recovery and its length ("jog 200 m"); "allure 10 km", "Tempo 3:59" name a pace by the figure
 * after them ("@ 10 km").
 */
function inPlace(to: string, before: Token | undefined, after: Token | undefined): string {
  if (to === 'of' && before?.kind === 'word' && isUnit(before.value)) return '';
  if (to === 'of' && before?.kind === 'word' && RECOVERY_OPENERS.has(before.value) && after?.kind === 'number') return '';
  if (to === 'pace' && (after?.kind === 'number' || after?.kind === 'clock')) return '@';
  return to;
}

/**
 * A word of talk the English reader would take for its own ("i", Italian for "the", is its
 * interval pace; "jag", Swedish for "I", looks like a typo of "jog"), or a particle of a script
 * without spaces ("の", "을"), which stands inside a phrase where no prose can: it changes no step.
 */
function talk(found: Indexed, t: Token): boolean {
  return t.kind === 'word' && found.everyday.has(t.value) && (!isProse(t.value) || UNSPACED.test(t.value));
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
 * "5本", "6趟", "12세트": the counter after a count says nothing more. After a range of counts
 * ("5 - 7本") the lower is run, as with "6-8 x 400m". A count after a length ("2000m 4세트") or
 * before one ("10趟400公尺") repeats it, as "x" would; one standing alone at the end of its part
 * ("1分钟慢跑，重复8-10次", "총 3~4세트 반복") is how many times the part before it runs: 'times'.
 */
function counted(found: Indexed, keyed: readonly Token[], k: number, out: Token[]): 'aside' | 'times' | undefined {
  const t = keyed[k]!;
  if (t.kind !== 'word' || !found.counters.has(t.value) || out[out.length - 1]?.kind !== 'number') return undefined;
  lowEnd(out);
  // The count is the last figure, one or two tokens back once a range is cut to its low end.
  let count = out.length - 1;
  while (count >= 0 && out[count]!.kind !== 'number') count--;
  const before = out[count - 1];
  const next = keyed[k + 1];
  const signed = before?.kind === 'x' || isWord(before, ['x']);
  if (before?.kind === 'word' && isUnit(before.value)) out.splice(count, 0, repeatSign(out[count]!));
  else if (!signed && next?.kind === 'number') out.push(repeatSign(t));
  else if (!signed && endsPart(found, keyed, k + 1)) return 'times';
  return 'aside';
}

/** Where a part ends: its full stop, line or bracket, past words of talk, words that say nothing ("in Folge") and a verb of repeating ("반복하면"). */
function endsPart(found: Indexed, keyed: readonly Token[], k: number): boolean {
  let j = k;
  for (;;) {
    const nothing = phraseAt(found, keyed, j);
    if (nothing?.to === '') j = nothing.end + 1;
    else if (talk(found, keyed[j]!) || isRepeatVerb(found, keyed[j])) j++;
    else return PART_ENDS.has(keyed[j]?.kind ?? 'eof');
  }
}

const PART_ENDS = new Set(['stop', 'dot', 'newline', 'eof', 'semicolon', 'comma', 'rparen', 'colon']);

const isRepeatVerb = (found: Indexed, t: Token | undefined) => t?.kind === 'word' && found.repeat.has(t.value);

/**
 * "10세트 반복하면", "das Ganze dreimal wiederholen": a verb of repeating after the count it
 * takes, as languages that put the verb last write it, says no more than the count's 'times'.
 */
function repeatAfterCount(to: string, out: readonly Token[]): boolean {
  if (to !== 'repeat') return false;
  return isWord(lastRead(out, 1)[0], ['times']);
}

/**
 * The last `n` tokens read so far that are not set aside, in order. Walking back from the end
 * stops at the n-th, so a long text costs each word no more than the prose since the last read token.
 */
function lastRead(out: readonly Token[], n: number): Token[] {
  const read: Token[] = [];
  for (let j = out.length - 1; j >= 0 && read.length < n; j--) if (out[j]!.kind !== 'prose') read.unshift(out[j]!);
  return read;
}

/**
 * "…zwei Minuten gehen, und das fünfmal in Folge": "and (that) so many times" closing a part is
 * the count the parts before it repeat, as "repeat 5 times" says. `counted`: the word read holds
 * its count ("fünfmal"), else the count is the last figure read ("und das 5 mal").
 */
function andThatOften(found: Indexed, out: Token[], counted: boolean): void {
  let j = out.length;
  if (!counted) while (--j >= 0 && !isCount(out[j]));
  do j--;
  while (j >= 0 && (out[j]!.kind === 'prose' || isWord(out[j], found.everyday)));
  if (!isWord(out[j], ['and'])) return;
  for (let n = j + 1; n < out.length && isWord(out[n], found.everyday); n++) out[n] = aside(out[n]!, out[n]!);
  out.splice(j, 1, ...replacement('repeat', out[j]!));
}

/** A count: a figure, or a number word the words pass reads later ("three"). */
const isCount = (t: Token | undefined) => t?.kind === 'number' || (t?.kind === 'word' && NUMBER_WORDS[t.value] !== undefined);

/**
 * "8-10 times", "3 bis 6 mal", "cinco o seis veces", "8~10세트": a count given as a range is run at its
 * low end, as "6-8 x 400m" is; the rest of the range is set aside, still listed.
 */
function lowEnd(out: Token[]): void {
  const [low, range, high] = out.slice(-3);
  if (!isCount(low) || !isCount(high) || !(range?.kind === 'dash' || isWord(range, ['to', 'or']))) return;
  out.splice(out.length - 2, 2, aside(range!, high!));
}

/** The shorthand's tokens for the words `from`…`to`; a word that says nothing stays as prose, so it is still listed. */
function replaced(to: string, from: Token, last: Token): Token[] {
  return to === '' ? [aside(from, last)] : replacement(to, from, last);
}

const NAMES: Record<Language['code'], string> = {
  de: 'German', nl: 'Dutch', fr: 'French', it: 'Italian', es: 'Spanish', sv: 'Swedish', no: 'Norwegian', ja: 'Japanese',
  zh: 'Chinese', ko: 'Korean', pt: 'Portuguese', ru: 'Russian', cs: 'Czech', pl: 'Polish', id: 'Indonesian', tr: 'Turkish', hu: 'Hungarian', da: 'Danish', fi: 'Finnish', et: 'Estonian', ca: 'Catalan',
};

/** One note on the first word read, saying which language was read and how. */
function noted(out: Token[], language: Language, read: string[]): Token[] {
  const first = out.findIndex((t) => t.synthetic);
  if (first < 0 || read.length === 0) return out;
  out[first] = { ...out[first]!, note: `read as ${NAMES[language.code]}: ${read.join(', ')}` };
  return out;
}
