import { DateTime } from 'luxon';
import type { CompiledPlan } from '../ir/workout.js';

/** The first Monday strictly after today in the zone: a plan handed out today starts next week. */
export function nextMonday(zone: string, now: Date): string {
  const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
  const ahead = ((8 - today.weekday) % 7) || 7;
  return today.plus({ days: ahead }).toISODate()!;
}

/** The first day the watch is given: today, or the plan's start while it has not begun; never a day gone by. */
export function watchFrom(start: string, today: string): string {
  return today > start ? today : start;
}

/** Whether a session for the watch (any but a rest day) is dated on or after `from`. */
export function watchSessionsFrom(plan: CompiledPlan, from: string): boolean {
  return plan.sessions.some((s) => s.date !== undefined && s.date >= from && s.sport !== 'rest');
}

/**
 * The first day of the bundle a link without `from` gives: today, or the
 * plan's start while it has not begun, so it holds the coming sessions (the
 * rest of the plan near its end). Once nothing is left for the watch, its last
 * `days` days, so the link still holds sessions; the page no longer offers it
 * then.
 */
export function defaultBundleFrom(plan: CompiledPlan, start: string, today: string, days: number): string {
  const from = watchFrom(start, today);
  if (watchSessionsFrom(plan, from)) return from;
  let last: string | undefined;
  for (const s of plan.sessions) if (s.date && (last === undefined || s.date > last)) last = s.date;
  if (last === undefined) return from;
  const latest = DateTime.fromISO(last, { zone: 'utc' }).minus({ days: days - 1 }).toISODate()!;
  return from <= latest ? from : latest > start ? latest : start;
}
