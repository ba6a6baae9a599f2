/**
 * The words that mark the parts of a run or a rep for the grammar: how a
 * recovery is written around its length, what follows a rep ("reps",
 * "intervals"), what opens a send-off or a remark. The grammar asks whether a
 * token is one of these kinds (`Cursor.isWordIn`); a coach's new word for one
 * of them is a word added here. Each table is exactly the words the grammar
 * has been reading for that place, so adding one widens only that place.
 */
import type { RecoveryExpr, Role } from '../ast.js';

/** Words after a length that make it a recovery standing in a sequence: "5 min jog", "400m float", "2 min static". */
export const RECOVERY_LEADS: ReadonlySet<string> = new Set(['jog', 'walk', 'rest', 'recovery', 'float', 'active', 'static', 'standing', 'easy', 'off']);

/** The same after "of": "2 minutes of walk/jog recovery". */
export const RECOVERY_AFTER_OF: ReadonlySet<string> = new Set(['jog', 'walk', 'rest', 'recovery', 'active', 'easy']);

/** How a recovery jog or walk is run, before it: "slow jog back", "easy jog 2 min". */
export const RECOVERY_MANNERS: ReadonlySet<string> = new Set(['slow', 'gentle', 'active', 'easy', 'light']);

/** Every word such a recovery is written with, in any order: "60 seconds of slow jog recovery". */
export const RECOVERY_WORDING: ReadonlySet<string> = new Set([...RECOVERY_LEADS, ...RECOVERY_MANNERS, 'of']);

/** After a recovery's "between", the words that make it the recovery between the reps around it ("400m easy between reps"). */
export const BETWEEN_REPS_LEADS: ReadonlySet<string> = new Set(['reps', 'each', 'efforts', 'intervals', 'all']);

/** The reps a "between" names ("1:00 recovery between all intervals"). */
export const BETWEEN_REPS_NOUNS: ReadonlySet<string> = new Set(['reps', 'each', 'efforts', 'runs', 'repeats', 'intervals']);

/** Words naming the reps themselves: "5 x 0.62 mi intervals", "6 x 1000-meter repeats", "2x(10×30/30 sec) intervals". */
export const REP_NOUNS: ReadonlySet<string> = new Set(['reps', 'intervals', 'repeats', 'efforts', 'runs', 'repetitions']);

/** A rep's time in seconds after "in": "in 75s", "in 75 sec". */
export const SECONDS_WORDS: ReadonlySet<string> = new Set(['s', 'sec', 'secs', 'seconds']);

/** Words that end a remark opened by "for" ("for rhythm w/ …"): what comes next is structure. */
export const REMARK_ENDS: ReadonlySet<string> = new Set(['w', 'with', 'or', 'then', 'and']);

/** After "or": faster is fine ("at 3:10/km or better"). */
export const OR_FASTER: ReadonlySet<string> = new Set(['better', 'faster', 'quicker', 'so']);

/** An effort level written in Roman numerals: "Level V Up Hill". */
export const LEVEL_NUMERALS: ReadonlySet<string> = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii']);

/** Pace words a coach writes after a length without "@": "20 min tempo", "3 mi MP", "6 miles goal pace". */
export const PACES_WITHOUT_AT: ReadonlySet<string> = new Set(['tempo', 'threshold', 'lt', 'conversational', 'hmp', 'mp', 'goal', 'marathon']);

/** How a recovery after "off 90" is run ("5 x 1km off 90 jog", "off 1:30 rest"), and the mode each word gives it. */
export const OFF_RECOVERY_MODES: Readonly<Record<string, RecoveryExpr['mode']>> = { jog: 'jog', easy: 'jog', float: 'jog', walk: 'walk', rest: 'rest', recovery: 'recovery' };

/** How the "off" of "1 min on/1 min off", "90 sec on 90 sec off", "20 seconds on/40 seconds rest" is written, and its mode. */
export const ON_OFF_MODES: Readonly<Record<string, RecoveryExpr['mode']>> = { ...OFF_RECOVERY_MODES, off: 'jog' };

/** Words that start a send-off: each rep starts on the clock ("start on 4:00", "leave on 2:30", "every 3 min"). */
export const SENDOFF_WORDS: ReadonlySet<string> = new Set(['start', 'leave', 'on', 'every']);

/** After a recovery's "between", the words that make it between the reps ("rest 90 s between repetitions"). */
export const BETWEEN_REPETITIONS: ReadonlySet<string> = new Set(['reps', 'efforts', 'each', 'runs', 'repeats', 'intervals', 'repetitions']);

/** Words that give a recovery in brackets its length: "(jog down)", "(full recovery)", "(equal time)", "(same distance)". */
export const RECOVERY_AMOUNT_WORDS: ReadonlySet<string> = new Set(['down', 'back', 'full', 'equal', 'previous', 'complete', 'same']);

/** Words that start a stretch of running by saying what it is: "Run 30 seconds", "Sprint for 30 seconds", "Walk 5 kilometers". */
export const RUN_VERBS: Readonly<Record<string, Role>> = { run: 'easy', runwalk: 'easy', sprint: 'work', surge: 'work', burst: 'work', stride: 'strides', strides: 'strides', hike: 'walk' };

/** Words naming the reps of a group after its count: "(400m, 200m) x 4 reps". */
export const GROUP_REP_NOUNS: ReadonlySet<string> = new Set(['reps', 'intervals', 'efforts', 'repeats']);

/** A line that gives the reps before it their recovery opens with one of these: "Recovery is 2:30", "Rest: 90 s". */
export const RECOVERY_NAMES: ReadonlySet<string> = new Set(['recovery', 'recoveries', 'rest']);


