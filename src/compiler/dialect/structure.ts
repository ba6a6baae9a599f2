/**
 * Words that shape an interval session rather than time it: the groups a club
 * splits into, and plural recoveries that say each rep has one.
 */

/** "4 x 800 metres (main group)", "5 x 800 metres (endurance group)": one line for each group of runners. */
export const GROUP_WORDS: ReadonlySet<string> = new Set(['group', 'groups', 'squad', 'squads']);

/** "1 minute recoveries", "200 metre recoveries", "90 sec rests": plural, so one after each rep above. */
/** Nouns a count holds a list with, before "of" ("three sets of", "two repetitions of", "4 rounds of"). */
export const SETS_OF_NOUNS: readonly string[] = ['set', 'sets', 'repetition', 'repetitions', 'reps', 'round', 'rounds', 'cycle', 'cycles'];

export const PLURAL_RECOVERIES: ReadonlySet<string> = new Set(['recoveries', 'rests', 'jogs', 'floats']);

/** Recovery words that say the recovery belongs to the reps on its own, whatever follows: "90 seconds float". */
export const FLOAT_WORDS: ReadonlySet<string> = new Set(['float', 'floats']);

/** "6x1k off 3mins plus an extra 1k", "and one more 400": one more rep like those before it. */
export const EXTRA_REP_WORDS: ReadonlySet<string> = new Set(['extra', 'another', 'more', 'additional', 'bonus']);

/** Words between "total" and its figure that say what is totalled ("Total exercise time – 21min", "total running distance: 10 km"). */
export const TOTAL_NOUNS: ReadonlySet<string> = new Set(['time', 'exercise', 'running', 'run', 'distance', 'workout', 'session', 'training', 'volume', 'mileage', 'duration']);

/** Words between two parts that say the session ends with the second ("Finish w/ 8 x 100m"): no cool-down after it. */
export const SESSION_ENDINGS: ReadonlySet<string> = new Set(['finish']);

/**
 * "first 15 easy", "the last 4 at MP", "middle 7 at race pace": words placing a part in the run
 * around it; the rest of the run goes at the other end, or either side of a part in the middle.
 */
export const PLACE_WORDS: ReadonlyMap<string, 'start' | 'middle' | 'end'> = new Map([
  ['first', 'start'],
  ['beginning', 'start'],
  ['middle', 'middle'],
  ['last', 'end'],
  ['final', 'end'],
]);

/** Words a whole's length may carry before the comma that opens its parts: "8 mile run, …", "8 miles total, …". */
export const WHOLE_TAILS: ReadonlySet<string> = new Set(['run', 'total']);

/** "10 miles consisting of: …", "45 min made up of …": words saying that the parts after them make the whole. */
export const PARTS_PHRASES: readonly (readonly string[])[] = [
  ['consisting', 'of'],
  ['consists', 'of'],
  ['made', 'up', 'of'],
  ['comprising'],
  ['composed', 'of'],
];

/**
 * "30km as 10km easy, 8km at MP+40s/km, …": a word that says the parts after it make the whole only where they add
 * up to it ("12km as 10x20s at 5-10km pace" is reps inside the run, read as after "with").
 */
export const PARTS_WHEN_SUMMED: readonly (readonly string[])[] = [['as']];
