/**
 * Where a run goes and over what ("5 miles on trails", "30-40 mins relaxed, inc hills",
 * "10km hilly course", "Grass – Steady run 35min"): a note for the athlete, never a step.
 * Phrases are written as the lexer splits them ("off - road"), lower case.
 */

/** Phrases that say what the run goes over, anywhere in a part. */
export const TERRAIN_PHRASES: readonly string[] = [
  'on trails',
  'on trail',
  'on the trails',
  'on a trail',
  'on grass',
  'on the grass',
  'hilly course',
  'a hilly course',
  'on a hilly course',
  'on hilly course',
  'hilly route',
  'a hilly route',
  'on a hilly route',
  'inc hills',
  'inc . hills',
  'incl hills',
  'incl . hills',
  'including hills',
  'with hills',
  'with some hills',
  'over hills',
];

/** Words that head a line before a dash or colon to say where it is run ("Grass – Steady run 35min"). */
export const TERRAIN_HEADINGS: ReadonlySet<string> = new Set(['grass', 'trail', 'trails', 'road', 'beach', 'sand', 'woods', 'forest']);

/** After a phrase, words that make it one of several choices, not a note ("with hills or sprints"). */
export const TERRAIN_CHOICES: ReadonlySet<string> = new Set(['or']);

/** "1500 vert", "1,080’ gain", "900 ft of climbing": how much the run climbs, said after the figure; no length of it. */
export const ELEVATION_WORDS: ReadonlySet<string> = new Set(['gain', 'vert', 'vertical', 'elevation', 'climbing', 'ascent', 'elev']);
/** Feet, the unit a climb is given in (also as a prime, "1,080’"). */
export const ELEVATION_FEET: ReadonlySet<string> = new Set(['ft', 'feet', 'foot', "'", '’']);
/** Metres, a climb's unit only before a word of gain ("300 m gain"). */
export const ELEVATION_METRES: ReadonlySet<string> = new Set(['m', 'meters', 'metres']);
/** The words that say a figure is the height gained, whatever its unit. */
export const ELEVATION_GAIN_WORDS: ReadonlySet<string> = new Set(['gain', 'vert', 'vertical', 'elevation', 'elev', 'ascent']);

/**
 * Words that say how or where a length is run when written between its number and its unit
 * ("4 trail miles", "6 faster hilly road miles", "8 tempo miles"): `pace` words are read after the
 * unit as they would be there ("8 miles tempo"); `note` words are for the athlete, kept in the notes.
 */
export const LENGTH_DESCRIBERS: Readonly<Record<string, 'pace' | 'note'>> = {
  tempo: 'pace',
  recovery: 'pace',
  threshold: 'pace',
  slow: 'pace',
  trail: 'note',
  trails: 'note',
  road: 'note',
  hilly: 'note',
  flat: 'note',
  track: 'note',
  treadmill: 'note',
  parkrun: 'note',
  loop: 'note',
  grass: 'note',
  beach: 'note',
  junk: 'note',
  lovely: 'note',
  sunny: 'note',
  rainy: 'note',
  snowy: 'note',
  windy: 'note',
  muddy: 'note',
};
