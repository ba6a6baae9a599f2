/**
 * How plans describe a run's feel and ground in words: slower than easy ("very
 * easy"), easy said another way ("regular run pace"), and the terrain it is run
 * on ("through rolling hills"), which is no hill repetition. Phrases are written
 * as the normalising pass spells words (lower case, "-" for a hyphen); a
 * replacement is written as in dialect/words.ts ("@" is the pace mark).
 */

/** Phrases that name the pace of a run, and the pace they are run at. */
export const RUN_PACE_PHRASES: [string, string][] = [
  // Slower than easy: the recovery pace.
  ['very easy', '@ recovery'],
  ['very - easy', '@ recovery'],
  ['extra easy', '@ recovery'],
  // "super easy", "really easy": easy, said with feeling; coaches and runners mean easy pace by them.
  ['super easy', '@ e'],
  ['really easy', '@ e'],
  ['very slow', '@ recovery'],
  ['recovery run pace', '@ recovery'],
  ['recovery pace', '@ recovery'],
  // "7-9 mi very easy to easy": from recovery pace up to easy, which the easy band holds.
  ['very easy to easy', 'easy'],
  // Easy, said as the runner's everyday pace.
  ['regular run pace', '@ e'],
  ['regular running pace', '@ e'],
  ['normal run pace', '@ e'],
  ['normal running pace', '@ e'],
  ['regular pace', '@ e'],
  ['normal pace', '@ e'],
  // "at easy pace or slower": easy is the fastest the run should go, so it is run at easy.
  ['easy pace or slower', 'easy pace'],
  ['easy or slower', 'easy'],
  // "at moderate pace": the steady pace of the label table (Steady, "moderate" → M).
  ['moderate pace', 'marathon pace'],
  // Anaerobic threshold, as some plans abbreviate it: the threshold pace.
  ['@ ant', '@ t'],
  ['at ant', '@ t'],
];

/**
 * Labels that leave the day to the runner, after the run's length ("3 miles - Flex Run"): the
 * run, or what the label offers in its place. Read as the alternatives they name, written as the
 * grammar reads alternatives ("or cross or rest"). Only at the end of the day's text, where a label
 * stands.
 */
export const RUN_CHOICE_PHRASES: [string, string][] = [
  // A flex run or flex day: run it, cross-train instead, or rest, as the week allows.
  ['flex run', 'or cross or rest'],
  ['flexible run', 'or cross or rest'],
  ['optional run', 'or rest'],
];

/** Figures written alone that name a race in miles, whatever the plan's unit ("13.1 - RACE", "26.2!"). */
export const RACE_FIGURES: ReadonlySet<string> = new Set(['13.1', '26.2']);

/** Figures that are the marathon written alone in a plan's cell ("26.2", "42.2"), with their unit: no plan sets either as a training run. */
export const MARATHON_FIGURES: ReadonlyMap<string, string> = new Map([['26.2', 'mi'], ['42.2', 'km'], ['42.195', 'km']]);

/** Words that close a day after its length to say the length is raced ("13.1 - RACE", "26.2 - Race", "13.1 - RACE DAY"). */
export const RACE_AFTER_LENGTH: string[] = ['race', 'race day'];

/** A parkrun: the timed 5 km run in a park every Saturday morning, as a plan names the whole day. */
export const PARKRUN: readonly (readonly string[])[] = [['parkrun'], ['park', 'run'], ['parkruns']];

/**
 * The ground a run goes over: said for the athlete, no part of the workout.
 * Each phrase is read whole; "hills" alone still names hill repetitions.
 */
export const TERRAIN_PHRASES: string[] = [
  'through rolling hills',
  'over rolling hills',
  'on rolling hills',
  'with rolling hills',
  'through the hills',
  'over the hills',
  'on hilly course',
  'on a hilly course',
  'on hilly terrain',
  'on a hilly route',
  'on hilly route',
  'over hilly terrain',
  'on a rolling course',
  'on rolling terrain',
  'over rolling terrain',
  'on undulating terrain',
];

/** Words that say a run speeds up as it goes: "easy progressing to moderate", "easy building to steady". */
export const PROGRESS_WORDS: ReadonlySet<string> = new Set(['progressing', 'building', 'progress', 'build', 'increasing', 'progression', 'progressive']);

/** Whether an effort as written says the run speeds up ("easy progressing to moderate"). */
export const isProgression = (effort: string | undefined): boolean => effort !== undefined && effort.split(' ').some((w) => PROGRESS_WORDS.has(w));

/** Words that say how a run goes when they stand right after its length ("5 miles Aerobic"), as the grammar spells it. */
export const AFTER_LENGTH: Record<string, string> = { aerobic: 'easy' };

/**
 * Words of encouragement that close a day after a mark ("Rest - Enjoy!", "Race day! Good luck!"):
 * said to the athlete, no part of the workout.
 */
