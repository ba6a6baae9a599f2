/**
 * What a word *is* to the grammar: the categories of tokens the constructs
 * read (a quantity's unit, a count, a pace reference, an effort, a recovery
 * marker, a separator, filler). The grammar asks for a kind of token; the
 * words that make each kind live here and in src/compiler/vocabulary.ts, so a
 * coach's new word is one line in a table, not a change to the grammar.
 */
import type { Role } from '../ast.js';
import { DISTANCE_UNITS, EFFORT_WORDS, PACE_WORDS, TIME_UNITS } from '../vocabulary.js';

/** Words that say the part is a recovery, and how it is run. */
export const RECOVERY_MARKERS = new Set(['jog', 'walk', 'rest', 'recovery', 'recoveries', 'rec', 'recover', 'standing', 'float']);

/** The recovery markers a recovery clause may open with ("rest 90 s", "jog 400m"). */
export const RECOVERY_OPENERS = new Set(['rest', 'recovery', 'jog', 'walk']);

/** Words that name the kind of a part ("6 x 100m strides", "2 mi WU"). */
export const ROLE_WORDS: Record<string, Role> = {
  easy: 'easy', run: 'easy', running: 'easy', jog: 'easy',
  strides: 'strides', stride: 'strides', hill: 'hill', hills: 'hill', uphill: 'hill',
  wu: 'warmup', warmup: 'warmup', cd: 'cooldown', cooldown: 'cooldown', race: 'race',
};

/** Words that join one part to the next. */
export const SEPARATOR_WORDS = new Set(['then', 'and', 'plus']);

/** Words that may stand after a quantity without being its unit ("400 w/ …", "30 min run or …"). */
export const AFTER_QUANTITY = new Set(['w', 'with', 'at', 'or', 'then', 'and', 'for', 'cut', 'full', 'in', 'jog', 'recovery', 'rest', 'walk', 'float']);

/** Words that join strides to the run before them ("8 miles + strides", "easy with strides"). */
export const STRIDES_JOINS = new Set(['with', 'plus', 'and', 'then', 'w']);

/** Words that count strides without a number ("some strides", "a few strides"): the usual set. */
export const SOME_WORDS = new Set(['some', 'few', 'several']);

/** "a couple of miles", "a couple strides": two. */
export const COUPLE_WORDS = new Set(['couple', 'pair']);

/** A warm-up's routine: the words of a part that is only that, which the watch does not time. */
export const ROUTINE = new Set(['dynamic', 'static', 'stretches', 'stretch', 'stretching', 'drills', 'drill', 'mobility', 'strides', 'stride', 'jog', 'lunges', 'skips']);

/** Words a coaching cue opens with ("focus on form …", "aim to …", "keep it relaxed"). */
export const CUES = new Set(['focus', 'aim', 'try', 'keep', 'remember', 'concentrate']);

/** Words a sentence of explanation opens with. */
export const PRONOUNS = new Set(['so', 'this', 'that', 'it', 'if', 'we', 'you', 'they', 'these', 'those', 'there', 'note', 'aim', 'try', 'focus']);

/** Words that only decorate a sentence around a session: set aside when the reading stops on them. */
export const FILLER_WORDS = new Set(['the', 'a', 'an', 'each', 'every', 'some', 'our', 'my', 'today', 'we', 'you', 'i', 'll', 're', 've', 's', 'd', 'just', 'really', 'nice']);

export const QUANTITY_CATEGORY = 'quantity';
export const FILLER_CATEGORY = 'filler';
export type Category = 'quantity' | 'pace' | 'effort' | 'recovery' | 'separator' | 'filler' | 'other';

/** The category of one word, for the passes that work on kinds of tokens. */
export function categoryOf(word: string): Category {
  if (DISTANCE_UNITS[word] !== undefined || TIME_UNITS[word] !== undefined) return 'quantity';
  if (RECOVERY_MARKERS.has(word)) return 'recovery';
  if (PACE_WORDS[word] !== undefined) return 'pace';
  if (EFFORT_WORDS.has(word)) return 'effort';
  if (SEPARATOR_WORDS.has(word)) return 'separator';
  if (FILLER_WORDS.has(word)) return 'filler';
  return 'other';
}

/**
 * Words a sentence about the session says what was (or will be) done with, before the
 * session itself ("we did 8x800m", "I would run 3 x 1600m", "the Coach had me do …"):
 * read past when they open a sentence, like prose.
 */
export const SENTENCE_VERBS = new Set([
  'do', 'did', 'does', 'doing', 'done', 'will', 'would', 'should', 'shall', 'can', 'could', 'be', 'been', 'is', 'are', 'was', 'were',
  'had', 'have', 'has', 'run', 'ran', 'running', 'runs', 'get', 'got', 'go', 'went', 'going', 'start', 'started', 'starting', 'with',
  'then', 'and', 'after', 'before', 'today', 'tonight', 'session', 'workout', 'training', 'main', 'set',
]);

