import { DateTime } from 'luxon';
import type { CompiledPlan } from '../ir/workout.js';

/** The first Monday strictly after today in the zone: a plan handed out today starts next week. */
export function nextMonday(zone: string, now: Date): string {
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  const ahead = ((8 - today.weekday) % 7) || 7;
  return today.plus({ days: ahead }).toISODate()!;
}

/**
 * The first day of the bundle a link without `from` gives: today, or the
 * plan's start while it has not begun, and once the plan is over (or nearly)
 * its last `days` days, so the link always holds sessions.
 */
export function defaultBundleFrom(plan: CompiledPlan, start: string, today: string, days: number): string {
  let last: string | undefined;
  for (const s of plan.sessions) if (s.date && (last === undefined || s.date > last)) last = s.date;
  const from = today > start ? today : start;
  if (last === undefined) return from;
  const latest = DateTime.fromISO(last, { zone: 'utc' }).minus({ days: days - 1 }).toISODate()!;
  return from <= latest ? from : latest > start ? latest : start;
}
