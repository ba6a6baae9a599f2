/**
 * Words of a session told in sentences ("I warmed up for a mile and then ran 4 x 400", "The
 * other week my workout called for six repeats of an 800m followed by a 400m recovery jog").
 * A coach can add a word here when a sentence of that kind stops its reading.
 */
import { WEEKDAY_LETTERS } from './calendar.js';
import { HOUR_MARKS } from './dates.js';

/** Articles: before a unit with no number, one of it ("a mile"); after a repeat sign, nothing ("6 x an 800m"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Units (as the normalising pass spells them) that an article counts as one: "a mile", "a
 * kilometre", "a lap", "an hour", "a minute". Not "a second", which is more often "a second set".
 */
export const ONE_UNITS: ReadonlySet<string> = new Set(['mile', 'mi', 'km', 'kilometre', 'kilometer', 'lap', 'hour', 'hr', 'min']);

/** Words after "a mile" that make it a place on the run, not its length ("a mile from the end", "a mile out"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['from', 'out', 'away', 'into', 'before', 'after', 'left']);

/** Words that join a part to the one before; an article between one and a length says nothing ("with an 800m jog"). */
export const JOINS: ReadonlySet<string> = new Set(['with', 'then', 'and', 'of']);

/**
 * Words that open an account of how the session went, after it is written ("Time Deek took: 400m
 * reps in 62-64sec", "Mile splits: 6:18, 6:15", "Average pace was then about 6:14", "It took just
 * under 2 1/2 hours"): what follows them was run, not asked for, and its figures are no targets.
 */
export const LOG_WORDS: ReadonlySet<string> = new Set(['splits', 'split', 'took', 'averaged', 'average', 'avg', 'clocked', 'results', 'went']);

/** Words that open a clause about the session just told ("… and it took 42 minutes", ", which took 40 min"): a log may open there too. */
export const LOG_SUBJECTS: ReadonlySet<string> = new Set(['it', 'that', 'which', 'this', 'everything', 'all']);

/**
 * A distance said to take a time ("1200m would take about 7 min", "a mile takes me 9 minutes"): how
 * long that distance takes, no run of its own. The verbs, and the words that may stand between the
 * distance and them.
 */
export const TAKE_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking']);
export const BEFORE_TAKE: ReadonlySet<string> = new Set(['would', 'will', 'should', 'could', 'might', 'may', 'can', 'does', 'did', 'usually', 'often', 'typically']);

/** Words that make such an opening a plan after all ("Target splits:", "Goal average", "should take"): read as written. */
export const PLAN_WORDS: ReadonlySet<string> = new Set(['target', 'targets', 'goal', 'goals', 'aim', 'aiming', 'plan', 'planned', 'scheduled', 'should', 'want', 'wanted', 'supposed', 'try', 'will', 'would', 'must']);

/**
 * Verbs that open a session told as a sentence, with the word after them ("Track workouts begin
 * with a 10-min warm-up", "Every runner starts with an 800m warm up"): the subject before them
 * and the verb are talk, and the session follows.
 */
export const OPENING_VERBS: ReadonlySet<string> = new Set(['begin', 'begins', 'began', 'start', 'starts', 'started', 'open', 'opens', 'opened']);

/** The word such a verb takes before the session. */
export const OPENING_PARTICLES: ReadonlySet<string> = new Set(['with']);

/** How many words the subject of such a sentence may have. */
export const SUBJECT_WORDS = 4;

/**
 * Past-tense running verbs that tell a sentence reports a session already run ("Ran 8 miles,
 * 1:17:08, 9:38 pace", "Clocked 5 miles in 36:26"): in the run's own sentence or line, a time or
 * pace written beside its length is how it went, not a target. Verbs of a story around the run
 * ("It was windy", "Legs felt fresh", "Week 1 went well") say nothing of the run's figures.
 */
export const LOG_VERBS: ReadonlySet<string> = new Set([
  'ran', 'did', 'finished', 'clocked', 'completed', 'logged', 'jogged', 'covered', 'averaged', 'managed', 'tagged',
]);

