/**
 * Results logged after the session: "The Session: 8x400m with 200m float.\n\nTime Deek took: 400m
 * reps in 62-64sec and 200m floats in 40sec", "4 x 1 mile repeats … Mile splits: 6:18, 6:15, 6:17,
 * 6:19.", "three 2-mile repeats w/ 2-minute rests. … Average pace was then about 6:14." A sentence
 * or line that opens with words of a log (dialect/sentences.ts) and stands after a sentence with a
 * figure tells what was run: its times and lengths are kept in the notes, not read as targets; so does a
 * clause about the session after "and" or a comma ("… and it took 42 minutes"). An
 * opening that says what was planned ("Target splits:", "should take") stays as written, and so
 * does a log that opens the text, with no session before it. A time or pace written right beside a
 * run that opens a log's line ("Monday PM: 5 miles (8:01 pace)", "Ran 8 miles, 1:17:08, 9:38 pace")
 * is that run's result (see `results`).
 */
import {
  FELT_KINDS, FELT_VERBS, FIRST_PERSON, FIRST_PERSON_SINGULAR, LOG_COMPANY, RESULT_PHRASES, LOG_DAY_WORDS, LOG_PRONOUNS, LOG_SUBJECTS, LOG_VERBS, LOG_WORDS, LOGGED_EFFORT, PLAN_WORDS, RACE_DISTANCES, REPORT_PARTICLES, RESULT_HEDGES, RESULT_WORDS, STORY_VERBS, TAKE_VERBS,
} from '../dialect/sentences.js';
import { HOUR_MARKS, WEEKDAYS } from '../dialect/dates.js';
import { SPEED_NORM, fit } from '../dialect/norms.js';
import { RUNNING_NOUNS } from '../dialect/categories.js';
import { clockSeconds } from '../grammar/quantity.js';
import type { Token } from '../lexer.js';
import { DISTANCE_UNITS, TIME_UNITS } from '../vocabulary.js';
import { closeTo, lengthAt, statedPace } from './restated.js';
import { aside, isWord, phraseEnd, replacement, writtenText } from './tokens.js';
import { LABELS } from '../dialect/labels.js';
import { LOG_DAY_FIELDS } from '../dialect/logged-fields.js';
import { GLUE, isProse } from '../grammar/prose.js';
import { READ_WORDS } from '../dialect/known.js';

const ENDS = new Set(['stop', 'newline', 'eof']);
const FIGURES = new Set(['number', 'clock']);
/** How many words an opening may have before its first figure or colon. */
const OPENING = 6;

export function logged(given: Token[]): Token[] {
  const tokens = timesTaken(given);
  let out = tokens;
  let figured = false;
  for (let k = 0; k < out.length; k++) {
    const about = k > 0 && clauseAbout(out, k);
    if (k > 0 && !ENDS.has(out[k - 1]!.kind) && !about) continue;
    const end = figured ? loggedEnd(out, k, about) : undefined;
    if (end !== undefined) {
      if (out === tokens) out = tokens.slice();
      // "… and it took 42 minutes": the "and" goes with its clause, or it would join nothing.
      const from = about && out[k - 1]!.kind === 'word' ? k - 1 : k;
      for (let j = from; j <= end; j++) if (!ENDS.has(out[j]!.kind)) out[j] = { ...out[j]!, kind: 'prose' };
      k = end;
      continue;
    }
    for (let j = k; j < out.length && !ENDS.has(out[j]!.kind); j++) if (FIGURES.has(out[j]!.kind)) figured = true;
  }
  return results(out);
}

/** "I ran the 6 on the treadmill, with a time of 55:58": a time given as the run's result is a note, no recovery. */
function timesTaken(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    // The index of the clock after the phrase.
    const clock = phraseEnd(tokens, k, RESULT_PHRASES);
    if (clock === undefined || tokens[clock]?.kind !== 'clock') {
      out.push(tokens[k]!);
      continue;
    }
    out.push(aside(tokens[k]!, tokens[clock]!, `'${writtenText(tokens, k, clock)}' is the run's result, not a part of it`));
    k = clock;
  }
  return out;
}

/** "… @ 5K and it took 42 minutes", "…, which took 40 min": a clause at `k` about what came before it. */
const clauseAbout = (tokens: Token[], k: number) => (isWord(tokens[k - 1], ['and']) || tokens[k - 1]!.kind === 'comma') && isWord(tokens[k], LOG_SUBJECTS);

