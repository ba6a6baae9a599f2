/**
 * The names a watch shows: the workout's in its list, each step's on the step
 * screen. The fields hold 15 bytes of text on most models, so names are made
 * short on purpose, one form per kind of step, and the first form that fits
 * is taken:
 *   warm-up, cool-down   "WU 15 min", "CD 10 min"
 *   recovery, rest       "Jog 400m", "Walk 1 min", "Rec 1:30", "Rec until lap"
 *   work                 "400m @ HM-10K", "2 min hill @ 5K", "1 mi race", "30s strides"
 * Workouts keep their title when it fits, else its compact form
 * ("6x400m HM-10K"), its first phrase ("30 min easy"), or a name made from
 * the session's structure ("4x(800m+300m)", "7x200-800m"). Nothing is cut
 * inside a word or a bracket (see strings.ts).
 *
 * The parts come from the IR — the step's intensity, length and target — and
 * the words of its label that say neither ("jog", "hill", "strides").
 */
import type { Duration, Node, Sport, Step, Workout } from '../../ir/workout.js';
import { formatClock, formatDistance, formatDuration, type Units } from '../../units/format.js';
import { cutAtJoin, cutAtWord, fitsField, utf8Length, watchText } from './strings.js';

/** "400m", "1 mi", "10 min", "1:30", "30s"; '' for a step that ends with the lap button. */
export function shortLength(d: Duration, units: Units): string {
  if (d.kind === 'open') return '';
  if (d.kind === 'distance') return formatDistance(d.meters, units).replace(/^(\d+) m$/, '$1m');
  const s = Math.round(d.seconds);
  if (s < 60) return `${s}s`;
  if (s % 60 === 0) return `${s / 60} min`;
  return formatClock(s);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` as a whole phrase, spaces optional ("400 m" also matches "400m"), any case. */
const phrase = (text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${text.trim().split(/\s+/).map(escape).join('\\s*')}(?![\\p{L}\\p{N}])`, 'iu');

interface StepParts {
  /** The step's length, shortened; '' when open or when the words state it. */
  length: string;
  /** The label's other words, kind words shortened: "jog", "hill", "WU", "rec". */
  words: string;
  /** The pace's name when the label gives it: "HM-10K", "goal Mile". */
  pace: string;
}

function stepParts(step: Step, units: Units): StepParts {
  let words = watchText(step.label);
  let length = shortLength(step.duration, units);
  const said = phrase(watchText(formatDuration(step.duration, units)));
  if (said.test(words)) words = words.replace(said, ' ');
  // A label that opens with a number states a length in its own words ("1 lap jog").
  else if (/^\d/.test(words)) length = '';
  let pace = '';
  if ((step.target.kind === 'pace' || step.target.kind === 'heartRate') && step.target.name.trim()) {
    const named = phrase(watchText(step.target.name));
    const found = named.exec(words);
    if (found) {
      pace = found[0];
      words = words.replace(named, ' ');
    }
  }
  words = words
    .replace(/(?<!\S)@(?!\S)/g, ' ')
    .replace(/\bwarm[- ]?up\b/gi, 'WU')
    .replace(/\bcool[- ]?down\b/gi, 'CD')
    .replace(/\brecover(?:y|ies)?\b/gi, 'rec')
    .replace(/\s+/g, ' ')
    .trim();
  return { length, words, pace };
}

const KIND_WORD = { warmup: 'WU', cooldown: 'CD', recovery: 'Rec', rest: 'Rest' } as const;
const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The forms of a step's name, most telling first. */
function stepForms(step: Step, units: Units, fieldBytes: number): string[] {
  const { length, words, pace } = stepParts(step, units);
  if (step.intensity !== 'active') {
    const kind = KIND_WORD[step.intensity];
    const lead = capitalised(words) || kind;
    if (step.duration.kind === 'open') return [join(lead, 'until lap'), lead, join(kind, 'until lap'), kind];
    return [join(lead, length), join(kind, length), lead, kind];
  }
  const head = join(length, words);
  const room = fieldBytes - (length ? utf8Length(length) + 1 : 0);
  const forms: string[] = [];
  if (pace) forms.push(join(head, '@', pace), join(head, pace));
  // Without the pace (the watch shows its band) before without the words that say what the rep is.
  if (words) forms.push(head);
  if (pace) forms.push(join(length, '@', pace), join(length, pace), join(length, cutAtWord(pace, room)));
  forms.push(join(length, cutAtWord(words, room)));
  return forms;
}

