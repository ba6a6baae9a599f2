/**
 * Paces written in words: a number of minutes for each mile or kilometre ("8 min/mile",
 * "5 minutes per km", "4.38min/km", "an 8 minute mile", "10 minute miles"), and the words
 * that say a heart-rate zone is one ("heart rate zone 2", "zone 2 heart rate"). A coach
 * can read and correct these tables; normalise/pace-words.ts reads them.
 */

/** The unit a pace is per, as the coach writes it after "per", "/" or the minutes. */
export const PACE_UNITS: Readonly<Record<string, 'mi' | 'km'>> = {
  mile: 'mi',
  miles: 'mi',
  mi: 'mi',
  km: 'km',
  kms: 'km',
  k: 'km',
  kilometer: 'km',
  kilometers: 'km',
  kilometre: 'km',
  kilometres: 'km',
};

/** Words for minutes in a pace ("8 min/mile", "9-minute mile"). */
export const PACE_MINUTES: ReadonlySet<string> = new Set(['min', 'mins', 'minute', 'minutes']);

/** Words that join the minutes to the unit they are run in, besides "/": "5 minutes per km", "7 minutes a mile". */
export const PACE_PER: ReadonlySet<string> = new Set(['per', 'a', 'an']);

/**
 * Words before a pace that say how near to it to run and change no target (a pace is a band
 * already): "Sub 4 mins per km", "sub-8 minute miles", "Just over 6minutes per km", "Roughly
 * 5 minutes per km". They go into the note that says how the pace was read.
 */
export const PACE_QUALIFIERS: readonly string[] = ['just over', 'just under', 'a little over', 'a little under', 'roughly', 'sub', 'sub -', 'under'];

/**
 * Words before "N minute mile(s)" that make it a pace ("at 8 minute miles", "at a 9:04 minute
 * mile"); after a count or an article alone it is one mile run at that pace ("an 8 minute mile",
 * "5x 4min kms").
 */
export const PACE_LEADS: ReadonlySet<string> = new Set(['at', 'around', 'about', 'of', 'than', 'to']);
export const ONE_UNIT_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** "8 km a 5'40\"", "1 km à 5:35": the word Italian, Spanish, Portuguese and French write before a pace, as "at". */
export const PACE_AT_WORDS: ReadonlySet<string> = new Set(['a', 'à']);

/**
 * "6km Pace: 4:40", "5 x 1000m, Tempo: 4:20": a word that heads the pace of the length before it, as "at" does.
 * `colon`: the word heads a pace only before a colon ("Tempo" alone is a tempo run; German writes "Tempo:" for pace).
 */
export const PACE_LABELS: Readonly<Record<string, { colon: boolean }>> = {
  pace: { colon: false },
  tempo: { colon: true },
};

/** The clocks (in seconds) a pace per mile or km headed by its word may be: slower is a time, faster a rep's split. */
export const PACE_CLOCK = { low: 120, high: 900 } as const;

/**
 * Words that say a zone is a heart-rate zone, before it ("heart rate zone 2", "HR zone 3",
 * "pulse zone 2") or after it ("zone 2 heart rate", "Zone 1 HR"): no more than the zone says.
 */
export const ZONE_QUALIFIERS: readonly string[] = ['heart rate', 'heart - rate', 'heartrate', 'hr', 'pulse'];

/**
 * Where in a zone to run, before it: "low Zone 2", "high Zone 1", "low to mid Zone 2". The
 * zone's band holds them all, so they change no target.
 */
export const ZONE_PLACES: readonly string[] = ['low', 'mid', 'high', 'upper', 'lower', 'low to mid', 'mid to high', 'low - mid', 'mid - high', 'low / mid', 'mid / high'];

/**
 * Words before a share that make it a share of maximum heart rate, as the words after it do
 * ("70-85% HRmax"): "pulse 70-85%", "HR 80%", "Maximalpuls 90 Prozent".
 */
export const SHARE_OF_MAX_LEADS: readonly string[] = ['pulse', 'heart rate', 'hr', 'hrmax', 'mhr', 'max hr', 'maxhr', 'maximalpuls', 'maxpuls'];
