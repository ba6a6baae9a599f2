/**
 * Tokenizer for coach shorthand. Every token keeps its offset and length in the
 * session text so the parser can point at the exact spot of a problem.
 */
import type { HeartRateRef } from './dialect/efforts.js';
import { COLUMN_BARS, DECORATION, LINE_GOES_ON, LIST_MARKS, PUNCTUATION_AS, TYPED_DASH } from './dialect/layout.js';
import { GLUED_UNITS } from './dialect/words.js';

export type TokenKind =
  | 'number' // 400, 1,000, 1.5
  | 'clock' // 1:30, 6:42, 1:34:06
  | 'word' // letters (lower-cased in `value`)
  | 'x' // "x" directly after a count, or "×"
  | 'dash' // - – —
  | 'slash'
  | 'plus'
  | 'comma'
  | 'semicolon'
  | 'lparen'
  | 'rparen'
  | 'lbracket'
  | 'rbracket'
  | 'at' // @
  | 'percent'
  | 'dot'
  | 'colon'
  | 'newline' // a line break: Hansons' warm-up, main set and cool-down stand on lines of their own
  | 'stop' // the end of a sentence: . ! ?
  | 'gt' // > between parts: "then"
  | 'equals' // = ("L = lesser of …")
  | 'bar' // | between the columns of a table row ("Steady | 4M | 7:30")
  | 'prose' // written by the normalising pass over words that change nothing (".75 miles complete")
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Normalised text: lower-case words, digits without thousands separators. */
  value: string;
  /** The text as written. */
  raw: string;
  offset: number;
  length: number;
  /** True when whitespace separates this token from the previous one. */
  spaced: boolean;
  /** Written by the normalising pass in place of the coach's words (which the span still covers). */
  synthetic?: true;
  /** How the normalising pass chose between readings of this token, for the session's notes. */
  note?: string;
  /** A heart rate the normalising pass read ("Z2", "75% HRmax", "HR 140-150"), on the pace it wrote for it. */
  heartRate?: HeartRateRef;
  /** How the step's notes show an effort the normalising pass wrote as a pace ("RPE 6-7"), when not as the coach wrote it. */
  written?: string;
  /** A number the normalising pass found to be a distance in the plan's unit ("2 E + 3 T + 2 E"). */
  planDistance?: true;
  /** The section of the session the token's line stands in, under a heading ("Warm-up:") or as its closing walk. */
  section?: 'warmup' | 'cooldown';
  /** Set aside by the normalising pass as an option the coach offered besides the one read ("or walk recovery"). */
  choice?: true;
  /** The first token of a line opened by a hyphen as a list's mark ("- 10m Z2 HR"). */
  listed?: true;
  /** A line break with a blank line in it: a paragraph ends there. */
  paragraph?: true;
  /** The bracket of a workout text's repeat, whose every step is run each time, the last one's too. */
  everyStep?: true;
  /** The first step of a text that writes every step of the session: a workout text, or the parts of a stated whole. */
  asWritten?: true;
}

export interface LexError {
  offset: number;
  length: number;
  message: string;
}

const PUNCT: Record<string, TokenKind> = {
  '-': 'dash',
  '–': 'dash',
  '—': 'dash',
  '‒': 'dash',
  '−': 'dash',
  '/': 'slash',
  '+': 'plus',
  ',': 'comma',
  ';': 'semicolon',
  '(': 'lparen',
  ')': 'rparen',
  '[': 'lbracket',
  ']': 'rbracket',
  '@': 'at',
  '%': 'percent',
  '.': 'dot',
  ':': 'colon',
  '×': 'x',
  '&': 'plus',
  '!': 'stop',
  '?': 'stop',
  '>': 'gt',
  '=': 'equals',
  '{': 'lparen',
  '}': 'rparen',
};

const VULGAR: Record<string, number | undefined> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 0.333, '⅔': 0.667 };

const VALUE: Partial<Record<TokenKind, string>> = { dash: '-', x: 'x', lparen: '(', rparen: ')', stop: '.' };

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// ASCII first: the Unicode classes are only consulted for the rare non-ASCII character.
const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\x7f' && /\p{L}/u.test(c)));
const isSpace = (c: string | undefined) =>
  c !== undefined && (c === ' ' || c === '\t' || c === '\n' || c === '\r' || (c > '\x7f' && /\s/u.test(c)));

