/**
 * Workouts to a TrainingCenterDatabase document. Element order follows the
 * XSD sequences exactly (Workout_t: Name, Step+, ScheduledOn*, Notes,
 * Creator; TrainingCenterDatabase_t: Workouts, then Author).
 */
import type { CompiledPlan, Node, Step, Workout } from '../../ir/workout.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { NameRegistry, workoutName } from './names.js';
import { workoutNotes } from './notes.js';
import { fitParts, TCX_MAX_STEPS, type Part } from './parts.js';
import { stepElements } from './steps.js';
import { el, serialize, type XmlElement } from './xml.js';

const NS = 'http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * Fixed so output is byte-for-byte reproducible; it names the TCX writer's
 * format revision, not the package version, and changes only when the
 * output changes.
 */
export const AUTHOR_BUILD = { major: 1, minor: 0 } as const;

/** Application_t: Name, Build/Version, LangID, PartNumber (a Garmin-style placeholder; none is assigned to us). */
function application(tag: 'Author' | 'Creator'): XmlElement {
  return el(
    tag,
    [
      el('Name', 'runcast'),
      el('Build', [
        el('Version', [
          el('VersionMajor', AUTHOR_BUILD.major),
          el('VersionMinor', AUTHOR_BUILD.minor),
          el('BuildMajor', 0),
          el('BuildMinor', 0),
        ]),
      ]),
      el('LangID', 'en'),
      el('PartNumber', '000-00000-00'),
    ],
    { 'xsi:type': 'Application_t' },
  );
}

/** One or more Workout elements for a session (more than one only when it is split to fit 20 steps). */
export function workoutElements(workout: Workout, plan: CompiledPlan, names: NameRegistry): XmlElement[] {
  const sourceLine = workout.source.split('\n')[0];
  // A session the compiler rejected has no trustworthy steps; its own diagnostic says why. One kept as
  // written is written as it is: one open step carrying the coach's text.
  const firstError = workout.asWritten ? undefined : workout.diagnostics.find((d) => d.severity === 'error');
  if (firstError) throw new WriterError(firstError);
  const date = scheduledOn(workout, sourceLine);

  const fitted = workout.sport === 'running' ? fitParts(workout.steps) : [];
  // Workout_t needs at least one Step, so a session with nothing a device can
  // time (a rest day, or a run whose repeats all have zero reps) gets one.
  const parts: Part[] = fitted.some((p) => p.nodes.length > 0)
    ? fitted
    : [{ nodes: [singleStep(workout)], source: workout.steps, notes: [] }];

  return parts.map((part, i) => {
    const total = parts.length;
    const deviceNotes = [...part.notes];
    if (total > 1) {
      deviceNotes.unshift(
        `This session needs more than ${TCX_MAX_STEPS} steps and a TCX workout holds at most ${TCX_MAX_STEPS} ` +
          `(each repeat counts as one), so it is written as ${total} workouts run one after another: this is part ${i + 1} of ${total}.`,
      );
    }
    const partLabel = total > 1 ? `(${i + 1}/${total})` : undefined;
    const notes = workoutNotes({
      workout,
      units: plan.athlete.units,
      nodes: part.source,
      deviceNotes,
      planName: plan.name,
      athleteName: plan.athlete.name,
      ...(partLabel ? { partLabel } : {}),
    });
    const name = names.claim(workoutName(workout, total > 1 ? { index: i + 1, total } : undefined));
    return el(
      'Workout',
      [
        el('Name', name),
        ...stepElements(part.nodes, sourceLine),
        ...(date ? [el('ScheduledOn', date)] : []),
        el('Notes', notes),
        application('Creator'),
      ],
      { Sport: workout.sport === 'running' ? 'Running' : 'Other' },
    );
  });
}

const SINGLE_STEP_NAMES: Record<Workout['sport'], string> = {
  running: 'Run',
  strength: 'Strength',
  cross_training: 'Cross-train',
  rest: 'Rest',
};

/**
 * Strength, cross-training and rest days (and a run with no steps): one step,
 * timed when every step the compiler produced is timed, else until lap.
 */
function singleStep(workout: Workout): Step {
  const seconds = timedTotal(workout.steps);
  const label = SINGLE_STEP_NAMES[workout.sport];
  return {
    type: 'step',
    intensity: workout.sport === 'rest' ? 'rest' : 'active',
    duration: seconds !== undefined && seconds > 0 ? { kind: 'time', seconds } : { kind: 'open' },
    target: { kind: 'none' },
    label,
    notes: [],
  };
}

function timedTotal(nodes: readonly Node[]): number | undefined {
  let sum = 0;
  for (const n of nodes) {
    if (n.type === 'step') {
      if (n.duration.kind !== 'time') return undefined;
      sum += n.duration.seconds;
      continue;
    }
    const body = timedTotal(n.children);
    if (body === undefined) return undefined;
    sum += body * Math.max(0, n.count);
    if (n.skipLastRecovery && n.count > 0) sum -= trailingRecoverySeconds(n.children);
  }
  return nodes.length > 0 ? sum : undefined;
}

function trailingRecoverySeconds(children: readonly Node[]): number {
  let seconds = 0;
  for (let i = children.length - 1; i > 0; i--) {
    const c = children[i]!;
    if (c.type !== 'step' || (c.intensity !== 'recovery' && c.intensity !== 'rest') || c.duration.kind !== 'time') break;
    seconds += c.duration.seconds;
  }
  return seconds;
}

function scheduledOn(workout: Workout, sourceLine: string | undefined): string | undefined {
  if (workout.date === undefined) return undefined;
  const parsed = new Date(`${workout.date}T00:00:00Z`);
  // The round trip rejects what Date would roll over ("2026-02-30").
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(workout.date) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(workout.date);
  if (!ok) {
    throw new WriterError(writerDiagnostic(`"${workout.date}" is not a calendar date (YYYY-MM-DD)`, undefined, sourceLine));
  }
  return workout.date;
}

export function databaseDocument(workouts: XmlElement[]): string {
  return serialize(
    el('TrainingCenterDatabase', [el('Workouts', workouts), application('Author')], {
      xmlns: NS,
      'xmlns:xsi': XSI,
      'xsi:schemaLocation': `${NS} http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd`,
    }),
  );
}
