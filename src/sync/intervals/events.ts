/**
 * A dated plan as intervals.icu calendar events: one event per session slot,
 * keyed by an `external_id` built from the slot ("runcast-<owner>-w3-wed-0"),
 * so pushing again updates the same event instead of adding one. Workouts
 * carry their steps in the workout-text syntax (the `intervals` writer); a
 * rest day is a calendar note.
 */
import { createHash } from 'node:crypto';
import type { CompiledPlan, Weekday, Workout } from '../../ir/workout.js';
import { intervalsText, intervalsType } from '../../writers/intervals.js';
import { cleanText } from '../../writers/intervals/syntax.js';

/** The fields runcast sets on an event, as the bulk endpoint takes them. */
export interface IntervalsEvent {
  external_id: string;
  category: 'WORKOUT' | 'NOTE';
  /** Local date and time, "2026-12-02T00:00:00" (the athlete's own calendar day). */
  start_date_local: string;
  name: string;
  description: string;
  /** The activity type of a workout: "Run", "WeightTraining", "Workout". */
  type?: string;
}

export interface DesiredEvent {
  event: IntervalsEvent;
  /** What the event says, hashed: a push sends only the events whose hash changed. */
  hash: string;
}

/** Every runcast event id starts with this, so runcast never touches events it did not make. */
export const EXTERNAL_ID_PREFIX = 'runcast-';

export function externalIdPrefix(owner: string): string {
  return `${EXTERNAL_ID_PREFIX}${owner}-`;
}

export interface EventOptions {
  /** Whose events: a runcast athlete's id in the service, "cli" for the command line. */
  owner: string;
  /** Preferred local start times per weekday ("06:30"); otherwise the day itself. */
  times?: Partial<Record<Weekday, string>>;
}

/** Longest event name sent; titles are short, but a plan's text is the coach's. */
const MAX_NAME = 200;

export function planEvents(plan: CompiledPlan, options: EventOptions): DesiredEvent[] {
  const units = plan.athlete.units;
  return plan.sessions.filter((w) => w.date !== undefined).map((w) => desired(eventFor(w, units, options)));
}

function eventFor(w: Workout, units: 'mi' | 'km', options: EventOptions): IntervalsEvent {
  const clock = w.slot && options.times?.[w.slot.day];
  const type = intervalsType(w);
  const name = cleanText(`${w.title}${w.optional ? ' (optional)' : ''}`).replace(/\s+/g, ' ').trim().slice(0, MAX_NAME) || 'Session';
  return {
    external_id: `${externalIdPrefix(options.owner)}${w.id}`,
    category: type ? 'WORKOUT' : 'NOTE',
    start_date_local: `${w.date}T${clock ?? '00:00'}:00`,
    name,
    description: intervalsText(w, units),
    ...(type ? { type } : {}),
  };
}

/** The hash of exactly the fields sent, in a fixed order. */
export function eventHash(e: IntervalsEvent): string {
  const fields = [e.external_id, e.category, e.start_date_local, e.name, e.description, e.type ?? ''];
  return createHash('sha256').update(JSON.stringify(fields)).digest('base64url');
}

function desired(event: IntervalsEvent): DesiredEvent {
  return { event, hash: eventHash(event) };
}

export interface Changes {
  upserts: DesiredEvent[];
  /** external_ids to delete: pushed before, no longer in the plan. */
  deletes: string[];
}

/**
 * What to send: the events whose content differs from what intervals.icu
 * holds (`known`: external_id → hash), or all of them when `everything`, and
 * the known events the plan no longer has.
 */
export function changesFor(desiredEvents: readonly DesiredEvent[], known: ReadonlyMap<string, string>, everything = false): Changes {
  const wanted = new Set(desiredEvents.map((d) => d.event.external_id));
  return {
    upserts: desiredEvents.filter((d) => everything || known.get(d.event.external_id) !== d.hash),
    deletes: [...known.keys()].filter((id) => !wanted.has(id)).sort(),
  };
}
