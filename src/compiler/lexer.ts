/**
 * Tokenizer for coach shorthand. Every token keeps its offset and length in the
 * session text so the parser can point at the exact spot of a problem.
 */
import type { HeartRateRef } from './dialect/efforts.js';

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

export function tokenize(text: string): { tokens: Token[]; errors: LexError[] } {
  const tokens: Token[] = [];
  const errors: LexError[] = [];
  let i = 0;
  let spaced = true;
  const push = (kind: TokenKind, value: string, start: number) => {
    tokens.push({ kind, value, raw: text.slice(start, i), offset: start, length: i - start, spaced });
    spaced = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      const start = i;
      let lines = 0;
      while (i < text.length && isSpace(text[i])) {
        if (text[i] === '\n') lines++;
        i++;
      }
      // "3-mile\ntempo", "6x800\nmeter": a line that goes on in lower case, after a line with no mark at its end, is one line wrapped.
      const last = tokens[tokens.length - 1];
      const count = /^x\s*\d/.test(text.slice(i, i + 6));
      const wrapped =
        lines === 1 && last !== undefined &&
        ((text[i] !== undefined && text[i]! >= 'a' && text[i]! <= 'z' && !count && (last.kind === 'word' || last.kind === 'number')) || (last.kind === 'word' && last.value === 'or'));
      if (lines > 0 && tokens.length > 0 && !wrapped) {
        const nl = text.indexOf('\n', start);
        tokens.push({ kind: 'newline', value: '\n', raw: '\n', offset: nl, length: 1, spaced: true });
      }
      spaced = true;
      continue;
    }
    const start = i;
    // A list's marks at the start of a line: "- Sprint for 1 minute", "• 4 x 400m", "3. Warm up, …", "a) 6 x hill".
    if (tokens.length === 0 || tokens[tokens.length - 1]!.kind === 'newline') {
      const mark = /^(?:[-–—•*](?=\s|\p{L})|\d{1,2}[.)](?=\s+\S)|[a-hA-H][.)](?=\s))/u.exec(text.slice(i, i + 4));
      if (mark) {
        i += mark[0].length;
        spaced = true;
        continue;
      }
    }
    if (VULGAR[c] !== undefined) {
      // "2½ minutes", "¾ mile": a fraction glued to its number, or alone.
      i++;
      const whole = tokens[tokens.length - 1];
      if (whole && whole.kind === 'number' && !spaced && /^\d+$/.test(whole.value)) {
        tokens[tokens.length - 1] = { ...whole, value: String(Number(whole.value) + VULGAR[c]!), raw: text.slice(whole.offset, i), length: i - whole.offset };
        spaced = false;
      } else push('number', String(VULGAR[c]), start);
      continue;
    }
    if (c === ':' && isDigit(text[i + 1]) && isDigit(text[i + 2]) && !isDigit(text[i + 3]) && spaced) {
      // ":30 walk", "15 x :30 strides": seconds written as a clock without its minutes.
      i += 3;
      push('clock', `0${text.slice(start, i)}`, start);
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const minutes = minuteMarks(text, i);
      if (minutes) {
        // "6'30''/km": minutes and seconds written with prime marks.
        i = minutes.end;
        push('clock', minutes.clock, start);
        continue;
      }
      i = readNumberish(text, i);
      const raw = text.slice(start, i);
      if (raw.includes(':')) push('clock', raw, start);
      else push('number', DECIMAL_COMMA.test(raw) ? raw.replace(',', '.') : raw.replace(/,/g, ''), start);
      // "800’s", "400's": a plural, not seconds.
      if ((text[i] === "'" || text[i] === '’') && text[i + 1] === 's' && !isLetter(text[i + 2])) {
        i += 2;
        spaced = true;
        continue;
      }
      // "3x2' up", "90' easy", "30\" rest": minutes and seconds written with prime marks.
      const prime = primeUnit(text, i);
      // "‘4’ repeats": a number in quotes.
      const quoted = text[start - 1] === '‘' || text[start - 1] === "'" || text[start - 1] === '"' || text[start - 1] === '“';
      if (prime && !quoted && !raw.includes(':') && (prime.unit === 'min' || !prime.quote || (Number(raw) <= 90 && !quoteOpen(text, start)))) {
        const at = i;
        i += prime.length;
        tokens.push({ kind: 'word', value: prime.unit, raw: text.slice(at, i), offset: at, length: prime.length, spaced: false, synthetic: true });
        spaced = false;
      }
      continue;
    }
    if (isLetter(c)) {
      while (i < text.length && (isLetter(text[i]) || ((text[i] === "'" || text[i] === '’') && isLetter(text[i + 1])))) i++;
      const raw = text.slice(start, i);
      const value = raw.toLowerCase().replace(/’/g, "'");
      // "x" glued to or standing after a count is the repeat operator, not a word.
      const prev = tokens[tokens.length - 1];
      const afterCount = prev !== undefined && (prev.kind === 'number' || prev.kind === 'rparen');
      if (value === 'x' && afterCount) push('x', 'x', start);
      else if (afterCount && !spaced && value.length > 1 && value[0] === 'x') {
        // "3xhill": the count's "x" glued to the word after it.
        const end = i;
        i = start + 1;
        push('x', 'x', start);
        i = end;
        push('word', value.slice(1), start + 1);
      } else push('word', value, start);
      continue;
    }
    if (c >= '\u2080' && c <= '\u2089') {
      // "VO₂max": a subscript digit reads as the digit, so the label matches however it is typed.
      while (i < text.length && text[i]! >= '\u2080' && text[i]! <= '\u2089') i++;
      push('number', [...text.slice(start, i)].map((d) => String(d.charCodeAt(0) - 0x2080)).join(''), start);
      continue;
    }
    const kind = PUNCT[c];
    if (kind) {
      i++;
      push(kind, VALUE[kind] ?? c, start);
      continue;
    }
    // Typographic quotes, bullets and other decoration carry no meaning in shorthand.
    if ('"\'“”‘’*~•·#'.includes(c)) {
      i++;
      spaced = true;
      continue;
    }
    // A whole character, astral ones included ("🏃" is two UTF-16 units); control characters by their code.
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    i += ch.length;
    const shown = /[\p{Cc}\p{Cf}]/u.test(ch) ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
    errors.push({ offset: start, length: ch.length, message: `unexpected character ${shown}` });
    spaced = true;
  }
  tokens.push({ kind: 'eof', value: '', raw: '', offset: text.length, length: 0, spaced: true });
  return { tokens, errors };
}

