import { DateTime } from 'luxon';

/** The first Monday strictly after today in the zone: a plan handed out today starts next week. */
export function nextMonday(zone: string, now: Date): string {
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  const ahead = ((8 - today.weekday) % 7) || 7;
  return today.plus({ days: ahead }).toISODate()!;
}
