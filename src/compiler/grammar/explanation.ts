/**
 * Brackets after a part of the session:
 * - an explanation, "(i.e. 500m @ Mile, 500m recovery, …)" or "[half marathon to 10K pace]",
 *   kept to be checked against the session, never run;
 * - the pace of an unpaced part, "5 x 5 mins (3k effort)", "4 x 800 (@ 5k goal pace)";
 * - an aside for the athlete, "(aim to beat previous week's time)", kept as a note.
 */
import type { IntervalNode, SequenceNode } from '../ast.js';
import type { Token, TokenKind } from '../lexer.js';
import { Cursor, Stop } from './cursor.js';
import { keepWritten, pace } from './pace.js';
import { sequence } from './session.js';
import { BRACKET_PACE_HEADS, FIGURE_PLACES } from '../dialect/markers.js';
import { READ_WORDS } from '../dialect/known.js';
import { GLUE } from './prose.js';

export function trailingExplanations(p: Cursor): void {
  while (p.isKind(0, 'lparen') || p.isKind(0, 'lbracket')) explanation(p);
}

export function explanation(p: Cursor, node?: IntervalNode, single = false): void {
  const open = p.next();
  const close: TokenKind = open.kind === 'lparen' ? 'rparen' : 'rbracket';
  if (single && placedParts(p, open, close, node)) return;
  placesFigure(p, open);
  ownScale(p, close);
  // "(Target: Half Marathon + 20 sec/mile)": the head says a pace follows; it is not the goal's pace itself.
  if (p.isWordIn(0, BRACKET_PACE_HEADS) && p.isKind(1, 'colon')) p.next();
  while (p.isWord(0, 'i', 'e', 'ie', 'eg', 'g') || p.isKind(0, 'dot') || p.isKind(0, 'stop') || p.isKind(0, 'comma') || p.isKind(0, 'colon') || p.isKind(0, 'at') || p.isWord(0, 'at', 'approx', 'about', 'around')) p.next();
  const save = p.mark();
  // A pace first ("half marathon to 10K pace", "3k effort", "4:35/km"), else a sequence, else an aside.
  if (paceInside(p, open, close, node)) return;
  // "(fast is mile race pace)": what an effort word means, as a pace.
  if (node?.effort && p.isWord(0, node.effort.toLowerCase()) && p.isWord(1, 'is', 'means', '=')) {
    p.next(), p.next();
    try {
      const expr = pace(p);
      if (p.eatKind(close)) {
        node.pace = expr;
        node.effort = undefined;
        return;
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
    }
    p.reset(save);
  }
  if (single && repOwnLength(p, close, node)) return;
  try {
    const seq = sequence(p);
    // An explanation restates the session; one with words runcast does not read is an aside.
    if (p.eatKind(close) && p.ignored.length === save.ignored) {
      p.explanations.push({ kind: 'sequence', sequence: seq, span: p.span(open.offset) });
      return;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.reset(save);
  aside(p, open.offset, close);
}


/**
 * "(Intensity: 2-4)": a level, or a range of levels, on a scale the plan defines somewhere the
 * session does not: no pace can be told from it, and reading the part without it would be a
 * different workout; refused with a hint.
 */
function ownScale(p: Cursor, close: TokenKind): void {
  if (!p.isWord(0, 'intensity') || !p.isKind(1, 'colon') || !p.isKind(2, 'number')) return;
  const end = p.isKind(3, 'dash') && p.isKind(4, 'number') ? 5 : 3;
  if (p.isKind(end, close)) p.fail(p.peek(2), "an intensity level on the plan's own scale says no pace runcast can tell", "give the level's pace or heart rate, such as '(70-80% max HR)'");
}

/**
 * A bracket that is a pace: the part's own, an explanation of its pace, or a pace and then words for
 * the athlete. True when it was read; the cursor is where it started otherwise.
 */
function paceInside(p: Cursor, open: Token, close: TokenKind, node: IntervalNode | undefined): boolean {
  if (isPlanCode(p, close)) return planCode(p, open, close, node);
  const save = p.mark();
  let unfinished: Token | undefined;
  try {
    const from = p.i;
    const expr = pace(p);
    if (p.eatKind(close)) {
      const span = p.span(open.offset);
      if (node && !node.pace && !node.effort) {
        node.pace = expr;
        keepWritten(p, from, node);
      } else if (node?.pace?.kind === 'named' && expr.kind === 'explicit') {
        // "11 minutes @ threshold (3:58/km)": the coach's own figure; this athlete's pace is used.
        p.asides.push({ text: `${p.text.slice(open.offset + 1, span.end - 1).trim()} in the text`, span });
      } else p.explanations.push({ kind: 'pace', pace: expr, explains: node?.pace, span });
      return true;
    }
    // "400 (mile pace to get the legs warmed up & a feel for the pace)": the pace, then words for the athlete.
    // Only words may follow: "(Half Marathon + 10/sec/mile)" goes on with an offset the pace would drop.
    if (node && !node.pace && !node.effort && expr.kind === 'named' && p.isKind(0, 'word')) {
      node.pace = expr;
      aside(p, open.offset, close);
      return true;
    }
    if (node && !node.pace && !node.effort && expr.kind === 'named' && !p.isKind(0, 'eof')) unfinished = p.peek();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  // Kept as a note, the bracket would leave the part unpaced where its coach gave a pace.
  if (unfinished) p.fail(unfinished, 'the pace in these brackets goes on in a way runcast does not read', "write it as a pace such as '(half marathon pace + 10 sec/mile)'");
  p.reset(save);
  return false;
}

/** "(R1)", "(L2)": the bracket holds a letter glued to its number, a plan's own code for a pace. */
function isPlanCode(p: Cursor, close: TokenKind): boolean {
  const [letter, n] = [p.peek(), p.peek(1)];
  return letter.kind === 'word' && letter.value.length === 1 && n.kind === 'number' && !n.spaced && /^\d+$/.test(n.value) && p.isKind(2, close);
}

/**
 * A plan's own pace code runcast does not know: after a part already said to be easy ("30 min de rodaje suave (R1)")
 * it names the easy running it is, kept as a note; where it is the only pace reps have ("6 x 400m (R4)") it is refused.
 */
function planCode(p: Cursor, open: Token, close: TokenKind, node: IntervalNode | undefined): boolean {
  const letter = p.peek();
  if (node && !node.pace && !node.effort && node.role !== 'easy') {
    p.fail(letter, `unknown pace '${letter.raw}${p.peek(1).raw}'`, "a plan's own pace names are declared with the plan (paces:), or write the pace such as '@ 5K' or '@ 4:30/km'");
  }
  aside(p, open.offset, close);
  return true;
}

/**
 * "(last 10 minutes at race pace)", "(two at the turn)": a figure placed at a point of the
 * session, which neither restates it nor is a note to drop. Stops the reading at the bracket.
 */
function placesFigure(p: Cursor, open: Token): void {
  const inside: Token[] = [];
  for (let k = p.i; k < p.tokens.length && p.tokens[k]!.kind !== 'rparen' && p.tokens[k]!.kind !== 'rbracket'; k++) inside.push(p.tokens[k]!);
  if (inside.some((t) => t.kind === 'number') && inside.some((t) => t.kind === 'word' && FIGURE_PLACES.has(t.value))) {
    p.fail(open, 'the words in these brackets place a figure in the session', "write that part as a part of its own, such as '15 min easy, 10 min @ 10K'");
  }
}

/** Everything up to the matching bracket, kept as a note for the athlete. */
function aside(p: Cursor, from: number, close: TokenKind): void {
  let depth = 0;
  for (;;) {
    const t = p.peek();
    if (t.kind === 'eof') p.unexpected(t, `'${close === 'rparen' ? ')' : ']'}' to close the bracket`);
    p.next();
    if (t.kind === 'lparen' || t.kind === 'lbracket') depth++;
    else if (t.kind === 'rparen' || t.kind === 'rbracket') {
      if (depth === 0) break;
      depth--;
    }
  }
  const span = p.span(from);
  const text = p.text.slice(span.start + 1, span.end - 1).replace(/\s+/g, ' ').trim();
  // "30´ Cam (LE)", "10´ Corrida (MO)": a short code alone in brackets names an effort from the page's legend, not
  // a note for the athlete; run at a guessed pace it would be a wrong workout, so it is refused where it stands.
  if (EFFORT_CODE.test(text) && !(READ_WORDS.has(text.toLowerCase()) && !GLUE.has(text.toLowerCase()))) {
    p.failAt(span, `'${text}' in brackets reads as a code for an effort that runcast does not know`, "write the effort or pace it stands for, such as '(easy)' or '@ 10K'");
  }
  if (text) p.asides.push({ text, span });
}

/** A code of two or three capitals ("LE", "MO", "AT"; "Z2" is a zone, read before): how a legend names its efforts. A small word in capitals ("AT") is a code too. */
const EFFORT_CODE = /^[A-Z]{2,3}$/;

/**
 * "25 minute run (last 10 minutes at race pace)": parts placed inside the run, run there, the rest
 * of the run easy. Anything else in the bracket is left to the readings below.
 */
function placedParts(p: Cursor, open: Token, close: TokenKind, node: IntervalNode | undefined): boolean {
  const save = p.mark();
  try {
    const seq = sequence(p);
    if (p.isKind(0, close) && placedInside(node, seq)) {
      p.next();
      const last = seq.items[seq.items.length - 1] as IntervalNode;
      const placement = seq.items.length === 1 && last.placement === 'start' ? 'start' : last.placement === 'end' ? 'end' : 'middle';
      node!.within = { items: seq.items, joins: seq.joins, placement, span: p.span(open.offset) };
      if (!node!.roleWritten) node!.role = 'easy';
      return true;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.reset(save);
  return false;
}

/** A bracket after one run (not reps) with no pace of its own that holds parts placed in it ("last 10 minutes at race pace"), each with a pace. */
function placedInside(node: IntervalNode | undefined, seq: SequenceNode): boolean {
  if (!node || node.within || node.pace || node.effort || seq.items.length === 0) return false;
  const paced = (it: IntervalNode) => it.pace !== undefined || it.effort !== undefined;
  const placed = seq.items.filter((it): it is IntervalNode => it.kind === 'interval' && it.placement !== undefined);
  // "first 2 miles easy, last 2 miles at marathon pace": an easy part may say only that it is easy.
  return placed.length === seq.items.length && placed.some(paced) && placed.every((it) => paced(it) || (it.roleWritten && it.role === 'easy'));
}

/**
 * "-Run 1,600 meters (7 min)", "-Run 400 meters (90s hard)", "1600m Run (4 laps of track)": a bracket
 * after one rep given by its distance that holds one length and nothing else of its own. A time is
 * the time to run the rep in, as a clock in brackets is ("800m (3:00)"); an effort with it is kept
 * for the athlete; the same distance again restates the rep.
 */
function repOwnLength(p: Cursor, close: TokenKind, node: IntervalNode | undefined): boolean {
  if (!node || node.within || node.pace || node.quantity.kind !== 'distance') return false;
  const save = p.mark();
  try {
    const seq = sequence(p);
    const only = seq.items.length === 1 && seq.items[0]!.kind === 'interval' ? seq.items[0] : undefined;
    if (p.isKind(0, close) && only && !only.pace && !only.within && p.ignored.length === save.ignored && ownLength(node, only, p.text)) {
      p.next();
      return true;
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  p.reset(save);
  return false;
}

/** What a bracket's one length says of the rep before it, applied; false when it says something else. */
function ownLength(node: IntervalNode, only: IntervalNode, text: string): boolean {
  const [q, rep] = [only.quantity, node.quantity];
  if (rep.kind !== 'distance') return false;
  if (q.kind === 'distance') return !only.effort && Math.abs(q.low - rep.low) <= 0.03 * rep.low;
  if (q.kind !== 'time' || q.low !== q.high) return false;
  // "For time:\n-Run 1,600 meters (7 min)": a rep already raced keeps its effort; the time is the coach's guide.
  if (node.effort) {
    node.remarks.push(`in ${text.slice(q.span.start, q.span.end)}`);
    return true;
  }
  node.pace = { kind: 'split', seconds: q.low, span: q.span };
  if (only.effort) node.remarks.push(only.effort);
  return true;
}
