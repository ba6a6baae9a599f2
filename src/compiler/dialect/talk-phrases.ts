/**
 * Noun phrases about the session: words of the shorthand that, after a word
 * like "my" or "another", name the session talked about rather than a part of
 * it ("I ran my second set of intervals last night", "Yet another cozy run at
 * the beginning of the week"). A coach can add a word here when talk about a
 * session stops its reading.
 */

/** Words that open a phrase naming the session itself: what follows is talked about, not run. */
export const SESSION_DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'another', 'this', 'that', 'todays', 'tonights']);

/** Words that say which of a series the session is ("my second set of intervals", "another run"). */
export const SERIES_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'another', 'other', 'usual', 'weekly', 'regular', 'sets', 'set', 'of']);

/** Nouns that end such a phrase: the session as a whole. */
export const SESSION_HEADS = new Set(['run', 'runs', 'session', 'sessions', 'workout', 'workouts', 'intervals', 'interval', 'training', 'sets', 'set', 'speedwork']);
