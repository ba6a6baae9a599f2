/**
 * Session labels: the words published plans put before or after a session to
 * name the kind of run ("General aerobic 8 miles", "10 miles Long Run"). A
 * label becomes the session's title; `pace` is the intensity it implies for
 * running the text leaves unpaced; `total` says the distance after it is the
 * whole day's ("Lactate threshold 8 miles w/ 20 min tempo": the tempo runs
 * inside the 8 miles, not after them).
 *
 * One line a label. Phrases are matched without regard to case, hyphens or
 * spacing ("Medium-long run", "medium long run"); typos that real plans print
 * ("Lacate", "V02Max") are phrases like any other.
 */

/** The intensities a label can imply: Daniels' names, and `recovery` (slower than easy). */
export type LabelPace = 'E' | 'recovery' | 'M' | 'T' | 'I' | 'R';

export interface Label {
  title: string;
  phrases: string[];
  pace?: LabelPace;
  /**
   * How the labelled run goes when the text names no pace ("6 miles fartlek", "5 miles - Hills",
   * "4 miles - AYF"): an effort run by feel, never the easy pace the run would otherwise get.
   */
  effort?: string;
  /** The distance written with the label is the day's total, work included. */
  total?: boolean;
  /** The run builds from easy to the pace written for its end ("last 3 miles @ LT"). */
  progression?: boolean;
  /** The word also names a day of its own ("Strength": a day in the gym): a label only before a number or a colon. */
  beforeRun?: boolean;
  /** Named alone ("Easy run", "Recovery run"), a run as long as the athlete likes; a long or a quality day asks for its length. */
  alone?: boolean;
}

export const LABELS: Label[] = [
  // Pfitzinger & Latter
  { title: 'General aerobic', phrases: ['general aerobic', 'general aerobic run', 'ga'], pace: 'E', total: true },
  { title: 'General aerobic + speed', phrases: ['general aerobic + speed', 'general aerobic and speed', 'ga + speed'], pace: 'E', total: true },
  { title: 'Endurance', phrases: ['endurance', 'endurance run'], pace: 'E', total: true },
  { title: 'Medium-long run', phrases: ['medium-long run', 'medium long run', 'medium-long', 'mlr'], pace: 'E', total: true },
  { title: 'Long run', phrases: ['long run', 'longrun', 'long', 'lr', 'long slow distance', 'lsd', 'l'], pace: 'E', total: true },
  { title: 'Progression long run', phrases: ['progression long run', 'progressive long run'], pace: 'E', total: true, progression: true },
  { title: 'Progression run', phrases: ['progression run', 'progressive run', 'progression'], pace: 'E', total: true, progression: true },
  { title: 'Recovery', phrases: ['recovery', 'recovery run', 'recovery jog'], pace: 'recovery', total: true, alone: true },
  { title: 'Recovery + speed', phrases: ['recovery + speed', 'recovery and speed'], pace: 'recovery', total: true },
  { title: 'Lactate threshold', phrases: ['lactate threshold', 'lacate threshold', 'lactate threshold run', 'lt run', 'threshold run', 'lt'], pace: 'T', total: true },
  { title: 'VO₂max', phrases: ['vo2max', 'vo2 max', 'v02max', 'v02 max', 'vo₂max', 'vo2max intervals', 'vo2max run'], pace: 'I', total: true },
  { title: 'Marathon-pace run', phrases: ['marathon-pace run', 'marathon pace run', 'mp run', 'marathon-pace', 'mp'], pace: 'M', total: true },
  { title: 'Dress rehearsal', phrases: ['dress rehearsal', 'dress rehearsal run'], pace: 'E', total: true },
  { title: 'Race pace + speed', phrases: ['race pace + speed', 'race pace and speed'], pace: 'E', total: true },
  // Hansons
  // "jog", "Easy jog", "Long jog 16km" as a day's run: an easy run.
  { title: 'Easy', phrases: ['easy', 'easy run', 'easy day', 'easy miles', 'e', 'jog', 'easy jog', 'light jog'], pace: 'E', alone: true },
  { title: 'Shakeout', phrases: ['shakeout run', 'shakeout', 'shake-out run', 'shake out run', 'shake out'], pace: 'recovery', alone: true },
  { title: 'Tempo', phrases: ['tempo', 'tempo run'], pace: 'T' },
  { title: 'Strength', phrases: ['strength', 'strength workout', 'strength session'], beforeRun: true },
  // Everyone
  { title: 'Threshold', phrases: ['threshold', 'threshold workout', 'threshold session'], pace: 'T' },
  { title: 'Steady', phrases: ['steady', 'steady run', 'steady state', 'moderate', 'moderate paced', 'moderately paced', 'moderate run'], pace: 'M' },
  { title: 'Relaxed', phrases: ['relaxed', 'relaxed run'], pace: 'E', alone: true },
  // A plan's everyday run ("4 miles - Reg Run").
  { title: 'Regular run', phrases: ['reg run', 'regular run', 'regular'], pace: 'E', alone: true },
  // "As you feel": any pace the runner likes, so no pace is set.
  { title: 'As you feel', phrases: ['ayf', 'as you feel', 'as you feel run', 'ayf run'], effort: 'as you feel' },
  { title: 'Fartlek', phrases: ['fartlek', 'fartlek run'], effort: 'fartlek' },
  // "6km speed run": a run of that length run fast, how fast left to the runner.
  { title: 'Speed run', phrases: ['speed run'], effort: 'speed' },
  // "Walk/jog 30mins", "40 min walk/jog": walking and jogging as the athlete needs, the whole time.
  { title: 'Walk/jog', phrases: ['walk/jog', 'walk / jog', 'jog/walk', 'jog / walk', 'walk-jog', 'jog-walk'], effort: 'walk/jog' },
  { title: 'Hill session', phrases: ['hill session', 'hill workout', 'hills session', 'hill repeats', 'hill reps'], effort: 'hill' },
  // "6 miles - Hills": a run of that length over hills, by feel.
  { title: 'Hills', phrases: ['hills', 'hill', 'hilly run', 'hill run', 'hills run'], effort: 'hill' },
  // A run of that length with fast repeats inside, their count and length not given: no structure is invented.
  { title: 'Intervals', effort: 'intervals', phrases: ['interval session', 'interval workout', 'intervals', 'interval', 'speed session', 'speed workout', 'speedwork', 'speed work', 'speed', 'track session', 'track workout', 'track repeats', 'track reps', 'track intervals'] },
  // Hansons' "something of substance": the week's harder days.
  { title: 'SOS', phrases: ['sos'] },
  // 800 m repeats run in minutes and seconds of the marathon goal time in hours and minutes.
  { title: 'Yasso 800s', phrases: ['yasso 800s', 'yasso 800', 'yassos', 'yasso'] },
  { title: 'Time trial', phrases: ['time trial', 'tt'] },
];