export const CHEERS: string[] = ['good luck', 'enjoy', 'enjoy it', 'enjoy the day', 'have fun', 'you got this', 'you can do it', 'go get it', 'well done', 'congratulations', 'congrats'];

/** "Rest/Strength", "Rest / Cross-train": after "rest" and a slash, another kind of day the athlete may take instead. */
export const REST_DAY_CHOICES: ReadonlySet<string> = new Set(['strength', 'gym', 'weights', 'core', 'cross', 'bike', 'cycling', 'swim', 'swimming', 'yoga', 'pilates', 'elliptical']);

/**
 * Kinds of day a plan's cell may offer with a slash between them ("30 min Cross Trainer/brisk walk",
 * "WALK/XT 20 min", "Crosstrain/Rest"): beside the other sports' words (markers.ts), a walk and a
 * day off. Either kind is the day's; the first is the workout, the other its alternative.
 */
export const SLASHED_DAY_KINDS: ReadonlySet<string> = new Set(['walk', 'rest', 'off']);

/** "Rest / Mobility": after "rest" and a slash, what a rest day holds besides rest, no session of its own. */
export const REST_DAY_EXTRAS: ReadonlySet<string> = new Set(['mobility', 'stretching', 'stretch', 'stretches', 'recovery']);

/** Verbs of a run/walk alternation that open each of its parts ("Walk 5 mins Jog 2 mins", "22 min: Run 10, walk 1"). */
export const ALTERNATING_VERBS: ReadonlySet<string> = new Set(['walk', 'jog', 'run', 'walking', 'jogging', 'running']);

/** Words that close such a line to go round again ("… Repeat x 3", "22 min: Run 10, walk 1, repeat"). */
export const REPEAT_OPENERS: ReadonlySet<string> = new Set(['repeat']);

/** A verb that, alone with a count in a sentence after reps of no count, says how many: "300 meter repeats … Do 6 to 8." */
export const COUNT_VERBS: ReadonlySet<string> = new Set(['do', 'run', 'complete']);

/** Words that name reps written without their count ("300 meter repeats"), as the word pass leaves them. */
export const UNCOUNTED_REPS: ReadonlySet<string> = new Set(['reps', 'repeats', 'intervals']);

/**
 * Words that make the second of a pair of parts the easier half ("1 min hard, 1 min easy x 10",
 * "2 min slower pace"): a count after such a pair repeats both (normalise/pair-counts.ts).
 */
export const EASIER_HALF: ReadonlySet<string> = new Set(['easy', 'easier', 'slow', 'slower', 'jog', 'jogging', 'walk', 'walking', 'recovery', 'recover', 'rest', 'float', 'off']);

/** Words that open a run/walk said as two parts taken in turn ("Alternate 3 minutes of walking with 2 minutes of jogging"). */
export const ALTERNATION_OPENERS: ReadonlySet<string> = new Set(['alternate', 'alternating', 'alternately', 'alternates']);

/** How a walk goes, between the walk and its length ("Walk slow & easy 5 minutes", "walk briskly for 4.5 minutes"). */
export const WALK_MANNERS: ReadonlySet<string> = new Set(['slow', 'slowly', 'easy', 'easily', 'brisk', 'briskly', 'leisurely', 'gently', 'gentle', 'comfortably', 'relaxed', 'quickly', 'fast', 'steadily']);

/**
 * Paces a run/walk programme gives its running in words, and the pace the grammar reads for them
 * ("Run half pace for three minutes, walk three minutes"): half effort, the easy running of a
 * run/walk — read so only where the session alternates running and walking.
 */
export const RUN_WALK_PACES: [string, string][] = [
  ['half pace', 'easy pace'],
  ['half effort', 'easy pace'],
  ['half speed', 'easy pace'],
];

/** Between "repeat" and the time the repeats fill, in a bracket after a run/walk pair ("(répété pendant 20 minutes)", "(repeat for 20 minutes)"). */
export const REPEAT_FOR: ReadonlySet<string> = new Set(['for', 'pendant', 'during', 'durante', 'während']);

/** Words that open a race's time in brackets after it: "10km race (sub 50mins)", "(under 1:50)". */
export const RACE_TIME_WORDS: ReadonlySet<string> = new Set(['sub', 'under']);

/** Words naming a race timed in hours and minutes ("Half marathon (sub 1:50)"), whose bracketed time is left as written. */
export const RACE_TIME_LONG: ReadonlySet<string> = new Set(['marathon', 'half-marathon', 'halfmarathon']);

/** The words that lead to the time a run/walk's rounds fill ("… for a total of 30 min"). */
export const TOTAL_LEAD: readonly string[] = ['for', 'a', 'total', 'of'];

/** Words of how a run/walk part goes that change nothing on the watch ("2 min easy jog", "brisk walk 5 min"). */
export const PART_MANNERS: ReadonlySet<string> = new Set(['easy', 'brisk', 'slow']);
