/**
 * Figures a coach leaves for the reader to place: a numbered heading over each
 * set ("Set 1: …\nSet 2: …"), and a unit written once for a run of parts
 * ("run for 5 minutes, walk for 3, run for 5").
 */

/** Words that number the sets of a session, one heading a line ("Set 2:", "Block 3:"). */
export const NUMBERED_HEADINGS: ReadonlySet<string> = new Set(['set', 'block', 'round']);

/* The verbs of a part whose length a later part may leave without its unit ("walk for 3") are the run/walk verbs (runs.ts). */

/** Words that may stand between such a verb and its bare figure ("walk for another 10"). */
export const BEFORE_BARE_FIGURE: ReadonlySet<string> = new Set(['for', 'another']);

/** Words that may follow the bare figure and end its part ("walk for another 10 to cool down"). */
export const AFTER_BARE_FIGURE: ReadonlySet<string> = new Set(['to', 'and', 'then']);

/** Units of a race distance that names a pace ("your 10k pace", "5km pace", "1 mile race pace"). */
export const RACE_DISTANCE_UNITS: ReadonlySet<string> = new Set(['k', 'km', 'mile', 'mi']);

/** Words that may stand in a pace's name between the distance and "pace": "1 mile race pace", "5k goal pace". */
export const PACE_NAME_WORDS: ReadonlySet<string> = new Set(['race', 'goal']);

/** Words that open the pace's name in a sentence of its own: "aim for your 10k pace", "run at 5k pace". */
export const BEFORE_PACE_NAME: ReadonlySet<string> = new Set(['your', 'at', 'the', 'a', 'goal']);


/** "Pace: 4:50-5:05", "Ritmo: 5:00": the word that heads a line giving only a run's pace, in the languages runcast reads. */
export const PACE_HEADS: ReadonlySet<string> = new Set(['pace', 'ritmo', 'allure', 'rythme', 'vauhti', 'tahti', 'passo']);
