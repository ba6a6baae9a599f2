/**
 * How boxes, bootcamps and clubs head a round written out on the lines below it:
 * "5 rounds:", "3 sets of;", "Then, 8 rounds of:", "4 sets of the following...",
 * "3 rounds for time:".
 */

/** The nouns a round heading counts: "5 rounds:", "3 sets:", "4 circuits of:". */
export const ROUND_NOUNS: ReadonlySet<string> = new Set(['rounds', 'round', 'sets', 'set', 'circuits', 'circuit', 'lots']);

/** Words that may open a round heading's line before its count: "Then, 8 rounds of:", "Then try 3 sets of:", "Complete 4 rounds:". */
export const ROUND_LEADS: ReadonlySet<string> = new Set(['then', 'try', 'do', 'complete', 'perform', 'now', 'next', 'and']);

/**
 * "3 rounds for time:", "4 rounds as fast as possible:": how the rounds are scored, which
 * asks for hard running but sets no pace; the heading is read without them.
 */
export const ROUND_SCORING: readonly (readonly string[])[] = [
  ['for', 'time'],
  ['as', 'fast', 'as', 'possible'],
  ['as', 'fast', 'as', 'you', 'can'],
];

/** "of the following …:": the words that point to the lines below; what follows them up to the colon only names the round. */
export const ROUND_POINTERS: readonly (readonly string[])[] = [['the', 'following'], ['these'], ['this']];

/**
 * "Rx'd:", "Scaled:", "Beginners:", "Advanced runners:": a heading naming the level a line is
 * for. Two or more such headings offer one session for each level, alternatives to choose from.
 */
export const LEVEL_WORDS: ReadonlySet<string> = new Set([
  'rx', "rx'd", 'rxd', 'scaled', 'beginner', 'beginners', 'novice', 'novices', 'intermediate', 'intermediates', 'advanced', 'experienced', 'elite',
]);

/** Words that may follow the level in its heading: "Advanced runners:", "Scaled version:", "Beginner group:". */
export const LEVEL_NOUNS: ReadonlySet<string> = new Set(['runners', 'runner', 'athletes', 'athlete', 'version', 'group', 'groups', 'level', 'option', 'workout', 'session']);

/** A warm-up or cool-down ("warm-up", "Cool down", "WU"): written around level headings, it could be any level's. */
export const AROUND_LEVELS: ReadonlySet<string> = new Set(['warmup', 'warm', 'cooldown', 'cool', 'warmdown', 'wu', 'cd']);

/** The verbs of a run line under a "For time:" heading ("-Run 1,600 meters"): each run is raced. */
export const TIMED_RUN_VERBS: ReadonlySet<string> = new Set(['run']);

/** "EMOM": every minute on the minute, the part started anew each minute, the rest of the minute a recovery. */
export const EVERY_MINUTE_WORDS: ReadonlySet<string> = new Set(['emom']);
