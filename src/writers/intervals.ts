/**
 * Format "intervals": sessions in intervals.icu's workout-text syntax, to
 * paste into its workout builder or to push with the sync
 * (`src/sync/intervals/`). One session gives its text; a plan gives one
 * document holding every session, each under a line naming its day.
 */
import type { CompiledPlan, Workout } from '../ir/workout.js';
import { registerWriter, type OutputFile } from './registry.js';
import { intervalsText } from './intervals/text.js';
import { plainLine } from './intervals/syntax.js';

export { intervalsText, isWordsOnly } from './intervals/text.js';

const MEDIA_TYPE = 'text/plain; charset=utf-8';

/** intervals.icu's activity type for the session; a rest day is a calendar note, not a workout. */
export function intervalsType(workout: Workout): 'Run' | 'WeightTraining' | 'Workout' | undefined {
  switch (workout.sport) {
    case 'running':
      return 'Run';
    case 'strength':
      return 'WeightTraining';
    case 'cross_training':
      return 'Workout';
    case 'rest':
      return undefined;
  }
}

const DAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;

/** "=== 2026-12-02 · Week 1 Wed · Run: 6×400m @ HM–10K ===": where each session starts in the plan document. */
function sessionHeading(w: Workout): string {
  const when = [w.date, w.slot ? `Week ${w.slot.week} ${DAY_NAMES[w.slot.day]}` : undefined].filter(Boolean).join(' · ');
  const kind = intervalsType(w) ?? 'Note';
  return plainLine(`=== ${when ? `${when} · ` : ''}${kind}: ${w.title}${w.optional ? ' (optional)' : ''} ===`);
}

function fileName(w: Workout): string {
  const id = w.id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'session';
  return `${w.date ? `${w.date}-` : ''}${id}.intervals.txt`;
}

registerWriter({
  name: 'intervals',
  description: "intervals.icu workout text (its builder's syntax), one block per session, to paste or to sync",
  mediaType: MEDIA_TYPE,
  extension: 'txt',
  writeWorkout(workout, plan): OutputFile {
    return { path: fileName(workout), mediaType: MEDIA_TYPE, data: intervalsText(workout, plan.athlete.units) };
  },
  writePlan(plan: CompiledPlan): OutputFile[] {
    const blocks = plan.sessions.map((w) => `${sessionHeading(w)}\n${intervalsText(w, plan.athlete.units)}`);
    return [{ path: 'plan.intervals.txt', mediaType: MEDIA_TYPE, data: blocks.join('\n') }];
  },
});
