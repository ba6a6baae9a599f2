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

/**
 * Luxon's date math is most of a feed's cost when done per event (parsing an
 * ISO date, adding a duration in a zone: each zone offset is an Intl call),
 * and a feed asks the same questions on every build: which weekday is this
 * date, when does 06:30 on it start in Chicago, when does a 47-minute session
 * from then end. The answers are pure and luxon DateTimes immutable, so they
 * are kept (oldest dropped first, bounded) and shared.
 */
class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string, make: () => V): V {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make();
      if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
      this.map.set(key, value);
    }
    return value;
  }
}

interface Day {
  /** Midnight UTC of the calendar date: a day's name and weekday do not depend on the zone. */
  day: DateTime;
  /** The next day, where an all-day event ends. */
  next: DateTime;
  weekday: (typeof WEEKDAYS)[number];
}

const days = new Memo<Day | null>(4_000);

function readDay(date: string): Day | null {
  return days.get(date, () => {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? DateTime.fromISO(date, { zone: 'utc' }) : undefined;
    if (!day?.isValid) return null;
    return { day, next: day.plus({ days: 1 }), weekday: WEEKDAYS[day.weekday - 1]! };
  });
}

export function sessionDay(workout: Workout): DateTime {
  return checkedDay(workout).day;
}

function checkedDay(workout: Workout): Day {
  const date = workout.date;
  const day = date ? readDay(date) : null;
  if (!day) {
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
  const { day, next, weekday } = checkedDay(workout);
  const date = workout.date!;
  const clock = workout.sport === 'rest' ? undefined : (options.times?.[weekday] ?? options.defaultTime);
  if (!clock) return { allDay: true, date, start: day, end: next };

  const seconds = Math.max(MIN_EVENT_SECONDS, Math.ceil(workout.estimate.seconds / 60) * 60);
  const { start, end } = zonedSpan(day, date, clock, seconds, zone);
  return { allDay: false, date, start, end, zone };
}

const spans = new Memo<{ start: DateTime; end: DateTime }>(4_000);

function zonedSpan(day: DateTime, date: string, clock: string, seconds: number, zone: string) {
  return spans.get(`${zone} ${date} ${clock} ${seconds}`, () => {
    const [hour, minute] = clock.split(':').map(Number) as [number, number];
    // Built from wall-clock fields in the zone, so 06:30 stays 06:30 on either
    // side of a DST change; a time inside a spring-forward gap moves later.
    const start = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone });
    // An instant plus elapsed seconds: one zone offset to find, where plus() finds two.
    return { start, end: DateTime.fromMillis(start.toMillis() + seconds * 1000, { zone }) };
  });
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "2026-03-08T06:30", as toFormat("yyyy-MM-dd'T'HH:mm") writes it, without parsing a format per call. */
function wallClock(t: DateTime): string {
  return `${String(t.year).padStart(4, '0')}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

/** How the timing reads in the content hash: wall-clock text, independent of luxon's object shape. */
export function timingKey(t: Timing): string {
  if (t.allDay) return t.date;
  return `${wallClock(t.start)}/${wallClock(t.end)} ${t.zone}`;
}
