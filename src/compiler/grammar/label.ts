/**
 * Session labels: the kind of run a published plan names before or after the
 * session ("General aerobic 8 miles", "10 miles Long Run", "Interval Session:
 * 2 x 3km …"). Known labels come from the dialect table; words before a ":" or
 * a spaced dash that name no label are kept as the title, with a warning.
 */
import { CROSS_TRAINING_WORDS } from '../dialect/markers.js';
import { onlyLength } from './title-line.js';
import { COUNT_NOUNS } from '../dialect/categories.js';
import type { Ignored, SessionLabel, Span } from '../ast.js';
import { LABELS, PREFIXES, type Label, type LabelPace } from '../dialect/labels.js';
import { tokenize, type Token } from '../lexer.js';
import { normalise } from '../normalise/index.js';
import type { Cursor } from './cursor.js';
import { isUnitWord } from '../normalise/tokens.js';

interface Trie {
  next: Map<string, Trie>;
  label?: Label;
  prefix?: true;
}

/** Tokens match label phrases by their text: words as normalised, numbers by value, marks as written. */
const keyOf = (t: Token) => (t.kind === 'word' || t.kind === 'number' ? t.value : t.kind === 'plus' ? '+' : t.kind === 'dash' ? '-' : t.raw);

function phraseKeys(phrase: string): string[] {
  return normalise(tokenize(phrase).tokens)
    .filter((t) => t.kind !== 'eof')
    .map(keyOf);
}

const forwards: Trie = { next: new Map() };
const backwards: Trie = { next: new Map() };
function add(root: Trie, keys: string[], end: (n: Trie) => void) {
  let n = root;
  for (const k of keys) {
    let c = n.next.get(k);
    if (!c) n.next.set(k, (c = { next: new Map() }));
    n = c;
  }
  end(n);
}
for (const label of LABELS) {
  for (const phrase of label.phrases) {
    const keys = phraseKeys(phrase);
    add(forwards, keys, (n) => (n.label = label));
    add(backwards, [...keys].reverse(), (n) => (n.label = label));
  }
}
for (const phrase of PREFIXES) add(forwards, phraseKeys(phrase), (n) => (n.prefix = true));

