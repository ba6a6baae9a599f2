/**
 * Headings that divide a session into its sections ("Warm-up:", "Workout:",
 * "Cool-down:"), as the normalising pass spells them: the heading says the
 * role of the lines under it.
 */

/**
 * A heading's words, as the word pass leaves them (before phrases join "warm - up"),
 * and the role of the lines under it; `main` is the work, read as written.
 */
export const SECTION_HEADINGS: readonly (readonly [string, 'warmup' | 'cooldown' | 'main'])[] = [
  ['warmup', 'warmup'],
  ['warm - up', 'warmup'],
  ['warm up', 'warmup'],
  ['cooldown', 'cooldown'],
  ['cool - down', 'cooldown'],
  ['cool down', 'cooldown'],
  ['warm - down', 'cooldown'],
  ['warm down', 'cooldown'],
  ['workout', 'main'],
  ['main', 'main'],
  ['main set', 'main'],
  ['main session', 'main'],
  ['main workout', 'main'],
  ['main part', 'main'],
];

/** What a closing walk may say of itself after its length: "Walk for 3 minutes to cool down". */
export const CLOSING_WALK_ENDS: readonly string[] = ['to cooldown', 'cooldown', 'as a cooldown', 'as cooldown'];


/** Words that say what a part is for, before its role, after the part: "1 mile to warm up", "a mile as a warm-up". */
export const PURPOSE_LEADS: readonly string[] = ['to', 'as a', 'as', 'for a', 'for'];
