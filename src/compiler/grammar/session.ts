/**
 * A session: its label, alternatives joined by "or", each a sequence of items
 * joined by separators (", + ; then", line breaks, full stops), and two runs
 * in one day ("… a.m., … p.m.").
 */
import { NORMS } from '../dialect/norms.js';
import type { IntervalNode, Item, Join, RecoveryNode, RepeatNode, SequenceNode, SessionLabel, SessionNode, Span, Within } from '../ast.js';
import type { Token } from '../lexer.js';
import { Cursor, JOIN_KINDS, RECOVERY_MODES, Stop } from './cursor.js';
import { CUES, PRONOUNS, RECOVERY_OPENERS, ROUTINE, categoryOf } from '../dialect/categories.js';
import { partAfterSlash } from './ahead.js';
import { paceOrEffort } from './pace.js';
import { item } from './item.js';
import { leadingLabel, trailingLabel } from './label.js';
import { titleLine } from './title-line.js';
import { PLACE_WORDS, SESSION_ENDINGS, TOTAL_NOUNS } from '../dialect/structure.js';
import { TIME_UNITS } from '../vocabulary.js';
import { CROSS_TRAINING_WORDS, SECOND_SESSION_JOINS, STRENGTH_FOCUS, STRENGTH_SESSION_NOUNS, STRENGTH_SESSION_WORDS } from '../dialect/markers.js';
import { LABELS } from '../dialect/labels.js';
import { partsPhraseEnd } from '../normalise/whole-of-parts.js';
import { applyRecovery, recoveryPhrase } from './recovery.js';
import { repeatSuffix } from './repeat.js';
import { GLUE, isProse } from './prose.js';
import { quantity } from './quantity.js';
import { settleStructure } from './structure.js';
import { repsBetweenRests } from './run-list.js';
import { slashRuns } from './slash-runs.js';
import { isUnitWord } from '../normalise/tokens.js';
import { fixedSeconds, leading, openingRecoveryRun, plausibleParts, repOf, settleRecoveries, warmupFirst } from './settle.js';

export function session(p: Cursor): SessionNode {
  const read = titledSession(p);
  // A workout text writes every step it runs (normalise/workout-text.ts).
  if (!p.tokens.some((t) => t.asWritten)) return read;
  return { ...read, alternatives: read.alternatives.map((a) => ({ ...a, asWritten: true })) };
}

function titledSession(p: Cursor): SessionNode {
  const title = titleLine(p);
  if (!title) return plainSession(p);
  const mark = p.mark();
  const tokens = [...p.tokens];
  const back = () => (p.reset(mark), p.tokens.splice(0, p.tokens.length, ...tokens));
  // "Triple 7’s\n5:00 Warm Up …": a line written as a title is the title, before it is read as a part.
  if (title.strong) {
    try {
      return plainSession(p, titled(p, title.end));
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      back();
      return plainSession(p);
    }
  }
  try {
    return plainSession(p);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    // "Easy Run or Off Day\n4-5 miles easy pace or\nOff Day": the first line names the session; the lines below are it.
    back();
    try {
      return plainSession(p, titled(p, title.end));
    } catch (again) {
      if (!(again instanceof Stop)) throw again;
      throw e;
    }
  }
}

function plainSession(p: Cursor, titledAs?: SessionLabel): SessionNode {
  // "AM Run - 1 hr. PM Run - 50 min easy.": each run after its mark, with its own label.
  const marked = !titledAs && p.isWord(0, 'am') ? twoRuns(p) : undefined;
  if (marked) return runsOf(p, marked, undefined, 0);
  const leading = titledAs ?? leadingLabel(p, (span, why) => p.ignore(span, why));
  // "Easy Run\n25:00 Recovery Run": the kind the line itself names says how it goes; the title stays.
  const own = titledAs ? trailingLabel(p) : undefined;
  const label = own && titledAs ? { ...own, title: titledAs.title } : (leading ?? trailingLabel(p));
  p.label = label;
  const runs = twoRuns(p);
  // "Medium-long run 15 miles a.m. Recovery 4 miles p.m.": a later run may name its own kind.
  if (runs) return runsOf(p, runs, label, 1);
  const s = alternatives(p, label);
  return { ...s, ...(label ? { label } : {}), ignored: p.ignored, asides: p.asides, readings: p.readings };
}

/** The title line as the session's label, known where it opens with one of runcast's labels; the cursor after it. */
function titled(p: Cursor, end: number): SessionLabel {
  const first = p.tokens[p.i]!;
  const last = p.tokens[end - 1]!;
  const span = { start: first.offset, end: last.offset + last.length };
  const sub = new Cursor([...p.tokens.slice(p.i, end), { ...last, kind: 'eof', value: '', raw: '', offset: span.end, length: 0 }], p.text);
  const known = leadingLabel(sub, () => undefined);
  const whole = known && sub.peek().kind === 'eof';
  if (!whole) p.ignore(span, 'label');
  p.i = end;
  while (p.isKind(0, 'newline')) p.next();
  // "Triple 7’s": the title as written, to its line's end.
  const lineEnd = p.text.indexOf('\n', span.start);
  return { ...(known ?? {}), title: p.text.slice(span.start, lineEnd < 0 ? span.end : Math.max(span.end, lineEnd)).trim(), known: !!whole, span };
}

/** The runs of a day of two, each read on its own; runs from `ownFrom` on may carry their own label. */
function runsOf(p: Cursor, runs: Token[][], label: SessionLabel | undefined, ownFrom: number): SessionNode {
  const parts = runs.map((tokens, k) => {
    const sub = new Cursor(tokens, p.text);
    // "jog + strength": a run the session's label did not name may name its own kind.
    // "Strength + 5K Recovery Run": or name it after its length.
    const own = k >= ownFrom || !label ? (leadingLabel(sub, (span, why) => sub.ignore(span, why)) ?? trailingLabel(sub)) : undefined;
    const runLabel = own ?? label;
    sub.label = runLabel;
    const s = alternatives(sub, runLabel);
    return { ...s, ...(runLabel ? { label: runLabel } : {}), ignored: [...p.ignored, ...sub.ignored], asides: sub.asides, readings: sub.readings };
  });
  return { ...parts[0]!, runs: parts };
}

function alternatives(p: Cursor, label: SessionLabel | undefined): Pick<SessionNode, 'alternatives' | 'optional' | 'explanations'> {
  const alts: SequenceNode[] = [];
  let optional = false;
  const total = statedTotal(p);
  const after = total ? undefined : trailingTotal(p);
  const open = total || after ? undefined : (openEasyRun(p, label) ?? openWalk(p));
  alts.push(open ?? (total ? inside(total.run, sequence(p), total.line, total.whole) : after ? inside(after, sequence(p), true) : wholeOrParts(p, label)));
  while (p.eatWord('or')) {
    if (p.isWord(0, 'off', 'rest') && (p.isKind(1, 'eof') || p.isWord(1, 'or') || p.isWord(1, 'day'))) {
      const t = p.next();
      p.eatWord('day');
      optional = true;
      alts.push({ items: [{ kind: 'other', sport: 'rest', label: t.value === 'off' ? 'OFF' : 'Rest', span: p.span(t.offset) }], joins: [], span: p.span(t.offset) });
      continue;
    }
    const besideRest = alts.every((a) => a.items.length === 1 && a.items[0]!.kind === 'other' && a.items[0]!.sport === 'rest');
    alts.push(openWalk(p, besideRest) ?? sequence(p));
  }
  const t = p.peek();
  if (t.kind !== 'eof') p.unexpected(t, "'+', ',', 'or' or the end of the session");
  return { alternatives: sharedEnds(alts).map(loneWalk), optional, explanations: p.explanations };
}