/** The tokenizer's place in the text, and what it has read. */
interface Lexer {
  readonly text: string;
  i: number;
  /** Whether whitespace (or a mark that reads as it) stands before the next token. */
  spaced: boolean;
  readonly tokens: Token[];
  readonly errors: LexError[];
  /** Whether a quotation is open before each position, worked out once when a double quote first matters. */
  quotes?: Uint8Array;
  /** Whether a list's mark opened the line the next token starts. */
  listed?: boolean;
}

/**
 * Reads the text once, left to right: at each position the first reader below
 * that knows what stands there takes it (the order decides, e.g., that ":30" is
 * seconds before ":" is a colon), so the work is linear in the text's length.
 */
export function tokenize(text: string): { tokens: Token[]; errors: LexError[] } {
  const lx: Lexer = { text, i: 0, spaced: true, tokens: [], errors: [] };
  while (lx.i < text.length) {
    const c = text[lx.i]!;
    if (space(lx, c) || listMark(lx) || fraction(lx, c) || bareSeconds(lx, c) || numberish(lx, c) || word(lx, c) || subscript(lx, c) || mark(lx, c) || ligature(lx, c) || pictograph(lx, c)) continue;
    unknown(lx);
  }
  lx.tokens.push({ kind: 'eof', value: '', raw: '', offset: text.length, length: 0, spaced: true });
  return { tokens: lx.tokens, errors: lx.errors };
}

/** A token from `start` to where the lexer stands. */
function push(lx: Lexer, kind: TokenKind, value: string, start: number): void {
  lx.tokens.push({ kind, value, raw: lx.text.slice(start, lx.i), offset: start, length: lx.i - start, spaced: lx.spaced, ...(lx.listed ? { listed: true as const } : {}) });
  lx.spaced = false;
  lx.listed = false;
}

/** Whitespace: a line break is a token of its own, unless the line is one line wrapped. */
function space(lx: Lexer, c: string): boolean {
  if (!isSpace(c)) return false;
  const { text, tokens } = lx;
  const start = lx.i;
  let lines = 0;
  while (lx.i < text.length && isSpace(text[lx.i])) {
    if (text[lx.i] === '\n') lines++;
    lx.i++;
  }
  const i = lx.i;
  // "3-mile\ntempo", "6x800\nmeter": a line that goes on in lower case, after a line with no mark at its end, is one line wrapped.
  const last = tokens[tokens.length - 1];
  // "…recovery jog\nb) Run 3 minutes": a line opened by a list's mark is a line of its own.
  const count = /^x\s*\d/.test(text.slice(i, i + 6)) || LIST_MARK.test(text.slice(i, i + 8));
  const wrapped =
    lines === 1 && last !== undefined &&
    ((text[i] !== undefined && text[i]! >= 'a' && text[i]! <= 'z' && !count && (last.kind === 'word' || last.kind === 'number')) || (last.kind === 'word' && LINE_GOES_ON.has(last.value)));
  if (lines > 0 && tokens.length > 0 && !wrapped) {
    const nl = text.indexOf('\n', start);
    tokens.push({ kind: 'newline', value: '\n', raw: '\n', offset: nl, length: 1, spaced: true, ...(lines > 1 ? { paragraph: true as const } : {}) });
  }
  lx.spaced = true;
  return true;
}

const escaped = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A list's mark (dialect/layout.ts) before a word or a space; a step's number or letter ("3.", "2)", "1.)", "a)") before a space, or "1)" before the figure it numbers ("1)10-15×1 minuut"). */
const LIST_MARK = new RegExp(`^(?:(?:${LIST_MARKS.map(escaped).join('|')})(?=\\s|\\p{L})|\\d{1,2}(?:\\.\\)|[.)])(?=\\s+\\S)|\\d{1,2}\\)(?=\\d)|[a-hA-H][.)](?=\\s))`, 'u');

/** A list's marks at the start of a line: "- Sprint for 1 minute", "=> 6 minutes – 6.5mph", "3. Warm up, …", "a) 6 x hill". */
function listMark(lx: Lexer): boolean {
  const { tokens } = lx;
  if (tokens.length > 0 && tokens[tokens.length - 1]!.kind !== 'newline') return false;
  const m = LIST_MARK.exec(lx.text.slice(lx.i, lx.i + 8));
  if (!m) return false;
  lx.i += m[0].length;
  lx.spaced = true;
  // A step of a workout text is opened by a hyphen ("- 10m Z2 HR"); numbers and bullets open a coach's list.
  lx.listed = m[0].startsWith('-');
  return true;
}

