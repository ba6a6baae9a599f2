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

/**
 * Verbs of the narrative whose particle is no part of a session ("we started off with a warm up",
 * "kicked it off with the classic 400s", "Set off with a 2k warmup", "First off"): the verb and
 * its particle are talk. Not "take … off", which is a day of rest.
 */
export const PARTICLE_VERBS = new Set(['start', 'starts', 'started', 'starting', 'kick', 'kicks', 'kicked', 'kicking', 'set', 'setting', 'first', 'head', 'headed', 'heading']);

/** The particles such a verb takes. */
export const PARTICLES = new Set(['off', 'out']);

/** Words that may stand between such a verb and its particle ("kicked it off", "started things off"). */
export const PARTICLE_OBJECTS = new Set(['it', 'things', 'us', 'them', 'everything']);

/**
 * Verbs that report how the session went ("Run felt good and it was a great warmup", "An easy run
 * yesterday went well", "Felt tough but good to push things hard"): a sentence with no figure that
 * holds one is the writer's account, and its "run", "easy" or "hard" say nothing of a part.
 */
export const REPORT_VERBS = new Set(['felt', 'feel', 'feels', 'feeling', 'went', 'seemed', 'seems', 'looked']);

/**
 * Small words of the shorthand that say nothing of a part in a clause of talk joined to the session
 * by a dash, a bracket or a comma ("– I feel faint just typing it", "(too late with the sun
 * shining)"): verbs of the account and words that tie talk together. A clause of these and words of
 * prose changes no step.
 */
export const CLAUSE_TALK = new Set([...REPORT_VERBS, 'with', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'have', 'has', 'did', 'do', 'got', 'get', 'went', 'will', 'would', 'can', 'could']);

/** The writer's own "I", as written (capital): "– I feel faint" is the writer, never a pace. */
export const WRITER_WORDS: ReadonlySet<string> = new Set(['I']);

/** Words that tie talk together but offer a choice of what is run ("5 or 6 x 800m"): never talk of their own. */
export const CHOICE_WORDS: ReadonlySet<string> = new Set(['or']);

/**
 * Words that open an invitation or a plan before the session ("Okay, lets go to river road and do
 * 10 x 400m", "Let's head out and run 5 miles"): read past like the sentence verbs that follow them.
 * "lets" is no typo of "sets" there.
 */
export const OPENING_VERBS = new Set(['lets', 'let', 'head', 'heading', 'headed', 'meet', 'met']);

/**
 * Words after "one of" that make it talk about the session or the people in it ("One of my
 * favourites is …", "one of the lads", "one of those sessions"), and after any count ("20 of us").
 */
export const ONE_OF: ReadonlySet<string> = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'those', 'these', 'its']);
export const PEOPLE_OF: ReadonlySet<string> = new Set(['us', 'you']);
