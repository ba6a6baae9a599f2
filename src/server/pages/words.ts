/**
 * A session in words for the pages, from the calendar's describer so that the
 * page, the calendar event and the playground all say the same thing.
 * `describeWorkout` writes a whole event description (steps, estimate, coach's
 * text, notes, links); the pages lay those parts out separately, so it is
 * handed the workout with everything but the wanted part left out.
 */
import type { Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { describeWorkout } from '../../writers/ics/describe.js';

const NOTHING_ELSE = {
  source: '',
  notes: [],
  coachNotes: undefined,
  alternatives: [],
  optional: false,
  diagnostics: [],
} satisfies Partial<Workout>;

/** One line per top-level block: "Warm-up: 15 min", "6 × (400 m @ HM–10K 7:11–6:50 /mi (4:28–4:15 /km), 400 m jog)". */
export function stepLines(workout: Workout, units: Units): string[] {
  const text = describeWorkout({ ...workout, ...NOTHING_ELSE, estimate: { seconds: 0, meters: 0 } }, units);
  return text === '' ? [] : text.split('\n');
}

/** "51 min · 6.9 mi (11.1 km)", rounded as the calendar rounds it; "" for a session with no estimate. */
export function estimateLine(workout: Workout, units: Units): string {
  const text = describeWorkout({ ...workout, ...NOTHING_ELSE, steps: [] }, units);
  return text.replace(/^Estimated: /, '');
}
