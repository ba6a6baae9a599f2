/**
 * One athlete's changes applied to their dated plan: moved, skipped, rewritten
 * and added sessions. A session keeps its id when it moves or is rewritten, so
 * the calendar moves the same event (SEQUENCE up) and the watch file is the
 * same session; each changed session says so (`change`), and the skipped ones
 * are listed on the plan, for the athlete's page.
 */
import { DateTime } from 'luxon';
import type { Athlete } from '../athlete/athlete.js';
import { hasErrors } from '../ir/diagnostic.js';
import { WEEKDAYS, type CompiledPlan, type Workout } from '../ir/workout.js';
import type { SessionChange } from '../plan/changes.js';
import type { LoadedPlan } from '../plan/load.js';
import { keptAsWritten } from './kept.js';
import { planRunOptions } from './plan.js';
import { compileRuns } from './session.js';

/** The week, weekday and free index a day has in a plan that starts on `start`; week 0 and below come before it. */
function slotOn(plan: CompiledPlan, date: string, weekStart: number): { week: number; day: (typeof WEEKDAYS)[number]; index: number } {
  const offset = Math.round(DateTime.fromISO(date, { zone: 'UTC' }).diff(DateTime.fromISO(plan.start!, { zone: 'UTC' }), 'days').days);
  const week = Math.floor(offset / 7) + 1;
  const day = WEEKDAYS[(((weekStart + offset) % 7) + 7) % 7]!;
  const used = plan.sessions.filter((s) => s.slot?.week === week && s.slot.day === day).map((s) => s.slot!.index);
  return { week, day, index: used.length ? Math.max(...used) + 1 : 0 };
}

function compiledText(text: string, plan: LoadedPlan, athlete: Athlete, id: string, slot: Workout['slot']): Workout[] {
  const options = planRunOptions(plan, athlete);
  return compileRuns(text, athlete, { ...options, id, slot }).map((w) => (hasErrors(w.diagnostics) ? keptAsWritten(w) : w));
}

function withDate(w: Workout, date: string | undefined, change: NonNullable<Workout['change']>): Workout {
  return { ...w, ...(date ? { date } : {}), change, alternatives: w.alternatives.map((a) => ({ ...a, ...(date ? { date } : {}) })) };
}

/**
 * The plan as this athlete runs it. A change whose session the plan no longer has (an edit
 * removed it) changes nothing, and is named among the plan's warnings.
 */
export function applyChanges(compiled: CompiledPlan, plan: LoadedPlan, athlete: Athlete, changes: readonly SessionChange[]): CompiledPlan {
  if (changes.length === 0 || !compiled.start) return compiled;
  const weekStart = WEEKDAYS.indexOf(plan.doc.weekStart as (typeof WEEKDAYS)[number]);
  let sessions = [...compiled.sessions];
  const skipped: NonNullable<CompiledPlan['skipped']> = [];
  const diagnostics = [...compiled.diagnostics];
  for (const change of changes) {
    if (change.kind === 'add') {
      const slot = slotOn({ ...compiled, sessions }, change.date, weekStart);
      const id = `w${slot.week}-${slot.day}-${slot.index}`;
      sessions.push(...compiledText(change.text, plan, athlete, id, slot).map((w) => withDate(w, change.date, 'added')));
      continue;
    }
    const at = sessions.findIndex((s) => s.id === change.session);
    if (at < 0) {
      diagnostics.push({ severity: 'warning', line: 1, column: 1, offset: 0, length: 1, message: `a change for session ${change.session} (${change.kind}) finds no such session in the plan any more` });
      continue;
    }
    const session = sessions[at]!;
    if (change.kind === 'skip') {
      skipped.push({ id: session.id, ...(session.date ? { date: session.date } : {}), title: session.title });
      sessions = sessions.filter((_, k) => k !== at);
    } else if (change.kind === 'move') {
      sessions[at] = withDate(session, change.date, 'moved');
    } else {
      const [first] = compiledText(change.text, plan, athlete, session.id, session.slot);
      sessions[at] = withDate(first!, session.date, 'replaced');
    }
  }
  sessions.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.slot?.index ?? 0) - (b.slot?.index ?? 0));
  return { ...compiled, sessions, diagnostics, ...(skipped.length ? { skipped } : {}) };
}