/** "Rest or walk 30 minutes": a walk that is the whole of a choice recovers from nothing; it is a walk of its own. */
function loneWalk(seq: SequenceNode): SequenceNode {
  const [only] = seq.items;
  if (seq.items.length !== 1 || only?.kind !== 'recovery' || only.recovery.mode !== 'walk') return seq;
  const amount = only.recovery.amount;
  const quantity: IntervalNode['quantity'] = amount?.kind === 'quantity' ? amount.quantity : { kind: 'open', span: only.span };
  return { ...seq, items: [{ kind: 'interval', quantity, role: 'walk', roleWritten: true, remarks: [], span: only.span }] };
}

/**
 * The session read under its label: with the label's total ("Long run 16 miles, 8 @ MP"), or, where the text already
 * gave its whole as its parts ("Long Run: 14 miles as 10 miles easy, 4 miles at MP", normalise/whole-of-parts.ts),
 * those parts one after another: the whole is not read twice.
 */
function wholeOrParts(p: Cursor, label: SessionLabel | undefined): SequenceNode {
  const seq = bracketInside(p, sequence(p));
  return p.tokens.some((t) => t.asWritten) ? seq : withTotal(seq, label);
}

/**
 * "1 mi warmup, 3 miles @ T or 20 minutes @ T, 1 mi cooldown": the choice is of the middle part; the warm-up written
 * before it and the cool-down after it are every alternative's, not the first's and the last's alone.
 */
function sharedEnds(alts: SequenceNode[]): SequenceNode[] {
  if (alts.length < 2) return alts;
  const [first, last] = [alts[0]!, alts[alts.length - 1]!];
  // Only where the first alternative has no cool-down and the last no warm-up: two whole sessions keep their own.
  if (first.items.some(isCooldown) || last.items.some(isWarmup)) return alts;
  const warmup = isWarmup(first.items[0]!) && first.items.length > 1 ? first.items[0]! : undefined;
  const cooldown = isCooldown(last.items[last.items.length - 1]!) && last.items.length > 1 ? last.items[last.items.length - 1]! : undefined;
  if (!warmup && !cooldown) return alts;
  return alts.map((alt, k) => {
    const running = alt.items.some((it) => it.kind === 'interval' || it.kind === 'repeat');
    if (!running) return alt;
    const items = [...alt.items];
    const joins = [...alt.joins];
    if (warmup && k > 0 && !isWarmup(items[0]!)) items.unshift(warmup), joins.unshift(',');
    if (cooldown && k < alts.length - 1 && !isCooldown(items[items.length - 1]!)) items.push(cooldown), joins.push(',');
    return { ...alt, items, joins };
  });
}

/**
 * "Easy run", "jog", "Recovery run (or rest)": an easy kind of run named and nothing more (a label that may stand
 * `alone`) is run as long as the athlete likes, at its pace. A long or harder kind named alone still asks for its length.
 */
function openEasyRun(p: Cursor, label: SessionLabel | undefined): SequenceNode | undefined {
  if (!label?.alone || !(p.isKind(0, 'eof') || p.isWord(0, 'or'))) return undefined;
  // "Recovery or Cross Train, 30mins": a length after the choice may be the run's too.
  if (p.tokens.slice(p.i).some((t) => t.kind === 'number' || t.kind === 'clock')) return undefined;
  return openRun(label.span, 'easy');
}

/** A run as long as the athlete likes, in the role the text named. */
function openRun(span: Span, role: 'easy' | 'walk'): SequenceNode {
  return { items: [{ kind: 'interval', quantity: { kind: 'open', span }, role, roleWritten: true, remarks: [], span }], joins: [], span };
}

/**
 * "Walk", "Walk or rest", "Rest or walk": a walk named alone, or as the choice beside a day off, is a walk as
 * long as the athlete likes — no run, and no pace.
 */
function openWalk(p: Cursor, besideRest = false): SequenceNode | undefined {
  // "Rest or easy walk", "Descanso o caminata ligera": beside a day off, how easy the walk is says nothing a watch
  // times. Beside a run ("kevyt juoksu/reipas kävely") the walk shares the run's length, which an open walk would lose.
  const before = besideRest && p.isWord(0, 'easy') && p.isWord(1, 'walk') ? 1 : 0;
  const after = besideRest && before === 0 && p.isWord(1, 'easy') ? 1 : 0;
  const end = 1 + before + after;
  const stop = p.isKind(end, 'stop') && p.isKind(end + 1, 'eof') ? 1 : 0;
  // Only beside a day off: in "Walk or cycle 45 minutes" the length may be the walk's too, and the sport unknown.
  if (!p.isWord(before, 'walk') || !(p.isKind(end + stop, 'eof') || (p.isWord(end, 'or') && p.isWord(end + 1, 'off', 'rest')))) return undefined;
  const start = p.peek().offset;
  for (let k = 0; k < end + stop; k++) p.next();
  return openRun(p.span(start), 'walk');
}

/**
 * "45 minute easy run plus strength training", "5 miles easy + core", "3 mile run + yoga": a strength or
 * cross-training session named after the run, and nothing after it, is the day's second session, not a run of its own.
 */
function strengthAfter(tokens: Token[], easyLabel: boolean): Token[][] | undefined {
  const eof = tokens[tokens.length - 1]!;
  let k = tokens.length - 2;
  while (k >= 0 && tokens[k]!.kind === 'stop') k--;
  const end = k;
  // "5 km run + bike 20 min", "5 mi easy + swim 2000m": the other sport's own time or distance after its words.
  if (isUnitWord(tokens[k]) && tokens[k - 1]?.kind === 'number') k -= 2;
  while (k >= 0 && tokens[k]!.kind === 'word' && STRENGTH_SESSION_NOUNS.has(tokens[k]!.value)) k--;
  const named = k;
  // "weights/circuit": one session named by two of its words; "hip strengthening": what it works, before it.
  const sport = (j: number) => tokens[j]?.kind === 'word' && SPORT_WORDS.has(tokens[j]!.value);
  const focus = (j: number): boolean => tokens[j]?.kind === 'word' && STRENGTH_FOCUS.has(tokens[j]!.value) && (sport(j + 1) || focus(j + 1));
  while (k >= 0 && (sport(k) || focus(k) || (tokens[k]!.kind === 'slash' && sport(k - 1) && sport(k + 1)))) k--;
  const join = tokens[k];
  // "Easy run strength", "Easy run plus strength training": the run may be the easy kind its label, read already, named.
  if (easyLabel && k === -1 && named >= 0) return [[{ ...eof, offset: tokens[0]!.offset, length: 0 }], tokens.slice(0)];
  // "2 miles easy; weights/circuit": a semicolon or a comma before it ends the run as "+" does; so does the end of a
  // sentence or line ("40 minutes easy running. Core.", "5 recovery miles\n20 minute kettle bell workout").
  const joins = join !== undefined && (SESSION_PARTINGS.has(join.kind) || (join.kind === 'word' && SECOND_SESSION_JOINS.has(join.value)));
  if (k === named || k < (easyLabel ? 0 : 1) || !join || !joins) return undefined;
  const run = tokens.slice(0, k);
  // "Easy run + strength", "jog + strength": or the words before the join may only name it.
  if (!run.some((t) => t.kind === 'number' || t.kind === 'clock') && !(easyLabel && run.length === 0) && !easyNamed(run)) return undefined;
  return [[...run, { ...eof, offset: join.offset, length: 0 }], [...tokens.slice(k + 1, end + 1), eof]];
}

