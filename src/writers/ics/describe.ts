/**
 * The event description: what the athlete reads when they open the day in
 * their calendar. Steps are written as one line per top-level block, with
 * repeats inline ("6 × (400 m @ HM–10K 7:00–6:42 /mi (4:21–4:10 /km), 400 m jog)")
 * because calendar apps show descriptions in narrow panes with no indentation.
 */
import type { Node, PaceTarget, Step, Target, Workout } from '../../ir/workout.js';
import { notUnderstood, readAs } from '../read-as.js';
import { formatDuration, formatRoughDistance, formatPaceBandBoth, formatSeconds, heartRateText, type Units } from '../../units/format.js';

export interface Links {
  fit: string;
  tcx: string;
  /** The WorkoutKit file, for running sessions. */
  appleWatch?: string;
}

export function describeWorkout(workout: Workout, units: Units, links?: Links): string {
  const sections: string[][] = [];

  // The compiler says so in its notes already; hand-built or other IR may not.
  if (workout.optional && !workout.notes.some((n) => /optional/i.test(n))) {
    sections.push(['Optional: this session may be skipped.']);
  }

  const errors = workout.diagnostics.filter((d) => d.severity === 'error');
  if (workout.asWritten) {
    sections.push(['runcast could not read this session, so it is kept as the coach wrote it.', notUnderstood(workout, units)]);
  } else if (errors.length > 0) {
    sections.push(['This session could not be compiled:', ...errors.map((d) => `- ${d.message}`)]);
  }

  const steps = stepLines(workout, units);
  if (steps.length > 0) sections.push(steps);

  const estimate = estimateText(workout, units);
  if (estimate) sections.push([estimate]);

  const read = workout.sport === 'running' ? readAs(workout, units) : '';
  if (workout.source.trim()) sections.push([`Coach wrote: ${workout.source.trim()}`, ...(read ? [`Read as: ${read}`] : [])]);
  if (workout.notes.length > 0) sections.push(['Notes:', ...workout.notes.map((n) => `- ${n}`)]);
  if (workout.coachNotes?.trim()) sections.push([`Coach's notes: ${workout.coachNotes.trim()}`]);

  for (const alt of workout.alternatives) {
    const altSteps = stepLines(alt, units).filter((line) => line !== alt.title);
    const altEstimate = estimateText(alt, units);
    sections.push([`Or instead: ${alt.title}`, ...altSteps, ...(altEstimate ? [altEstimate] : [])]);
  }

  if (links) {
    const apple = links.appleWatch ? [`Apple Watch (open on the iPhone): ${links.appleWatch}`] : [];
    sections.push([`Workout file for your watch:`, `FIT: ${links.fit}`, `TCX: ${links.tcx}`, ...apple]);
  }

  return sections.map((s) => s.join('\n')).join('\n\n');
}

/**
 * A strength or cross-training day compiled to one open step ("Strength until
 * lap") says nothing the title does not; its steps are left out.
 */
function stepLines(workout: Workout, units: Units): string[] {
  const [only, ...rest] = workout.steps;
  const bare =
    workout.sport !== 'running' && rest.length === 0 && only?.type === 'step' && only.duration.kind === 'open' && only.target.kind === 'none';
  return bare ? [] : workout.steps.map((n) => nodeText(n, units, true));
}

/** "Estimated: 52 min · 6.28 mi (10.1 km)", or "" when the compiler has no estimate (rest days). */
function estimateText(workout: Workout, units: Units): string {
  const { seconds, meters } = workout.estimate;
  const parts: string[] = [];
  // Estimates are sums of guesses; whole minutes and about 100 m are all the precision they carry.
  if (seconds > 0) parts.push(formatSeconds(Math.max(60, Math.round(seconds / 60) * 60)));
  if (meters > 0) parts.push(distanceBoth(meters, units));
  return parts.length > 0 ? `Estimated: ${parts.join(' · ')}` : '';
}

