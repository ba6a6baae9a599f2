/**
 * Recursive-descent parser for coach shorthand. It builds a SessionNode or stops
 * at the first thing it cannot read, with the exact span and a hint.
 */
import type {
  CountRange, CutDownNode, Explanation, IntervalNode, Item, Join, OtherSportNode, PaceExpr, PaceRef, Quantity,
  RecoveryAmount, RecoveryExpr, RepeatNode, Role, SequenceNode, SessionNode, Span,
} from './ast.js';
import { tokenize, type Token, type TokenKind } from './lexer.js';
import { DISTANCE_UNITS, EFFORT_WORDS, K_PACES, PACE_WORDS, TIME_UNITS, suggest } from './vocabulary.js';

export interface ParseError {
  offset: number;
  length: number;
  message: string;
  hint?: string;
}

export type ParseResult = { ok: true; session: SessionNode } | { ok: false; error: ParseError };

class Stop extends Error {
  constructor(readonly error: ParseError) {
    super(error.message);
  }
}

const JOIN_KINDS: Partial<Record<TokenKind, Join>> = { plus: '+', comma: ',', semicolon: ';' };
const RECOVERY_MODES = new Set(['jog', 'walk', 'rest', 'recovery', 'recoveries', 'rec', 'recover', 'standing', 'float']);
const ROLE_WORDS: Record<string, Role> = {
  easy: 'easy', run: 'easy', running: 'easy', jog: 'easy',
  strides: 'strides', stride: 'strides', hill: 'hill', hills: 'hill', uphill: 'hill',
  wu: 'warmup', warmup: 'warmup', cd: 'cooldown', cooldown: 'cooldown', race: 'race',
};

/**
 * Plans repeat the same cells across weeks and athletes, so parse results are
 * cached by text. Cached trees are frozen: the resolver only reads them.
 */
const cache = new Map<string, ParseResult>();
const CACHE_LIMIT = 4096;

export function parseSession(text: string): ParseResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = deepFreeze(parseUncached(text));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, result);
  return result;
}