/** What a bracket after another sport may hold: what it works or how long ("(arms + core)", "(10 min)"). */
const BRACKETED: ReadonlySet<Token['kind']> = new Set(['word', 'plus', 'comma', 'number']);

/** What parts a strength or cross-training session named after a run from it. */
const SESSION_PARTINGS: ReadonlySet<Token['kind']> = new Set(['plus', 'semicolon', 'comma', 'stop', 'newline']);

/** The words of a session that is not a run: strength and cross-training. */
const SPORT_WORDS: ReadonlySet<string> = new Set([...STRENGTH_SESSION_WORDS, ...CROSS_TRAINING_WORDS]);

/**
 * "Strength Training (arms + core) + 5K Recovery Run", "Yoga + 5 mile run": a strength or cross-training session
 * named first, joined to a run with its length, is the day's first session; the run is the second.
 */
function otherSportBefore(tokens: Token[]): Token[][] | undefined {
  let k = 0;
  while (tokens[k]?.kind === 'word' && SPORT_WORDS.has(tokens[k]!.value)) k++;
  if (k === 0) return undefined;
  while (tokens[k]?.kind === 'word' && STRENGTH_SESSION_NOUNS.has(tokens[k]!.value)) k++;
  // "Bike 30 min + 3 miles": its own time.
  if (tokens[k]?.kind === 'number' && tokens[k + 1]?.kind === 'word' && TIME_UNITS[tokens[k + 1]!.value] !== undefined) k += 2;
  // "(arms + core)", "(10 min)": what the session works, or how long, in brackets.
  if (tokens[k]?.kind === 'lparen') {
    const close = tokens.findIndex((t, j) => j > k && t.kind === 'rparen');
    if (close < 0 || !tokens.slice(k + 1, close).every((t) => BRACKETED.has(t.kind))) return undefined;
    k = close + 1;
  }
  const join = tokens[k];
  if (!join || !(join.kind === 'plus' || (join.kind === 'word' && SECOND_SESSION_JOINS.has(join.value)))) return undefined;
  const run = tokens.slice(k + 1);
  if (!run.some((t) => t.kind === 'number' || t.kind === 'clock')) return undefined;
  return [[...tokens.slice(0, k), { ...join, kind: 'eof', value: '', raw: '', length: 0 }], run];
}

/** "Easy run", "jog", "Recovery run": words that name an easy kind of run and nothing more. */
function easyNamed(run: Token[]): boolean {
  const words = run.map((t) => (t.kind === 'word' ? t.value : '\u0000')).join(' ');
  return LABELS.some((l) => l.alone && l.phrases.includes(words));
}

/**
 * "… a.m., … p.m.": the tokens of each run, when the day holds two. The marks
 * close their run; what comes between is the next run's.
 */
function twoRuns(p: Cursor): Token[][] | undefined {
  const tokens = p.tokens.slice(p.i);
  // "3M/3M\nCore": the runs before another session may be a day's runs of their own.
  const strength = strengthAfter(tokens, p.label?.alone === true) ?? otherSportBefore(tokens);
  if (strength) return strength.flatMap((part) => slashRuns(part) ?? [part]);
  const slashed = slashRuns(tokens);
  if (slashed) return slashed;
  // "AM Run - 1 hr. PM Run - 50 min easy.": the marks open their runs.
  if (tokens[0]?.kind === 'word' && tokens[0].value === 'am') {
    // "AM: 4 mi easy / PM: 7-8 mi easy": a slash parts the runs as a separator does.
    // "AM 30 mins recovery (7:41) PM 30 mins recovery": or nothing parts them but the mark.
    const pm = tokens.findIndex((t, k) => k > 1 && t.kind === 'word' && t.value === 'pm');
    if (pm > 0) {
      const parted = JOIN_KINDS[tokens[pm - 1]!.kind] !== undefined || tokens[pm - 1]!.kind === 'slash';
      const eof = tokens[tokens.length - 1]!;
      const opening = (part: Token[]) => {
        // "Run -", "Run:" after the mark say nothing more.
        let k = 0;
        if (part[k]?.kind === 'word' && part[k]!.value === 'run' && (part[k + 1]?.kind === 'dash' || part[k + 1]?.kind === 'colon')) k += 2;
        else if (part[k]?.kind === 'dash' || part[k]?.kind === 'colon') k++;
        return part.slice(k);
      };
      const first = opening(tokens.slice(1, parted ? pm - 1 : pm));
      const second = opening(tokens.slice(pm + 1, -1));
      if (first.length > 0 && second.length > 0) return [[...first, { ...eof, offset: tokens[parted ? pm - 1 : pm]!.offset, length: 0 }], [...second, eof]];
    }
  }
  const marks = tokens.map((t, k) => (t.kind === 'word' && (t.value === 'am' || t.value === 'pm') ? k : -1)).filter((k) => k >= 0);
  if (marks.length < 2) return undefined;
  const eof = tokens[tokens.length - 1]!;
  const runs: Token[][] = [];
  let from = 0;
  for (const m of marks) {
    let part = tokens.slice(from, m);
    while (part.length && JOIN_KINDS[part[0]!.kind]) part = part.slice(1);
    if (part.length === 0) return undefined;
    runs.push([...part, { ...eof, offset: tokens[m]!.offset, length: 0 }]);
    from = m + 1;
  }
  const rest = tokens.slice(from, -1).filter((t) => !JOIN_KINDS[t.kind]);
  return rest.length === 0 ? runs : undefined;
}

/**
 * "6 mi total, 3 mi tempo", "Total 45 min: …", "40 min total – …": the day's
 * total stated first; what follows runs inside it, easy running around it.
 */
