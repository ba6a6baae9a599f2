/**
 * A pace described in words by a clause after it ("at a pace that feels comfortable and allows for
 * easy conversation", "at a pace where you can chat"): the words that make such a pace easy, and
 * the words that make it something else or leave it open ("a pace that's just fast enough you are
 * uncomfortable holding a conversation", "a pace you could race a 10km at"), which keep the clause
 * unread. normalise/described-pace.ts reads them.
 */

/** Words that open the clause describing a pace, after "at a pace". */
export const DESCRIBING_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'where', 'you']);

/** Words in the clause that describe an easy pace: one a runner can talk at, or is comfortable at. */
export const EASY_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'comfortable', 'conversation', 'conversational', 'converse', 'chat', 'chatting', 'talk', 'talking', 'relaxed', 'easy',
]);

/** Words in the clause that say the pace is harder than easy, or compare it: the clause is then not read. */
export const NOT_EASY: ReadonlySet<string> = new Set([
  'fast', 'faster', 'quick', 'quicker', 'hard', 'harder', 'uncomfortable', 'race', 'racing', 'than', 'not', "can't", 'cannot',
  'difficult', 'tough', 'challenging', 'push', 'pushing', 'struggle', 'breathless', 'threshold', 'tempo', 'few', 'barely', 'only',
]);