/** A step's name, or undefined when nothing meaningful fits (the field is optional). */
export function stepName(step: Step, units: Units, fieldBytes: number): string | undefined {
  const forms = stepForms(step, units, fieldBytes).map(watchText).filter(Boolean);
  return forms.find((f) => fitsField(f, fieldBytes)) ?? (cutAtWord(forms[0] ?? '', fieldBytes) || undefined);
}

const SPORT_NAME: Record<Sport, string> = { running: 'Run', strength: 'Strength', cross_training: 'Cross-training', rest: 'Rest' };

/** The workout's name: its title as close to whole as fits, else a name from its structure. */
export function workoutName(workout: Workout, units: Units, fieldBytes: number): string {
  const title = watchText(workout.title);
  const compact = title
    .replace(/(\d)\s*x\s*(?=[\d(])/gi, '$1x')
    .replace(/ @ /g, ' ')
    .replace(/(\d) (m|s)\b/g, '$1$2');
  const squeezed = compact.replace(/(\d) (min|mi|km)\b/g, '$1$2');
  const whole = [title, compact, squeezed].find((t) => t && fitsField(t, fieldBytes));
  if (whole) return whole;
  // The title's first phrases, else its first words, when they are at least half a name.
  const enough = (fieldBytes - 1) / 2;
  const cut = [cutAtJoin, cutAtWord]
    .flatMap((cutter) => [compact, squeezed].map((t) => cutter(t, fieldBytes)))
    .find((t) => utf8Length(t) >= enough);
  if (cut) return cut;
  const built = structureNames(workout, units).find((n) => fitsField(n, fieldBytes));
  return built ?? (cutAtWord(squeezed, fieldBytes) || SPORT_NAME[workout.sport]);
}

const isWork = (n: Node) => n.type === 'repeat' || n.intensity === 'active';

/** "4x(800m+300m)", "3x4x200m": a repeat by what its work steps are. */
function repeatName(count: number, children: readonly Node[], units: Units): string {
  const parts = [
    ...new Set(children.filter(isWork).map((c) => (c.type === 'repeat' ? repeatName(c.count, c.children, units) : shortLength(c.duration, units)))),
  ].filter(Boolean);
  const body = parts.length === 1 ? parts[0]! : `(${parts.join('+')})`;
  return parts.length === 0 ? '' : `${count}x${body}`;
}

interface WorkStats {
  /** Work steps run, repeats counted. */
  count: number;
  /** Their distances in metres, NaN for one that is not a distance. */
  meters: Set<number>;
  paces: Set<string>;
}

/** What the work of a session adds up to, without writing repeats out. */
function workStats(nodes: readonly Node[]): WorkStats {
  const stats: WorkStats = { count: 0, meters: new Set(), paces: new Set() };
  for (const n of nodes) {
    if (n.type === 'repeat') {
      const inner = workStats(n.children);
      stats.count += n.count * inner.count;
      for (const m of inner.meters) stats.meters.add(m);
      for (const p of inner.paces) stats.paces.add(p);
    } else if (n.intensity === 'active') {
      stats.count += 1;
      stats.meters.add(n.duration.kind === 'distance' ? Math.round(n.duration.meters) : NaN);
      stats.paces.add(n.target.kind === 'pace' || n.target.kind === 'heartRate' ? watchText(n.target.name) : '');
    }
  }
  return stats;
}

/** Names from the session's structure, most telling first. */
function structureNames(workout: Workout, units: Units): string[] {
  const main = workout.steps.filter(isWork);
  const { count, meters, paces } = workStats(main);
  const pace = paces.size === 1 ? [...paces][0]! : '';
  const bodies: string[] = [];
  const only = main.length === 1 ? main[0]! : undefined;
  if (only?.type === 'repeat') bodies.push(repeatName(only.count, only.children, units));
  const distances = [...meters];
  if (count > 1 && distances.every((m) => m < 3000)) {
    const low = Math.min(...distances);
    const high = Math.max(...distances);
    bodies.push(low === high ? `${count}x${low}m` : `${count}x${low}-${high}m`);
  }
  return bodies.filter(Boolean).flatMap((b) => (pace ? [join(b, pace), b] : [b]));
}
