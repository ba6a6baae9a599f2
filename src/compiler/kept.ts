/**
 * A plan never sinks on one cell: a session the compiler cannot read is kept
 * as the coach wrote it — the text on the calendar and the page, one open step
 * carrying it on the watch — with its positioned diagnostic beside it.
 */
import type { Workout } from '../ir/workout.js';

/** Titles and step names are one line; the whole text travels in the notes. */
const TITLE_CHARS = 80;

export function keptAsWritten(w: Workout): Workout {
  const text = w.source.replace(/\s+/g, ' ').trim();
  const title = w.title !== w.source.trim().slice(0, 80) ? w.title : text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1)}…` : text;
  const error = w.diagnostics.find((d) => d.severity === 'error');
  return {
    ...w,
    title,
    sport: 'running',
    asWritten: true,
    steps: [{ type: 'step', intensity: 'active', duration: { kind: 'open' }, target: { kind: 'none' }, label: text, notes: [w.source.trim()] }],
    alternatives: [],
    estimate: { seconds: 0, meters: 0 },
    notes: [`kept as written: ${error ? error.message : 'runcast could not read it'}`],
  };
}
