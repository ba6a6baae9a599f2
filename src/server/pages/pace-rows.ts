/**
 * The athlete's pace table as rows for the page: what "E", "HM", "5K" and
 * "Mile" mean for this athlete today, in their units with the other beside it,
 * and which of those names their plan uses.
 */
import type { Athlete } from '../../athlete/athlete.js';
import type { Node, Workout } from '../../ir/workout.js';
import { PACE_MEANINGS, RACE_PACES, TRAINING_PACES, type PaceEntry, type PaceName, type RacePace, type TrainingPace } from '../../paces/types.js';
import { formatClock, formatPaceBand, type Units } from '../../units/format.js';

export interface PaceRow {
  name: PaceName;
  meaning: string;
  /** The band in the athlete's units, then in the other unit. */
  mine: string;
  other: string;
  /** Equivalent race time from current fitness ("20:29"); absent for training paces. */
  raceTime?: string;
  /**
   * A race pace the plan runs at something other than current fitness: the
   * goal race's pace, or one the coach wrote in the profile, labelled as such.
   */
  planPace?: { label: string; mine: string; other: string };
  usedInPlan: boolean;
}

const PLAN_PACE_LABELS: Partial<Record<PaceEntry['source'], string>> = { goal: 'Goal', profile: 'Set by your coach' };

export interface PaceGroup {
  title: string;
  rows: PaceRow[];
}


export function paceGroups(athlete: Athlete, sessions: readonly Workout[]): PaceGroup[] {
  const units = athlete.profile.units;
  const other: Units = units === 'mi' ? 'km' : 'mi';
  const used = pacesUsed(sessions);
  const usedInPlan = (name: PaceName) => used.has(name);
  const training = (name: TrainingPace): PaceRow => {
    const e = athlete.paces.paces[name];
    return { name, meaning: PACE_MEANINGS[name], ...bands(e, units, other), usedInPlan: usedInPlan(name) };
  };
  // A race row is current fitness: the pace of the equivalent time beside it. The
  // goal (or the coach's own pace) the plan runs instead is shown apart, labelled.
  const race = (name: RacePace): PaceRow => {
    const planned = athlete.paces.paces[name];
    const label = PLAN_PACE_LABELS[planned.source];
    return {
      name,
      meaning: PACE_MEANINGS[name],
      ...bands(athlete.paces.fitness[name], units, other),
      raceTime: formatClock(athlete.paces.equivalents[name]),
      ...(label ? { planPace: { label, ...bands(planned, units, other) } } : {}),
      usedInPlan: usedInPlan(name),
    };
  };
  // Race paces fastest last, as a coach reads them: marathon down to 800 m.
  return [
    { title: 'Training paces', rows: TRAINING_PACES.map(training) },
    { title: 'Race paces, from your current fitness', rows: RACE_PACES.map(race) },
  ];
}

function bands(e: PaceEntry, units: Units, other: Units): { mine: string; other: string } {
  return { mine: formatPaceBand(e.low, e.high, units), other: formatPaceBand(e.low, e.high, other) };
}

/** "Goal: mile in 5:45 · 5:45 /mi", or undefined without a goal. */
export function goalLine(athlete: Athlete): string | undefined {
  const goal = athlete.profile.fitness.goal;
  const pace = athlete.paces.goal;
  if (!goal || !pace) return undefined;
  return `${goal.distance} in ${goal.time} · ${formatPaceBand(pace.speed, pace.speed, athlete.profile.units)}`;
}

const NAMES: ReadonlyMap<string, PaceName> = new Map(
  [...RACE_PACES, ...TRAINING_PACES].map((n) => [n.toLowerCase(), n] as const),
);

/** Pace names that appear in the targets ("HM–10K" uses HM and 10K, "Faster (800)" uses 800). */
export function pacesUsed(sessions: readonly Workout[]): Set<PaceName> {
  const found = new Set<PaceName>();
  const visit = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (n.type === 'repeat') visit(n.children);
      else if (n.target.kind === 'pace') {
        for (const part of n.target.name.split(/[^A-Za-z0-9]+/)) {
          const name = NAMES.get(part.trim().toLowerCase());
          if (name) found.add(name);
        }
      }
    }
  };
  for (const s of sessions) {
    visit(s.steps);
    for (const alt of s.alternatives) visit(alt.steps);
  }
  return found;
}
