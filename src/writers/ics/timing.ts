/**
 * When an event sits in the athlete's calendar. All date math is luxon in the
 * athlete's zone, never the server's: a session dated 2026-03-08 is that day
 * for the athlete whatever TZ the service runs in.
 */
import { DateTime, IANAZone } from 'luxon';
import { WEEKDAYS, type Workout } from '../../ir/workout.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import type { IcsOptions } from './options.js';

export type Timing =
  | { allDay: true; date: string; start: DateTime; end: DateTime }
  | { allDay: false; date: string; start: DateTime; end: DateTime; zone: string };

/** Calendar apps hide very short events; a strength day with no time still gets a visible block. */
export const MIN_EVENT_SECONDS = 15 * 60;

export function checkZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) {
    throw new WriterError(
      writerDiagnostic(`ics: the athlete's time zone "${zone}" is not an IANA time zone`, 'use a name such as "America/Chicago"'),
    );
  }
  return zone;
}

export function sessionDay(workout: Workout): DateTime {
  const date = workout.date;
  // A calendar day's name and weekday do not depend on the zone; read in UTC, luxon
  // needs no zone offsets for it (finding those was most of a feed's time).
  const day = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : undefined;
  if (!day?.isValid) {
    throw new WriterError(
      writerDiagnostic(
        date ? `ics: session ${workout.id} has an invalid date "${date}"` : `ics: session ${workout.id} has no date`,
        'a calendar feed needs a dated plan: compile it with a start date',
        workout.source,
      ),
    );
  }
  return day;
}

export function sessionTiming(workout: Workout, zone: string, options: IcsOptions): Timing {
  const day = sessionDay(workout);
  const date = day.toISODate()!;
  const weekday = WEEKDAYS[day.weekday - 1]!;
  const clock = workout.sport === 'rest' ? undefined : (options.times?.[weekday] ?? options.defaultTime);
  if (!clock) return { allDay: true, date, start: day, end: day.plus({ days: 1 }) };

  const [hour, minute] = clock.split(':').map(Number) as [number, number];
  // Built from wall-clock fields in the zone, so 06:30 stays 06:30 on either
  // side of a DST change; a time inside a spring-forward gap moves later.
  const start = zonedStart(day, hour, minute, zone);
  const seconds = Math.max(MIN_EVENT_SECONDS, Math.ceil(workout.estimate.seconds / 60) * 60);
  return { allDay: false, date, start, end: start.plus({ seconds }), zone };
}

/**
 * Zoned wall-clock instants, kept: finding a zone's offset is luxon's dearest
 * step, and a feed asks for the same few start times on every poll. Luxon
 * DateTimes are immutable, so sharing them is safe.
 */
const starts = new Map<string, DateTime>();
const STARTS_LIMIT = 2_000;

function zonedStart(day: DateTime, hour: number, minute: number, zone: string): DateTime {
  const key = `${zone} ${day.toISODate()} ${hour}:${minute}`;
  let start = starts.get(key);
  if (!start) {
    start = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone });
    if (starts.size >= STARTS_LIMIT) starts.delete(starts.keys().next().value!);
    starts.set(key, start);
  }
  return start;
}

/** How the timing reads in the content hash: wall-clock text, independent of luxon's object shape. */
export function timingKey(t: Timing): string {
  if (t.allDay) return t.date;
  return `${t.start.toFormat("yyyy-MM-dd'T'HH:mm")}/${t.end.toFormat("yyyy-MM-dd'T'HH:mm")} ${t.zone}`;
}
