/**
 * One session in intervals.icu's workout-text syntax: what its workout
 * builder reads into steps, and what it pushes on to Garmin Connect and the
 * other platforms an athlete's watch syncs with.
 *
 *     Warmup
 *     - Warm-up 15m 9:19-8:27/mi Pace
 *
 *     HM–10K 5x
 *     - HM–10K 400mtr 7:11-6:50/mi Pace
 *     - Jog 400mtr
 *
 *     - HM–10K 400mtr 7:11-6:50/mi Pace
 *
 *     Cooldown
 *     - Cool-down 10m 9:19-8:27/mi Pace
 *
 * Free text (the coach's words and notes) comes first, each line made safe
 * so it is never read as a step or a repeat; each step's words come before
 * its length as its cue; a repeat block stands between blank lines.
 */
import type { Step, Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { layout, lineBound, MAX_STEP_LINES, type Item } from './layout.js';
import { distanceText, durationText, heartRateText, isSpecWord, paceText, plainLine, plainWords } from './syntax.js';

/**
 * An open step ("jog down", "full recovery") ends when the athlete presses
 * lap; the syntax still wants a length, which intervals.icu uses only to
 * plan the day (time, load).
 */
export const OPEN_STEP_PLANNED_SECONDS = 120;

/** A strength or cross-training day compiled to one open step ("PT / Strength Focused Lift"): words, not a step to run. */
export function isWordsOnly(workout: Workout): boolean {
  const [only, ...rest] = workout.steps;
  return (
    workout.sport !== 'running' && rest.length === 0 && only?.type === 'step' && only.duration.kind === 'open' && only.target.kind === 'none'
  );
}

export function intervalsText(workout: Workout, units: Units): string {
  const errors = workout.asWritten ? [] : workout.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new WriterError(writerDiagnostic(`intervals: session "${workout.title}" has errors and cannot be written: ${errors[0]!.message}`));
  }
  const wordsOnly = isWordsOnly(workout);
  const bound = wordsOnly ? 0 : lineBound(workout.steps);
  if (bound > MAX_STEP_LINES) {
    throw new WriterError(
      writerDiagnostic(
        `intervals: session "${workout.title}" would be written as up to ${bound} steps (intervals.icu cannot nest repeats, so sets are written out); the limit is ${MAX_STEP_LINES}`,
        'split it into shorter sessions',
      ),
    );
  }
  const laid = wordsOnly ? { items: [], notes: [] } : layout(workout.steps);
  const blocks = [preamble(workout, laid.notes), ...sections(laid.items, workout, units)].filter((b) => b.length > 0);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}

function preamble(workout: Workout, layoutNotes: readonly string[]): string[] {
  const lines: string[] = [];
  if (workout.optional && !workout.notes.some((n) => /optional/i.test(n))) lines.push('Optional: this session may be skipped.');
  if (isWordsOnly(workout)) lines.push((workout.steps[0] as Step).label);
  if (workout.source.trim() && workout.source.trim() !== workout.title) lines.push(`Coach wrote: ${workout.source.trim()}`);
  if (workout.coachNotes?.trim()) lines.push(`Coach's notes: ${workout.coachNotes.trim()}`);
  const notes = [...new Set([...workout.notes, ...layoutNotes].filter((n) => n.trim()))];
  if (notes.length > 0) lines.push('Notes:', ...notes.map((n) => `• ${n}`));
  for (const alt of workout.alternatives) lines.push(`Or instead: ${alt.title}`);
  // Coach's text may run over several lines; each becomes a line of its own, made safe.
  return lines.flatMap((l) => l.split(/\r\n|\r|\n/)).map(plainLine).filter((l) => l.trim());
}

type SectionKind = 'warmup' | 'cooldown' | 'main';

const HEADERS: Record<SectionKind, string | undefined> = { warmup: 'Warmup', cooldown: 'Cooldown', main: undefined };

