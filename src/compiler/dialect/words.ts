/**
 * How coaches spell the shorthand's words: abbreviations, aliases, phrases and
 * number words, each mapped to the one spelling the grammar reads. The
 * normalising pass (src/compiler/normalise) applies these tables before the
 * grammar runs; every replacement keeps the span of the words it replaces, so
 * diagnostics still point at what the coach wrote.
 *
 * In a replacement, "x", "@", "/", "+" and "," stand for the repeat sign and
 * those punctuation marks, a number for a number, anything else for a word.
 */

/** One word written another way. */
export const ALIASES: Record<string, string> = {
  // Recoveries
  jg: 'jog',
  jogs: 'jog',
  jogging: 'jog',
  jogged: 'jog',
  recoveries: 'recovery',
  rests: 'rest',
  // "4x1000m, pause 2 min": a pause between reps is standing rest, in English as in German, French and Danish.
  pause: 'rest',
  pauses: 'rest',
  recov: 'recovery',
  ri: 'recovery', // rest interval
  rbi: 'recovery', // rest between intervals
  floats: 'float',
  walking: 'walk',
  walks: 'walk',
  // Warm-up and cool-down
  wu: 'warmup',
  warmup: 'warmup',
  warmups: 'warmup',
  cd: 'cooldown',
  cooldown: 'cooldown',
  warmdown: 'cooldown',
  // Paces
  thr: 'threshold',
  gmp: 'goal mp',
  // Units
  ml: 'mi',
  mls: 'mi',
  mins: 'min',
  minute: 'min',
  minutes: 'min',
  sec: 'sec',
  secs: 'sec',
  // "90sek Pause": seconds as German and the Nordic languages shorten them, read in a session of any language.
  sek: 'sec',
  second: 'sec',
  seconds: 'sec',
  meter: 'm',
  meters: 'm',
  metre: 'm',
  metres: 'm',
  // Repeats
  repeats: 'reps',
  repetitions: 'reps',
  repetition: 'reps',
  repeat: 'repeat',
  efforts: 'reps',
  effort: 'effort',
  sprints: 'sprint',
  bursts: 'burst',
  surges: 'surge',
  // Typos real plans print
  stead: 'steady',
  // Words that only address the athlete
  your: '',
  please: '',
  brisk: '',
  gentle: '',
  alternate: '',
  ez: 'easy',
  rec: 'recovery',
  recs: 'recovery',
  striders: 'strides',
  pickups: 'strides',
  ct: 'cross',
  xtrain: 'cross',
  optional: '',
  strideouts: 'strides',
  strideout: 'strides',
  btw: 'between',
  dazwischen: 'between',
  slowly: '',
  lots: 'sets',
  rounds: 'sets',
  round: 'set',
  circuits: 'sets',
  percent: '%',
  pct: '%',
  // Other sports
  xt: 'cross',
  crosstrain: 'cross',
  crosstraining: 'cross',
};

/** Words glued to the number before them: "5kpace", "5KP" (5K pace). */
export const GLUED: Record<string, string> = {
  kpace: 'k pace',
  kp: 'k pace',
  kmpace: 'k pace',
};

/**
 * Units as coaches write them after a number beyond the shorthand's own
 * spellings: in the plural or possessive ("10k's"), as the run they name
 * ("a 20 miler"), and in the languages coaches write plans in ("400 mètres",
 * "800 metros", "10 Minuten", "40 sekunder"). Read only straight after a number,
 * where no other word of that spelling could stand.
 */
export const UNIT_SPELLINGS: Record<string, string> = {
  // Plural and possessive
  "k's": 'k', "km's": 'km', "mi's": 'mi', "mile's": 'mi',
  // French
  'mètres': 'm', 'mètre': 'm', 'kilomètres': 'km', 'kilomètre': 'km', secondes: 'sec', seconde: 'sec',
  // Spanish and Italian
  metros: 'm', metro: 'm', metri: 'm', 'kilómetros': 'km', kilometros: 'km', chilometri: 'km', minutos: 'min', minuto: 'min',
  minuti: 'min', segundos: 'sec', segundo: 'sec', secondi: 'sec',
  // German, Dutch and Swedish
  minuten: 'min', sekunden: 'sec', sekunde: 'sec', minuter: 'min', minuters: 'min', sekunder: 'sec',
  // Miles in Spanish, Italian, German and Dutch
  millas: 'mi', milla: 'mi', miglia: 'mi', miglio: 'mi', meilen: 'mi', meile: 'mi', mijl: 'mi',
};

