/**
 * intervals.icu's workout text, as coaches write it in its workout builder and as runcast's own
 * intervals.icu writer gives it (src/writers/intervals): steps on lines opened by "-", a length
 * with its unit glued on ("10m", "30s", "1h", "400mtr", "2km", "1mi"; a bare "m" is minutes
 * there), a target after it ("Z2 HR", "70-78% HR", "5:00/km Pace"), "4x" alone on a line or at the
 * end of a heading to repeat the steps under it, and headings for the sections.
 */

/** The units of a step's length, glued to its number, as runcast's shorthand spells them. */
export const STEP_UNITS: Readonly<Record<string, string>> = {
  h: 'h', m: 'min', s: 'sec', km: 'km', mi: 'mi', mtr: 'm', y: 'yd', yd: 'yd', yrd: 'yd',
};

/** The words that close a target and say what it is of: heart rate, threshold heart rate, pace. */
export const TARGET_KINDS: ReadonlySet<string> = new Set(['hr', 'lthr', 'pace']);

/** Words a step may carry that change nothing a runner runs: the lap button, a ramp's keyword. */
export const STEP_MARKS: ReadonlySet<string> = new Set(['press', 'lap', 'ramp', 'freeride']);

/** "press lap": the step ends when the runner presses the lap button. */
export const LAP_WORDS: readonly [readonly string[], readonly string[]] = [['press'], ['lap']];

/** The ways of a step run until the lap button that read as they stand ("Jog down", "Walk back"). */
export const LAP_WAYS: ReadonlySet<string> = new Set(['jog', 'walk']);

/** The letters of a zone ("Z2", "CZ1"), as the lexer parts them from the zone's number. */
export const ZONE_LETTERS: ReadonlySet<string> = new Set(['z', 'cz']);

/** The units after "/" in an absolute pace ("5:00/km Pace"). */
export const PACE_PER: ReadonlySet<string> = new Set(['km', 'mi']);

/** The word joining the two ends of a band written whole ("Z1 HR to Z2 HR"). */
export const BAND_JOINS: ReadonlySet<string> = new Set(['to']);

/** A step's cue that says how it is run, kept before its length: the rest of a cue is a note. */
export const CUE_ROLES: ReadonlySet<string> = new Set(['jog', 'walk', 'rest', 'recovery', 'float', 'warm', 'up', 'warmup', 'cool', 'down', 'cooldown', 'easy']);

/** "95% Pace": after a percentage, the word that makes it a share of the athlete's threshold pace. */
export const SHARE_OF_PACE: ReadonlySet<string> = new Set(['pace']);