function statedTotal(p: Cursor): { run: IntervalNode; line: boolean; whole?: boolean } | undefined {
  const save = p.i;
  const start = p.peek().offset;
  const opens = p.eatWord('total') !== undefined;
  // "Total workout time 45 minutes": the words saying what is totalled.
  while (opens && (p.isWordIn(0, TOTAL_NOUNS) || p.isKind(0, 'colon'))) p.next();
  if (!p.isKind(0, 'number')) return void (p.i = save);
  let q;
  try {
    q = quantity(p, false);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return void (p.i = save);
  }
  const closes = !opens && p.eatWord('total') !== undefined;
  // "10 miles, consisting of: …": parts said to make the whole, which the resolver holds to it.
  if (!opens && !closes && (q.kind === 'distance' || q.kind === 'time') && partsPhrase(p)) {
    return { run: { kind: 'interval', quantity: q, role: 'easy', roleWritten: false, remarks: [], span: p.span(start) }, line: false, whole: true };
  }
  // "Total workout 55 minutes" on a line of its own above the session's lines: the length of what follows.
  const line = opens && p.isKind(0, 'newline');
  if ((q.kind !== 'distance' && q.kind !== 'time') || !(opens || closes) || !(line || p.eatKind('comma') || p.eatKind('colon') || p.eatKind('dash') || (closes && p.eatWord('with')))) return void (p.i = save);
  if (line) while (p.eatKind('newline'));
  // "19 miles total, with the first 15 at an easy pace …": the parts after it.
  if (closes && p.isKind(-1, 'comma') && (p.isWord(1, 'the') || p.isKind(1, 'number') || p.isKind(1, 'clock') || p.isWord(1, ...PLACE_WORDS.keys()))) p.eatWord('with');
  return { run: { kind: 'interval', quantity: q, role: 'easy', roleWritten: false, remarks: [], span: p.span(start) }, line };
}

/** "consisting of", "made up of" (after a comma or "run", before a colon or not), read past. */
function partsPhrase(p: Cursor): boolean {
  const save = p.i;
  p.eatKind('comma');
  p.eatWord('run');
  const end = partsPhraseEnd(p.tokens, p.i);
  if (end === undefined) {
    p.i = save;
    return false;
  }
  p.i = end;
  p.eatKind('colon');
  return true;
}

/**
 * "14km tempo (10km @ tempo)": a run, and in brackets what runs inside it. One part shorter than
 * the run is its work, with easy running around it; parts that fill it are the run itself.
 * Parts that say nothing of how they are run stay an explanation to check.
 */
function bracketInside(p: Cursor, seq: SequenceNode): SequenceNode {
  const run = seq.items.length === 1 && seq.items[0]!.kind === 'interval' ? seq.items[0] : undefined;
  if (!run || run.within || !(run.role === 'work' || run.role === 'easy') || (run.quantity.kind !== 'distance' && run.quantity.kind !== 'time')) return seq;
  const at = p.explanations.findIndex((e) => e.kind === 'sequence' && e.span.start >= run.span.start && e.span.end <= run.span.end);
  const parts = at >= 0 ? p.explanations[at]!.sequence!.items : [];
  const told = (it: Item) => it.kind === 'interval' && it.quantity.kind === run.quantity.kind && (it.pace !== undefined || it.effort !== undefined || it.roleWritten);
  if (parts.length === 0 || !parts.every(told)) return seq;
  const low = (q: IntervalNode['quantity']) => (q.kind === 'distance' || q.kind === 'time' ? q.low : 0);
  const whole = low(run.quantity);
  const sum = parts.reduce((a, it) => a + low((it as IntervalNode).quantity), 0);
  const fills = parts.length > 1 && Math.abs(sum - whole) <= 0.1 * whole;
  const works = parts.length === 1 && sum < 0.98 * whole && isWork(parts[0]!);
  if (!fills && !works) return seq;
  const e = p.explanations.splice(at, 1)[0]!;
  const within = { items: parts, joins: e.sequence!.joins, placement: fills ? ('whole' as const) : ('middle' as const), span: e.span };
  const outer: IntervalNode = { ...run, pace: undefined, effort: undefined, role: 'easy', roleWritten: true, within };
  return { ...seq, items: [outer] };
}

const TOTAL_OPENS: ReadonlySet<string> = new Set(['comma', 'stop', 'dash', 'newline', 'semicolon', 'lparen']);

/**
 * "6 x 400m w/ 200m jog, total 30 min", "5 x 1 km w/ 2 min jog (10 km total)", "… Repeat 3x (Total exercise
 * time – 21min)": the day's total written after the session, at its very end. It is taken off the tokens and
 * read as a total written first; where the work fills it, it only restates the work (resolve/within.ts).
 * After alternatives it is refused: a total at the end of "A or B" could belong to either.
 */
function trailingTotal(p: Cursor): IntervalNode | undefined {
  const toks = p.tokens;
  const bracket = toks[toks.length - 2]?.kind === 'rparen';
  const end = toks.length - (bracket ? 2 : 1);
  for (let from = end - 2; from > p.i + 1 && from >= end - 8; from--) {
    const sep = toks[from - 1]!;
    if (!TOTAL_OPENS.has(sep.kind) || bracket !== (sep.kind === 'lparen')) continue;
    const q = totalFigure(p, from, end);
    if (!q) continue;
    if (toks.some((t, k) => k >= p.i && k < from && t.kind === 'word' && t.value === 'or')) {
      // At the figure: a word there would be set aside as filler and the figure read as one more run.
      p.fail(toks.slice(from).find((t) => t.kind === 'number' || t.kind === 'clock')!, 'a total after alternatives could belong to either', "write it before the session, such as 'total 30 min: 6 x 400m or 4 x 800m'");
    }
    const last = toks[end - 1]!;
    toks.splice(from - 1, end + (bracket ? 1 : 0) - (from - 1));
    return { kind: 'interval', quantity: q, role: 'easy', roleWritten: false, remarks: [], span: { start: toks[from - 1]?.offset ?? sep.offset, end: last.offset + last.length } };
  }
  return undefined;
}

/** The figure of "total [time] 30 min" or "30 min [in] total" between `from` and `end`, a distance or a time. */
function totalFigure(p: Cursor, from: number, end: number): IntervalNode['quantity'] | undefined {
  const toks = p.tokens;
  const word = (k: number, ...vs: string[]) => toks[k]?.kind === 'word' && vs.includes(toks[k]!.value);
  let a = from;
  let b = end;
  if (word(a, 'total')) {
    a++;
    while (a < b && ((toks[a]!.kind === 'word' && TOTAL_NOUNS.has(toks[a]!.value)) || toks[a]!.kind === 'colon' || toks[a]!.kind === 'dash')) a++;
  } else if (word(b - 1, 'total')) {
    b--;
    if (word(b - 1, 'in')) b--;
  } else return undefined;
  if (a >= b || (toks[a]!.kind !== 'number' && toks[a]!.kind !== 'clock')) return undefined;
  const eof = toks[toks.length - 1]!;
  const sub = new Cursor([...toks.slice(a, b), { ...eof, offset: toks[b - 1]!.offset + toks[b - 1]!.length }], p.text, p.bare);
  try {
    const q = quantity(sub, false);
    return sub.peek().kind === 'eof' && (q.kind === 'distance' || q.kind === 'time') ? q : undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return undefined;
  }
}

/**
 * The parts after a stated total, inside it: the easy running is what the total leaves. A total on
 * a line of its own, like one written after the session, only restates work that fills it.
 */
