/**
 * Placing a plan on the calendar by its race: the race session lands on the
 * race day (any weekday), and the weeks are counted back from it.
 */
import { DateTime } from 'luxon';
import { WEEKDAYS } from '../ir/workout.js';
import type { LoadedPlan } from './load.js';

/**
 * Days from day 1 of week 1 to the plan's race: the day it declares ("race: { distance: HM, day:
 * 12/sun }", a recovery week after it), else its last session, the way plans end on race day.
 */
export function raceOffset(plan: LoadedPlan): number {
  const weekStart = WEEKDAYS.indexOf(plan.doc.weekStart as (typeof WEEKDAYS)[number]);
  const offset = (week: number, day: (typeof WEEKDAYS)[number]) => (week - 1) * 7 + ((WEEKDAYS.indexOf(day) - weekStart + 7) % 7);
  const declared = plan.doc.race?.day;
  if (declared) return offset(declared.week, declared.day);
  let last = 0;
  for (const cell of plan.cells) last = Math.max(last, offset(cell.week, cell.day));
  return last;
}

/** Day 1 of week 1 for a plan whose race session falls on `raceDate` (YYYY-MM-DD). */
export function startForRace(plan: LoadedPlan, raceDate: string): string {
  return DateTime.fromISO(raceDate, { zone: 'UTC' }).minus({ days: raceOffset(plan) }).toISODate()!;
}
