/**
 * One session as the calendar event shows it, before any serialisation: the
 * writer serialises this, and the content hash is taken over it, so the hash
 * changes exactly when what the athlete sees changes.
 */
import { createHash } from 'node:crypto';
import { cleanText } from '../../ir/text.js';
import type { CompiledPlan, Workout } from '../../ir/workout.js';
import { describeWorkout, type Links } from './describe.js';
import type { IcsOptions } from './options.js';
import { sessionTiming, type Timing } from './timing.js';

export interface EventContent {
  uid: string;
  summary: string;
  description: string;
  timing: Timing;
  /** Optional sessions and rest days do not make the athlete busy. */
  transparent: boolean;
  url?: string;
}

/**
 * `${hash(athlete, plan)}-${workout.id}@runcast`: the slot id ("w3-wed-0") does
 * not depend on the start date, so moving the plan moves its events instead of
 * adding new ones. The names are joined with a NUL so that "Ann"+"A plan" and
 * "AnnA"+" plan" cannot collide.
 */
export function eventUid(workout: Workout, plan: CompiledPlan): string {
  return `${ownerHash(plan.athlete.name, plan.name)}-${workout.id}@runcast`;
}

// Every event of a feed has the same owner: hashed once, not once per event.
let lastOwner = { key: '', hash: '' };

function ownerHash(athlete: string, plan: string): string {
  const key = `${athlete}\u0000${plan}`;
  if (key !== lastOwner.key) {
    lastOwner = { key, hash: createHash('sha256').update(key).digest('hex').slice(0, 16) };
  }
  return lastOwner.hash;
}

/** Sessions per date, over the whole plan: a date with two sessions cannot name one download. */
export function sessionsPerDate(plan: CompiledPlan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of plan.sessions) if (s.date) counts.set(s.date, (counts.get(s.date) ?? 0) + 1);
  return counts;
}

export function sessionLinks(workout: Workout, baseUrl: string | undefined, perDate: Map<string, number>): Links | undefined {
  // Only sessions with steps make a workout file worth putting on a watch.
  if (!baseUrl || workout.steps.length === 0 || (!workout.asWritten && workout.diagnostics.some((d) => d.severity === 'error'))) return undefined;
  const key = workout.date && perDate.get(workout.date) === 1 ? workout.date : workout.id;
  const path = `${baseUrl}/sessions/${encodeURIComponent(key)}`;
  const links: Links = { fit: `${path}.fit`, tcx: `${path}.tcx` };
  if (workout.sport === 'running') links.appleWatch = `${path}.workout`;
  return links;
}

export function sessionEvent(
  workout: Workout,
  plan: CompiledPlan,
  options: IcsOptions,
  perDate: Map<string, number> = sessionsPerDate(plan),
): EventContent {
  const links = sessionLinks(workout, options.baseUrl, perDate);
  const event: EventContent = {
    uid: eventUid(workout, plan),
    // RFC 5545 allows no control characters in TEXT (line breaks are escaped as \n).
    summary: cleanText(workout.title).trim() || cleanText(workout.source).trim() || 'Session',
    description: cleanText(describeWorkout(workout, plan.athlete.units, links)),
    timing: sessionTiming(workout, plan.athlete.timezone, options),
    transparent: workout.optional || workout.sport === 'rest',
  };
  if (links) event.url = links.fit;
  return event;
}
