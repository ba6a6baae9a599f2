/**
 * A session headed by its total time ("22 min: Run 10, walk 1, repeat",
 * "24 min: Run 24"), as run/walk plans print a week's days: the heading gives
 * the unit its lines leave out. The words such a line is made of, in order.
 */

/** What each part of the line does, before its bare length: "Run 10", "walk 1". */
export const HEADED_STEPS: ReadonlySet<string> = new Set(['run', 'walk', 'jog']);

/** The word that ends the line and repeats its parts until the heading's time is filled. */
export const HEADED_REPEATS: ReadonlySet<string> = new Set(['repeat']);
