/**
 * Placing a plan on the calendar by its race: the race session lands on the
 * race day (any weekday), and the weeks are counted back from it.
 */
import { DateTime } from 'luxon';
import { WEEKDAYS } from '../ir/workout.js';
import type { LoadedPlan } from './load.js';

/** Days from day 1 of week 1 to the plan's race session: its last session, the way plans end on race day. */
export function raceOffset(plan: LoadedPlan): number {
  const weekStart = WEEKDAYS.indexOf(plan.doc.weekStart as (typeof WEEKDAYS)[number]);
  let last = 0;
  for (const cell of plan.cells) {
    const offset = (cell.week - 1) * 7 + ((WEEKDAYS.indexOf(cell.day) - weekStart + 7) % 7);
    if (offset > last) last = offset;
  }
  return last;
}

/** Day 1 of week 1 for a plan whose race session falls on `raceDate` (YYYY-MM-DD). */
export function startForRace(plan: LoadedPlan, raceDate: string): string {
  return DateTime.fromISO(raceDate, { zone: 'UTC' }).minus({ days: raceOffset(plan) }).toISODate()!;
}