function inside(total: IntervalNode, seq: SequenceNode, restates = false, whole = false): SequenceNode {
  const placement = whole ? 'whole' : placementOf(seq.items);
  // A total written after the session stands after it in the text.
  const span = { start: Math.min(total.span.start, seq.span.start), end: Math.max(total.span.end, seq.span.end) };
  return { items: [{ ...total, within: { ...seq, placement, ...(restates ? { restates: true } : {}) }, span }], joins: [], span };
}

/**
 * Where the parts sit in the run around them: after the easy running when the last is written "last …",
 * before it when the first is written "first …", else in its middle. The resolver reads parts that fill
 * the run as the run itself.
 */
export function placementOf(items: Item[]): Within['placement'] {
  const [first, last] = [items[0], items[items.length - 1]];
  if (first?.kind === 'interval' && first.placement === 'start') return 'start';
  return last?.kind === 'interval' && last.placement === 'end' ? 'end' : 'middle';
}

/**
 * "Lactate threshold 10 miles, 40 min tempo run", "Progression long run 14 miles,
 * last 3 miles @ LT": after a label that names the day's total, the parts
 * after the run's length run inside it.
 */
function withTotal(seq: SequenceNode, label: SessionLabel | undefined): SequenceNode {
  const [first, ...rest] = seq.items;
  // "8k-10k tune-up race, 10 miles": a race, then the day's total around it.
  const total = rest[0];
  if (first?.kind === 'interval' && first.role === 'race' && rest.length === 1 && total?.kind === 'interval' && isPlainRun(total) && seq.joins[0] === ',') {
    return {
      items: [{ ...total, role: 'easy', roleWritten: true, within: { items: [first], joins: [], placement: 'middle', span: first.span }, span: seq.span }],
      joins: [],
      span: seq.span,
    };
  }
  const framed = framedTotal(seq);
  if (framed) return framed;
  // "40 min run – last 15 at HM", "60 min easy, last 10 @ T": a part placed in the run is inside it.
  const placed = rest.length > 0 && rest.every((i) => i.kind === 'interval' && i.placement !== undefined);
  // A part placed in it ("40 min run @ E, last 10 min @ HM") is inside the run whatever the run's own pace.
  const run = first?.kind === 'interval' && (isPlainRun(first) || (placed && isPacedRun(first)));
  if ((!label?.total && !placed) || !run || rest.length === 0) return seq;
  if (!seq.joins.every((j) => j === ',' || j === '.' || j === 'then' || j === 'and')) return seq;
  if (!rest.some(isWork) || !fitsInside(first, rest)) return seq;
  const last = rest[rest.length - 1]!;
  const whole: IntervalNode = {
    ...first,
    within: { items: rest, joins: seq.joins.slice(1), placement: placementOf(rest), span: { start: rest[0]!.span.start, end: last.span.end } },
    span: seq.span,
  };
  return { items: [whole], joins: [], span: seq.span };
}

/**
 * "Long Run: 4 mi easy, 6 mi @ T", "Long run: 20 min easy, 3 x 10 min @ T": parts as long as the run or longer, in
 * its own unit, cannot run inside it; they follow it. Parts in another unit, or with no length, are left to the run's
 * own check.
 */
function fitsInside(run: IntervalNode, parts: Item[]): boolean {
  const q = run.quantity;
  if (q.kind !== 'distance' && q.kind !== 'time') return true;
  // Parts that fill it to the metre ("16 miles: first 12 easy, last 4 @ M") are the run itself.
  return parts.reduce((a, it) => a + lengthIn(it, q.kind), 0) <= q.low * (1 + FILL_SLACK);
}

/** How far parts may run past the run they are in and still fill it (a rounding of miles and kilometres). */
const FILL_SLACK = 0.01;

/** How long a part runs in `kind` (its reps' lengths times their count); 0 for a part of another unit. */
function lengthIn(it: Item, kind: 'distance' | 'time'): number {
  if (it.kind === 'interval') return it.quantity.kind === kind ? it.quantity.low : 0;
  if (it.kind === 'repeat') return it.count.low * it.body.reduce((a, b) => a + lengthIn(b, kind), 0);
  return 0;
}

/**
 * "Tuesday-3 Miles, .5 w/u, 3×800 with 400 recovery, .5 c/d": a plain length written first, then a whole session
 * from its warm-up to its cool-down (moved before the length when the warm-up was put first), is the day's total
 * and that session inside it.
 */
function framedTotal(seq: SequenceNode): SequenceNode | undefined {
  const at = seq.items.findIndex((it) => it.kind === 'interval' && isPlainRun(it));
  const total = seq.items[at];
  if (at < 0 || at > 1 || total?.kind !== 'interval' || seq.items.some((it) => it.span.start < total.span.start)) return undefined;
  const parts = seq.items.filter((it) => it !== total);
  if (parts.length < 3 || !isWarmup(parts[0]!) || !isCooldown(parts[parts.length - 1]!) || !parts.some(isWork)) return undefined;
  const span = { start: parts[0]!.span.start, end: parts[parts.length - 1]!.span.end };
  const whole: IntervalNode = { ...total, role: 'easy', roleWritten: true, within: { items: parts, joins: parts.slice(1).map(() => ','), placement: 'whole', span }, span: seq.span };
  return { items: [whole], joins: [], span: seq.span };
}

const isWarmup = (it: Item) => it.kind === 'interval' && it.role === 'warmup';
const isCooldown = (it: Item) => it.kind === 'interval' && it.role === 'cooldown';

const isPlainRun = (iv: IntervalNode) => !iv.pace && !iv.effort && isPacedRun(iv);
const isPacedRun = (iv: IntervalNode) => !iv.within && (iv.role === 'work' || iv.role === 'easy') && (iv.quantity.kind === 'distance' || iv.quantity.kind === 'time');

function isWork(it: Item): boolean {
  if (it.kind === 'repeat' || it.kind === 'cutdown') return true;
  if (it.kind !== 'interval') return false;
  return it.pace !== undefined || it.effort !== undefined || ['strides', 'hill', 'race'].includes(it.role);
}

/** A sequence as it is read: its parts and the joins between them. */
interface Reading {
  items: Item[];
  joins: Join[];
}

const NEEDS_SETS = { message: 'a rest between sets needs sets before it', hint: "such as '2 x (4 x 200m @ Mile w/ 200m jog), 4 min between sets'" };

/**
 * "Finish w/ …", "finish with …", "finish off with …" between parts: the coach says how the session ends.
 * The phrase table has made those words a plain "then", so the coach's own words between the parts are read.
 */
function finishesWithLast(p: Cursor, r: Reading): boolean {
  const said = (from: number, to: number) => p.text.slice(from, to).toLowerCase().split(/[^\p{L}]+/u).some((w) => SESSION_ENDINGS.has(w));
  return r.items.slice(1).some((it, k) => said(r.items[k]!.span.end, it.span.start));
}

/**
 * `inner`: the work inside a run ("5 miles w/ 6x100m strides, …"), which ends at a
 * "+", ";", line break or full stop: what follows is the session's next part.
 */