/** Subjects that may stand before such a verb at a line's start ("I ran 5 miles", "We did 6 miles"). */
export const LOG_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);

/**
 * A story told in the first person and the past tense ("I decided to tag along", "My mindset was
 * …", "We slept in"): the runner's own log, where every result beside a run is how it went. A
 * plan's aside in the past tense with no narrator ("It was windy", "Week 1 went well") is not.
 */
export const FIRST_PERSON: ReadonlySet<string> = new Set([...LOG_PRONOUNS, 'my', 'our', 'me', 'us']);

/** The runner's own "I": a story a log tells (a coach's "we had a great session" is no log of this run). */
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set(['i', 'my', 'me']);
export const STORY_VERBS: ReadonlySet<string> = new Set([
  ...LOG_VERBS, 'was', 'were', 'had', 'felt', 'went', 'got', 'started', 'decided', 'slept', 'ended', 'headed', 'saw', 'jumped',
]);

/** Words a logged result may carry beside its figure ("(7:50 avg pace)", "(8:40/pace)", "9:38 pace"). */
export const RESULT_WORDS: ReadonlySet<string> = new Set(['pace', 'avg', 'average', 'ave', 'min', 'mins', 'mi', 'mile', 'km', 'per', 'overall', 'moving', 'total', 'time']);

/** Words before a logged time ("in just under 45 minutes", "in about 36:26"). */
export const RESULT_HEDGES: ReadonlySet<string> = new Set(['just', 'under', 'over', 'about', 'around', 'roughly', 'approx', 'approximately', 'nearly', 'almost', 'exactly', 'a', 'little', 'bit', 'shy', 'of']);

/** Words that carry the report's verb to the run ("Finished with 10K", "Ran a 5 mile loop"). */
export const REPORT_PARTICLES: ReadonlySet<string> = new Set(['with', 'off', 'up']);

/** The effort a logged run is read at when nothing else says how hard to run it: the runner's own. */
export const LOGGED_EFFORT = 'as you feel';

/** How a log says its run felt ("Run felt easy"), and the easy kind of run that makes it. */
export const FELT_VERBS: ReadonlySet<string> = new Set(['felt', 'feeling']);
export const FELT_KINDS: ReadonlyMap<string, string> = new Map([['easy', 'e'], ['relaxed', 'e'], ['comfortable', 'e']]);

/** Words of a log's day heading that name no kind of run ("Monday PM:", "M:", "T/p.m.:"), besides the weekdays. */
export const LOG_DAY_WORDS: ReadonlySet<string> = new Set([...WEEKDAY_LETTERS, ...HOUR_MARKS, 'a', 'p', 'morning', 'evening', 'afternoon', 'today', 'tonight']);

/** Race distances a plan writes to the hundredth ("3.11 miles", "13.11 miles"): set by the race, not measured by a watch. */
export const RACE_DISTANCES: ReadonlySet<string> = new Set(['3.1', '3.11', '6.2', '6.21', '9.3', '13.1', '13.11', '26.2', '26.22', '21.1', '21.10', '42.2', '42.20']);

/** "Tue – 4.4 miles with Sarah", "… w/ the dog": the words a log says who came along with. */
export const LOG_COMPANY: ReadonlySet<string> = new Set(['with', 'w']);

/** "with a time of 55:58", "in a time of 1:04:30": the words that give a run's result, a time taken, not a part. */
export const RESULT_PHRASES: readonly (readonly string[])[] = [
  ['with', 'a', 'time', 'of'], ['in', 'a', 'time', 'of'], ['with', 'a', 'finishing', 'time', 'of'], ['finishing', 'in'],
];

/**
 * Words of an easy run named after its time in a log ("45 mins easy (6:53)", "2h35 long run (6:57)", "30 mins
 * recovery (7:41)"), whose clock in brackets is the pace it went at. A steady or bare run's clock may be its target.
 */
export const LOGGED_EASY_WORDS: ReadonlySet<string> = new Set(['easy', 'recovery', 'long', 'jog', 'aerobic']);
