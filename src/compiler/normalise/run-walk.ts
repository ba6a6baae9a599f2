/**
 * Run/walk sessions: where a session alternates jogging and walking, the jogs
 * are the work (run at easy) and the walks the breaks between them.
 */
import type { Token } from '../lexer.js';
import { TIME_UNITS } from '../vocabulary.js';

const PART_START = new Set(['comma', 'stop', 'newline', 'semicolon', 'plus']);
const PART_END = new Set(['comma', 'stop', 'newline', 'semicolon', 'plus', 'eof', 'rparen']);
const LINKS = new Set(['and', 'then']);

/**
 * "Jog 4 minutes, walk 2 minutes, repeat", "A 5-min brisk walk followed by a
 * 30-sec jog and a 90-sec walk": the jogs become runs, in either order of
 * verb and length.
 */
export function runWalk(tokens: Token[]): Token[] {
  // Words an earlier pass set aside ("jog for 10 min") are read past.
  const live = tokens.filter((t) => t.kind !== 'prose');
  const jogs = new Set(jogsOf(live));
  if (jogs.size === 0) return tokens;
  return tokens.map((t) => (jogs.has(t) ? { ...t, value: 'run', synthetic: true } : t));
}

/** The jogs of a session that alternates them with walks, each a whole part with its length. */
function jogsOf(tokens: Token[]): Token[] {
  const word = (k: number, ...values: string[]) => tokens[k]?.kind === 'word' && values.includes(tokens[k]!.value);
  const opens = (k: number) => k === 0 || PART_START.has(tokens[k - 1]!.kind) || word(k - 1, ...LINKS);
  const ends = (k: number) => PART_END.has(tokens[k + 1]?.kind ?? 'eof') || word(k + 1, ...LINKS);
  const length = (k: number) => tokens[k]?.kind === 'number' || tokens[k]?.kind === 'clock';
  // "jog 4 minutes", "jog for 10 min".
  const lengthAfter = (k: number) => opens(k) && (length(k + 1) || (word(k + 1, 'for') && length(k + 2)));
  // "a 30-sec jog", "90 seconds of jogging", as a whole part.
  const lengthBefore = (k: number) => {
    const of = word(k - 1, 'of') ? 1 : 0;
    const unit = tokens[k - 1 - of];
    return ends(k) && unit?.kind === 'word' && TIME_UNITS[unit.value] !== undefined && length(k - 2 - of);
  };
  const timed = (k: number) => lengthAfter(k) || lengthBefore(k);
  const walks = tokens.some((t, k) => t.kind === 'word' && t.value === 'walk' && timed(k));
  if (!walks || tokens.some((t) => t.kind === 'at' || t.kind === 'x')) return [];
  return tokens.filter((t, k) => t.kind === 'word' && t.value === 'jog' && timed(k));
}