export function sequence(p: Cursor, inner = false): SequenceNode {
  const start = p.peek().offset;
  const first = item(p);
  if (first.kind === 'recovery' && first.betweenSets) {
    throw new Stop({ offset: first.span.start, length: first.span.end - first.span.start, ...NEEDS_SETS });
  }
  const r: Reading = { items: [first], joins: [] };
  for (;;) {
    if (repeated(p, r) || filled(p, r)) continue;
    const before = p.i;
    const join = nextJoin(p, r, inner);
    if (join === undefined) break;
    // ", and 200m", "+ then", ". Then", "Then:": one join.
    while (p.eatWord('and', 'then') || (JOIN_KINDS[p.peek().kind] !== undefined && p.next()) || (p.isKind(0, 'colon') && p.peek(-1).kind === 'word' && p.peek(-1).value === 'then' && p.next()));
    if (repeated(p, r) || clauseOfLast(p, r, join, inner)) continue;
    if (p.atSequenceEnd()) p.unexpected(p.peek(), 'another part of the session after the separator');
    // ", NY", ", on grass", ". So if your 5k pace is 6:30/mile, this would be …": a part or a sentence of prose.
    if (proseAhead(p, join, r.items.some(hasPace))) continue;
    // The work inside a run ends where the session's cool-down (or warm-up) begins; parts of the run
    // that open with its warm-up ("6 mile tempo run with 1 mile warm up, …, and 1 mile cool down") keep theirs.
    if (inner && warmupOrCooldownAhead(p) && !isWarmup(r.items[0]!)) {
      p.i = before;
      break;
    }
    const it = item(p);
    if (it.kind === 'recovery' && it.betweenSets) {
      betweenSets(r, it);
      continue;
    }
    r.joins.push(join);
    r.items.push(it);
  }
  if (!inner) unbracket(r);
  settleStructure(p, r);
  const settled = repsBetweenRests(plausibleParts(p, settleRecoveries(p, { items: r.items, joins: r.joins, span: p.span(start) })));
  if (!inner && finishesWithLast(p, r)) settled.finishes = true;
  return inner ? settled : warmupFirst(openingRecoveryRun(settled));
}

/**
 * "(7 km + strides)", "(2 mi easy, 4 x 800m @ 5K, 2 mi easy)": a session written whole in brackets, with no count
 * after them, is the session; read as one round of a group, its runs would be reps, with no pace of their own.
 * Only where it names a run of its own (strides after a run, or an easy run, a warm-up or a cool-down):
 * "(1 km, 2 km, 1 km)" and "(30s hard, 30s easy)" stay reps.
 */
function unbracket(r: Reading): void {
  const only = r.items.length === 1 ? r.items[0] : undefined;
  if (only?.kind !== 'repeat' || !only.bracketed || only.body.length < 2 || only.recovery || only.recoveries || only.setRecovery) return;
  if (!only.body.some((it) => runOfItsOwn(it) || stridesPart(it))) return;
  r.items = only.body;
  r.joins = only.bracketed;
}

const stridesPart = (it: Item): boolean =>
  (it.kind === 'interval' && it.role === 'strides') || (it.kind === 'repeat' && it.body.length === 1 && stridesPart(it.body[0]!));

/** A run the coach names as one ("2 mi easy", "1 mile warm-up"), as long as a run is: no rep's easy half. */
function runOfItsOwn(it: Item): boolean {
  if (it.kind !== 'interval' || !it.roleWritten || !['easy', 'warmup', 'cooldown'].includes(it.role)) return false;
  const q = it.quantity;
  return (q.kind === 'distance' && q.low >= NORMS.run.meters.possible[0]) || (q.kind === 'time' && q.low >= NORMS.run.seconds.possible[0]);
}

/** "Run 2 minutes, walk 2 minutes. Repeat 6 times": everything before, that many times. */
function repeated(p: Cursor, r: Reading): boolean {
  const save = p.i;
  const count = repeatSuffix(p);
  if (!count) return false;
  if (!r.items.some((i) => i.kind === 'interval' || i.kind === 'repeat' || i.kind === 'cutdown')) {
    p.i = save;
    p.unexpected(p.peek(), 'a run or reps before the count that repeats them');
  }
  wrap(p, r, count, true);
  (r.items[r.items.length - 1] as RepeatNode).afterRounds = true;
  return true;
}

/** "15 mins warm up / 1 min @ 5k – 10k pace / 1 min steady / x 20": what the count repeats; the warm-up is run once. */
function wrap(p: Cursor, r: Reading, count: RepeatNode['count'], ownLine = false): void {
  // "Warm Up: … 5 min\nRun 3 min, Walk 2 min. Repeat 7 times": a line of two parts or more that the count closes
  // is what repeats, not the lines above it.
  const line = r.joins.lastIndexOf('\n') + 1;
  const lead = ownLine && line > 0 && r.items.length - line >= 2 ? Math.max(line, leading(r.items)) : leading(r.items);
  const body = r.items.slice(lead);
  r.items = [...r.items.slice(0, lead), { kind: 'repeat', count, body, sets: body.length > 1, span: p.span(body[0]!.span.start) } satisfies RepeatNode];
  r.joins = r.joins.slice(0, lead);
}

/**
 * "alternate 60 seconds of running and 90 seconds of walking, for a total of 20 minutes", "walk 2 min and jog 1 min
 * for 20 min", "…, repeat for 25 minutes": as many rounds as fill the time. Without "a total of", only where the
 * time holds two rounds of the parts at least: "jog 1 min for 20 min" alone is no round.
 */
function filled(p: Cursor, r: Reading): boolean {
  const save = p.i;
  p.eatKind('comma');
  const said = totalPhrase(p);
  const total = said ? quantity(p, false) : undefined;
  const parts = r.items.slice(leading(r.items));
  const round = parts.map(fixedSeconds).reduce((a, b) => a + b, 0);
  // "walk 2 min and jog 1 min for 20 min": six whole rounds, then the time left of the seventh (a 2-minute walk).
  const seconds = total?.kind === 'time' && round > 0 ? total.low : 0;
  const whole = Math.floor(seconds / round + 1e-9) || 0;
  if (!said || (!said.total && (whole < 2 || parts.length < 2))) {
    p.i = save;
    return false;
  }
  if (seconds === 0) p.failAt(p.span(said.from), "'for a total of' needs times before it and a time after it", "such as 'alternate 60 seconds of running and 90 seconds of walking, for a total of 20 minutes'");
  const rounds = Math.max(1, whole);
  wrap(p, r, { low: rounds, high: rounds, span: p.span(said.from) });
  (r.items[r.items.length - 1] as RepeatNode).filled = true;
  for (const it of restOfRound(parts, seconds - rounds * round)) {
    r.items.push(it);
    r.joins.push(',');
  }
  return true;
}

/** Less than this left of a round after the whole ones is not run: a watch step of a few seconds helps nobody. */
const LEAST_LEFT = 30;

/**
 * The parts of a last round cut short to the `left` seconds the whole rounds leave; none when too little is left,
 * or when a part cannot be cut ("2:30 run 2:30 walk" is one part of two steps): the whole rounds are run then.
 */
function restOfRound(parts: readonly Item[], left: number): Item[] {
  const out: Item[] = [];
  for (const it of parts) {
    if (left < LEAST_LEFT) break;
    const seconds = Math.min(left, fixedSeconds(it));
    const cut = timedAs(it, seconds);
    if (!cut) return [];
    out.push(cut);
    left -= seconds;
  }
  return out;
}

