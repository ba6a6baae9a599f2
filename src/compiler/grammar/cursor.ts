/**
 * The grammar's view of a session: the tokens left after normalising, a
 * position among them, and the helpers every construct uses to look ahead,
 * take tokens and stop at the first thing it cannot read.
 */
import type { Explanation, Ignored, Join, SessionLabel, Span } from '../ast.js';
import type { Token, TokenKind } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS, suggest } from '../vocabulary.js';
import type { BareUnit } from '../plan-words.js';
import { isCommonEnglish } from '../dialect/english.js';

export interface ParseError {
  offset: number;
  length: number;
  message: string;
  hint?: string;
}

/** Thrown to stop at the first problem; caught once, at the top. */
export class Stop extends Error {
  constructor(readonly error: ParseError) {
    super(error.message);
  }
}

export { RECOVERY_MARKERS as RECOVERY_MODES, ROLE_WORDS } from '../dialect/categories.js';

export const JOIN_KINDS: Partial<Record<TokenKind, Join>> = { plus: '+', comma: ',', semicolon: ';', newline: '\n', stop: '.', gt: 'then' };

export class Cursor {
  i = 0;
  readonly explanations: Explanation[] = [];
  readonly ignored: Ignored[] = [];
  readonly asides: { text: string; span: Span }[] = [];
  /** How tokens with several readings were read, in words. */
  readonly readings: string[] = [];
  /** The session's label, which decides how a bare number after it reads ("30 tempo": minutes). */
  label?: SessionLabel;

  readonly tokens: Token[];

  constructor(
    tokens: Token[],
    readonly text: string,
    /** What a number with no unit is, when the plan says so ("units: km"). */
    readonly bare?: BareUnit,
  ) {
    // Words the normalising pass found to change nothing are listed here and never read.
    let prev: Token | undefined;
    const kept = tokens.filter((t, k) => {
      prev = tokens[k - 1];
      if (t.note) this.readings.push(t.note);
      if (t.kind !== 'prose') return true;
      // An option the coach offered besides the one read: listed as a choice, never as filler.
      if (t.choice) {
        this.ignored.push({ span: { start: t.offset, end: t.offset + t.length }, why: 'choice' });
        return false;
      }
      // Words set aside together are listed as one span ("So after a jog warm-up and some exercises,").
      const last = this.ignored[this.ignored.length - 1];
      if (last?.why === 'prose' && prev?.kind === 'prose' && /^\s*$/.test(text.slice(last.span.end, t.offset))) last.span.end = t.offset + t.length;
      else this.ignored.push({ span: { start: t.offset, end: t.offset + t.length }, why: 'prose' });
      return false;
    });
    // What the prose stood after ("… 400 recovery to follow.  3.0 miles complete") ends nothing.
    while (kept.length > 1 && ['stop', 'newline', 'semicolon', 'comma', 'dash', 'plus'].includes(kept[kept.length - 2]!.kind)) kept.splice(kept.length - 2, 1);
    // Nor does the end of the sentence of prose that opened the session ("This week's session will be intervals. 5 mins …").
    if (tokens[0]?.kind === 'prose') while (kept.length > 1 && ['stop', 'newline'].includes(kept[0]!.kind)) kept.shift();
    this.tokens = kept;
  }

  peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }
  isWord(k: number, ...words: string[]): boolean {
    const t = this.peek(k);
    return t.kind === 'word' && (words.length === 0 || words.includes(t.value));
  }
  /** Whether the token `k` ahead is a word of a category (a table in src/compiler/dialect). */
  isWordIn(k: number, words: ReadonlySet<string>): boolean {
    const t = this.peek(k);
    return t.kind === 'word' && words.has(t.value);
  }
  eatWordIn(words: ReadonlySet<string>): Token | undefined {
    return this.isWordIn(0, words) ? this.next() : undefined;
  }
  isKind(k: number, kind: TokenKind): boolean {
    return this.peek(k).kind === kind;
  }
  eatWord(...words: string[]): Token | undefined {
    return this.isWord(0, ...words) ? this.next() : undefined;
  }
  eatKind(kind: TokenKind): Token | undefined {
    return this.isKind(0, kind) ? this.next() : undefined;
  }
  get prevEnd(): number {
    const t = this.tokens[this.i - 1];
    return t ? t.offset + t.length : 0;
  }
  span(start: number): Span {
    return { start, end: Math.max(start, this.prevEnd) };
  }
  fail(t: Token, message: string, hint?: string): never {
    throw new Stop({ offset: t.offset, length: Math.max(1, t.length), message, hint });
  }
  failAt(span: Span, message: string, hint?: string): never {
    throw new Stop({ offset: span.start, length: Math.max(1, span.end - span.start), message, hint });
  }
  unexpected(t: Token, expected: string): never {
    if (t.kind === 'eof') this.fail(t, `the session ends where ${expected} was expected`);
    if (t.kind === 'word') {
      const s = isCommonEnglish(t.value) ? undefined : suggest(t.value);
      this.fail(t, `unknown word '${this.written(t)}'`, s ? `did you mean '${s}'?` : `expected ${expected}`);
    }
    this.fail(t, `unexpected '${this.written(t)}'`, `expected ${expected}`);
  }
  /** The coach's words under a token: a token a pass wrote ("@ e" for "heart rate zone 2") is quoted as written, never as the pass wrote it. */
  private written(t: Token): string {
    return t.synthetic || t.raw === '' ? this.text.slice(t.offset, t.offset + t.length).trim() || t.raw : t.raw;
  }
  /** "w/", "w.", "with", "w". */
  atWith(): boolean {
    if (this.isWord(0, 'with')) return true;
    return this.isWord(0, 'w') && (this.isKind(1, 'slash') || this.isKind(1, 'dot') || !this.isKind(1, 'eof'));
  }
  eatWith(): boolean {
    if (this.eatWord('with')) return true;
    if (this.isWord(0, 'w')) {
      this.next();
      if (!this.eatKind('slash')) this.eatKind('dot');
      return true;
    }
    return false;
  }
  atSequenceEnd(): boolean {
    const t = this.peek();
    return t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'rbracket' || (t.kind === 'word' && t.value === 'or' && !this.otherwiseAhead() && !this.isWord(1, 'better', 'faster', 'quicker', 'so'));
  }
  atItemEnd(): boolean {
    const t = this.peek();
    return (
      this.atSequenceEnd() ||
      JOIN_KINDS[t.kind] !== undefined ||
      this.isWord(0, 'then', 'repeat') ||
      (this.isWord(0, 'and') && !this.isWord(1, 'cooldown')) ||
      (t.kind === 'dash' && t.spaced && this.peek(1).spaced) ||
      // "800m-600m-400m": a hyphen between the rungs of a ladder.
      (t.kind === 'dash' && !t.spaced && this.isKind(1, 'number'))
    );
  }
  /** Whether the token `k` ahead ends an item (a separator, the end). */
  atItemEndAt(k: number): boolean {
    const save = this.i;
    this.i = Math.min(this.i + k, this.tokens.length - 1);
    const end = this.atItemEnd();
    this.i = save;
    return end;
  }
  /**
   * "1km or 4 mins + 800m or 3 mins", "(5 x 90 secs or 400m) x 2": another length for the same
   * stretch, not another session ("30 min run or 45 - 60 min cross-train").
   */
  otherwiseAhead(): boolean {
    if (!this.isWord(0, 'or') || !(this.isKind(1, 'number') || this.isKind(1, 'clock'))) return false;
    let k = 2;
    if (this.isKind(k, 'dash') && this.isKind(k + 1, 'number')) k += 2;
    if (this.peek(k).kind === 'word' && (DISTANCE_UNITS[this.peek(k).value] !== undefined || TIME_UNITS[this.peek(k).value] !== undefined)) k++;
    const after = this.peek(k);
    return after.kind === 'rparen' || after.kind === 'plus' || after.kind === 'comma' || after.kind === 'semicolon';
  }
  /** Where the reading stands, to try a construct and take it back. */
  mark(): { i: number; ignored: number; asides: number; explanations: number } {
    return { i: this.i, ignored: this.ignored.length, asides: this.asides.length, explanations: this.explanations.length };
  }
  reset(m: ReturnType<Cursor['mark']>): void {
    this.i = m.i;
    this.ignored.length = m.ignored;
    this.asides.length = m.asides;
    this.explanations.length = m.explanations;
  }
  ignore(span: Span, why: Ignored['why']): void {
    if (span.end > span.start) this.ignored.push({ span, why });
  }
  /** Whether what stands at `offset` opens the session: nothing before it but its label. */
  startsSession(offset: number): boolean {
    // The weekday or "Week 1" before it, and the mark that ends them, are read past too.
    const skipped = (t: Token) => (this.label !== undefined && t.offset < this.label.span.end) || this.ignored.some((g) => t.offset >= g.span.start && t.offset < g.span.end) || t.kind === 'colon' || t.kind === 'dash';
    return this.tokens.slice(0, this.indexAt(offset)).every(skipped);
  }
  indexAt(offset: number): number {
    const k = this.tokens.findIndex((t) => t.offset >= offset);
    return k < 0 ? this.tokens.length - 1 : k;
  }
}