/**
 * How units begin in the languages coaches write in (kilometre, metre, mile, minute, second, hour, lap and their
 * cases: "kilométereket", "metrů", "minutter", "hodiny", "kola"): a word runcast does not know right after a number
 * that begins so, or that is written in letters English does not use ("km를", "км"), may be that number's unit.
 */
const UNIT_STEMS: readonly string[] = ['kilom', 'km', 'metr', 'meter', 'mil', 'minut', 'sekund', 'second', 'hour', 'hod', 'hor', 'stund', 'tunt', 'perc', 'dakik', 'saat', 'kolo', 'kola', 'vuelt', 'volt', 'giri', 'rund'];

export function unitShaped(word: string): boolean {
  return /[^\x00-\x7f]/.test(word) || UNIT_STEMS.some((stem) => word.startsWith(stem));
}

/**
 * A run named by its length ("a 20 miler", "a 10-miler"): the unit it is in.
 * Read only where the run is named, after "a" or at the start of the text; in
 * a title ("The 4 By 3, 20 Miler") it names the whole session, not a part.
 */
export const RUN_BY_LENGTH: Record<string, string> = { miler: 'mi', milers: 'mi' };

/**
 * What a count written straight before it repeats: "6 hills", "4 strides".
 * Each is a rep as long as the hill or the stride, run until the lap button.
 */
export const COUNTED_REPS: ReadonlySet<string> = new Set(['strides', 'stride', 'hill', 'hills', 'sprints', 'sprint', 'surges', 'pickups']);

/**
 * Words that only name reps: "8 repeats", "3 reps on each street" count reps
 * of open length, but only where no length comes before them — in "Run 800
 * meters … Start out with 3 repeats" the count is of the 800s.
 */
export const COUNTED_NAMES: ReadonlySet<string> = new Set(['reps', 'intervals']);

/** Number words, as coaches spell counts and lengths ("six 1-mile repeats", "two minutes"). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  single: 1, double: 2, triple: 3,
};

/** The parts a coach cuts a mile, a km or a lap into ("3/4 mile", "1/16 mile"): halves to sixteenths. */
export const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 5, 8, 10, 16]);

/** Units glued to their number that are written no other way: French "40mn" for minutes. */
export const GLUED_UNITS: Readonly<Record<string, string>> = { mn: 'min' };

/** Fractions written as words before a unit: "half-mile warmup", "a quarter mile". */
export const FRACTION_WORDS: Record<string, number> = { half: 0.5, quarter: 0.25 };

/** Words a full stop belongs to ("5 min. recovery", "w. 400m jog"), so it does not end a sentence. */
export const ABBREVIATIONS = new Set(['min', 'mins', 'sec', 'secs', 'hr', 'hrs', 'w', 'approx', 'ca', 'est', 'mi', 'yds', 'vs', 'rec', 'recs', 'ea', 'pt', 'wk', 'no', 'sq', 'km', 'kms', 'ml', 'm', 'k']);

/** Several words, or words and marks, that mean one thing. Longest match wins. */
/**
 * Times said in words with "half" ("half an hour", "an hour and a half"), read before the
 * articles are: "an hour" alone is one hour, and would leave the "half" unread.
 */
export const TIME_PHRASES: [string, string][] = [
  ['an hour and a half', '90 min'],
  ['one hour and a half', '90 min'],
  ['one and a half hours', '90 min'],
  ['hour and a half', '90 min'],
  ['half an hour', '30 min'],
  ['a half hour', '30 min'],
  ['half hour', '30 min'],
];

/** The words a break is spent in, and the units of its length before it: "walk break", "minute break". */
const BREAK_MODES: Record<string, string> = { recovery: 'recovery', rest: 'rest', walk: 'walk', walking: 'walk', jog: 'jog', jogging: 'jog' };
const BREAK_UNITS = ['min', 'mins', 'minute', 'minutes', 'sec', 'secs', 'second', 'seconds'];

function breaks(): [string, string][] {
  const out: [string, string][] = [];
  for (const word of ['break', 'breaks']) {
    for (const [mode, to] of Object.entries(BREAK_MODES)) out.push([`${mode} ${word}`, to]);
    for (const unit of BREAK_UNITS) out.push([`${unit} ${word}`, `${unit} rest`]);
  }
  return out;
}