/** A prime mark after a number: ' ’ ′ minutes, '' " ″ seconds; never before a letter or digit ("5'10\"" is a clock, read before). */
function primeUnit(text: string, i: number): { unit: 'min' | 'sec'; length: number; quote?: true } | undefined {
  const c = text[i];
  let unit: 'min' | 'sec';
  let length = 1;
  let quote: true | undefined;
  if ((c === "'" || c === '’') && (text[i + 1] === "'" || text[i + 1] === '’')) (unit = 'sec'), (length = 2);
  else if (c === "'" || c === '’' || c === '′') unit = 'min';
  else if (c === '″') unit = 'sec';
  else if (c === '"' || c === '”') (unit = 'sec'), (quote = true);
  else return undefined;
  const after = text[i + length];
  if (isLetter(after) || isDigit(after) || after === "'" || after === '’' || after === '"') return undefined;
  return { unit, length, ...(quote ? { quote } : {}) };
}

/** A double quote that may close a quotation ("…called "6 x 400"") is seconds only when no quotation is open before it. */
function quoteOpen(text: string, before: number): boolean {
  let open = false;
  for (let k = 0; k < before; k++) {
    const c = text[k];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** "6'30''", "5'00\"", "6′30″": minutes and seconds with prime marks, as a clock "6:30". */
function minuteMarks(text: string, i: number): { clock: string; end: number } | undefined {
  const m = /^(\d{1,2})['’′](\d{2})(?:''|’’|["”″])/.exec(text.slice(i, i + 8));
  return m ? { clock: `${m[1]}:${m[2]}`, end: i + m[0].length } : undefined;
}

/**
 * Reads 400, 1,000, 1.5, 1:30, 1:34:06 and 19:57.2. A comma is a thousands
 * separator only when exactly three digits follow and no space intervenes
 * ("1,000m"), never in a list ("500m, 400m" has a space; "200,400" is a list).
 */
/** A number written with a decimal comma, as read by readNumberish. */
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

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
