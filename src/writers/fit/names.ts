/** File names for FIT files: descriptive ones for downloads, short ones for a watch's NewFiles folder. */
import type { Workout } from '../../ir/workout.js';

/** ASCII lower-case words joined by dashes: "Spring Mile 🏃" → "spring-mile". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "2026-03-03-w1-tue-0.fit": sorts by date in a file listing. */
export function downloadFileName(workout: Workout): string {
  const id = slug(workout.id) || 'session';
  return `${workout.date ? `${workout.date}-` : ''}${id}.fit`;
}

/**
 * "W01TUE0.FIT": at most 8 ASCII letters and digits before ".FIT", because
 * devices that import from GARMIN/NewFiles come from 8.3 file systems and
 * some skip longer or non-ASCII names. `taken` holds the names (upper case)
 * already used in the same folder.
 */
export function deviceFileName(workout: Workout, taken: Set<string>): string {
  const slot = workout.slot;
  const base = slot
    ? `W${String(slot.week).padStart(2, '0')}${slot.day.toUpperCase()}${slot.index}`
    : slug(workout.id).replace(/-/g, '').toUpperCase();
  let stem = (base || 'WORKOUT').slice(0, 8);
  for (let n = 1; taken.has(`${stem}.FIT`); n++) {
    const suffix = String(n);
    stem = `${(base || 'WORKOUT').slice(0, 8 - suffix.length)}${suffix}`;
  }
  const name = `${stem}.FIT`;
  taken.add(name);
  return name;
}