export const PHRASES: [string, string][] = [
  // "HALF-MARATHON!", "Semi-marathon" (French, and its kin in Spanish and Portuguese): the half, never the marathon.
  ['half - marathon', 'half marathon'],
  ['semi - marathon', 'half marathon'],
  ['semi marathon', 'half marathon'],
  // "2 at Marathon Goal Pace": the goal's race pace, the race named before "goal".
  ['marathon goal pace', 'goal mp'],
  ['marathon goal race pace', 'goal mp'],
  ['half marathon goal pace', 'goal hmp'],
  ['half marathon goal race pace', 'goal hmp'],
  // "4 x 400m as fast as possible": an effort, the words around "fast" saying no more.
  ['as fast as possible', 'fast'],
  ['as fast as you can', 'fast'],
  // Warm-up and cool-down, however hyphenated or abbreviated
  ['warm up', 'warmup'],
  ['warm - up', 'warmup'],
  ['w / u', 'warmup'],
  ['w / up', 'warmup'],
  ['w - u', 'warmup'],
  ['cool down', 'cooldown'],
  ['cool - down', 'cooldown'],
  ['c / d', 'cooldown'],
  ['c - d', 'cooldown'],
  ['warm down', 'cooldown'],
  ['walk to warm down', 'cooldown walk'],
  ['walk to cool down', 'cooldown walk'],
  ['walk to warm up', 'warmup walk'],
  ['jog to warm up', 'warmup'],
  ['jog to cool down', 'cooldown'],
  ['jog to warm down', 'cooldown'],
  ['warm - down', 'cooldown'],
  // "a good warm up of around 15 minutes": the length of the warm-up.
  ['warm up of', 'warmup'],
  ['warm - up of', 'warmup'],
  ['warmup of', 'warmup'],
  ['cool down of', 'cooldown'],
  ['cool - down of', 'cooldown'],
  ['cooldown of', 'cooldown'],
  // Openings that say nothing
  ['start with', ''],
  ['start out with', ''],
  ['starting with', ''],
  ['begin with', ''],
  // "Track workouts begin with a 10-min warm-up and end with a 10-min cool-down": the session's two ends.
  ['begins with', ''],
  ['starts with', ''],
  ['and end with', 'and'],
  ['and ends with', 'and'],
  // "Walk or take the day off": a day off, as "off" alone says.
  ['take the day off', 'off'],
  ['take a day off', 'off'],
  ['take day off', 'off'],
  ['the set :', ''],
  ['the session :', ''],
  ['all with', ''],
  ['at least', ''],
  // "5*1600 targeting 5:52-5:55": the pace the reps are run at.
  ['targeting', '@'],
  ['minimum', ''],
  ['the session -', ''],
  ['main session :', ''],
  ['main set :', ''],
  ['the workout :', ''],
  // "a 2.5 min break in between", "30 second recovery breaks", "5 min walk breaks": a break after a
  // length, or after the word for how it is spent, is that recovery.
  ...breaks(),
  // Joins between parts
  ['followed by', 'then'],
  ['finish with', 'then'],
  ['finish off with', 'then'],
  // "4 miles steady pace,\nFinish w/ 6 x 10 sec hill sprints": "w/" is "with" here too.
  ['finish w /', 'then'],
  ['finish off w /', 'then'],
  ['and then', 'then'],
  ['then add', 'then'],
  ['then do', 'then'],
  ['then move into', 'then'],
  ['then moved into', 'then'],
  ['after that', 'then'],
  ['plus', 'then'],
  // Repeats: "once more" and "again" count the whole block twice in all, "again twice" three times.
  ['repeat the whole block once more', 'repeat 2 times'],
  ['repeat the whole thing once more', 'repeat 2 times'],
  ['repeat the block once more', 'repeat 2 times'],
  ['repeat the set once more', 'repeat 2 times'],
  ['repeat once more', 'repeat 2 times'],
  // "Run 3 minutes / Walk 2 minutes / Repeat once": once again, so twice in all.
  ['repeat once', 'repeat 2 times'],
  ['do it again twice', 'repeat 3 times'],
  ['do it all again twice', 'repeat 3 times'],
  ['do it again', 'repeat 2 times'],
  ['do it all again', 'repeat 2 times'],
  ['do this', 'repeat'],
  ['reps of', 'x'],
  // "six repeats of an 800m": the article after the count names one rep, not a part.
  ['reps of a', 'x'],
  ['reps of an', 'x'],
  ['intervals of', 'x'],
  ['interval of', 'x'],
  ['rep of', 'x'],
  ['repeat of', 'x'],
  ['strength reps', 'reps'],
  ['strength runs', 'reps'],
  ['strength run', 'reps'],
  ['stride - outs', 'strides'],
  ['pick - ups', 'strides'],
  ['pick ups', 'strides'],
  ['long run pace', 'easy'],
  // "5 miles steady pace": the pace a "Steady" day is run at (labels.ts), marathon pace.
  ['steady pace', 'mp'],
  ['easy recovery run', 'easy'],
  ['# / # marathon pace', 'hmp'],
  ['threshold - pace', 'threshold pace'],
  ['interval - pace', 'interval pace'],
  ['repetition - pace', 'rep pace'],
  ['reps - pace', 'rep pace'],
  ['marathon - pace', 'mp pace'],
  ['stride outs', 'strides'],
  ['nice and easy', 'easy'],
  ['comfortably hard', 'hard'],
  ['in - between', 'between'],
  ['in between', 'between'],
  ['up hill', 'uphill'],
  // "I warmed up for a mile", "cooled down 2 miles": what the writer ran, told in the past.
  ['warmed up', 'warmup'],
  ['i warmed up', 'warmup'],
  ['we warmed up', 'warmup'],
  ['i cooled down', 'cooldown'],
  ['we cooled down', 'cooldown'],
  ['warmed - up', 'warmup'],
  ['cooled down', 'cooldown'],
  ['cooled - down', 'cooldown'],
  ['up - hill', 'uphill'],
  ['down hill', 'downhill'],
  ['set of', 'sets of'],
  // Races
  ['tune - up race', 'race'],
  ['tuneup race', 'race'],
  ['tune up race', 'race'],
  ['goal race', 'race'],
  ['race day', 'raceday'],
  ['change - of - pace', 'fartlek'],
  // Paces and pace units
  // Every spelling of the half marathon's pace comes before the marathon's, whose words it ends
  // with: "half-marathon race pace" read from its last three words would be marathon pace.
  ['half marathon race pace', 'hmp'],
  ['half - marathon race pace', 'hmp'],
  ['half marathon pace', 'hmp'],
  ['half - marathon pace', 'hmp'],
  ['marathon race pace', 'mp'],
  ['marathon pace', 'mp'],
  ['best pace', 'best'],
  ['best effort', 'best'],
  ['lactate threshold pace', 'threshold'],
  ['lactate threshold intensity', 'threshold'],
  ['lactate threshold effort', 'threshold'],
  ['threshold intensity', 'threshold'],
  // Daniels' cruise intervals are run at T pace.
  ['cruise interval pace', 'threshold'],
  ['cruise intervals', 'threshold'],
  ['cruise interval', 'threshold'],
  ['threshold pace', 'threshold'],
  ['tempo pace', 'tempo'],
  ['interval pace', 'interval'],
  ['repetition pace', 'rep'],
  // "at repetition pace" after "repetition" is read as "reps": Daniels' R pace all the same.
  ['reps pace', 'rep'],
  ['min / mile', '/ mi'],
  ['min / mi', '/ mi'],
  ['min per mile', '/ mi'],
  ['mins per mile', '/ mi'],
  ['minutes per mile', '/ mi'],
  ['min / km', '/ km'],
  ['min / k', '/ km'],
  // "at 7:25-7:35 min mile pace": minutes a mile.
  ['min mile pace', '/ mi pace'],
  ['minute mile pace', '/ mi pace'],
  ['min per km', '/ km'],
  ['per mile', '/ mi'],
  ['per km', '/ km'],
  ['mi / mile', '/ mi'],
  ['per kilometer', '/ km'],
  ['per kilometre', '/ km'],
  ['sec / mi', 'sec / mi'],
  ['sec / mile', 'sec / mi'],
  ['sec per mile', 'sec / mi'],
  ['seconds per mile', 'sec / mi'],
  ['s / mi', 'sec / mi'],
  ['sec / km', 'sec / km'],
  ['s / km', 'sec / km'],
  // Other sports
  ['cross - training', 'cross'],
  ['cross - train', 'cross'],
  ['cross training', 'cross'],
  ['cross train', 'cross'],
  ['x - train', 'cross'],
  ['x - training', 'cross'],
  ['run / walk', 'runwalk'],
  ['walk / run', 'runwalk'],
  // Days off
  ['no workout', 'rest'],
  ['day off', 'rest'],
  ['rest day', 'rest'],
];

