/**
 * How coaches offer the athlete a choice: a whole day ("8–12 mi easy or 1.5–2.5 hours x-train",
 * "10–14 mi easy and/or longer x-train"), a way to recover ("30sec jog or walk recovery",
 * "200-meter slow jog recovery (or walk recovery)") or an effort ("18–22 mi easy/mod"). The first
 * option written is the one read (a runner does the first unless told otherwise); the others are
 * kept in the notes. Phrases are written as the normalising pass spells words.
 */

/** Phrases that offer what follows in place of what stands before, written as the grammar reads a choice ("or"). */
export const CHOICE_WORDS: [string, string][] = [
  ['and / or', 'or'],
  ['or / and', 'or'],
];

/**
 * Efforts a coach offers as a range with a slash or "or" ("easy/mod", "mod/hard", "easy or
 * steady"), by how hard each is, and how the grammar spells the one chosen. The pair is a choice
 * only when the second is the next harder: "hard/easy" after a rep is the rep and its recovery.
 */
export const CHOICE_EFFORTS: Record<string, { rank: number; spelt: string }> = {
  easy: { rank: 1, spelt: 'easy' },
  relaxed: { rank: 1, spelt: 'relaxed' },
  mod: { rank: 2, spelt: 'moderate' },
  moderate: { rank: 2, spelt: 'moderate' },
  steady: { rank: 2, spelt: 'steady' },
  hard: { rank: 3, spelt: 'hard' },
  strong: { rank: 3, spelt: 'strong' },
};

/** Ways of recovering a coach offers with "or" ("jog or walk recovery", "run 3mins easy or walk"). */
export const CHOICE_RECOVERIES: ReadonlySet<string> = new Set(['jog', 'walk', 'shuffle', 'rest', 'float', 'standing', 'static']);

/** Words that name a recovery after its way ("jog or walk recovery", "jog or walk in between"). */
export const RECOVERY_NOUNS: ReadonlySet<string> = new Set(['recovery', 'recoveries', 'rest', 'between', 'break']);

/**
 * Words that say how long or hard another sport's session goes, written before its word
 * ("1.5–2.5 hours easy x-train", "longer x-train"): part of its label, no step of a run.
 */
export const OTHER_SPORT_MANNERS: ReadonlySet<string> = new Set(['easy', 'moderate', 'mod', 'steady', 'light', 'gentle', 'hard', 'longer', 'shorter', 'long', 'short', 'optional']);

/**
 * Words that open a sentence offering an extra the athlete may add ("Optional easy double or uphill
 * TM."): with options and no length written, it is a choice to keep in the notes, no step.
 */
export const OPTIONAL_WORDS: ReadonlySet<string> = new Set(['optional', 'optionally']);