/** Words that number a session within its plan: "Week 1", "Day 3", "Run 2:". */
const ORDINAL_NAMES = new Set(['week', 'wk', 'day', 'run', 'session', 'workout']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun']);
/** "Week 1", "Session III": a session's number, in figures or Roman numerals (not "x", which counts reps). */
const ordinal = (t: Token) => (t.kind === 'number' && /^\d+$/.test(t.value)) || (t.kind === 'word' && /^(i{1,3}|iv|vi{0,3}|ix)$/.test(t.value));
/** Daniels writes "L = lesser of …", "T = …". */
const LETTERS: Record<string, string> = { l: 'Long run', t: 'Tempo', e: 'Easy', m: 'Marathon-pace run', i: 'Intervals' };

function longest(root: Trie, tokens: Token[], from: number, step: 1 | -1): { n: Trie; end: number } | undefined {
  let n: Trie | undefined = root;
  let best: { n: Trie; end: number } | undefined;
  for (let k = from; k >= 0 && k < tokens.length && n; k += step) {
    n = n.next.get(keyOf(tokens[k]!));
    if (n && (n.label || n.prefix)) best = { n, end: k };
  }
  return best;
}

function fromTable(label: Label, span: Span): SessionLabel {
  return {
    title: label.title,
    known: true,
    ...(label.pace ? { pace: label.pace } : {}),
    ...(label.effort ? { effort: label.effort } : {}),
    ...(label.total ? { total: true } : {}),
    ...(label.progression ? { progression: true } : {}),
    ...(label.alone ? { alone: true } : {}),
    span,
  };
}

const endsLabel = (t: Token) => t.kind === 'colon' || t.kind === 'equals' || (t.kind === 'dash' && t.spaced);
const spanOf = (a: Token, b: Token): Span => ({ start: a.offset, end: b.offset + b.length });

/**
 * The label at the start of the session, with any "Workout:" or weekday before it.
 * Returns the label and moves past it; the ignored words are reported through `ignore`.
 */
export function leadingLabel(p: Cursor, ignore: (span: Span, why: Ignored['why']) => void): SessionLabel | undefined {
  const tokens = p.tokens;
  let k = p.i;
  while (tokens[k]?.kind === 'dash') k++; // "- Rest 5-7 minutes": a bullet
  let found: SessionLabel | undefined;
  for (let guard = 0; guard < 3; guard++) {
    const t = tokens[k];
    if (!t) break;
    const placed = whereItStands(tokens, k, ignore);
    if (placed !== undefined) {
      k = placed;
      continue;
    }
    if (t.kind === 'word' && LETTERS[t.value] && tokens[k + 1]?.kind === 'equals') {
      const label = LABELS.find((l) => l.title === LETTERS[t.value]);
      if (label) found = fromTable(label, spanOf(t, t));
      k += 2;
      continue;
    }
    const either = eitherLabel(p, k);
    if (either) {
      found = either.label;
      k = either.end + 1;
      if (tokens[k] && endsLabel(tokens[k]!)) k++;
      continue;
    }
    const m = longest(forwards, tokens, k, 1);
    const after = m ? tokens[m.end + 1] : undefined;
    if (m?.n.label?.beforeRun && !(after && (after.kind === 'number' || after.kind === 'clock' || endsLabel(after)))) break;
    // A label stands before the session's first number or bracket, a colon or a spaced dash.
    const commaLength = !!m?.n.label && commaBeforeLength(tokens, m.end + 1);
    if (m && after && (after.kind === 'number' || after.kind === 'clock' || endsLabel(after) || after.kind === 'newline' || after.kind === 'eof' || after.kind === 'word' || after.kind === 'lparen' || commaLength)) {
      if (m.n.label && (!found || !m.n.prefix)) found = fromTable(m.n.label, spanOf(t, tokens[m.end]!));
      else if (!m.n.label && after.kind === 'number' && tokens[m.end + 2] && endsLabel(tokens[m.end + 2]!)) {
        // "Session 1:", "Workout 3 -".
        k = m.end + 3;
        continue;
      } else if (!m.n.label && !endsLabel(after)) break;
      k = m.end + 1 + (commaLength ? 1 : 0);
      // "Easy run of 5 miles", "Long run of 2 hours": the label's length after "of".
      if (m.n.label && tokens[k]?.kind === 'word' && tokens[k]!.value === 'of' && (tokens[k + 1]?.kind === 'number' || tokens[k + 1]?.kind === 'clock')) k++;
      // "Track Workout #1:", "Session 2 -": the label's number.
      if (tokens[k]?.kind === 'number' && tokens[k + 1] && endsLabel(tokens[k + 1]!)) k++;
      if (tokens[k] && endsLabel(tokens[k]!)) k++;
      continue;
    }
    break;
  }
  // Words runcast does not know, then ":" or " - ": the coach's own name for the session.
  if (!found) {
    const own = ownName(p, k);
    if (own) {
      found = own.label;
      ignore(found.span, 'label');
      k = own.next;
    }
  }
  // "General aerobic + speed\n8 miles w/ 10x100m strides": the label on a line of its own.
  if (k > p.i) while (tokens[k]?.kind === 'newline') k++;
  p.i = k;
  return found;
}

/**
 * A weekday ("Monday:", "Wed- 4 mile jog") or a numbered name ("Week 3:", "Day 2 -", "Run 1: a brisk 5-minute walk")
 * at `k`, where the session stands, not what it is: the index after it, reported through `ignore`, or nothing.
 */
function whereItStands(tokens: readonly Token[], k: number, ignore: (span: Span, why: Ignored['why']) => void): number | undefined {
  const t = tokens[k]!;
  if (t.kind === 'word' && WEEKDAYS.has(t.value)) {
    ignore(spanOf(t, t), 'day');
    // "Monday:", "Friday – 1 hour easy run", "Wed- 4 mile jog".
    return tokens[k + 1]?.kind === 'colon' || tokens[k + 1]?.kind === 'dash' ? k + 2 : k + 1;
  }
  // "Week 1 Run for 1 min, …", "Week 3: Run 5 minutes, …", "Day 2 -", "Run 1: a brisk 5-minute walk, …".
  const numbered = tokens[k + 1];
  if (!(t.kind === 'word' && ORDINAL_NAMES.has(t.value) && numbered && ordinal(numbered) && (t.value !== 'run' || endsLabel(tokens[k + 2] ?? numbered)))) return undefined;
  const after = tokens[k + 2];
  // "Session II, Workout Time: 20 min": a comma closes the number as a colon does.
  // "Week 3. Alternate …": so does a full stop.
  // "Week 1\n…", "Day #1 (Run for 5 minutes, …)": so do a line's end and a bracket, after a name that is no run.
  const closes = (a: Token) => endsLabel(a) || a.kind === 'comma' || a.kind === 'stop' || (t.value !== 'run' && (a.kind === 'newline' || a.kind === 'lparen'));
  // "Session 2 30-40 minutes easy", "Week 1 10 x 500m": a second figure straight after the number starts the session.
  const figure = t.value !== 'run' && after?.kind === 'number' && after.spaced;
  if (!(after && (closes(after) || figure || (after.kind === 'word' && !isUnitWord(after) && after.value !== 'x')))) return undefined;
  ignore(spanOf(t, numbered), 'day');
  return closes(after) && after.kind !== 'lparen' ? k + 3 : k + 2;
}

/**
 * "Long Run, 13km": after a known label, a comma before a length that says nothing more of itself ("Easy run, 3 miles
 * steady" is two runs, each with its own pace).
 */
function commaBeforeLength(tokens: readonly Token[], comma: number): boolean {
  const j = comma + 1;
  const end = tokens[j]?.kind === 'clock' ? j + 1 : tokens[j]?.kind === 'number' && isUnitWord(tokens[j + 1]) ? j + 2 : -1;
  return tokens[comma]?.kind === 'comma' && end > 0 && ['eof', 'newline', 'stop'].includes(tokens[end]?.kind ?? 'eof');
}

/** Paces from the slowest: of two labels the run may go by, the easier is the one it is read at. */
const EASIER: readonly LabelPace[] = ['recovery', 'E', 'M', 'T', 'I', 'R'];

/**
 * "Easy/Steady 6.5-8.5km": two known labels parted by a slash, before the run, leave the pace to
 * the athlete. The run is read at the easier of the two (never harder than the coach allows), said
 * in the notes; the title keeps both. Only labels that name a pace: "Rest/Strength" is no run.
 */
function eitherLabel(p: Cursor, k: number): { label: SessionLabel; end: number } | undefined {
  const tokens = p.tokens;
  const first = longest(forwards, tokens, k, 1);
  if (!first?.n.label?.pace || tokens[first.end + 1]?.kind !== 'slash') return undefined;
  const second = longest(forwards, tokens, first.end + 2, 1);
  const after = second ? tokens[second.end + 1] : undefined;
  if (!second?.n.label?.pace || !(after?.kind === 'number' || after?.kind === 'clock' || (after && endsLabel(after)))) return undefined;
  const [a, b] = [first.n.label, second.n.label];
  const easier = EASIER.indexOf(b.pace!) < EASIER.indexOf(a.pace!) ? b : a;
  const span = spanOf(tokens[k]!, tokens[second.end]!);
  const title = `${a.title}/${b.title}`;
  p.readings.push(`'${p.text.slice(span.start, span.end)}': either, read as ${easier.title.toLowerCase()}, the easier`);
  return { label: { ...fromTable(easier, span), title }, end: second.end };
}

/**
 * "Workout: In and Out 800’s. 4×800 …", "Hill Blast - …": up to six words or
 * numbers runcast does not know, then ":" or " - " (or a sentence of
 * capitalised words), are the coach's own name for the session. Returns the
 * label and the index of the token after its mark.
 */
function ownName(p: Cursor, k: number): { label: SessionLabel; next: number } | undefined {
  const tokens = p.tokens;
  let j = k;
  while (j < tokens.length && j - k < 6 && (tokens[j]!.kind === 'word' || tokens[j]!.kind === 'number')) j++;
  const end = tokens[j];
  const words = tokens.slice(k, j);
  const named =
    words[0]?.kind === 'word' &&
    !words.some((t) => t.kind === 'word' && (isUnitWord(t) || t.value === 'or' || t.value === 'x')) &&
    !(words.some((t) => t.kind === 'number') && words.some((t) => t.kind === 'word' && COUNT_NOUNS.has(t.value))) &&
    !(words.length === 1 && STRUCTURE_WORDS.has(words[0]!.value)) &&
    // "Cross-training: 30 minutes", "Bike – 30 minutes": another sport and how long, no name over a run.
    !(CROSS_TRAINING_WORDS.has(words[0]!.value) && onlyLength(tokens, j + 1));
  // "Workout: In and Out 800’s. 4×800 …": a sentence of capitalised words that runs nothing is a name.
  const titled = end?.kind === 'stop' && k > p.i && words.filter((t) => t.kind === 'word' && /^[A-Z]/.test(t.raw)).length >= 2;
  if (!(j > k && end && (endsLabel(end) || titled) && named && (end.kind !== 'dash' || tokens[j + 1]?.spaced))) return undefined;
  const span = spanOf(tokens[k]!, tokens[j - 1]!);
  // "In and Out 800’s": the name as written, to the mark that ends it.
  const title = p.text.slice(span.start, end.offset).trim();
  return { label: { title, known: false, span: { start: span.start, end: span.start + title.length } }, next: j + 1 };
}

/**
 * A label after the session's last part ("10 miles Long Run", "3 miles Shakeout Run"):
 * removed from the tokens the grammar reads, and returned.
 */
export function trailingLabel(p: Cursor): SessionLabel | undefined {
  const tokens = p.tokens;
  let last = tokens.length - 2; // before eof
  while (last >= p.i && tokens[last]!.kind === 'stop') last--;
  const m = longest(backwards, tokens, last, -1);
  if (!m?.n.label || m.end <= p.i) return undefined;
  // "10 miles Long Run", "30 tempo": the label follows the session's only length, nothing else.
  const body = tokens.slice(p.i, m.end);
  const plain =
    body.length >= 1 &&
    body.length <= 4 &&
    (body[0]!.kind === 'number' || body[0]!.kind === 'clock') &&
    body.slice(1).every((t) => t.kind === 'number' || t.kind === 'dash' || isUnitWord(t));
  if (!plain) return undefined;
  const label = fromTable(m.n.label, spanOf(tokens[m.end]!, tokens[last]!));
  // "3 miles - Fartlek": the spaced dash between the length and its label goes with the label.
  const from = tokens[m.end - 1]!.kind === 'dash' && tokens[m.end]!.spaced && m.end - 1 > p.i ? m.end - 1 : m.end;
  p.tokens.splice(from, last - from + 1);
  return label;
}

/** Words that start a part of a session, never a name: "Warmup: 1-2 miles easy." */
const STRUCTURE_WORDS = new Set(['warmup', 'cooldown', 'recovery', 'rest', 'jog', 'walk', 'run', 'race', 'repeat']);

