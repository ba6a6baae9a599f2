/**
 * Lines that sum a session up rather than add to it: 'Workout Time: 20 min',
 * 'Total time: 30 minutes', 'Total distance: 8km (5 miles)', 'Total running
 * time = 16 minutes'. The words that open such a line, in order.
 */

/** The first word: whose total it is. */
export const SUMMARY_HEADS: ReadonlySet<string> = new Set(['total', 'workout', 'session', 'overall']);

/** Words that may stand between the head and the noun: 'Total running time'. */
export const SUMMARY_QUALIFIERS: ReadonlySet<string> = new Set(['running', 'run', 'workout', 'session', 'training', 'exercise']);

/** What is summed: 'time', 'distance'. */
export const SUMMARY_NOUNS: ReadonlySet<string> = new Set(['time', 'distance', 'duration', 'length']);

/** Units a summed length may carry. */
export const SUMMARY_UNITS: ReadonlySet<string> = new Set(['min', 'sec', 'hr', 'hrs', 'hour', 'hours', 'h', 'mi', 'mile', 'miles', 'km', 'k', 'kms', 'kilometers', 'kilometres', 'm']);

/** Words that close a sentence with what its parts add up to: "… totaling 30 minutes". */
export const TOTALLING: ReadonlySet<string> = new Set(['totaling', 'totalling', 'totals', 'totalled', 'totaled']);

/** Words between "for" and the time a run/walk alternation fills: "for the entire 45 minutes". */
export const FILL_LEADS: readonly string[] = ['the entire', 'the whole', 'a total of'];
/** Words after it that say the same: "for 20 minutes in total". */
export const FILL_ENDS: readonly string[] = ['in total', 'total'];