/** A part of one fixed time, run for `seconds` instead; undefined for any other part. */
function timedAs(it: Item, seconds: number): Item | undefined {
  const q = { kind: 'time' as const, low: seconds, high: seconds };
  if (it.kind === 'interval' && it.quantity.kind === 'time') return { ...it, quantity: { ...it.quantity, ...q } };
  if (it.kind === 'recovery' && it.recovery.amount?.kind === 'quantity') return { ...it, recovery: { ...it.recovery, amount: { ...it.recovery.amount, quantity: { ...it.recovery.amount.quantity, ...q } } } };
  return undefined;
}

/** "for a total of", "repeat for", "for" before a time: read past, with where it starts and whether it said "total". */
function totalPhrase(p: Cursor): { from: number; total: boolean } | undefined {
  const from = p.peek().offset;
  if (p.isWord(0, 'for') && p.isWord(1, 'a') && p.isWord(2, 'total') && p.isWord(3, 'of')) {
    p.next(), p.next(), p.next(), p.next();
    return { from, total: true };
  }
  const k = p.isWord(0, 'repeat') ? 1 : 0;
  if (!p.isWord(k, 'for') || !(p.isKind(k + 1, 'number') || p.isKind(k + 1, 'clock'))) return undefined;
  for (let j = 0; j <= k; j++) p.next();
  return { from, total: false };
}

/** The join to the next part, read past; undefined where the sequence ends. */
function nextJoin(p: Cursor, r: Reading, inner: boolean): Join | undefined {
  const t = p.peek();
  const join: Join | undefined = JOIN_KINDS[t.kind];
  if (inner && (join === '+' || join === ';' || join === '\n' || join === '.') && !(join === ';' && recoveryAfterJoin(p))) return undefined;
  if (join) {
    p.next();
    return join;
  }
  const last = r.items[r.items.length - 1]!;
  if (partAfterSlash(p)) {
    p.next();
    return ',';
  }
  if (p.isWord(0, 'walk', 'run') && (p.isKind(1, 'number') || p.isKind(1, 'clock')) && last.kind === 'interval') return ',';
  if (p.isWord(0, 'then', 'and')) return p.next().value as Join;
  if (t.kind === 'dash' && (t.spaced ? p.peek(1).spaced : p.isKind(1, 'number')) && !p.isKind(1, 'eof')) {
    // "Warm-up – 1600m-1200m-800m … – cool-down": a spaced dash between parts, a hyphen between the rungs of a ladder.
    p.next();
    return ',';
  }
  // "4×400 @Rep 4×800 @Interval", "1×1 mile @ interval 3 minutes recovery 2×800 …": parts written one after another.
  if ((t.kind === 'number' || t.kind === 'clock') && !inner && last.kind !== 'other') return ' ';
  return undefined;
}

/** What a join may bring that belongs to the part before it: words for the athlete, its effort, its recovery. */
function clauseOfLast(p: Cursor, r: Reading, join: Join, inner: boolean): boolean {
  const last = r.items[r.items.length - 1]!;
  // "7 miles fartlek, alternating 1- and 2-min bursts", "4 miles easy, with some fast strides": words for the athlete.
  if (last.kind === 'interval' && remarkAhead(p)) {
    const from = p.peek().offset;
    while (!p.isKind(0, 'eof') && !p.isKind(0, 'stop') && !p.isKind(0, 'newline') && !p.isKind(0, 'semicolon') && !p.isKind(0, 'plus') && !p.isKind(0, 'rparen')) p.next();
    last.remarks.push(p.text.slice(from, p.prevEnd).trim());
    return true;
  }
  // "30-45 minute park run, relaxed": how to run the part before it.
  if (join === ',' && last.kind === 'interval' && p.isWord(0, 'relaxed', 'comfortable', 'controlled', 'conversational') && p.atItemEndAt(1)) {
    last.remarks.push(p.next().value);
    return true;
  }
  // "4×200 meters on track, 90 percent effort": the effort of the reps before it.
  const lastRep = repOf(last);
  if (join === ',' && lastRep && !lastRep.pace && !lastRep.effort && p.isKind(0, 'number') && p.isKind(1, 'percent') && (p.atItemEndAt(2) || p.isWord(2, 'effort', 'of', 'max'))) {
    paceOrEffort(p, lastRep);
    return true;
  }
  // "6 x 400m @ 5K, w/ 400m jog": a recovery clause after a comma still belongs to the part before it.
  const easyRun = last.kind === 'interval' && last.role === 'easy';
  // "4 x 1/4 mile at 10K pace, 60 sec jog in between": the reps' own recovery, even where more reps follow.
  const between = join === ',' && last.kind === 'repeat' && !last.recovery && betweenClauseAhead(p);
  if (!((join === ',' || join === '.' || (join === ';' && inner)) && (p.atWith() || between || (startsRecoveryClause(p) && !easyRun && !p.peek().section)))) return false;
  const at = p.peek();
  p.eatWith();
  const rec = recoveryPhrase(p, p.prevEnd);
  if (last.kind === 'repeat') applyRecovery(last, rec);
  else if (last.kind === 'interval') {
    r.items[r.items.length - 1] = { kind: 'repeat', count: { low: 1, high: 1, span: last.span }, body: [last], sets: false, recovery: rec.expr, span: p.span(last.span.start) };
  } else p.fail(at, 'a recovery clause must follow reps', "such as '6 x 400m @ 5K w/ 400m jog'");
  return true;
}

/** "4 x 3.5 min @ 10k / 4 x 2.5 min @ 5k / 2 x 1.5 min @ 3k / … 3 minutes recovery between sets": between the blocks. */
function betweenSets(r: Reading, it: RecoveryNode): void {
  const { items, joins } = r;
  let last = items.length - 1;
  while (last >= 0 && items[last]!.kind === 'recovery' && (items[last] as { betweenReps?: boolean }).betweenReps) last--;
  let first = last;
  while (first > 0 && items[first - 1]!.kind === 'repeat') first--;
  if (last - first >= 1 && items.slice(first, last + 1).every((b) => b.kind === 'repeat' && b.count.high > 1)) {
    for (let b = last - 1; b >= first; b--) {
      items.splice(b + 1, 0, { kind: 'recovery', recovery: it.recovery, span: it.span });
      joins.splice(b, 0, ',');
    }
    return;
  }
  const prev = items[items.length - 1];
  if (prev?.kind !== 'repeat' || prev.count.high < 2) throw new Stop({ offset: it.span.start, length: it.span.end - it.span.start, ...NEEDS_SETS });
  prev.setRecovery = it.recovery;
}

function remarkAhead(p: Cursor): boolean {
  const figure = p.isWord(0, 'including') ? figureInClause(p) : undefined;
  if (figure) {
    // Pointed at the figure: the word before it is prose, and a refusal on prose would be set aside.
    p.fail(figure, "work inside a run after 'including' is not read", "write it as a part of its own, such as '20 mi, last 5 mi @ M'");
  }
  if (p.isWord(0, 'alternating', 'including')) return true;
  return p.atWith() && (p.isWord(1, 'some', 'several') || (p.isWord(1, 'a') && p.isWord(2, 'few')));
}

