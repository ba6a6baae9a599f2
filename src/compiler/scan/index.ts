/**
 * The construct reader: runcast's best guess at a session the shorthand
 * reading refused, when setting words aside did not get it going again. Prose copied from
 * a coach's page ("The workout was 2 miles warm up, 4 miles at the steady state
 * pace, and 2 miles cool down.") holds the session in a few places among many
 * words the shorthand does not know. Here each place is found on its own — a
 * figure with the words of the shorthand around it, read by the grammar as a
 * session of its own ("an island") — and the islands are then read together,
 * in the order written, everything between them set aside as talk.
 *
 * A guess is made only when every figure of the text is placed (in an island,
 * or in talk the tables say changes no step: a time of day, a year) and nothing
 * raises a doubt (doubts.ts). It is never the workout: the session stays
 * refused at the place the shorthand reading stopped, and the guess is shown
 * beside it for the coach to confirm by writing it so. Read this way, the
 * refused sessions of the blind samples came out as their authors meant in
 * about one guess in three (docs/reader.md): far too few to run on a watch
 * unasked, enough to save a coach retyping most of a session.
 *
 * Each island is read with a bounded number of tries (the grammar's stop shows
 * where to cut the next try), so the work stays linear in the text's length.
 */
import type { SessionNode } from '../ast.js';
import type { Token } from '../lexer.js';
import type { BareUnit } from '../plan-words.js';
import { Cursor, Stop } from '../grammar/cursor.js';
import { session } from '../grammar/session.js';
import { findIslands, type Island } from './islands.js';
import { unplaced } from './talk.js';
import { bareLength, strong } from './strength.js';
import { doubt } from './doubts.js';
import { isProse } from '../grammar/prose.js';
import { oneConstruct } from './construct.js';

/** Words of prose a text needs before it is read this way: a plan's cell is shorthand, refused where it stops. */
const MIN_PROSE = 3;

/** The session read from its islands, or undefined when the text has none or a doubt stands. */
export function guessSession(tokens: Token[], text: string, bare?: BareUnit): SessionNode | undefined {
  if (tokens.filter((t) => t.kind === 'word' && isProse(t.value)).length < MIN_PROSE) return undefined;
  const { islands, placed } = kept(findIslands(tokens, text, bare));
  if (islands.length === 0) return undefined;
  if (unplaced(tokens, placed) ?? doubt(tokens, islands, text, !strong(islands[0]!.read))) return undefined;
  const read = readTogether(tokens, islands, text, bare);
  if (!read) return undefined;
  const note = `guessed from ${islands.length === 1 ? 'one place' : `${islands.length} places`} in the text: ${islands.map((i) => `'${i.words}'`).join(', ')}`;
  return { ...read, readings: [note, ...(read.readings ?? [])] };
}

/**
 * The session a text tells in a sentence of talk around one construct (construct.ts), read as
 * that construct with every other word set aside: a reading, not a guess.
 */
export function constructSession(tokens: Token[], text: string, bare?: BareUnit): SessionNode | undefined {
  if (tokens.filter((t) => t.kind === 'word' && isProse(t.value)).length < MIN_PROSE) return undefined;
  const islands = oneConstruct(tokens, text, bare);
  const read = islands ? readTogether(tokens, islands, text, bare) : undefined;
  if (!read) return undefined;
  return { ...read, readings: [`read from '${islands![0]!.words.trim()}'; the words around it are talk`, ...(read.readings ?? [])] };
}

/**
 * The islands that make the session: every marked one, and a bare length only
 * when it is the one figure the text has (said once, or said again the same).
 * A bare length beside marked parts is not placed: the reading stops on it.
 */
function kept(found: Island[]): { islands: Island[]; placed: Island[] } {
  const marked = found.filter((i) => strong(i.read));
  if (marked.length > 0) return { islands: marked, placed: marked };
  const lengths = new Set(found.map((i) => bareLength(i.read)));
  // The run said again places its figures too: they are the same run, not one left over.
  return lengths.size === 1 && !lengths.has(undefined) ? { islands: found.slice(0, 1), placed: found } : { islands: [], placed: [] };
}

const SEPARATOR_STRENGTH: Partial<Record<Token['kind'], number>> = { newline: 5, stop: 4, semicolon: 3, plus: 2, comma: 1 };

/**
 * The whole text with all but its islands set aside, and between two islands
 * the strongest separator that stood between them (a comma written in where
 * none did), so the grammar joins the parts as it joins shorthand's.
 */
function readTogether(tokens: Token[], islands: Island[], text: string, bare?: BareUnit): SessionNode | undefined {
  const out: Token[] = [];
  let k = 0;
  for (const [n, island] of islands.entries()) {
    let sep: number | undefined;
    for (; k < island.start; k++) {
      const t = tokens[k]!;
      const strength = SEPARATOR_STRENGTH[t.kind] ?? 0;
      if (n > 0 && strength > 0 && strength >= (SEPARATOR_STRENGTH[tokens[sep ?? -1]?.kind ?? 'eof'] ?? 0)) sep = k;
      out.push(asProse(t));
    }
    if (n > 0 && sep !== undefined) out[out.length - (island.start - sep)] = tokens[sep]!;
    else if (n > 0) out.push(writtenComma(tokens[island.start]!));
    for (; k < island.end; k++) out.push(tokens[k]!);
  }
  for (; k < tokens.length - 1; k++) out.push(asProse(tokens[k]!));
  out.push(tokens[tokens.length - 1]!);
  try {
    return session(new Cursor(out, text, bare));
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return undefined;
  }
}

function asProse(t: Token): Token {
  return t.kind === 'eof' ? t : { ...t, kind: 'prose' };
}

/** A comma written in before an island that nothing parted from the one before it, covering nothing. */
function writtenComma(next: Token): Token {
  return { kind: 'comma', value: ',', raw: '', offset: next.offset, length: 0, spaced: true, synthetic: true };
}