/** Words that open a session's text and name nothing ("Workout: 10×500@mile pace", "The set: …"). */
/** Every word of every label's phrases ("long", "medium", "aerobic"), for the passes that ask whether a word names a kind of run. */
export const LABEL_WORDS: ReadonlySet<string> = new Set(LABELS.flatMap((l) => l.phrases.flatMap((p) => p.split(/[\s-]+/))));

export const PREFIXES: string[] = ['workout', 'the workout', 'the set', 'set', 'main set', 'session', 'target', 'today', 'plan', 'main'];

/** "0:30 recovery after Mile Pace": the words that open a line placing a recovery after each part of a label. */
export const RECOVERY_AFTER = { recoveries: ['recovery', 'rest', 'jog', 'rec', 'recover'], parts: ['interval', 'intervals', 'reps', 'rep', 'repeats', 'efforts'] };

/**
 * "Location: Anywhere", "Equipment: a treadmill": fields a session's write-up fills in that say where and with
 * what it is run, never how: the line is kept in the notes.
 */
export const NOTE_FIELDS: string[] = ['location', 'venue', 'where', 'terrain', 'surface', 'equipment', 'focus', 'purpose', 'notes', 'note', 'tip', 'tips', 'coach notes', 'coaching notes'];

/**
 * "…\nWorkout: 30 min easy + 6 strides", "…\nEntrenamiento: 30 min de rodaje suave": the words that open the line
 * holding the session itself, below its title lines, in the languages runcast reads.
 */
export const SESSION_LINE_HEADS: ReadonlySet<string> = new Set([
  'workout', 'session', 'training', 'entrenamiento', 'sesión', 'sesion', 'séance', 'seance', 'entraînement', 'entrainement',
  'allenamento', 'seduta', 'treino', 'trainingseinheit', 'einheit', 'trening', 'träning', 'harjoitus',
]);

/** "Week 3:", "Semana 0:", "Day 12": the words that number a heading above a session, in the languages runcast reads. */
export const HEADING_WORDS: ReadonlySet<string> = new Set([
  'week', 'wk', 'day', 'session', 'workout', 'phase', 'semana', 'día', 'dia', 'sesión', 'woche', 'tag', 'semaine', 'jour',
  'séance', 'settimana', 'giorno', 'viikko', 'päivä', 'dag', 'vecka', 'tydzień', 'dzień',
]);

/** "Session 1 – 42mins": the names that number a session in its plan, before the session's stated total. */
export const SESSION_NUMBERS: string[] = ['session', 'workout', 'day', 'training', 'run', 'week'];

/** Short words a session's title leaves in lower case ("Slow Down to Speed Up", "How Fartlek Can You go?"). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'up', 'go', 'with', 'vs']);

/** The paces of labels that name work ("Tempo", "Threshold", "VO₂max"): reps with no pace of their own under such a label are run at it. */
export const LABEL_WORK_PACES: ReadonlySet<string> = new Set(['T', 'M', 'I', 'R']);

/** Efforts of a label that say how its reps are run when they have no pace of their own ("Fartlek: 13 x 3 min"). */
export const WORK_LABEL_EFFORTS: ReadonlySet<string> = new Set(['hill', 'fartlek']);