/**
 * A part that is only prose (", NY", ", on grass"), or a sentence that opens with
 * prose (". So if your 5k pace is 6:30/mile, …", ". I want 2 sets of 6×400."): read
 * past to the next part or sentence, and listed.
 */
const FIGURES = new Set(['number', 'clock', 'percent']);

function proseAhead(p: Cursor, join: Join, paced: boolean): boolean {
  const first = p.peek();
  if (first.kind !== 'word') return false;
  // "Easy 30-40 min + strides": strides with no count or length are for the athlete to judge, listed, not run.
  const bare = p.isWord(0, 'strides') ? 1 : p.isWord(0, 'some', 'few') && p.isWord(1, 'strides') ? 2 : p.isWord(0, 'a') && p.isWord(1, 'few') && p.isWord(2, 'strides') ? 3 : 0;
  if (bare > 0 && (JOIN_KINDS[p.peek(bare).kind] !== undefined || p.peek(bare).kind === 'eof')) {
    for (let j = 0; j < bare; j++) p.next();
    p.ignore({ start: first.offset, end: p.prevEnd }, 'prose');
    return true;
  }
  // "dynamic stretches, drills and strides", "jog and stretch": the warm-up's routine, which the watch does not time.
  let e = 0;
  while (p.peek(e).kind === 'word' && (ROUTINE.has(p.peek(e).value) || ['and', 'a', 'few', 'some'].includes(p.peek(e).value))) e++;
  const routineEnd = p.peek(e);
  if (e > 0 && (JOIN_KINDS[routineEnd.kind] !== undefined || routineEnd.kind === 'eof' || routineEnd.kind === 'rparen') && p.tokens.slice(p.i, p.i + e).some((t) => ROUTINE.has(t.value) && t.value !== 'jog' && t.value !== 'strides')) {
    const start = first.offset;
    for (let j = 0; j < e; j++) p.next();
    p.ignore({ start, end: p.prevEnd }, 'prose');
    return true;
  }
  if (p.isWord(1, 'jog', 'walk', 'recovery', 'rest')) return false;
  // "4x1200m at 10km race pace – focus on form in last 400m of every rep": a cue for the athlete, after any mark.
  const cue = CUES.has(first.value) && p.peek(1).kind === 'word';
  const opensSentence = cue || ((join === '.' || join === '\n') && (isProse(first.value) || (first.value === 'i' && p.peek(1).kind === 'word' && isProse(p.peek(1).value)) || (PRONOUNS.has(first.value))));
  let k = 0;
  let figure: Token | undefined;
  let target: Token | undefined;
  for (; ; k++) {
    const t = p.peek(k);
    if (t.kind === 'eof' || t.kind === 'rparen') break;
    if (opensSentence ? t.kind === 'stop' || t.kind === 'newline' : JOIN_KINDS[t.kind] !== undefined) break;
    if (!opensSentence && !(t.kind === 'word' && (isProse(t.value) || GLUE.has(t.value)))) return false;
    // Clocks are paces explained ("this would be completed at 6:20-6:25"), "5k pace" a pace's name; other numbers are lengths and counts.
    const named = p.isWord(k + 1, 'k', 'km', 'mile') && p.isWord(k + 2, 'pace', 'race');
    if ((t.kind === 'number' && !named) || t.kind === 'percent' || t.kind === 'x') figure ??= t;
    if (t.kind === 'word' && (t.value === 'pace' || categoryOf(t.value) === 'pace')) target ??= t;
  }
  // "I want 2 sets of 6×400": counts and lengths in a sentence would change the workout. A cue's
  // ("focus on form in last 400m of every rep") say how to run it.
  if (figure && !cue) p.fail(figure, 'a sentence with figures runcast does not read', 'write the reps as shorthand, such as 2 x (6 x 400m), or leave the sentence out');
  // "For the 8 min intervals, aim for your 10k pace": a pace for reps that have none is no aside.
  if (target && !paced) p.fail(target, 'a pace in a sentence runcast does not read', "write it after the reps, such as '5 x 8 min @ 10K'");
  if (!opensSentence && !isProse(first.value) && !(GLUE.has(first.value) && p.peek(1).kind === 'word' && isProse(p.peek(1).value))) return false;
  const start = first.offset;
  for (let j = 0; j < k; j++) p.next();
  p.ignore({ start, end: p.prevEnd }, 'prose');
  return true;
}

/** The next part is a warm-up or cool-down ("2 mi CD", "cool down 10 min"). */
export function warmupOrCooldownAhead(p: Cursor): boolean {
  for (let k = 0; k < 6; k++) {
    const t = p.peek(k);
    if (t.kind === 'word' && (t.value === 'cooldown' || t.value === 'warmup')) return true;
    if (t.kind === 'eof' || JOIN_KINDS[t.kind] || t.kind === 'lparen' || t.kind === 'at' || t.kind === 'x') return false;
  }
  return false;
}

/**
 * "…, rest 30-60 seconds between repeats, 90-120 seconds between sets", "Workout … . 400 meter jog
 * recovery.": a recovery clause standing after a repeat, without "w/".
 */
/** "w/ 5x800 m @ 5K race pace; jog 50 to 90% interval time between": after the ";", the reps' recovery, still inside the run. */
function recoveryAfterJoin(p: Cursor): boolean {
  const save = p.i;
  p.next();
  const recovery = startsRecoveryClause(p);
  p.i = save;
  return recovery;
}

/**
 * "60 sec jog in between", "2 min walk between": a length, how it is run, and "between" with
 * nothing after it, to the end of the part. Between the reps before it, never between blocks.
 */
function betweenClauseAhead(p: Cursor): boolean {
  if (!p.isKind(0, 'number') && !p.isKind(0, 'clock')) return false;
  let k = 1;
  let mode = false;
  while (!p.isKind(k, 'eof') && JOIN_KINDS[p.peek(k).kind] === undefined && k < 8) {
    if (p.isWordIn(k, RECOVERY_MODES)) mode = true;
    k++;
  }
  return mode && p.isWord(k - 1, 'between');
}

function startsRecoveryClause(p: Cursor): boolean {
  if (p.peek().kind === 'word' && RECOVERY_OPENERS.has(p.peek().value) && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) return true;
  if (p.isWord(0, 'take') && (p.isKind(1, 'number') || p.isKind(1, 'clock'))) return true;
  return false;
}

/** The first number or clock in the clause from the cursor on. */
function figureInClause(p: Cursor): Token | undefined {
  for (let k = 0; ; k++) {
    const t = p.peek(k);
    if (t.kind === 'eof' || t.kind === 'stop' || t.kind === 'newline' || t.kind === 'semicolon' || t.kind === 'plus') return undefined;
    if (FIGURES.has(t.kind)) return t;
  }
}

/** A part that has its pace or effort written. */
function hasPace(it: Item): boolean {
  if (it.kind === 'interval') return it.pace !== undefined || it.effort !== undefined;
  if (it.kind === 'repeat') return it.body.some(hasPace);
  return false;
}