/** Words a recovery standing in a sequence opens with: "jog 400m", "walk 2 min", "take 90 s". */
export const RECOVERY_LINE_OPENERS: ReadonlySet<string> = new Set(['jog', 'walk', 'rest', 'recovery', 'recover', 'float', 'take']);

/** After "between" at the start of a line: "between each repetition, 200 jog", "between sets, 3 minute rest". */
export const BETWEEN_LINE_NOUNS: ReadonlySet<string> = new Set(['each', 'the', 'reps', 'sets', 'efforts']);

/** Strength work: "PT / Strength Focused Lift", "core", "drills". */
export const STRENGTH_WORDS: ReadonlySet<string> = new Set(['pt', 'strength', 'strengthening', 'lift', 'lifting', 'gym', 'weights', 'core', 'plyometrics', 'plyos', 'drills', 'mobility', 'stretch', 'stretching', 'kettlebell', 'kettlebells']);

/**
 * "45 min easy plus strength training", "5 miles + core": the kinds of strength work that make a session of their own
 * after a run (stretching, drills and mobility go with the run itself).
 */
export const STRENGTH_SESSION_WORDS: ReadonlySet<string> = new Set([
  'strength', 'strengthening', 'gym', 'weights', 'core', 'lift', 'lifting', 'plyometrics', 'plyos', 'pt', 'circuit', 'circuits', 'kettlebell', 'kettlebells',
]);

/** "Hip strengthening", "upper body weights": what a strength session works, or with what, before its word. */
export const STRENGTH_FOCUS: ReadonlySet<string> = new Set(['hip', 'hips', 'glute', 'glutes', 'leg', 'legs', 'arm', 'arms', 'upper', 'lower', 'body', 'full']);

/** "45 min easy plus strength training", "5 miles + core work": words that close a strength session named after a run. */
export const STRENGTH_SESSION_NOUNS: ReadonlySet<string> = new Set(['training', 'workout', 'session', 'work', 'class', 'routine']);

/** The words that add a second session to a run's day: "plus" (read as "then"), "and", "then", "+". */
export const SECOND_SESSION_JOINS: ReadonlySet<string> = new Set(['plus', 'and', 'then']);

/** Cross-training: "cross-train", "bike", "swim", "yoga". */
export const CROSS_TRAINING_WORDS: ReadonlySet<string> = new Set(['cross', 'bike', 'cycling', 'swim', 'swimming', 'elliptical', 'yoga', 'pilates', 'row', 'rowing', 'aqua', 'cardio']);

/**
 * Other sports as a log tells them ("70min of cycling", "swam 2k", "spin class"): the tolerant
 * reader never sets one aside as filler, since the figure beside it is then no run. Not the
 * cross-training table's "cross" ("cross country course") nor "row" ("third day in a row"), and
 * not "cycle" ("400m reps on a 2-minute cycle"): each is also said of running.
 */
export const OTHER_SPORTS: ReadonlySet<string> = new Set([
  ...[...CROSS_TRAINING_WORDS].filter((w) => !['cross', 'row'].includes(w)),
  'cycled', 'biked', 'biking', 'swam', 'rowed', 'spin', 'spinning', 'cardio', 'hike', 'hiked', 'hiking', 'ski', 'skiing', 'skied', 'pool',
]);

/** Words that may follow "Rest" or "Off" when it is the day's session: "Rest or easy run", "Rest day". */
export const REST_DAY_ENDS: ReadonlySet<string> = new Set(['or', 'day', 'then', 'and']);

/** Reps whose length is the hill's, the stride's or the effort's, run until the lap button: "3 x hill", "6 x strides", "8 repeats". */
export const LENGTHLESS_REPS: ReadonlySet<string> = new Set(['hill', 'hills', 'uphill', 'strides', 'stride', 'sprint', 'reps', 'intervals']);

/** After a recovery's opening word, what says how long it is: "jog down", "walk for 2 min", "jog back". */
export const RECOVERY_LENGTH_LEADS: ReadonlySet<string> = new Set(['down', 'for', 'back']);

/**
 * Words that place a figure in bracketed words at a point of the session: "(last 10 minutes at race pace)",
 * "(two at the turn)", "(15min w/up and dn)" (the warm-up's length, at the start).
 */
export const FIGURE_PLACES: ReadonlySet<string> = new Set(['last', 'first', 'middle', 'final', 'remaining', 'halfway', 'turn', 'except', 'instead', 'warmup', 'cooldown']);

/** Words that head a bracket's pace with a colon, saying only that a pace follows: "(Target: Half Marathon + 20 sec/mile)". */
export const BRACKET_PACE_HEADS: ReadonlySet<string> = new Set(['target', 'pace', 'goal', 'aim', 'effort', 'intensity']);

/** The ways a warm-up or cool-down is done, after it ("5 minute warm up – walking or very light jogging"). */
export const WARMUP_WAYS: ReadonlySet<string> = new Set(['walk', 'jog']);

/** Words after "at" that bound a length rather than name a pace ("at least", "at most"). */
export const AT_BOUNDS: ReadonlySet<string> = new Set(['least', 'most']);

/** Words of how a walk or jog goes, between "or" and its word ("walking or very light jogging"). */
export const MODE_MANNERS: ReadonlySet<string> = new Set(['very', 'light', 'easy', 'slow', 'brisk', 'gentle', 'relaxed']);

/**
 * Codes in brackets that are notes, not efforts ("5 km parkrun (PB)", "(TM)" for a treadmill, "(NB)"): any other
 * code of two or three capitals alone in brackets after a part is read as a legend's name for an effort.
 */
export const NOTE_CODES: ReadonlySet<string> = new Set(['pb', 'pr', 'sb', 'nb', 'am', 'pm', 'tm', 'gps', 'hr', 'ok', 'tbc', 'tbd', 'dnf', 'dns', 'lol', 'omg', 'usa', 'uk']);