/** The estimate in the athlete's unit and the other, each rounded once from the metres. */
function distanceBoth(meters: number, units: Units): string {
  const mine = formatRoughDistance(meters, units);
  const other = formatRoughDistance(meters, units === 'mi' ? 'km' : 'mi');
  return mine === other ? mine : `${mine} (${other})`;
}

function nodeText(node: Node, units: Units, topLevel: boolean): string {
  if (node.type === 'step') return stepText(node, units, topLevel);
  const inner = node.children.map((c) => nodeText(c, units, false));
  const body = inner.length === 1 ? inner[0]! : `(${inner.join(', ')})`;
  const skip = node.skipLastRecovery && node.count > 1 && endsWithRecovery(node.children);
  return `${node.count} × ${body}${skip ? ' — no recovery after the last' : ''}`;
}

function endsWithRecovery(children: readonly Node[]): boolean {
  const last = children[children.length - 1];
  return last !== undefined && last.type === 'step' && (last.intensity === 'recovery' || last.intensity === 'rest');
}

const PHASE: Partial<Record<Step['intensity'], string>> = { warmup: 'Warm-up', cooldown: 'Cool-down' };

/** "400 m @ HM–10K 7:00–6:42 /mi (4:21–4:10 /km)", "400 m jog", "jog down until lap", "Warm-up: 15 min". */
function stepText(step: Step, units: Units, topLevel: boolean): string {
  const phase = PHASE[step.intensity];
  const word = stepWord(step, phase);
  const target = targetText(step.target, units);
  const core =
    step.duration.kind === 'open'
      ? [word || 'run', 'until lap', target].filter(Boolean).join(' ')
      : [formatDuration(step.duration, units), word, target].filter(Boolean).join(' ');
  const notes = step.notes.length > 0 ? ` (${step.notes.join('; ')})` : '';
  const text = `${core}${notes}`;
  if (!phase) return text;
  return topLevel ? `${phase}: ${text}` : `${phase.toLowerCase()} ${text}`;
}

/**
 * The step's own word ("jog", "walk", "easy", "recover"). The compiler's labels
 * lead with the duration ("400 m jog", "15 min warm-up") and may name the
 * target ("400 m @ HM–10K"); what the duration, phase and target already say
 * is not said twice.
 */
function stepWord(step: Step, phase: string | undefined): string {
  let word = step.label.trim();
  for (let m = LEADING_AMOUNT.exec(word); m; m = LEADING_AMOUNT.exec(word)) word = word.slice(m[0].length);
  word = word.replace(/\s*until lap$/i, '').trim();
  const redundant =
    /\d|@/.test(word) || sameWord(word, phase) || (step.target.kind === 'effort' && sameWord(word, step.target.label));
  if (word && !redundant) return word;
  if (step.target.kind !== 'none') return '';
  if (step.intensity === 'recovery') return 'recovery';
  if (step.intensity === 'rest') return 'rest';
  return '';
}

/** "400 m ", "1:30 min ", "1 h " at the start of a label. */
const LEADING_AMOUNT = /^\d+(?:[.:]\d+)*\s*(?:m|km|mi|miles?|s|sec|min|h|hrs?)?(?:\s+|$)/i;

function sameWord(a: string, b: string | undefined): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
  return b !== undefined && norm(a) === norm(b);
}

function targetText(target: Target, units: Units): string {
  switch (target.kind) {
    case 'pace':
      return `@ ${paceText(target, units)}`;
    case 'heartRate':
      return `@ ${heartRateText(target, ' ')}`;
    case 'effort':
      return `@ ${target.label}`;
    case 'none':
      return '';
  }
}

/** The coach's name for the pace, then the band; a name that is itself a pace ("6:30/mi") is not said twice. */
function paceText(target: PaceTarget, units: Units): string {
  const band = formatPaceBandBoth(target.low, target.high, units);
  const name = target.name.trim();
  return !name || /\d:\d{2}\s*\/\s*(mi|km|mile)\b/i.test(name) ? band : `${name} ${band}`;
}