/** "2½ minutes", "¾ mile": a fraction glued to its number, or alone. */
function fraction(lx: Lexer, c: string): boolean {
  const part = VULGAR[c];
  if (part === undefined) return false;
  const { tokens } = lx;
  const start = lx.i++;
  const whole = tokens[tokens.length - 1];
  if (whole && whole.kind === 'number' && !lx.spaced && /^\d+$/.test(whole.value)) {
    tokens[tokens.length - 1] = { ...whole, value: String(Number(whole.value) + part), raw: lx.text.slice(whole.offset, lx.i), length: lx.i - whole.offset };
    lx.spaced = false;
  } else push(lx, 'number', String(part), start);
  return true;
}

/** ":30 walk", "15 x :30 strides": seconds written as a clock without its minutes. */
function bareSeconds(lx: Lexer, c: string): boolean {
  const { text, i } = lx;
  if (!(c === ':' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3]) && lx.spaced)) return false;
  lx.i += 3;
  push(lx, 'clock', `0${text.slice(i, lx.i)}`, i);
  return true;
}

/** A number or a clock, with what may be glued to it: a plural ("800's"), prime marks for minutes and seconds. */
function numberish(lx: Lexer, c: string): boolean {
  const { text } = lx;
  const start = lx.i;
  if (!(isDigit(c) || (c === '.' && isDigit(text[start + 1])))) return false;
  const minutes = minuteMarks(text, start);
  if (minutes) {
    // "6'30''/km": minutes and seconds written with prime marks.
    lx.i = minutes.end;
    push(lx, 'clock', minutes.clock, start);
    return true;
  }
  lx.i = readNumberish(text, start);
  const raw = text.slice(start, lx.i);
  if (raw.includes(':')) push(lx, 'clock', raw, start);
  else if (thousandsDot(text, raw, lx.i)) push(lx, 'number', raw.replace('.', ''), start);
  else push(lx, 'number', DECIMAL_COMMA.test(raw) ? raw.replace(',', '.') : raw.replace(/,/g, ''), start);
  // "800’s", "400's": a plural, not seconds.
  if ((text[lx.i] === "'" || text[lx.i] === '’') && text[lx.i + 1] === 's' && !isLetter(text[lx.i + 2])) {
    lx.i += 2;
    lx.spaced = true;
    return true;
  }
  primeAfter(lx, start, raw);
  return true;
}

/** "3x2' up", "90' easy", "30\" rest": minutes and seconds written with prime marks, after the number at `start`. */
function primeAfter(lx: Lexer, start: number, raw: string): void {
  const { text } = lx;
  const prime = primeUnit(text, lx.i);
  // "‘4’ repeats": a number in quotes.
  const quoted = text[start - 1] === '‘' || text[start - 1] === "'" || text[start - 1] === '"' || text[start - 1] === '“';
  if (prime && !quoted && !raw.includes(':') && (prime.unit === 'min' || !prime.quote || (Number(raw) <= 90 && !quoteOpen(lx, start)))) {
    const at = lx.i;
    lx.i += prime.length;
    lx.tokens.push({ kind: 'word', value: prime.unit, raw: text.slice(at, lx.i), offset: at, length: prime.length, spaced: false, synthetic: true });
    lx.spaced = false;
  }
}

/** Marks that join the letters of one word: an apostrophe ("l'allure"), Hebrew's abbreviation marks ("סה״כ"), an acute typed for one ("TDL´s"). */
const IN_WORD: ReadonlySet<string> = new Set(["'", '’', '´', '״', '׳']);

/** A word, lower-cased; "x" glued to or standing after a count is the repeat operator. */
function word(lx: Lexer, c: string): boolean {
  if (!isLetter(c)) return false;
  const { text } = lx;
  const start = lx.i;
  while (lx.i < text.length && (isLetter(text[lx.i]) || (IN_WORD.has(text[lx.i]!) && isLetter(text[lx.i + 1])))) lx.i++;
  const value = text.slice(start, lx.i).toLowerCase().replace(/’/g, "'");
  const prev = lx.tokens[lx.tokens.length - 1];
  const afterCount = prev !== undefined && (prev.kind === 'number' || prev.kind === 'rparen');
  if (value === 'x' && afterCount) push(lx, 'x', 'x', start);
  else if (afterCount && !lx.spaced && value.length > 1 && value[0] === 'x') {
    // "3xhill": the count's "x" glued to the word after it.
    const end = lx.i;
    lx.i = start + 1;
    push(lx, 'x', 'x', start);
    lx.i = end;
    push(lx, 'word', value.slice(1), start + 1);
  } else push(lx, 'word', afterCount && !lx.spaced ? (GLUED_UNITS[value] ?? value) : value, start);
  return true;
}

