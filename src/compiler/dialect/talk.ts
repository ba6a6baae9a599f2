/**
 * What the best guess at a refused page (src/compiler/scan) reads as talk or
 * doubts: words around a figure that make it no part of the session (a time of
 * day; a date's month is set aside earlier, in dates.ts), and words that make a
 * reading from the page's figures one not to offer. A coach can add a word here
 * when a page's figures are guessed as steps that are not.
 */

/** "10 am", "6 pm", "3 o'clock", "2 weeks ago", "5 years", "100 people", "10 kids". */
export const TALK_AFTER = new Set([
  'am', 'pm', 'oclock', 'o', 'weeks', 'week', 'days', 'months', 'month', 'years', 'year', 'yrs', 'ago',
  'people', 'runners', 'kids', 'athletes', 'members', 'degrees', 'celsius', 'fahrenheit', 'calories', 'kcal',
  'lbs', 'pounds', 'kg', 'bpm', 'beats', 'percent', 'st', 'nd', 'rd', 'th',
]);

/** "week 3", "day 2", "mile 7" of a run, "number 4", "page 2", "since 2010". */
export const TALK_BEFORE = new Set(['week', 'day', 'number', 'no', 'page', 'since', 'in', 'age', 'aged', 'level', 'phase', 'stage', 'episode', 'part', 'chapter', 'step', 'mile']);

/**
 * Words that say a bare length is not running: walking and other sports. Not the plans' cross-training
 * table (markers.ts): its "cross" opens "cross-country", a page about running.
 */
export const OTHER_ACTIVITY: ReadonlySet<string> = new Set([
  'walk', 'walking', 'walked', 'hike', 'hiking', 'cycle', 'cycling', 'cycled', 'bike', 'biking', 'ride', 'rode', 'spin',
  'stationary', 'swim', 'swimming', 'swam', 'elliptical', 'rowing', 'row', 'yoga', 'pilates', 'gym', 'strength', 'weights',
]);

/** Words between two parts of a page that make them choices, not one session ("… or 2×15 minutes"). */
export const ALTERNATIVE_WORDS = new Set(['or', 'either', 'instead', 'alternatively', 'otherwise', 'vary', 'varies', 'versus', 'vs']);

/** Prose words two parts of one session may stand apart by ("2 miles warm up, then the main set of …"). */
export const MAX_GAP_WORDS = 8;

/**
 * Words that change what was run, anywhere in a sentence of talk: a session told with one of
 * them ("6 miles instead of the 10", "skipped the 5 x 1K", "not 400s", "ran the 10K in 41:30")
 * is never read from its one construct alone; it stays refused where the reading stopped.
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nor', 'instead', 'rather', 'skip', 'skipped', 'skipping', 'missed', 'miss', 'cancelled', 'canceled',
  'dont', 'didnt', 'wasnt', 'couldnt', 'cant', 'wont', 'don', 'didn', 'wasn', 'couldn', 'won', 'except', 'whereas', 'apart', 'besides', 'minus', 'without', 'whether', 'or', 'either',
  'otherwise', 'alternatively', 'until', 'unless', 'if', 'cut', 'stopped', 'quit', 'dnf', 'shortened', 'only', 'almost', 'nearly',
  'over', 'under', 'more', 'less', 'than', 'race', 'raced', 'racing', 'parkrun', 'pb', 'pr', 'result', 'placed', 'time',
  'split', 'splits', 'average', 'averaged', 'avg', 'then', 'followed', 'after', 'before', 'each', 'every', 'between', 'total', 'twice',
]);

/**
 * Words of a plan, and words of a contrast: together ("planned 8 x 400 but …", "was supposed to
 * run 10, however …") they say the session run was not the one written, and the text stays refused.
 * Either alone ("the plan called for a 60 minute run", "challenging, but one that …") changes nothing.
 */
export const PLAN_TALK: ReadonlySet<string> = new Set(['plan', 'planned', 'planning', 'supposed', 'scheduled', 'meant', 'hoped', 'wanted', 'tried', 'should', 'would', 'could', 'might', 'intended', 'goal', 'target']);
export const CONTRAST_WORDS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'yet', 'still']);

/**
 * Everyday words of English talk besides those never taken for typos (dialect/english.ts): a session
 * is read from its one construct only where the words around it are English talk, not a language
 * whose words the shorthand's tables do not know.
 */
export const TALK_WORDS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'my', 'your', 'our', 'it', 'this', 'that', 'there', 'today', 'todays', 'tonights', 'was', 'is', 'did', 'ran', 'went', 'got',
]);