function sections(items: readonly Item[], workout: Workout, units: Units): string[][] {
  const out: string[][] = [];
  let current: { kind: SectionKind; set: string | undefined; lines: string[] } | undefined;
  const flush = () => {
    if (!current) return;
    const header = [current.set, HEADERS[current.kind]].filter(Boolean).join(' · ');
    out.push(header ? [plainLine(header), ...current.lines] : current.lines);
    current = undefined;
  };
  for (const item of items) {
    if (item.kind === 'block') {
      flush();
      const title = [item.set, blockTitle(item.steps)].filter(Boolean).join(' · ');
      out.push([`${plainLine(plainWords(title))} ${item.count}x`, ...item.steps.map((s) => stepLine(s, workout, units))]);
      continue;
    }
    const kind: SectionKind = item.step.intensity === 'warmup' ? 'warmup' : item.step.intensity === 'cooldown' ? 'cooldown' : 'main';
    if (!current || current.kind !== kind || current.set !== item.set) {
      flush();
      current = { kind, set: item.set, lines: [] };
    }
    current.lines.push(stepLine(item.step, workout, units));
  }
  flush();
  return out;
}

/** A repeat block is headed by what its reps are: "HM–10K 5x", "Strides 4x". */
function blockTitle(steps: readonly Step[]): string {
  const work = steps.find((s) => s.intensity !== 'recovery' && s.intensity !== 'rest') ?? steps[0];
  return (work && capitalise(what(work))) || 'Reps';
}

/** "- HM–10K 400mtr 7:11-6:50/mi Pace", "- Jog down 2m press lap". */
function stepLine(step: Step, workout: Workout, units: Units): string {
  const parts = ['-'];
  const cue = capitalise(plainWords([what(step), ...step.notes].filter((p) => p.trim()).join(' · ')));
  if (cue) parts.push(cue);
  parts.push(lengthText(step, workout));
  const t = step.target;
  if (t.kind === 'pace') {
    const pace = paceText(t, units);
    if (!pace) throw invalid(workout, `a pace target no watch can hold (${t.name})`);
    parts.push(pace);
  }
  const hr = t.kind === 'heartRate' ? heartRateText(t) : undefined;
  if (hr) parts.push(hr);
  if (step.duration.kind === 'open') parts.push('press lap');
  return parts.join(' ');
}

function lengthText(step: Step, workout: Workout): string {
  const d = step.duration;
  if (d.kind === 'open') return durationText(OPEN_STEP_PLANNED_SECONDS);
  const amount = d.kind === 'time' ? d.seconds : d.meters;
  // Shorter than what the syntax can write (a second, a metre) is no step at all: a broken IR.
  if (!(Number.isFinite(amount) && amount >= 0.5)) throw invalid(workout, `a step of ${amount} ${d.kind === 'time' ? 's' : 'm'}`);
  return d.kind === 'time' ? durationText(d.seconds) : distanceText(d.meters);
}

function invalid(workout: Workout, what: string): WriterError {
  return new WriterError(writerDiagnostic(`intervals: session "${workout.title}" has ${what}`));
}

/** Leading lengths in a label: "400 m", "1:30 min", "1 h 5 min", "20 s". */
const LEADING_LENGTH = /^\d[\d.,:]*\s*(?:mtr|mi|miles?|km|m|meters?|metres?|s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?)\b\.?\s*/i;

/**
 * What the step is, in the compiler's words less the length the step line
 * already gives: "400 m @ HM–10K" → "HM–10K", "1:30 min recovery" →
 * "recovery", "30 s @ 90-95% effort" → "90-95% effort". A pace named by its
 * own value ("6:30/mi") is left to the target.
 */
function what(step: Step): string {
  let words = step.label.trim();
  for (let guard = 0; guard < 4 && LEADING_LENGTH.test(words); guard++) words = words.replace(LEADING_LENGTH, '');
  const at = /^@\s*(.*)$/.exec(words);
  if (at) words = at[1]!;
  const t = step.target;
  if (t.kind === 'pace' && words === t.name && isSpecWord(t.name.replace(/\s+/g, ''))) words = '';
  if (t.kind === 'effort' && !words.includes(t.label)) words = [words, t.label].filter(Boolean).join(' · ');
  // The syntax has no beats per minute: the cue says them, as runcast worked them out.
  if (t.kind === 'heartRate') words = [words.includes(t.name) ? words : [words, t.name].filter(Boolean).join(' · '), `${t.low}-${t.high} bpm`].join(' ');
  return words;
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