/** "VO₂max": a subscript digit reads as the digit, so the label matches however it is typed. */
function subscript(lx: Lexer, c: string): boolean {
  if (!(c >= '\u2080' && c <= '\u2089')) return false;
  const { text } = lx;
  const start = lx.i;
  while (lx.i < text.length && text[lx.i]! >= '\u2080' && text[lx.i]! <= '\u2089') lx.i++;
  push(lx, 'number', [...text.slice(start, lx.i)].map((d) => String(d.charCodeAt(0) - 0x2080)).join(''), start);
  return true;
}

/**
 * Punctuation that means something, in any script ("、" reads as ","); a table's
 * column bar; quotes, bullets and other decoration (dialect/layout.ts),
 * which mean nothing in shorthand and read as a space.
 */
function mark(lx: Lexer, c: string): boolean {
  // "3~4세트": a tilde between two numbers is a range's dash; elsewhere ("~5 min") it decorates.
  const range = c === '~' && lx.tokens[lx.tokens.length - 1]?.kind === 'number' && !lx.spaced && isDigit(lx.text[lx.i + 1]);
  // "3*2KM", "10*30'-30'": a star between a count and a figure is the repeat sign; elsewhere ("**Easy**") it decorates.
  const times = c === '*' && lx.tokens[lx.tokens.length - 1]?.kind === 'number' && /^\s?\d/.test(lx.text.slice(lx.i + 1, lx.i + 3));
  const as = range ? '-' : times ? '×' : (PUNCTUATION_AS[c] ?? c);
  const kind = PUNCT[as] ?? (COLUMN_BARS.has(c) ? 'bar' : undefined);
  if (kind) {
    const start = lx.i++;
    if (c === TYPED_DASH) while (lx.text[lx.i] === TYPED_DASH) lx.i++;
    push(lx, kind, VALUE[kind] ?? as, start);
    return true;
  }
  if (!DECORATION.has(c)) return false;
  lx.i++;
  lx.spaced = true;
  return true;
}

/** "㎞", "㍍": a unit set in one character reads as the letters Unicode's compatibility form spells it with ("km", "メートル"). */
function ligature(lx: Lexer, c: string): boolean {
  const spelled = c.normalize('NFKC');
  if (spelled === c || !(/^[a-zA-Z]+$/.test(spelled) || /^\p{scx=Katakana}{2,}$/u.test(spelled))) return false;
  const start = lx.i++;
  push(lx, 'word', spelled.toLowerCase(), start);
  return true;
}

/**
 * "30km long🦵", "🏃‍♀️ Rodaje": a pictograph (with its joiners, variation selectors and skin tones) says how the
 * writer feels, never what is run; it reads as a space.
 */
function pictograph(lx: Lexer, c: string): boolean {
  if (c <= '\x7f') return false;
  const { text } = lx;
  const start = lx.i;
  while (lx.i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(lx.i)!);
    if (!PICTOGRAPH.test(ch)) break;
    lx.i += ch.length;
  }
  if (lx.i === start) return false;
  lx.spaced = true;
  return true;
}

/** A pictograph, or what joins and styles one: zero-width joiner, variation selector, keycap, skin tone, tag. */
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u200d\ufe0e\ufe0f\u20e3]|[\u{e0020}-\u{e007f}])$/u;

/** A character shorthand does not use: a whole character, astral ones included ("🏃" is two UTF-16 units); control characters by their code. */
function unknown(lx: Lexer): void {
  const start = lx.i;
  const ch = String.fromCodePoint(lx.text.codePointAt(start)!);
  lx.i += ch.length;
  const shown = /[\p{Cc}\p{Cf}]/u.test(ch) ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
  lx.errors.push({ offset: start, length: ch.length, message: `unexpected character ${shown}` });
  lx.spaced = true;
}

/** A prime mark after a number: ' ’ ′ ´ minutes, '' " ″ seconds; never before a letter or digit ("5'10\"" is a clock, read before). */
function primeUnit(text: string, i: number): { unit: 'min' | 'sec'; length: number; quote?: true } | undefined {
  const c = text[i];
  let unit: 'min' | 'sec';
  let length = 1;
  let quote: true | undefined;
  if ((c === "'" || c === '’') && (text[i + 1] === "'" || text[i + 1] === '’')) (unit = 'sec'), (length = 2);
  // "rec 1´": an acute accent typed for the prime, as Spanish keyboards give it.
  else if (c === "'" || c === '’' || c === '′' || c === '´') unit = 'min';
  else if (c === '″') unit = 'sec';
  else if (c === '"' || c === '”') (unit = 'sec'), (quote = true);
  else return undefined;
  const after = text[i + length];
  if (isLetter(after) || isDigit(after) || after === "'" || after === '’' || after === '"') return undefined;
  return { unit, length, ...(quote ? { quote } : {}) };
}

