/**
 * One session as the pages show it and as `/api/compile` returns it for the
 * playground: the words and the chart are made here, on the server, so the
 * browser only places them.
 */
import type { Athlete } from '../../athlete/athlete.js';
import type { Sport, Weekday, Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { workoutSvg } from '../../writers/svg.js';
import { estimateLine, stepLines } from './words.js';
import { guessAs, notUnderstood, readAs } from '../../writers/read-as.js';

export interface AlternativeView {
  title: string;
  steps: string[];
  estimate: string;
}

export interface SessionView {
  id: string;
  date: string | null;
  /** "Week 3 · Wed" for a session of a plan; null for a lone session. */
  when: string | null;
  title: string;
  sport: Sport;
  optional: boolean;
  /** "51 min · 6.9 mi (11.1 km)", or "" when there is nothing to estimate (rest, strength). */
  estimate: string;
  /** The steps in words with the athlete's paces, one line per block. */
  steps: string[];
  notes: string[];
  coachNotes: string | null;
  alternatives: AlternativeView[];
  /** Error messages when the session did not compile. */
  errors: string[];
  /** SVG markup from the svg writer; "" for sessions with nothing to draw (rest, strength, errors). */
  chart: string;
  /** Whether the session has a watch file (everything but rest days). */
  downloadable: boolean;
  /**
   * A session of a plan runcast could not read, kept as the coach wrote it: the text, and where
   * and why reading stopped.
   */
  asWritten: { text: string; where: string; problem: string; hint: string | null; plain: string; guess: string | null } | null;
  /** What runcast read, in the coach's notation ("15 min WU, 6 × 800 m @ 5K w/ 90 s jog, 10 min CD"); "" when kept as written. */
  readAs: string;
  /** The coach's text, which the reading stands beside. */
  source: string;
  /** Said when the coach changed this session for this athlete alone. */
  change: string | null;
}

const CHANGE_WORDS = { moved: 'moved by your coach', replaced: 'changed by your coach', added: 'added by your coach' } as const;

const DAY_NAMES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export function sessionView(workout: Workout, athlete: Pick<Athlete, 'paces'> & { units: Units }): SessionView {
  const units = athlete.units;
  const errors = workout.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
  const drawable = errors.length === 0 && workout.sport === 'running' && workout.steps.length > 0;
  const problem = workout.asWritten ? workout.diagnostics.find((d) => d.severity === 'error') : undefined;
  return {
    id: workout.id,
    date: workout.date ?? null,
    when: workout.slot ? `Week ${workout.slot.week} · ${DAY_NAMES[workout.slot.day]}` : null,
    title: workout.title,
    sport: workout.sport,
    optional: workout.optional,
    change: workout.change ? CHANGE_WORDS[workout.change] : null,
    estimate: estimateLine(workout, units),
    steps: stepLines(workout, units),
    notes: workout.notes,
    coachNotes: workout.coachNotes?.trim() || null,
    alternatives: workout.alternatives.map((alt) => ({
      title: alt.title,
      steps: stepLines(alt, units).filter((line) => line !== alt.title),
      estimate: estimateLine(alt, units),
    })),
    errors: workout.asWritten ? [] : errors,
    chart: drawable ? workoutSvg(workout, units, { paces: athlete.paces }) : '',
    // A session kept as written still goes to the watch: one open step carrying the coach's text.
    downloadable: workout.sport !== 'rest' && (errors.length === 0 || workout.asWritten === true),
    asWritten: workout.asWritten
      ? {
          text: workout.source.trim(),
          where: problem ? `line ${problem.line}, column ${problem.column}` : '',
          problem: problem?.message ?? 'runcast could not read it',
          hint: problem?.hint ?? null,
          plain: notUnderstood(workout, units),
          guess: guessAs(workout, units) || null,
        }
      : null,
    readAs: readAs(workout, units),
    source: workout.source.trim(),
  };
}