/** Where a sentence at `from` that opens as a log ends (a line ending in a colon runs on to the next), or undefined. */
function loggedEnd(tokens: Token[], from: number, about = false): number | undefined {
  let k = from;
  const words: string[] = [];
  while (k < tokens.length && tokens[k]!.kind === 'word' && words.length <= OPENING) words.push(tokens[k++]!.value);
  const opening = tokens[k];
  if (!opening || !(opening.kind === 'colon' || FIGURES.has(opening.kind) || ENDS.has(opening.kind) || opening.kind === 'comma' || opening.kind === 'dash')) return undefined;
  // "… and it should take 40 minutes": how long the whole session takes, planned or logged, is no part of it.
  const takes = about && words.some((w) => TAKE_VERBS.has(w));
  if (!takes && (!words.some((w) => LOG_WORDS.has(w)) || words.some((w) => PLAN_WORDS.has(w)))) return undefined;
  let end = ENDS.has(opening.kind) ? k - 1 : k;
  while (end + 1 < tokens.length && !ENDS.has(tokens[end + 1]!.kind)) end++;
  // "Splits:\n\n70.5, 71.0, …": the times stand on the line after their label.
  if (tokens[end]!.kind === 'colon' && tokens[end + 1]?.kind === 'newline') {
    end += 2;
    while (end + 1 < tokens.length && !ENDS.has(tokens[end + 1]!.kind)) end++;
  }
  return end;
}

const RECOVERIES = ['jog', 'walk', 'float', 'recovery'];

/**
 * "Recovery: 200m jog in 90\"", "100m jog in 40\" - 60\" after each rep": the time a recovery
 * given by its distance took, or may take, is how it went, not a part of its own; the distance is
 * the recovery and the time is kept in the notes.
 */
export function recoveryTimes(tokens: Token[]): Token[] {
  const out = tokens.slice();
  for (let k = 3; k < out.length; k++) {
    const [n, unit, way] = [out[k - 3]!, out[k - 2]!, out[k - 1]!];
    if (!isWord(out[k], ['in']) || n.kind !== 'number' || unit.kind !== 'word' || DISTANCE_UNITS[unit.value] === undefined || !isWord(way, RECOVERIES)) continue;
    let end = timeEnd(out, k + 1);
    if (end !== undefined && out[end + 1]?.kind === 'dash') end = timeEnd(out, end + 2) ?? end;
    if (end === undefined) continue;
    for (let j = k; j <= end; j++) out[j] = { ...out[j]!, kind: 'prose' };
  }
  return out;
}

/** The last token of a time at `k` ("90 sec", "1:30", a bare number of seconds where a dash ends a range before it). */
function timeEnd(tokens: Token[], k: number): number | undefined {
  const t = tokens[k];
  if (t?.kind === 'clock') return k;
  if (t?.kind !== 'number') return undefined;
  const unit = tokens[k + 1];
  if (unit?.kind === 'word' && TIME_UNITS[unit.value] !== undefined) return k + 1;
  return tokens[k - 1]?.kind === 'dash' ? k : undefined;
}

/** A run's length at the opening of a log's line, and what it was (a distance or a time). */
interface Run {
  start: number;
  end: number;
  metres?: number;
  seconds?: number;
}

/** A result written beside a run: its last token and how many figures it gives (a time, a pace). */
interface Result {
  end: number;
  figures: number;
}

/**
 * A run's result written beside its length in a log: "Monday PM: 5 miles (8:01 pace)", "Ran 8 miles,
 * 1:17:08, 9:38 pace", "M: 5mi in 36:26.", "Finished with 10K in just under 45 minutes", "Monday: 38
 * minute run. 3.45 miles at 11:01 pace.". The run opens its line (after a day heading or a report
 * verb); its time or pace is how it went, so it is set aside in the notes. Taken so only where the
 * run's own sentence or line reports (a verb of dialect/sentences.ts LOG_VERBS), the text is a
 * story told in the first person and the past tense, the distance is measured, or the result gives the run twice over (its time and its pace): "Monday: 5 miles (8:00
 * pace)" in a plan keeps its target, "5 miles (8:00 pace). It was windy." too, and "@" always marks
 * one. A run with nothing else on its line is read at the runner's own effort, not the easy pace a
 * plan's bare "5 miles" gets: the log says what was run, not how hard to run it.
 */