/**
 * A double quote that may close a quotation ("…called "6 x 400"") is seconds
 * only when no quotation is open before it. Whether one is open is worked out
 * for every position in one pass over the text, the first time it is asked.
 */
function quoteOpen(lx: Lexer, before: number): boolean {
  if (!lx.quotes) {
    const { text } = lx;
    const quotes = new Uint8Array(text.length + 1);
    let open = false;
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (c === '“') open = true;
      else if (c === '”') open = false;
      else if (c === '"') open = !open;
      quotes[k + 1] = open ? 1 : 0;
    }
    lx.quotes = quotes;
  }
  return lx.quotes[before] === 1;
}

/** "6'30''", "5'00\"", "6′30″", "5'15": minutes and seconds with prime marks, as a clock "6:30". */
function minuteMarks(text: string, i: number): { clock: string; end: number } | undefined {
  // "1:35’45”": hours and minutes by a colon, then the seconds after the minutes' mark, as Italian logs write a time.
  const h = /^(\d{1,2}):([0-5]\d)['’′´]([0-5]\d)(?:''|’’|["”″])/u.exec(text.slice(i, i + 10));
  if (h) return { clock: `${h[1]}:${h[2]}:${h[3]}`, end: i + h[0].length };
  const m = /^(\d{1,2})['’′´](\d{2})(?:''|’’|["”″]|(?![\d\p{L}'’′´"”″]))/u.exec(text.slice(i, i + 8));
  // "5'15 con recupero": the seconds' mark may be left off, where what follows is no more figure or word.
  if (!m || Number(m[2]) >= 60) return undefined;
  return { clock: `${m[1]}:${m[2]}`, end: i + m[0].length };
}

/**
 * "6 x 1.000 m", "17.040 metros", "1.200, 800, 400": a dot before three digits groups thousands, as German, Spanish and
 * Portuguese write them, where metres follow, or where it groups whole hundreds with no unit of kilometres, miles or
 * hours after it. "3.106 miles" and "0.500 km" stay decimals.
 */
function thousandsDot(text: string, raw: string, end: number): boolean {
  if (!/^[1-9]\d{0,2}\.\d{3}$/.test(raw)) return false;
  const after = text.slice(end, end + 10);
  if (METRES_AFTER.test(after)) return true;
  return raw.endsWith('00') && !LONG_UNIT_AFTER.test(after);
}

const METRES_AFTER = /^\s*(m|mts?|metr[oeiy]s?|meters?|mètres?)(?![\p{L}\d])/iu;
const LONG_UNIT_AFTER = /^\s*(k|km|kms|kilo\p{L}*|mi|miles?|h|hrs?|hours?|st)(?![\p{L}])/iu;

/** A number written with a decimal comma, as read by readNumberish. */
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

/**
 * Reads 400, 1,000, 1.5, 1:30, 1:34:06 and 19:57.2. A comma is a thousands
 * separator only when exactly three digits follow and no space intervenes
 * ("1,000m"), never in a list ("500m, 400m" has a space; "200,400" is a list).
 */
function readNumberish(text: string, i: number): number {
  const digits = () => {
    while (isDigit(text[i])) i++;
  };
  const firstStart = i;
  digits();
  const intLen = i - firstStart;
  if (text[i] === ':' && isDigit(text[i + 1])) {
    while (text[i] === ':' && isDigit(text[i + 1])) {
      i++;
      digits();
    }
    if (text[i] === '.' && isDigit(text[i + 1])) {
      i++;
      digits();
    }
    return i;
  }
  // "4,5 km", "2,5km": a decimal comma, one or two digits before a unit.
  const decimal = /^,\d{1,2}\s?(km|k|mi|miles?|kilomet|h|hrs?|min)/i.exec(text.slice(i, i + 12));
  if (decimal) return i + 1 + /^,(\d+)/.exec(decimal[0])![1]!.length;
  if (intLen <= 3) {
    while (text[i] === ',' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && isDigit(text[i + 3]) && !isDigit(text[i + 4])) {
      i += 4;
    }
  }
  if (text[i] === '.' && isDigit(text[i + 1])) {
    i++;
    digits();
  }
  return i;
}
