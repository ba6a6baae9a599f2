/** Building tokens for the normalising pass: each stands for a stretch of the coach's text. */
import type { Token, TokenKind } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';

const MARKS: Record<string, TokenKind> = { x: 'x', '@': 'at', '/': 'slash', '+': 'plus', ',': 'comma', '-': 'dash', '(': 'lparen', ')': 'rparen', '.': 'stop', '%': 'percent' };

/** Tokens for a replacement written as in the dialect tables ("k pace", "/ mi", "x"), covering `from`…`to`. */
export function replacement(text: string, from: Token, to: Token = from): Token[] {
  if (text === '') return [];
  const offset = from.offset;
  const length = to.offset + to.length - from.offset;
  return text.split(' ').map((part, k) => {
    const mark = MARKS[part];
    const kind: TokenKind = mark ?? (/^\d+(\.\d+)?$/.test(part) ? 'number' : 'word');
    return { kind, value: part, raw: text, offset, length, spaced: k === 0 ? from.spaced : true, synthetic: true, ...(from.section ? { section: from.section } : {}) };
  });
}

/** The words `from`…`last` set aside as one stretch of prose: listed for the athlete, never read; `note` says why. */
export function aside(from: Token, last: Token, note?: string): Token {
  return { ...from, kind: 'prose', value: '', raw: '', length: last.offset + last.length - from.offset, synthetic: true, ...(note !== undefined ? { note } : {}) };
}

/** The tokens `from`…`to` as the coach wrote them, spaced where the text spaces them. */
export function writtenText(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to + 1).map((t, j) => (j > 0 && t.spaced ? ' ' : '') + t.raw).join('');
}

/** The repeat sign the normalising pass writes where the coach implied it ("six 1-mile", "4 strides"), at `at`, covering nothing. */
export function repeatSign(at: Token): Token {
  return { ...at, kind: 'x', value: 'x', raw: '', length: 0, synthetic: true };
}

export function numberToken(value: number, from: Token, to: Token = from): Token {
  return { kind: 'number', value: String(value), raw: String(value), offset: from.offset, length: to.offset + to.length - from.offset, spaced: from.spaced, synthetic: true };
}

/** A clock the normalising pass read ("53m28s", "9min 16sec"), covering the tokens `from`…`to` as written. */
export function clockToken(value: string, tokens: Token[], from: number, to: number): Token {
  const [first, last] = [tokens[from]!, tokens[to]!];
  return { kind: 'clock', value, raw: writtenText(tokens, from, to), offset: first.offset, length: last.offset + last.length - first.offset, spaced: first.spaced, synthetic: true };
}

/**
 * A pass that rewrites what `at` finds: where it finds something at `k`, its tokens stand for `k`…`end`;
 * everywhere else the tokens stay as they are.
 */
export function rewriteEach(tokens: Token[], at: (tokens: Token[], k: number) => { read: Token[]; end: number } | undefined): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const found = at(tokens, k);
    if (!found) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...found.read);
    k = found.end;
  }
  return out;
}

/** The key a token is matched by in the dialect tables: words by their text, marks by themselves, numbers as '#'. */
export function keyOf(t: Token): string {
  switch (t.kind) {
    case 'word':
      return t.value;
    case 'number':
      return '#';
    case 'slash':
      return '/';
    case 'dash':
      return '-';
    case 'plus':
      return '+';
    case 'comma':
      return ',';
    case 'stop':
    case 'dot':
      return '.';
    case 'x':
      return 'x';
    case 'at':
      return '@';
    case 'colon':
      return ':';
    default:
      return `<${t.kind}>`;
  }
}

/** Phrases of a table indexed word by word (keys as `keyOf` gives them), so the longest match at a token is found in one walk. */
export interface PhraseTrie<T> {
  next: Map<string, PhraseTrie<T>>;
  value?: T;
}

export function phraseTrie<T>(entries: Iterable<readonly [string, T]>): PhraseTrie<T> {
  const root: PhraseTrie<T> = { next: new Map() };
  for (const [phrase, value] of entries) {
    let n = root;
    for (const key of phrase.split(' ')) {
      let child = n.next.get(key);
      if (!child) n.next.set(key, (child = { next: new Map() }));
      n = child;
    }
    n.value = value;
  }
  return root;
}

/** The longest phrase of the trie starting at token k: the index of its last token and its value. */
export function longestPhrase<T>(trie: PhraseTrie<T>, tokens: readonly Token[], k: number): { end: number; value: T } | undefined {
  let n: PhraseTrie<T> | undefined = trie;
  let best: { end: number; value: T } | undefined;
  for (let j = k; j < tokens.length && n; j++) {
    n = n.next.get(keyOf(tokens[j]!));
    if (n?.value !== undefined) best = { end: j, value: n.value };
  }
  return best;
}

/** A word token whose value is one of `words`. */
export function isWord(t: Token | undefined, words: ReadonlySet<string> | readonly string[]): boolean {
  if (t?.kind !== 'word') return false;
  return words instanceof Set ? words.has(t.value) : (words as readonly string[]).includes(t.value);
}

/** Where the first of `phrases` written at `j` ends (the index after its last word), or undefined. */
export function phraseEnd(tokens: Token[], j: number, phrases: readonly (readonly string[])[]): number | undefined {
  // Asked at every token by some passes: a token that is no word starts no phrase, and no word is boxed in an array.
  if (tokens[j]?.kind !== 'word') return undefined;
  const hit = phrases.find((words) => words.every((w, n) => tokens[j + n]?.kind === 'word' && tokens[j + n]!.value === w));
  return hit ? j + hit.length : undefined;
}

/** A word token that is a unit of length or time ("m", "miles", "min"). */
export function isUnitWord(t: Token | undefined): boolean {
  return t?.kind === 'word' && (DISTANCE_UNITS[t.value] !== undefined || TIME_UNITS[t.value] !== undefined);
}

/** A line of a session: its tokens, and the line break (or the end) after it. */
export interface TokenLine {
  tokens: Token[];
  end: Token;
}

/** Every line of `tokens`, empty ones too, each with the line break or end that closes it. */
export function tokenLines(tokens: Token[]): TokenLine[] {
  const lines: TokenLine[] = [];
  let from = 0;
  tokens.forEach((t, k) => {
    if (t.kind !== 'newline' && t.kind !== 'eof') return;
    lines.push({ tokens: tokens.slice(from, k), end: t });
    from = k + 1;
  });
  return lines;
}