function results(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const toldBy = (people: ReadonlySet<string>) => tokens.some((t) => isWord(t, people)) && tokens.some((t) => isWord(t, STORY_VERBS));
  const told = toldBy(FIRST_PERSON) || dayFields(tokens);
  // A run with nothing beside it is taken as logged only in the runner's own story.
  const ownStory = toldBy(FIRST_PERSON_SINGULAR) || dayFields(tokens);
  let story: Set<string> | undefined;
  let stated: Run[] | undefined;
  let described = false;
  // "Tuesday: 2 miles (9:35), 4.07 miles (8:53)": the day's runs listed one after another, each with its result.
  let listed: { at: number; heading: boolean | undefined } | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const heading = k === listed?.at ? listed.heading : openingAt(tokens, k);
    const run = heading === undefined ? undefined : runAt(tokens, k);
    const result = run && resultAt(tokens, run);
    const alone = result ? undefined : (measuredOnDay(tokens, k, heading) ?? toldRun(tokens, k, heading, ownStory));
    if (alone) {
      story ??= storyKinds(tokens);
      out.push(...tokens.slice(k, alone.end + 1), ...measuredEffort(tokens, alone, story));
      k = alone.end;
      continue;
    }
    if (!run || !result || (result.figures < 2 && !told && !measuredOnWatch(tokens, run) && !reports(tokens, run.start, result.end))) {
      out.push(tokens[k]!);
      continue;
    }
    const bare = heading && [...ENDS, 'dot'].includes(tokens[result.end + 1]?.kind ?? 'eof');
    if (bare && result.figures > 1 && statedElsewhere((stated ??= statedRuns(tokens)), run)) {
      // "5K easy\n\n3.1 miles (5 km) | 28:38 | 9:14/mile": the log's line gives the run the text names.
      out.push(aside(tokens[run.start]!, tokens[result.end]!, `'${writtenText(tokens, run.start, result.end)}' logs the run the text names; it is no second one`));
      k = result.end;
      continue;
    }
    const [from, last] = [tokens[run.end + 1]!, tokens[result.end]!];
    const note = `'${writtenText(tokens, run.end + 1, result.end)}' is a result logged after the run, not a target`;
    story ??= storyKinds(tokens);
    const effort: Token[] = bare ? loggedEffort(story, from, last, note) : [];
    described ||= bare === true && story.size === 1;
    out.push(...tokens.slice(k, run.end + 1), ...effort, aside(from, last, effort.length ? undefined : note));
    k = result.end;
    listed = tokens[k + 1]?.kind === 'comma' ? { at: k + 2, heading } : undefined;
  }
  return described ? descriptions(out) : out;
}

/**
 * "3 miles / 30:00 / 10:00 pace\nEasy run on the treadmill after class.": a sentence with no figure
 * that names the kind of the run the log gave (its pace taken from it) describes that run; it is no
 * second one, and is set aside.
 */
function descriptions(tokens: Token[]): Token[] {
  const out = tokens.slice();
  let start = 0;
  for (let k = 0; k < out.length; k++) {
    if (!ENDS.has(out[k]!.kind) && !sentenceEnd(out, k)) continue;
    const sentence = out.slice(start, k);
    const names = sentence.some((t, j) => j > 0 && isWord(t, ['run']) && STORY_KINDS.has(`${sentence[j - 1]!.value} run`));
    if (names && !sentence.some((t) => FIGURES.has(t.kind))) for (let j = start; j < k; j++) out[j] = { ...out[j]!, kind: 'prose' };
    start = k + 1;
  }
  return out;
}

/** The runs a text names with no result beside them ("5K easy", "Easy 5 km."), found once for all its results. */
function statedRuns(t: Token[]): Run[] {
  const runs: Run[] = [];
  for (let k = 0; k < t.length; k++) {
    const run = runAt(t, k);
    if (run?.metres !== undefined && t[k - 1]?.kind !== 'lparen' && !resultAt(t, run)) runs.push(run);
  }
  return runs;
}

/** Whether another line names a run of the same length as `run`, with no result beside it. */
function statedElsewhere(stated: readonly Run[], run: Run): boolean {
  return stated.some((other) => other.start !== run.start && closeTo(other.metres!, run.metres!));
}

