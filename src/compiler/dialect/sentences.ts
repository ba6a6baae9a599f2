/**
 * Words of a session told in sentences ("I warmed up for a mile and then ran 4 x 400", "The
 * other week my workout called for six repeats of an 800m followed by a 400m recovery jog").
 * A coach can add a word here when a sentence of that kind stops its reading.
 */

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