/** Frozen all the way down: results shared between callers (by text, by athlete) cannot be changed by one of them. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseUncached(text: string): ParseResult {
  const { tokens, errors } = tokenize(text);
  if (errors.length > 0) {
    const e = errors[0]!;
    return { ok: false, error: { ...e, hint: 'shorthand uses letters, numbers and - / + , ; ( ) @ x × %' } };
  }
  try {
    return { ok: true, session: new Parser(tokens, text).session() };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private i = 0;
  private explanations: Explanation[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  // ---- token helpers -------------------------------------------------------

  private peek(k = 0): Token {
    return this.tokens[Math.min(this.i + k, this.tokens.length - 1)]!;
  }
  private next(): Token {
    const t = this.peek();
    if (t.kind !== 'eof') this.i++;
    return t;
  }
  private isWord(k: number, ...words: string[]): boolean {
    const t = this.peek(k);
    return t.kind === 'word' && (words.length === 0 || words.includes(t.value));
  }
  private isKind(k: number, kind: TokenKind): boolean {
    return this.peek(k).kind === kind;
  }
  private eatWord(...words: string[]): Token | undefined {
    return this.isWord(0, ...words) ? this.next() : undefined;
  }
  private eatKind(kind: TokenKind): Token | undefined {
    return this.isKind(0, kind) ? this.next() : undefined;
  }
  private get prevEnd(): number {
    const t = this.tokens[this.i - 1];
    return t ? t.offset + t.length : 0;
  }
  private span(start: number): Span {
    return { start, end: Math.max(start, this.prevEnd) };
  }
  private fail(t: Token, message: string, hint?: string): never {
    throw new Stop({ offset: t.offset, length: Math.max(1, t.length), message, hint });
  }
  private unexpected(t: Token, expected: string): never {
    if (t.kind === 'eof') this.fail(t, `the session ends where ${expected} was expected`);
    if (t.kind === 'word') {
      const s = suggest(t.value);
      this.fail(t, `unknown word '${t.raw}'`, s ? `did you mean '${s}'?` : `expected ${expected}`);
    }
    this.fail(t, `unexpected '${t.raw}'`, `expected ${expected}`);
  }
  /** "w/", "w.", "with", "w". */
  private atWith(): boolean {
    if (this.isWord(0, 'with')) return true;
    return this.isWord(0, 'w') && (this.isKind(1, 'slash') || this.isKind(1, 'dot') || !this.isKind(1, 'eof'));
  }
  private eatWith(): boolean {
    if (this.eatWord('with')) return true;
    if (this.isWord(0, 'w')) {
      this.next();
      if (!this.eatKind('slash')) this.eatKind('dot');
      return true;
    }
    return false;
  }
  private atSequenceEnd(): boolean {
    const t = this.peek();
    return t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'rbracket' || (t.kind === 'word' && t.value === 'or');
  }
  private atItemEnd(): boolean {
    const t = this.peek();
    return this.atSequenceEnd() || JOIN_KINDS[t.kind] !== undefined || this.isWord(0, 'then') || (this.isWord(0, 'and') && !this.isWord(1, 'cool', 'cd'));
  }

  // ---- session and sequences ----------------------------------------------

  session(): SessionNode {
    const alternatives: SequenceNode[] = [];
    let optional = false;
    alternatives.push(this.sequence());
    while (this.eatWord('or')) {
      if (this.isWord(0, 'off', 'rest') && (this.isKind(1, 'eof') || this.isWord(1, 'or') || this.isWord(1, 'day'))) {
        const t = this.next();
        this.eatWord('day');
        optional = true;
        alternatives.push({ items: [{ kind: 'other', sport: 'rest', label: t.value === 'off' ? 'OFF' : 'Rest', span: this.span(t.offset) }], joins: [], span: this.span(t.offset) });
        continue;
      }
      alternatives.push(this.sequence());
    }
    const t = this.peek();
    if (t.kind !== 'eof') this.unexpected(t, "'+', ',', 'or' or the end of the session");
    return { alternatives, optional, explanations: this.explanations };
  }

  private sequence(): SequenceNode {
    const start = this.peek().offset;
    const items: Item[] = [this.item()];
    const first = items[0]!;
    if (first.kind === 'recovery' && first.betweenSets) {
      throw new Stop({ offset: first.span.start, length: first.span.end - first.span.start, message: 'a rest between sets needs sets before it', hint: "such as '2 x (4 x 200m @ Mile w/ 200m jog), 4 min between sets'" });
    }
    const joins: Join[] = [];
    for (;;) {
      const t = this.peek();
      let join: Join | undefined = JOIN_KINDS[t.kind];
      if (join) this.next();
      else if (this.isWord(0, 'then')) {
        this.next();
        join = 'then';
      } else if (this.isWord(0, 'and')) {
        this.next();
        join = 'and';
      } else break;
      // ", and 200m" / "+ then" read as one join.
      if (this.eatWord('and', 'then') && join === ',') join = ',';
      // "6 x 400m @ 5K, w/ 400m jog": a recovery clause after a comma still belongs to the part before it.
      if (join === ',' && this.atWith()) {
        const at = this.peek();
        this.eatWith();
        const rec = this.recoveryPhrase(this.prevEnd);
        const prev = items[items.length - 1]!;
        if (prev.kind === 'repeat') {
          if (rec.betweenSets) prev.setRecovery = rec.expr;
          else prev.recovery = rec.expr;
        } else if (prev.kind === 'interval') {
          items[items.length - 1] = { kind: 'repeat', count: { low: 1, high: 1, span: prev.span }, body: [prev], sets: false, recovery: rec.expr, span: this.span(prev.span.start) };
        } else this.fail(at, 'a recovery clause must follow reps', "such as '6 x 400m @ 5K w/ 400m jog'");
        continue;
      }
      if (this.atSequenceEnd()) this.unexpected(this.peek(), 'another part of the session after the separator');
      const item = this.item();
      const prev = items[items.length - 1];
      if (item.kind === 'recovery' && item.betweenSets) {
        if (prev?.kind !== 'repeat' || prev.count.high < 2) {
          throw new Stop({ offset: item.span.start, length: item.span.end - item.span.start, message: 'a rest between sets needs sets before it', hint: "such as '2 x (4 x 200m @ Mile w/ 200m jog), 4 min between sets'" });
        }
        prev.setRecovery = item.recovery;
        continue;
      }
      joins.push(join);
      items.push(item);
    }
    return { items, joins, span: this.span(start) };
  }

  // ---- items ----------------------------------------------------------------

  private item(): Item {
    const t = this.peek();
    const start = t.offset;
    if (t.kind === 'number' || t.kind === 'clock' || (t.kind === 'dot' && this.isKind(1, 'number'))) {
      const count = this.tryCount();
      if (count) return this.repeatAfterCount(count, start);
      if (this.isKind(0, 'number') && this.isWord(1, 'sets', 'set') && this.isWord(2, 'of')) return this.sets(start);
      const quantity = this.quantity(true);
      return this.afterQuantity(quantity, start);
    }
    if (t.kind === 'lparen') {
      // "(jog 4 min recovery)" standing alone, or a group run once.
      if (this.looksLikeRecoveryParen()) return { kind: 'recovery', recovery: this.parenRecovery().expr, span: this.span(start) };
      this.next();
      const seq = this.sequence();
      if (!this.eatKind('rparen')) this.unexpected(this.peek(), "')'");
      return { kind: 'repeat', count: { low: 1, high: 1, span: this.span(start) }, body: seq.items, sets: false, span: this.span(start) };
    }
    if (t.kind !== 'word') this.unexpected(t, 'a distance, a time, a repeat such as "6 x 400m", or a session such as "Rest"');
    const other = this.otherSport();
    if (other) return other;
    if (this.isWord(0, 'wu') && this.isKind(1, 'slash') && this.isWord(2, 'cd')) {
      this.next(), this.next(), this.next();
      return { kind: 'wucd', span: this.span(start) };
    }
    if (this.isWord(0, 'full') && this.isWord(1, 'recovery', 'rest')) {
      return { kind: 'recovery', recovery: this.recoveryPhrase(start).expr, span: this.span(start) };
    }
    if (this.isWord(0, 'jog', 'walk', 'rest', 'recovery') && (this.isKind(1, 'number') || this.isKind(1, 'clock') || this.isWord(1, 'down'))) {
      return { kind: 'recovery', recovery: this.recoveryPhrase(start).expr, span: this.span(start) };
    }
    // Race day: "Mile", "5K race", "Mile race".
    if (this.isWord(0, 'mile') || (this.isWord(0, 'race'))) {
      this.next();
      this.eatWord('race');
      const meters = 1609.344;
      const node: IntervalNode = {
        kind: 'interval',
        quantity: { kind: 'distance', low: meters, high: meters, span: this.span(start) },
        role: 'race', roleWritten: true,
        pace: { kind: 'named', names: [{ name: 'Mile', goal: true }], span: this.span(start) },
        remarks: [], span: this.span(start),
      };
      return node;
    }
    if (this.isWord(0, 'easy', 'tempo', 'steady') && (this.isKind(1, 'number') || this.isKind(1, 'clock'))) {
      const w = this.next();
      const q = this.quantity(false);
      const node = this.afterQuantity(q, start);
      if (node.kind === 'interval' && !node.roleWritten) {
        if (w.value === 'easy') Object.assign(node, { role: 'easy', roleWritten: true });
        else if (!node.pace) node.pace = { kind: 'named', names: [{ name: 'T', goal: false }], span: { start: w.offset, end: w.offset + w.length } };
      }
      return node;
    }
    this.unexpected(t, 'a distance, a time, a repeat such as "6 x 400m", or a session such as "Rest"');
  }

  /** Strength, cross-training and rest days: "PT / Strength Focused Lift", "cross-train", "Rest", "OFF". */
  private otherSport(quantity?: Quantity, startAt?: number): OtherSportNode | undefined {
    const start = startAt ?? this.peek().offset;
    const labelStart = this.peek().offset;
    const save = this.i;
    let sport: OtherSportNode['sport'] | undefined;
    if (this.isWord(0, 'pt', 'strength', 'lift', 'lifting', 'gym', 'weights', 'core', 'plyometrics', 'plyos', 'drills', 'mobility')) sport = 'strength';
    else if (this.isWord(0, 'cross', 'xt', 'bike', 'cycling', 'swim', 'swimming', 'elliptical', 'yoga', 'pilates', 'row', 'rowing', 'aqua')) sport = 'cross_training';
    else if (this.isWord(0, 'rest', 'off') && this.peekEndsOtherSport(1)) sport = 'rest';
    if (!sport) return undefined;
    // The label runs to the end of this item: take every word, slash and dash up to a separator.
    while (!this.atItemEnd() && !this.isKind(0, 'lparen') && !this.isKind(0, 'lbracket')) {
      const t = this.peek();
      if (t.kind !== 'word' && t.kind !== 'slash' && t.kind !== 'dash') {
        this.i = save;
        return undefined;
      }
      this.next();
    }
    const label = this.text.slice(labelStart, this.prevEnd).replace(/\s+/g, ' ').trim();
    this.trailingExplanations();
    return { kind: 'other', sport, label, quantity, span: this.span(start) };
  }

  private peekEndsOtherSport(k: number): boolean {
    const t = this.peek(k);
    return t.kind === 'eof' || t.kind === 'rparen' || JOIN_KINDS[t.kind] !== undefined || (t.kind === 'word' && ['or', 'day', 'then', 'and'].includes(t.value));
  }

  // ---- counts and repeats ---------------------------------------------------

  /** "6 x", "6-10 x", "8 -10 x", "8 to 10 x". Leaves the position unchanged when it is not a count. */
  private tryCount(): CountRange | undefined {
    const save = this.i;
    const a = this.peek();
    if (a.kind !== 'number' || !/^\d+$/.test(a.value)) return undefined;
    this.next();
    let high = Number(a.value);
    if ((this.isKind(0, 'dash') || this.isWord(0, 'to')) && this.isKind(1, 'number') && /^\d+$/.test(this.peek(1).value) && this.isKind(2, 'x')) {
      this.next();
      high = Number(this.next().value);
    }
    if (!this.eatKind('x')) {
      this.i = save;
      return undefined;
    }
    const low = Number(a.value);
    if (low < 1 || high < low) this.fail(a, `a repeat count must be at least 1 and written low to high (got ${a.value}–${high})`);
    if (high > 200) this.fail(a, `${high} repetitions is more than a session can hold`, 'counts above 200 are almost certainly a typo');
    return { low, high, span: this.span(a.offset) };
  }

  private sets(start: number): RepeatNode {
    const n = this.next();
    if (!/^\d+$/.test(n.value) || Number(n.value) < 1 || Number(n.value) > 50) {
      this.fail(n, `'${n.raw}' is not a number of sets`, 'such as 2 sets of 4 x 400m');
    }
    this.next(); // sets
    this.next(); // of
    const innerStart = this.peek().offset;
    const count = this.tryCount();
    if (!count) this.unexpected(this.peek(), 'a repeat such as "4 x 400m" after "sets of"');
    const inner = this.repeatAfterCount(count, innerStart);
    const outer: RepeatNode = {
      kind: 'repeat',
      count: { low: Number(n.value), high: Number(n.value), span: { start: n.offset, end: n.offset + n.length } },
      body: [inner],
      sets: true,
      span: this.span(start),
    };
    // "… w/ 3 min between sets" may have been read as the inner recovery clause.
    if (inner.setRecovery) {
      outer.setRecovery = inner.setRecovery;
      delete inner.setRecovery;
    }
    while (this.atWith() || this.isKind(0, 'lparen')) {
      const rec = this.isKind(0, 'lparen') ? this.parenRecovery() : (this.eatWith(), this.recoveryPhrase(this.prevEnd));
      if (rec.betweenSets) outer.setRecovery = rec.expr;
      else inner.recovery = rec.expr;
    }
    return outer;
  }

  private repeatAfterCount(count: CountRange, start: number): RepeatNode {
    if (this.isKind(0, 'lparen')) {
      this.next();
      const seq = this.sequence();
      if (!this.eatKind('rparen')) this.unexpected(this.peek(), "')' to close the group");
      const node: RepeatNode = { kind: 'repeat', count, body: seq.items, sets: seq.items.length > 1 || seq.items[0]?.kind === 'repeat', span: this.span(start) };
      this.repeatTail(node);
      return node;
    }
    const qStart = this.peek().offset;
    const first = this.quantity(true);
    const quantities = [first];
    while (this.isKind(0, 'slash') && (this.isKind(1, 'number') || this.isKind(1, 'clock'))) {
      this.next();
      quantities.push(this.quantity(true));
    }
    const intervals: IntervalNode[] = quantities.map((q) => ({ kind: 'interval', quantity: q, role: 'work', roleWritten: false, remarks: [], span: q.span }));
    const body: Item[] = intervals;
    const node: RepeatNode = { kind: 'repeat', count, body, sets: false, span: this.span(start) };
    // Qualifiers, pace and recovery follow the quantity (or the paired quantities).
    const shared: IntervalNode = { kind: 'interval', quantity: first, role: 'work', roleWritten: false, remarks: [], span: this.span(qStart) };
    this.intervalTail(shared, node);
    if (node.body.length === 1 && node.body[0]!.kind === 'cutdown') return node;
    applyShared(intervals, shared);
    node.span = this.span(start);
    return node;
  }

  /** Recovery clauses after a repeat: "w/ 400m jog recovery", "(jog 4 min recovery)", "full recovery". */
  private repeatTail(node: RepeatNode): void {
    for (;;) {
      if (this.atWith()) {
        this.eatWith();
        const rec = this.recoveryPhrase(this.prevEnd);
        if (rec.betweenSets) node.setRecovery = rec.expr;
        else node.recovery = rec.expr;
      } else if (this.isKind(0, 'lparen') && this.looksLikeRecoveryParen()) {
        const rec = this.parenRecovery();
        node.recovery = rec.expr;
      } else if (this.isWord(0, 'full') || (this.isWord(0, 'jog', 'walk') && !this.isKind(1, 'eof'))) {
        const rec = this.recoveryPhrase(this.peek().offset);
        node.recovery = rec.expr;
      } else if (this.isKind(0, 'lparen') || this.isKind(0, 'lbracket')) {
        this.explanation();
      } else return;
    }
  }

  // ---- intervals -------------------------------------------------------------

  private afterQuantity(quantity: Quantity, start: number): Item {
    // "4 min between sets" after a group is the group's rest between sets.
    if (this.isWord(0, 'between') && this.isWord(1, 'sets', 'set')) {
      this.next(), this.next();
      const expr: RecoveryExpr = { mode: 'recovery', amount: { kind: 'quantity', quantity }, span: this.span(start) };
      return { kind: 'recovery', recovery: expr, span: this.span(start), betweenSets: true };
    }
    // "5 min jog recovery", "400m jog", "500m recovery": a recovery standing in a sequence.
    if (this.isWord(0, 'jog', 'walk', 'rest', 'recovery', 'float') && !this.isWord(1, 'x')) {
      const save = this.i;
      const words: string[] = [];
      while (this.isWord(0, 'jog', 'walk', 'rest', 'recovery', 'float', 'easy')) words.push(this.next().value);
      const betweenSets = this.isWord(0, 'between') && this.isWord(1, 'sets', 'set');
      if (betweenSets) this.next(), this.next();
      if (this.atItemEnd() || this.isKind(0, 'lparen')) {
        const mode = words.includes('walk') ? 'walk' : words.includes('jog') || words.includes('float') ? 'jog' : words.includes('rest') && !words.includes('recovery') ? 'rest' : 'recovery';
        // "30 min jog" alone is an easy run, decided when the session is resolved.
        const expr: RecoveryExpr = { mode, amount: { kind: 'quantity', quantity }, span: this.span(start) };
        this.trailingExplanations();
        return { kind: 'recovery', recovery: expr, span: this.span(start), ...(betweenSets ? { betweenSets } : {}) };
      }
      this.i = save;
    }
    const other = this.isKind(0, 'word') ? this.otherSport(quantity, start) : undefined;
    if (other) return other;
    const node: IntervalNode = { kind: 'interval', quantity, role: 'work', roleWritten: false, remarks: [], span: this.span(start) };
    const holder: RepeatNode = { kind: 'repeat', count: { low: 1, high: 1, span: node.span }, body: [node], sets: false, span: node.span };
    this.intervalTail(node, holder);
    node.span = this.span(start);
    if (holder.body[0]?.kind === 'cutdown' || holder.recovery || holder.setRecovery) {
      holder.span = this.span(start);
      return holder;
    }
    return node;
  }

  /**
   * Everything that may follow a distance or time: role words ("easy", "strides",
   * "hill", "WU"), a pace ("@ HM-10K"), an effort, a split ("in 75s"), remarks
   * ("for rhythm"), a cut-down, a faster part ("w/ 4 miles @ 15K"), recovery
   * clauses (recorded on `holder`) and explanations.
   */
  private intervalTail(node: IntervalNode, holder: RepeatNode): void {
    for (;;) {
      const t = this.peek();
      if (this.atItemEnd()) return;
      if (t.kind === 'word') {
        const role = ROLE_WORDS[t.value];
        if (t.value === 'warm' && this.isWord(1, 'up')) {
          this.next(), this.next();
          this.setRole(node, 'warmup');
          continue;
        }
        if ((t.value === 'cool' || t.value === 'warm') && (this.isWord(1, 'down') || this.isKind(1, 'dash'))) {
          this.next();
          this.eatKind('dash');
          this.eatWord('down', 'up');
          this.setRole(node, t.value === 'cool' ? 'cooldown' : 'warmup');
          continue;
        }
        if (t.value === 'cut' && this.isWord(1, 'down') || t.value === 'cutdown') {
          this.next();
          this.eatWord('down');
          holder.body = [this.cutDown(node)];
          continue;
        }
        if (role && !(t.value === 'jog' && this.isWord(1, 'down'))) {
          if (t.value === 'jog' && node.role === 'work' && (this.isKind(1, 'number') || this.isWord(1, 'recovery'))) {
            // "… jog 50 to 90% interval time between": a recovery clause without "w/".
            holder.recovery = this.recoveryPhrase(t.offset).expr;
            continue;
          }
          this.next();
          this.setRole(node, role);
          continue;
        }
        if (t.value === 'at' && !this.isWord(1, 'least')) {
          this.next();
          this.paceOrEffort(node);
          continue;
        }
        if (t.value === 'in' && (this.isKind(1, 'number') || this.isKind(1, 'clock'))) {
          this.next();
          const q = this.next();
          const seconds = q.kind === 'clock' ? clockSeconds(q.value) : Number(q.value);
          if (!(seconds >= 5 && seconds <= 3600)) this.fail(q, `'${q.raw}' is not a time for a rep`, "such as 'in 75s' or 'in 2:50'");
          this.eatWord('s', 'sec', 'secs', 'seconds');
          node.pace = { kind: 'split', seconds, span: this.span(t.offset) };
          continue;
        }
        if (t.value === 'for') {
          this.next();
          const from = this.peek().offset;
          while (this.isWord(0) && !this.isWord(0, 'w', 'with', 'or', 'then', 'and')) this.next();
          node.remarks.push(`for ${this.text.slice(from, this.prevEnd).trim()}`);
          continue;
        }
        if (this.atWith()) {
          this.eatWith();
          // "8 miles w/ 4 miles @ 15K to half marathon pace": a faster part inside the run.
          if ((this.isKind(0, 'number') || this.isKind(0, 'clock')) && this.innerRunAhead()) {
            const innerStart = this.peek().offset;
            const q = this.quantity(true);
            const inner: IntervalNode = { kind: 'interval', quantity: q, role: 'work', roleWritten: false, remarks: [], span: this.span(innerStart) };
            const innerHolder: RepeatNode = { kind: 'repeat', count: { low: 1, high: 1, span: inner.span }, body: [inner], sets: false, span: inner.span };
            this.intervalTail(inner, innerHolder);
            inner.span = this.span(innerStart);
            node.inner = inner;
            if (!node.roleWritten) this.setRole(node, 'easy');
            continue;
          }
          const rec = this.recoveryPhrase(this.prevEnd);
          if (rec.betweenSets) holder.setRecovery = rec.expr;
          else holder.recovery = rec.expr;
          continue;
        }
        if (t.value === 'full' && this.isWord(1, 'recovery', 'rest')) {
          holder.recovery = this.recoveryPhrase(t.offset).expr;
          continue;
        }
        if (EFFORT_WORDS.has(t.value) && t.value !== 'effort') {
          this.paceOrEffort(node);
          continue;
        }
        if (t.value === 'pace' || t.value === 'effort') {
          this.next();
          continue;
        }
        if (PACE_WORDS[t.value] && ['tempo', 'threshold', 'lt', 'conversational'].includes(t.value)) {
          node.pace = this.pace();
          continue;
        }
        this.unexpected(t, "a unit, '@ pace', 'w/ … recovery' or a separator");
      }
      if (t.kind === 'at') {
        this.next();
        this.paceOrEffort(node);
        continue;
      }
      if (t.kind === 'number' && this.isKind(1, 'percent')) {
        this.paceOrEffort(node);
        continue;
      }
      if (t.kind === 'lparen') {
        if (this.looksLikeRecoveryParen()) {
          holder.recovery = this.parenRecovery().expr;
          continue;
        }
        this.explanation(node.pace);
        continue;
      }
      if (t.kind === 'lbracket') {
        this.explanation(node.pace);
        continue;
      }
      this.unexpected(t, "'@ pace', 'w/ … recovery' or a separator such as ',' or '+'");
    }
  }

  private setRole(node: IntervalNode, role: Role): void {
    // "30 sec hill strides": the most specific word wins; "run" never overrides a written role.
    if (node.roleWritten && role === 'easy') return;
    node.role = role;
    node.roleWritten = true;
  }

  /** After "w/": is this "4 miles @ pace" (a faster part) rather than "400m jog recovery"? */
  private innerRunAhead(): boolean {
    for (let k = 0; k < 8; k++) {
      const t = this.peek(k);
      if (t.kind === 'at') return true;
      if (t.kind === 'word' && (RECOVERY_MODES.has(t.value) || t.value === 'between')) return false;
      if (t.kind === 'eof' || t.kind === 'comma' || t.kind === 'plus') return false;
    }
    return false;
  }

  private cutDown(node: IntervalNode): CutDownNode {
    const start = this.peek().offset;
    if (!this.eatKind('lparen')) this.unexpected(this.peek(), "'(' with the parts of the cut-down, such as (100m @ 5K, 100m @ Mile, 100m @ Faster)");
    const seq = this.sequence();
    if (!this.eatKind('rparen')) this.unexpected(this.peek(), "')' to close the cut-down");
    const parts = seq.items.map((it) => {
      if (it.kind !== 'interval') this.fail(this.tokens.find((t) => t.offset === it.span.start) ?? this.peek(), 'a cut-down holds distances or times with paces, such as 100m @ 5K');
      return it;
    });
    return { kind: 'cutdown', parts, total: node.quantity, span: { start: node.span.start, end: Math.max(start, this.prevEnd) } };
  }

  // ---- quantities --------------------------------------------------------------

  /** "400m", "1,000m", "1k", "1.5 mi", "20 sec", "1:30 min", "1:30", "45 - 60 min", "45 min - 60 min", bare "200". */
  quantity(allowBare: boolean): Quantity {
    const start = this.peek().offset;
    const a = this.amount();
    let unit = this.unit();
    let b = a;
    if ((this.isKind(0, 'dash') || this.isWord(0, 'to')) && (this.isKind(1, 'number') || this.isKind(1, 'clock'))) {
      const save = this.i;
      this.next();
      const second = this.amount();
      const unit2 = this.unit();
      if (unit && unit2 && unit.kind !== unit2.kind) this.fail(this.peek(-1), 'a range must use one kind of unit, such as 45 - 60 min');
      if (!unit2 && this.isKind(0, 'x')) {
        this.i = save;
      } else {
        b = second;
        unit = unit2 ?? unit;
      }
    }
    if (!unit) {
      if (a.clock) {
        // "1:30" with no unit is minutes and seconds.
        return this.makeQuantity('time', clockSeconds(a.text), clockSeconds(b.text), start);
      }
      const tok = this.peek();
      if (tok.kind === 'word' && !ROLE_WORDS[tok.value] && !['w', 'with', 'at', 'or', 'then', 'and', 'for', 'cut', 'full', 'in', 'jog'].includes(tok.value)) {
        const s = suggest(tok.value, [...Object.keys(DISTANCE_UNITS), ...Object.keys(TIME_UNITS)]) ?? suggest(tok.value);
        this.fail(tok, `unknown unit '${tok.raw}'`, s ? `did you mean '${s}'?` : 'units are m, km, mi, sec, min or hr');
      }
      if (!allowBare || a.value < 50 || a.value > 10000 || !Number.isInteger(a.value)) {
        this.fail(this.tokens[this.indexAt(start)]!, `'${a.text}' needs a unit`, `write it as '${a.text}m' for metres or '${a.text} min' for minutes`);
      }
      // Bare track numbers ("8 x 200") are metres.
      return this.makeQuantity('distance', a.value, b.value, start);
    }
    if (unit.kind === 'time') {
      const f = unit.factor;
      // "1:30 min" is a clock in minutes:seconds; "1:30 hr" hours:minutes.
      const secs = (x: typeof a) => (x.clock ? clockSeconds(x.text) * (f >= 3600 ? 60 : 1) : x.value * f);
      return this.makeQuantity('time', secs(a), secs(b), start);
    }
    if (a.clock || b.clock) this.fail(this.tokens[this.indexAt(start)]!, 'a distance cannot be written as a clock time');
    return this.makeQuantity('distance', a.value * unit.factor, b.value * unit.factor, start);
  }

  private makeQuantity(kind: 'time' | 'distance', low: number, high: number, start: number): Quantity {
    const span = this.span(start);
    if (!(low > 0) || !(high > 0)) throw new Stop({ offset: start, length: span.end - start, message: `a ${kind} must be more than zero` });
    if (high < low) throw new Stop({ offset: start, length: span.end - start, message: `write ranges low to high (${kind})`, hint: 'such as 45 - 60 min' });
    if (kind === 'time' && high > 12 * 3600) throw new Stop({ offset: start, length: span.end - start, message: 'more than 12 hours is not a session' });
    if (kind === 'distance' && high > 200_000) throw new Stop({ offset: start, length: span.end - start, message: 'more than 200 km is not a session' });
    return { kind, low: round3(low), high: round3(high), span };
  }

  private indexAt(offset: number): number {
    const k = this.tokens.findIndex((t) => t.offset >= offset);
    return k < 0 ? this.tokens.length - 1 : k;
  }

  private amount(): { value: number; clock: boolean; text: string } {
    const t = this.peek();
    if (t.kind === 'number') {
      this.next();
      return { value: Number(t.value), clock: false, text: t.raw };
    }
    if (t.kind === 'clock') {
      this.next();
      return { value: clockSeconds(t.value), clock: true, text: t.value };
    }
    this.unexpected(t, 'a number');
  }

  private unit(): { kind: 'time' | 'distance'; factor: number } | undefined {
    const t = this.peek();
    if (t.kind !== 'word') return undefined;
    // "5K" before "@" is a distance; "mile" is a unit here, never a pace.
    if (DISTANCE_UNITS[t.value] !== undefined) {
      // "400m @", but "30 min" must not read "m" for metres: that is handled by the lexer splitting words.
      this.next();
      return { kind: 'distance', factor: DISTANCE_UNITS[t.value]! };
    }
    if (TIME_UNITS[t.value] !== undefined) {
      this.next();
      return { kind: 'time', factor: TIME_UNITS[t.value]! };
    }
    return undefined;
  }

  // ---- paces and efforts ---------------------------------------------------------

  private paceOrEffort(node: IntervalNode): void {
    const t = this.peek();
    const start = t.offset;
    // "90-95% effort", "max", "hard", "all out".
    if (t.kind === 'number' && (this.isKind(1, 'percent') || ((this.isKind(1, 'dash') || this.isWord(1, 'to')) && this.isKind(3, 'percent')))) {
      this.next();
      if (!this.eatKind('percent')) {
        this.next();
        this.next();
        this.next();
      }
      this.eatWord('effort', 'max', 'of', 'hr', 'heart', 'rate', 'mhr', 'maximum');
      while (this.isWord(0, 'effort', 'max', 'heart', 'rate', 'hr', 'or', 'maximum') && !(this.isWord(0, 'or') && !this.isWord(1, 'max', 'maximum'))) this.next();
      node.effort = this.text.slice(start, this.prevEnd).trim();
      return;
    }
    if (t.kind === 'word' && EFFORT_WORDS.has(t.value) && !PACE_WORDS[t.value]) {
      this.next();
      if (t.value === 'all') this.eatWord('out');
      this.eatWord('effort');
      node.effort = this.text.slice(start, this.prevEnd).trim();
      return;
    }
    node.pace = this.pace();
  }

  /** "HM-10K", "5K/Mile", "15K to half marathon pace", "6:20-6:30/mi", "75", "MP-10s", "goal mile pace", "Faster". */
  pace(): PaceExpr {
    const start = this.peek().offset;
    const first = this.singlePace();
    let expr: PaceExpr = first;
    if ((this.isKind(0, 'dash') || this.isWord(0, 'to')) && first.kind === 'named') {
      // "MP-10s" is an offset, "HM-10K" a range.
      if (this.isKind(0, 'dash') && this.isKind(1, 'number') && this.isWord(2, 's', 'sec', 'secs', 'seconds')) {
        this.next();
        first.offsetSeconds = -this.offsetAmount();
        this.next();
        this.eatWord('per');
        this.eatWord('mile', 'mi', 'km');
      } else {
        this.next();
        const second = this.singlePace();
        if (second.kind !== 'named') this.fail(this.peek(-1), 'a pace range joins two named paces, such as HM-10K');
        expr = { kind: 'named', names: [...first.names, ...second.names], span: this.span(start) };
      }
    }
    if (this.isWord(0, 'pace') && this.isKind(1, 'plus')) this.next();
    if (this.isKind(0, 'plus') && this.isKind(1, 'number') && this.isWord(2, 's', 'sec', 'secs', 'seconds') && expr.kind === 'named') {
      this.next();
      expr.offsetSeconds = this.offsetAmount();
      this.next();
      this.eatWord('per');
      this.eatWord('mile', 'mi', 'km');
    }
    if (this.isKind(0, 'slash') && !this.isWord(1, 'mi', 'km')) {
      const parts: PaceExpr[] = [expr];
      while (this.eatKind('slash')) parts.push(this.singlePace());
      expr = { kind: 'paired', parts, span: this.span(start) };
    }
    this.eatWord('pace', 'effort');
    expr.span = this.span(start);
    return expr;
  }

  /** "MP-10s", "5K pace + 5 sec": seconds per mile (or km), within what still names that pace. */
  private offsetAmount(): number {
    const t = this.next();
    const seconds = Number(t.value);
    if (!(seconds >= 1 && seconds <= 90)) this.fail(t, `an offset of ${t.raw} s is too far from the pace it names`, 'offsets run from 1 to 90 seconds, such as MP-10s');
    return seconds;
  }

  private singlePace(): PaceExpr {
    const t = this.peek();
    const start = t.offset;
    let goal = false;
    if (this.eatWord('goal')) goal = true;
    const u = this.peek();
    if (u.kind === 'clock' && !goal) {
      this.next();
      let slow = clockSeconds(u.value);
      let fast = slow;
      if (this.isKind(0, 'dash') && this.isKind(1, 'clock')) {
        this.next();
        fast = clockSeconds(this.next().value);
        if (fast > slow) [slow, fast] = [fast, slow];
      }
      if (!(slow > 0 && fast > 0)) this.fail(u, `'${u.raw}' is not a running pace`, 'such as 6:30/mi or 4:05/km');
      if (this.eatKind('slash') || this.eatWord('per')) {
        const unitTok = this.next();
        const unit = unitTok.value === 'km' || unitTok.value === 'k' ? 'km' : unitTok.value === 'mi' || unitTok.value === 'mile' ? 'mi' : undefined;
        if (!unit) this.fail(unitTok, `unknown pace unit '${unitTok.raw}'`, "paces are per 'mi' or per 'km', such as 6:30/mi");
        return { kind: 'explicit', slowSecondsPerUnit: slow, fastSecondsPerUnit: fast, unit, span: this.span(start) };
      }
      // A clock with no unit is the time for each rep ("@ 1:10").
      this.eatWord('s', 'sec');
      const seconds = clockSeconds(u.value);
      if (!(seconds >= 5 && seconds <= 3600)) this.fail(u, `'${u.raw}' is not a time for a rep`, "such as '@ 1:10' or '@ 6:30/mi'");
      return { kind: 'split', seconds, span: this.span(start) };
    }
    if (u.kind === 'number') {
      this.next();
      if (this.isWord(0, 'k') && K_PACES[u.value]) {
        this.next();
        return this.named(K_PACES[u.value]!, goal, start);
      }
      if (u.value === '800' || u.value === '1500') {
        this.eatWord('m');
        return this.named(u.value, goal, start);
      }
      if (u.value === '10' && this.isWord(0, 'mile', 'miles')) {
        this.fail(u, '10-mile pace is not in the pace table', 'use 15K or HM');
      }
      if (goal) this.fail(u, `'goal' must be followed by a race such as 'mile' or '5K'`);
      this.eatWord('s', 'sec', 'secs', 'seconds');
      const secs = Number(u.value);
      if (!(secs >= 10 && secs <= 600)) this.fail(u, `'${u.raw}' is not a pace`, 'write a pace name (HM, 5K, Mile), a pace such as 6:30/mi, or seconds per rep such as @ 75');
      return { kind: 'split', seconds: secs, span: this.span(start) };
    }
    if (u.kind === 'word') {
      if (u.value === 'faster') {
        this.next();
        return { kind: 'faster', span: this.span(start) };
      }
      if (u.value === 'half') {
        this.next();
        this.eatKind('dash');
        this.eatWord('marathon');
        return this.named('HM', goal, start);
      }
      if (u.value === 'vo' && this.isKind(1, 'number') && this.peek(1).value === '2') {
        this.next(), this.next();
        this.eatWord('max');
        return this.named('I', goal, start);
      }
      if (u.value === 'race' && goal) {
        this.next();
        return this.named('goal', goal, start);
      }
      const name = PACE_WORDS[u.value];
      if (name) {
        this.next();
        return this.named(name, goal, start);
      }
      if (goal) return this.named('goal', true, start);
    }
    if (goal) return this.named('goal', true, start);
    const s = u.kind === 'word' ? displayPace(suggest(u.value, [...Object.keys(PACE_WORDS), 'faster', 'half', 'goal', 'max', 'hard'])) : undefined;
    this.fail(u, u.kind === 'eof' ? 'a pace is missing after @' : `unknown pace '${u.raw}'`, s ? `did you mean '${s}'?` : 'paces: 800, 1500, Mile, 3K, 5K, 8K, 10K, 15K, HM, M/MP, E, T, I, R, goal, 6:30/mi, or seconds per rep');
  }

  private named(name: PaceRef['name'] | 'goal', goal: boolean, start: number): PaceExpr {
    this.eatWord('race');
    // "goal pace" alone means the goal race's pace; resolved later.
    const ref: PaceRef = name === 'goal' ? { name: 'Mile', goal: true, anyGoal: true } : { name, goal };
    return { kind: 'named', names: [ref], span: this.span(start) };
  }

  // ---- recoveries ---------------------------------------------------------------

  private looksLikeRecoveryParen(): boolean {
    if (!this.isKind(0, 'lparen')) return false;
    for (let k = 1; k < 12; k++) {
      const t = this.peek(k);
      if (t.kind === 'rparen' || t.kind === 'eof') return false;
      if (t.kind === 'at' || t.kind === 'comma' || (t.kind === 'word' && (t.value === 'i' || t.value === 'e' || t.value === 'ie' || t.value === 'eg'))) return false;
      if (t.kind === 'word' && RECOVERY_MODES.has(t.value)) return true;
    }
    return false;
  }

  private parenRecovery(): { expr: RecoveryExpr; betweenSets: boolean } {
    const open = this.next();
    const rec = this.recoveryPhrase(open.offset);
    if (!this.eatKind('rparen')) this.unexpected(this.peek(), "')'");
    rec.expr.span = this.span(open.offset);
    return rec;
  }

  /**
   * "400m jog recovery", "1:30 min recovery", "60 seconds of recovery jog in between",
   * "jog down recovery", "full recovery", "previous distance jog recovery", "equal time",
   * "jog 50 to 90% interval time between", "100m/400m jog recovery", "3 min between sets".
   */
  private recoveryPhrase(start: number): { expr: RecoveryExpr; betweenSets: boolean } {
    let mode: RecoveryExpr['mode'] | undefined;
    let amount: RecoveryAmount | undefined;
    let paired: RecoveryExpr[] | undefined;
    let betweenSets = false;
    const spanStart = this.peek().offset;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof' || t.kind === 'rparen' || t.kind === 'plus' || t.kind === 'comma' || t.kind === 'semicolon') break;
      if (t.kind === 'lparen' || t.kind === 'lbracket') break;
      if (t.kind === 'word' && (t.value === 'or' || t.value === 'then' || t.value === 'with')) break;
      if (amount && this.atWith()) break;
      if (t.kind === 'word' && t.value === 'and' && !this.isWord(1, 'recovery')) break;
      if ((t.kind === 'number' || t.kind === 'clock') && !amount) {
        if (this.isKind(1, 'percent') || ((this.isKind(1, 'dash') || this.isWord(1, 'to')) && this.isKind(3, 'percent'))) {
          const low = Number(this.next().value);
          let high = low;
          if (!this.eatKind('percent')) {
            this.next();
            high = Number(this.next().value);
            this.eatKind('percent');
          }
          if (!(low > 0 && high >= low && high <= 300)) this.fail(t, 'a share of the interval time is a percentage such as 50 to 90%');
          amount = { kind: 'fraction', low: low / 100, high: high / 100 };
          this.eatWord('of');
          this.eatWord('the');
          this.eatWord('interval', 'rep');
          this.eatWord('time');
          continue;
        }
        const q = this.quantity(true);
        if (this.isKind(0, 'slash') && (this.isKind(1, 'number') || this.isKind(1, 'clock'))) {
          const qs = [q];
          while (this.eatKind('slash')) qs.push(this.quantity(true));
          paired = qs.map((x) => ({ mode: 'recovery', amount: { kind: 'quantity', quantity: x }, span: x.span }));
          amount = { kind: 'quantity', quantity: q };
        } else amount = { kind: 'quantity', quantity: q };
        continue;
      }
      if (t.kind === 'word') {
        if (t.value === 'jog' && this.isWord(1, 'down')) {
          this.next(), this.next();
          mode = 'jog';
          amount = { kind: 'open', why: 'jog down' };
          continue;
        }
        if (t.value === 'walk' && this.isWord(1, 'down', 'back')) {
          this.next(), this.next();
          mode = 'walk';
          amount = { kind: 'open', why: 'jog down' };
          continue;
        }
        if (t.value === 'full' || t.value === 'complete') {
          this.next();
          amount = { kind: 'open', why: 'full' };
          continue;
        }
        if ((t.value === 'previous' || t.value === 'same') && this.isWord(1, 'distance', 'time')) {
          this.next(), this.next();
          amount = { kind: 'previous' };
          continue;
        }
        if (t.value === 'equal') {
          this.next();
          this.eatWord('time', 'distance');
          amount = { kind: 'equal' };
          continue;
        }
        if (t.value === 'between' && this.isWord(1, 'sets', 'set')) {
          this.next(), this.next();
          betweenSets = true;
          continue;
        }
        if (t.value === 'jog' || t.value === 'float') {
          this.next();
          mode = 'jog';
          continue;
        }
        if (t.value === 'walk' || t.value === 'walking') {
          this.next();
          mode = 'walk';
          continue;
        }
        if (t.value === 'standing' || (t.value === 'rest' && !mode)) {
          this.next();
          mode = mode ?? 'rest';
          continue;
        }
        if (['recovery', 'recoveries', 'rec', 'recover', 'rest', 'easy', 'of', 'in', 'between', 'each', 'every', 'a', 'the', 'interval', 'intervals', 'rep', 'reps', 'time'].includes(t.value)) {
          this.next();
          continue;
        }
        if (t.value === 'and' && this.isWord(1, 'recovery')) {
          this.next();
          continue;
        }
      }
      this.unexpected(t, "a recovery such as '400m jog', '90 sec', 'jog down' or 'full recovery'");
    }
    if (!amount) {
      const t = this.peek();
      this.fail(t.kind === 'eof' ? this.peek(-1) : t, 'the recovery has no length', "write how long, such as 'w/ 400m jog' or 'w/ 90 sec recovery', or 'full recovery'");
    }
    const m = mode ?? 'recovery';
    const expr: RecoveryExpr = { mode: m, amount, span: { start: Math.min(start, spanStart), end: this.prevEnd } };
    if (paired) expr.paired = paired.map((p) => ({ ...p, mode: m }));
    return { expr, betweenSets };
  }

  // ---- explanations --------------------------------------------------------------

  private trailingExplanations(): void {
    while (this.isKind(0, 'lparen') || this.isKind(0, 'lbracket')) this.explanation();
  }

  /** "(i.e. 500m @ Mile, 500m recovery, …)" or "[half marathon to 10K pace]". */
  private explanation(explains?: PaceExpr): void {
    const open = this.next();
    const close: TokenKind = open.kind === 'lparen' ? 'rparen' : 'rbracket';
    while (this.isWord(0, 'i', 'e', 'ie', 'eg', 'g') || this.isKind(0, 'dot') || this.isKind(0, 'comma') || this.isKind(0, 'colon')) this.next();
    const save = this.i;
    // A pace explanation first ("half marathon to 10K pace"), else a sequence.
    try {
      const pace = this.pace();
      if (this.eatKind(close)) {
        this.explanations.push({ kind: 'pace', pace, explains, span: this.span(open.offset) });
        return;
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    this.i = save;
    const seq = this.sequence();
    if (!this.eatKind(close)) this.unexpected(this.peek(), `'${close === 'rparen' ? ')' : ']'}' to close the explanation`);
    this.explanations.push({ kind: 'sequence', sequence: seq, span: this.span(open.offset) });
  }
}

/** Copy the qualifiers read once after paired quantities ("800m/300m @ 5K/Mile") onto each interval. */
function applyShared(intervals: IntervalNode[], shared: IntervalNode): void {
  for (const [k, iv] of intervals.entries()) {
    iv.role = shared.role;
    iv.roleWritten = shared.roleWritten;
    iv.effort = shared.effort;
    iv.remarks = [...shared.remarks];
    iv.inner = shared.inner;
    const p = shared.pace;
    if (p?.kind === 'paired') {
      if (p.parts.length !== intervals.length) {
        throw new Stop({ offset: p.span.start, length: p.span.end - p.span.start, message: `${intervals.length} paired distances but ${p.parts.length} paces`, hint: 'write one pace per distance, such as 800m/300m @ 5K/Mile' });
      }
      iv.pace = p.parts[k];
    } else iv.pace = p;
  }
}

/** Pace words are suggested as coaches write them: 'HM', not 'hm'. */
function displayPace(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  return word.length <= 3 && PACE_WORDS[word] && word !== 'rep' ? word.toUpperCase() : word;
}

export function clockSeconds(clock: string): number {
  return clock.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