/** "Sleep: 5.5h 4/10", "Legs: 8/10": a line opening with a field only a runner's log keeps (read as written or already set aside). */
const dayFields = (t: Token[]) => t.some((w, k) => (k === 0 || t[k - 1]!.kind === 'newline') && LOG_DAY_FIELDS.has(w.value) && t[k + 1]?.value === ':');

/** Whether the sentence or line that holds `from`…`to` reports a run with one of LOG_VERBS. */
function reports(t: Token[], from: number, to: number): boolean {
  for (let k = from - 1; k >= 0 && !ENDS.has(t[k]!.kind) && !sentenceEnd(t, k); k--) if (isWord(t[k], LOG_VERBS)) return true;
  for (let k = to + 1; k < t.length && !ENDS.has(t[k]!.kind) && !sentenceEnd(t, k); k++) if (isWord(t[k], LOG_VERBS)) return true;
  return false;
}

/** The easy kinds of run a log's story names ("an easy treadmill recovery run"). */
function storyKinds(t: Token[]): Set<string> {
  const kinds = new Set<string>();
  for (let k = 1; k < t.length; k++) {
    // "Run felt easy": how it felt names its kind too.
    const felt = ['word', 'prose'].includes(t[k - 1]!.kind) && FELT_VERBS.has(t[k - 1]!.value) ? FELT_KINDS.get(t[k]!.value) : undefined;
    if (felt) kinds.add(felt);
    // Words a field line set aside still name the run ("Notes: Easy long run over hills").
    if (t[k]!.value !== 'run' || !['word', 'prose'].includes(t[k]!.kind)) continue;
    const kind = STORY_KINDS.get(`${t[k - 1]!.value} run`);
    if (['word', 'prose'].includes(t[k - 1]!.kind) && kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * How a bare logged run is read: at the easy kind of run its story names ("I started the week off
 * with an easy treadmill recovery run": recovery pace), else at the runner's own effort.
 */
function loggedEffort(kinds: Set<string>, from: Token, last: Token, note: string): Token[] {
  const [kind] = kinds;
  const why = kinds.size === 1 ? `the story names a ${kind === 'e' ? 'easy' : kind} run` : `the run is read ${LOGGED_EFFORT}`;
  const marked = ([first, ...rest]: Token[]) => [{ ...first!, note: `${note}: ${why}` }, ...rest];
  if (kinds.size === 1) return marked(replacement(`@ ${kind}`, from, last));
  return marked([{ ...aside(from, last), kind: 'word', value: LOGGED_EFFORT }]);
}

/** "easy run", "recovery run", "shakeout run": the easy kinds of run a log's story may name, and the pace each is run at. */
export const STORY_KINDS: ReadonlyMap<string, string> = new Map(
  LABELS.flatMap((l) => (l.pace === 'E' || l.pace === 'recovery' ? l.phrases.filter((ph) => /^\S+ run$/.test(ph)).map((ph) => [ph, l.pace === 'E' ? 'e' : 'recovery'] as const) : [])),
);

/**
 * "Fri – 5.4 miles", "December 8: 10.6 miles – 1,080’ gain": a distance a watch measured, alone on a line headed by its
 * day, is a run logged, with no target to run it at (a plan's cell names no day of its own). The run at `k`, if so.
 */
function measuredOnDay(t: Token[], k: number, heading: boolean | undefined): Run | undefined {
  const before = t[k - 1];
  // "December 8: 10.6 miles": a date heading the line, set aside before this pass.
  const dated = before?.kind === 'prose' && before.synthetic === true && (k === 1 || ENDS.has(t[k - 2]!.kind));
  if (!dated && !(heading === true && (before?.kind === 'colon' || before?.kind === 'dash'))) return undefined;
  const run = runAt(t, k);
  return run && measuredAlone(t, run) ? run : undefined;
}

/**
 * "Tuesday: 4 miles. My legs were a little sore …", "Ran 4 miles this morning.": a run with nothing said of how
 * hard, opening its line in a story told in the first person and the past tense, or in a sentence that reports
 * it, is a run logged — read at the runner's own effort, not at a plan's easy pace. The run at `k`, if so.
 */
function toldRun(t: Token[], k: number, heading: boolean | undefined, told: boolean): Run | undefined {
  if (heading === undefined) return undefined;
  const run = runAt(t, k);
  if (!run || run.metres === undefined || !wordsOnly(t, run) || !(told || reports(t, run.start, run.end))) return undefined;
  return run;
}

/** The logged run's effort, standing right after its length. */
function measuredEffort(t: Token[], run: Run, story: Set<string>): Token[] {
  const unit = t[run.end]!;
  const at: Token = { ...unit, offset: unit.offset + unit.length, length: 0, raw: '' };
  return loggedEffort(story, at, at, `'${writtenText(t, run.start, run.end)}' is a distance a watch measured: a run logged, not a target`);
}

/** A measured distance with nothing after it on its line but words: no pace, effort, count or other figure. */
function measuredAlone(t: Token[], run: Run): boolean {
  return measuredOnWatch(t, run) && run.metres !== undefined && wordsOnly(t, run);
}

/** Nothing after the run on its line but words of talk: no pace, effort, count or other figure. */
function wordsOnly(t: Token[], run: Run): boolean {
  for (let j = run.end + 1; j < t.length && !ENDS.has(t[j]!.kind); j++) {
    const x = t[j]!;
    // "So we ran a 3 mile trail run", "… on the treadmill because of the bitter cold": words runcast does not read
    // say where or why, not how hard; a word it reads ("easy", "tempo", "hills") may.
    const talk = x.kind === 'word' && (isProse(x.value) || GLUE.has(x.value) || LOG_COMPANY.has(x.value) || !READ_WORDS.has(x.value) || x.value === 'run');
    if (FIGURES.has(x.kind) || x.kind === 'at' || x.kind === 'x' || (x.kind === 'word' && !talk)) return false;
  }
  return true;
}

/**
 * "3.03 miles", "20.05 miles": a distance to the hundredth, not a quarter, is what a watch measured, not what a plan
 * asks; a race's distance so written ("3.11 miles", "13.1") is the plan's own.
 */
export const measured = (t: Token) => /^\d+\.\d[1-9]$/.test(t.value) && !/\.(25|75)$/.test(t.value) && !RACE_DISTANCES.has(t.value);

/**
 * "Fri – 5.4 miles": in miles, a tenth that is no half is a watch's reading too; in kilometres it is as often a plan's
 * miles converted ("9.7 km" is six miles), so only hundredths count there.
 */
function measuredOnWatch(t: Token[], run: Run): boolean {
  const figure = t[run.start]!;
  const unit = t[run.start + 1];
  const miles = unit?.kind === 'word' && DISTANCE_UNITS[unit.value] === DISTANCE_UNITS.mi;
  return measured(figure) || (miles && /^\d+\.[1-46-9]$/.test(figure.value) && !RACE_DISTANCES.has(figure.value));
}

/**
 * Whether a run may open at `k`: at a line's start, after a report verb ("Ran 8 miles", "Finished
 * with 10K"), or after a heading of up to three words and its colon or dash ("Monday PM:", "M:").
 * True when the heading names only a day (the run has no label of its own); undefined where no run opens.
 */
function openingAt(t: Token[], k: number): boolean | undefined {
  let p = k - 1;
  if (p < 0 || ENDS.has(t[p]!.kind) || sentenceEnd(t, p)) return true;
  if (isWord(t[p], REPORT_PARTICLES)) p--;
  // "So we ran a 3 mile loop": the article says one run of that length.
  if (isWord(t[p], ARTICLES) && isWord(t[p - 1], LOG_VERBS)) p--;
  if (p < 0) return undefined;
  if (isWord(t[p], LOG_VERBS)) return (isWord(t[p - 1], LOG_PRONOUNS) ? toldFrom(t, p - 1) : lineStart(t, p)) ? true : undefined;
  // "Monday 8 miles": a day alone before the run, with no mark between.
  if (isWord(t[p], WEEKDAYS) && lineStart(t, p)) return true;
  if (t[p]!.kind !== 'colon' && t[p]!.kind !== 'dash') return undefined;
  const words: string[] = [];
  for (p--; p >= 0 && !ENDS.has(t[p]!.kind); p--) {
    if (t[p]!.kind === 'word') words.push(t[p]!.value);
    else if (t[p]!.kind !== 'slash' && t[p]!.kind !== 'dot') return undefined;
    if (words.length > 3) return undefined;
  }
  return words.length > 0 && words.every((w) => WEEKDAYS.has(w) || HOUR_MARKS.has(w) || LOG_DAY_WORDS.has(w));
}

const lineStart = (t: Token[], k: number) => k === 0 || ENDS.has(t[k - 1]!.kind) || sentenceEnd(t, k - 1);

/**
 * "Then, I ran 9 miles", "Yesterday I ran 4 miles", "This morning we did 6": a few words of time or talk
 * before the runner's own pronoun still open the story's sentence. A figure or a mark there does not.
 */
function toldFrom(t: Token[], pronoun: number): boolean {
  let words = 0;
  for (let j = pronoun - 1; j >= 0 && !ENDS.has(t[j]!.kind) && !sentenceEnd(t, j); j--) {
    if (t[j]!.kind === 'comma') continue;
    if ((t[j]!.kind !== 'word' && t[j]!.kind !== 'prose') || ++words > LEAD_WORDS) return false;
  }
  return true;
}

/** At most this many words before "I ran" / "we did": more is a sentence of its own, not a lead-in. */
const LEAD_WORDS = 3;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** A full stop the lexer has not yet told from a decimal point: one a spaced word or figure follows ("tonight. 21.5 km"). */
const sentenceEnd = (t: Token[], k: number) => t[k]?.kind === 'dot' && t[k + 1]?.spaced === true;

/** The run's length at `k` ("5 miles", "10K", "38 minute run"), not a rep's ("4 x 800m"). */
function runAt(t: Token[], k: number): Run | undefined {
  const length = t[k]?.kind === 'number' ? lengthAt(t, k) : undefined;
  if (!length || t[length.end + 1]?.kind === 'x') return undefined;
  // "38 minute run", "3.5-mile run": the noun names the run.
  const end = isWord(t[length.end + 1], RUNNING_NOUNS) ? length.end + 1 : length.end;
  return { ...length, start: k, end };
}

/** The result written right after a run, if one stands there and the sentence ends with it. */
function resultAt(t: Token[], run: Run): Result | undefined {
  const j = run.end + 1;
  const result = isWord(t[j], ['in']) ? timeTaken(t, j + 1, run) : isWord(t[j], ['at']) ? paceAt(t, j + 1, run) : t[j]?.kind === 'stop' ? restating(t, j + 1, run) : figures(t, j, run);
  if (!result) return undefined;
  const next = t[result.end + 1]?.kind ?? 'eof';
  return ENDS.has(next) || ['dot', 'comma', 'plus'].includes(next) ? result : undefined;
}

/**
 * "(8:37 pace)", ", 1:17:08, 9:38 pace", " 33:34 (7:53 avg pace)", " / 49:00 / 9:43 pace", " (5 km) | 28:38 |
 * 9:14/mile (5:44/km)": the run's time and pace, each after a comma, slash or column bar or in brackets
 * (the same pace in another unit a third figure), and the run's length restated in brackets.
 */
function figures(t: Token[], k: number, run: Run): Result | undefined {
  if (run.metres === undefined) return undefined;
  let [j, count] = [restatedLength(t, k, run.metres) ?? k, 0];
  while (count < 3) {
    const paren = t[j]?.kind === 'lparen';
    const at = paren || SEPARATORS.has(t[j]?.kind ?? 'eof') ? j + 1 : j;
    const time = timeAt(t, at);
    if (!time || !runFigure(time.seconds, run.metres)) break;
    const end = wordsEnd(t, time.end + 1);
    if (paren && t[end]?.kind !== 'rparen') break;
    [j, count] = [paren ? end + 1 : end, count + 1];
  }
  return count > 0 ? { end: j - 1, figures: count } : undefined;
}

/** A time written at `k` as a clock ("1:05:00") or in hours and minutes ("1h05m", "1h 5m"), and its last token. */
function timeAt(t: Token[], k: number): { seconds: number; end: number } | undefined {
  if (t[k]?.kind === 'clock') return { seconds: clockSeconds(t[k]!.value), end: k };
  if (t[k]?.kind !== 'number' || t[k + 1]?.kind !== 'word' || TIME_UNITS[t[k + 1]!.value] !== 3600) return undefined;
  const hours = Number(t[k]!.value) * 3600;
  // "1h 27m", "1 hr 27 min": the minutes after the hours ("m" after hours is minutes, not metres).
  const unit = t[k + 3];
  const inMinutes = unit?.kind === 'word' && (TIME_UNITS[unit.value] === 60 || unit.value === 'm');
  const minutes = t[k + 2]?.kind === 'number' && inMinutes ? Number(t[k + 2]!.value) : undefined;
  return minutes === undefined ? { seconds: hours, end: k + 1 } : { seconds: hours + 60 * minutes, end: k + 3 };
}

/** The marks that part a logged run's figures ("5 miles, 49:00", "5 miles / 49:00", "3.1 miles | 28:38"). */
const SEPARATORS = new Set(['comma', 'slash', 'bar']);

/** "3.1 miles (5 km)": the run's length in the other unit, in brackets at `k`; the first token past it. */
function restatedLength(t: Token[], k: number, metres: number): number | undefined {
  const length = t[k]?.kind === 'lparen' && t[k + 1]?.kind === 'number' ? lengthAt(t, k + 1) : undefined;
  if (length?.metres === undefined || t[length.end + 1]?.kind !== 'rparen') return undefined;
  return closeTo(length.metres, metres) ? length.end + 2 : undefined;
}

/** Where the words a result carries after its figure ("avg pace", "/mi", "min/mile") end: the first token past them. */
function wordsEnd(t: Token[], k: number): number {
  let end = k;
  while (isWord(t[end], RESULT_WORDS) || (t[end]?.kind === 'slash' && isWord(t[end + 1], RESULT_WORDS))) end++;
  return end;
}

/** A figure that can be the run's time (at a runner's speed) or its pace (a minute and more, per mile or km). */
const runFigure = (seconds: number, metres: number) => fit(metres / seconds, SPEED_NORM) === 2 || (seconds >= 150 && seconds <= 1200);

/** "at 8:19 pace", "at 8:10/mi": the pace a distance was run at. */
function paceAt(t: Token[], k: number, run: Run): Result | undefined {
  if (run.metres === undefined || t[k]?.kind !== 'clock' || !runFigure(clockSeconds(t[k]!.value), run.metres)) return undefined;
  const end = wordsEnd(t, k + 1);
  return end > k + 1 ? { end: end - 1, figures: 1 } : undefined;
}

/** "in 36:26", "in just under 45 minutes", "in 1hr 27 (4.02's)": the time a distance took, at a runner's speed, and the pace after it. */
function timeTaken(t: Token[], k: number, run: Run): Result | undefined {
  if (run.metres === undefined) return undefined;
  let j = k;
  while (isWord(t[j], RESULT_HEDGES)) j++;
  const time = t[j]?.kind === 'clock' ? { seconds: clockSeconds(t[j]!.value), end: j } : lengthAt(t, j);
  if (time?.seconds === undefined) return undefined;
  let { seconds, end } = time;
  // "1hr 27": the minutes after the hours, with no unit of their own.
  if (TIME_UNITS[t[end]!.value] === 3600 && t[end + 1]?.kind === 'number' && Number(t[end + 1]!.value) < 60) seconds += 60 * Number(t[++end]!.value);
  if (fit(run.metres / seconds, SPEED_NORM) !== 2) return undefined;
  // "(4.02's)": the pace it gives, in brackets after it.
  const paren = t[end + 1]?.kind === 'lparen' && FIGURES.has(t[end + 2]?.kind ?? 'eof') ? wordsEnd(t, end + 3) : undefined;
  return { end: paren !== undefined && t[paren]?.kind === 'rparen' ? paren : end, figures: 1 };
}

/** "38 minute run. 3.45 miles at 11:01 pace": a sentence giving a timed run's distance at the pace that makes it that time. */
function restating(t: Token[], k: number, run: Run): Result | undefined {
  const distance = run.seconds !== undefined && t[k]?.kind === 'number' ? lengthAt(t, k) : undefined;
  const stated = distance?.metres !== undefined ? statedPace(t, distance.end + 1) : undefined;
  // The pace times the distance gives the time just stated: the same run, said again.
  const agrees = stated?.perKm.some((perKm) => closeTo((distance!.metres! / 1000) * perKm, run.seconds!));
  return agrees ? { end: stated!.end, figures: 2 } : undefined;
}