/** Sentence verbs that join parts rather than follow a pronoun: "I with 400 jog" is not "I did". */
export const PRONOUN_VERB_EXCEPTIONS = new Set(['with', 'then', 'and', 'after', 'before', 'session', 'workout', 'training', 'main', 'set']);

/**
 * Words that change how often something is run ("repeat the whole block once more", "do it all a
 * second time", "twice"): a sentence holding one is never set aside unread, since leaving it out
 * would change the workout.
 */
export const REPEAT_WORDS = new Set(['repeat', 'repeats', 'repeated', 'again', 'twice', 'thrice', 'times', 'once', 'more', 'second', 'third', 'rounds', 'round', 'sets', 'whole', 'block', 'another', 'extra', 'double']);

/**
 * Words that make what follows them conditional or relative ("except for the middle where we
 * had 2mins", "if your pace is 1min 30sec per 400m", "faster than 10k pace"): prose holding one
 * is never set aside when a figure follows it in the sentence, since the figure would then be
 * read as if the words were not there.
 */
export const QUALIFIERS = new Set(['except', 'where', 'if', 'unless', 'instead', 'but', 'when', 'whereas', 'until', 'than', 'which', 'whether', 'otherwise', 'apart', 'besides', 'minus', 'without']);

/** Words that say the figure after them is approximate ("around 15 minutes", "c. 2 minutes"): the figure is run as written. */
export const APPROXIMATE = new Set(['around', 'about', 'approx', 'approximately', 'roughly', 'circa', 'c', 'ca', 'some', 'nearly']);

/** Words that make the number beside them a count ("Repeat 5 times:", "4 rounds:"): such words are not a session's name. */
export const COUNT_NOUNS = new Set(['times', 'rounds', 'sets', 'reps', 'repeats', 'repeat']);

/**
 * Verbs of running and recovering whose length may follow "for" ("Sprint for 1 minute",
 * "recovery jog for 90 seconds", "Cool down for at least 10 minutes"): the "for" says
 * no more than the length does.
 */
export const PART_VERBS = new Set(['run', 'running', 'jog', 'walk', 'sprint', 'recover', 'recovery', 'rest', 'warmup', 'cooldown', 'easy', 'float', 'strides']);

/** Words that say how a part is run and change no step ("walk briskly for 4.5 minutes"). */
export const MANNER_WORDS = new Set(['briskly', 'gently', 'lightly', 'easily', 'comfortably', 'steadily', 'just']);

/** Verbs that open a part of running and say nothing an effort after them does not ("Run hard for 30 seconds"). */
export const RUN_VERBS = new Set(['run', 'running', 'go']);

/** Words a length's work is named by after "of" ("45 minutes of moderate running", "3 min of tempo running"). */
export const RUNNING_NOUNS = new Set(['running', 'run', 'jog']);

/** Words that say how long a recovery feels, not how long it is ("with short recovery c. 2 minutes"): set aside before a recovery's length. */
export const RECOVERY_ADJECTIVES = new Set(['short', 'brief', 'quick', 'active', 'light', 'slow']);

/** Parts a run may be said to go without ("Run for 20 minutes, no walking", "NO WALKING"): no step, set aside. */
export const ABSENT_PARTS = new Set(['walk', 'breaks', 'break', 'stopping', 'stops']);

/**
 * Nouns a pace word names a kind of session with, in talk about it ("I had a great interval
 * session last night", "you're still doing interval training"): the pace word there says no
 * pace for a part. ("Tempo run" is not one of them: "Tempo run\n3 miles" is 3 miles at tempo.)
 */
export const SESSION_NOUNS = new Set(['session', 'sessions', 'training', 'workout', 'workouts', 'program', 'programme', 'plan', 'class', 'group', 'partners', 'day', 'days', 'week', 'weeks']);

/** Words that are a count by themselves ("Repeat twice"): never filler, since leaving one out changes how often a block is run. */
export const MULTIPLIERS: Record<string, number> = { twice: 2, thrice: 3 };

/** Verbs that repeat what was written before them, with what they repeat ("Repeat this cycle 8 times", "Continue this alternating run/jog 6 times"). */
export const REPEAT_VERBS = new Set(['repeat', 'continue', 'complete']);
export const REPEATED_OBJECTS = new Set(['this', 'that', 'it', 'the', 'these', 'whole', 'entire', 'cycle', 'sequence', 'pattern', 'set', 'block', 'intervals', 'alternating', 'alternation', 'runwalk', 'process', 'circuit']);
