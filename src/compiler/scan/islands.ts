/**
 * Islands: the places in a text where the session is written. Each starts at
 * a figure (a number or a clock), may take the shorthand words written just
 * before it ("warm up 2 miles", "easy 3 miles"), and runs on over the words of
 * the shorthand until prose or the end of its sentence. What the grammar reads
 * of that stretch as a session of its own is the island; where it stops, the
 * next try is cut there, so each island costs a few readings at most.
 */
import type { SessionNode } from '../ast.js';
import type { Token } from '../lexer.js';
import type { BareUnit } from '../plan-words.js';
import { Cursor, Stop } from '../grammar/cursor.js';
import { session } from '../grammar/session.js';
import { isProse } from '../grammar/prose.js';
import { unitShaped } from '../dialect/words.js';
import { isUnitWord } from '../normalise/tokens.js';
import { isTalk } from './talk.js';

export interface Island {
  /** Token indexes: the island is tokens[start..end). */
  start: number;
  end: number;
  /** Where it stands in the text. */
  from: number;
  to: number;
  /** The coach's words, for the note that says what was read. */
  words: string;
  /** The island read on its own. */
  read: SessionNode;
}

/** At most this many tokens in one island, and this many words of the shorthand before its figure. */
const MAX_TOKENS = 40;
const MAX_LEAD = 4;
/** Readings tried for one island before its figure is left unplaced. */
const MAX_TRIES = 6;

const SENTENCE_END = new Set<Token['kind']>(['stop', 'newline', 'eof']);

export function findIslands(tokens: Token[], text: string, bare?: BareUnit): Island[] {
  const out: Island[] = [];
  let floor = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    if (!isFigure(tokens[k]!) || isTalk(tokens, k) || unknownUnitAfter(tokens, k)) continue;
    const island = islandAt(tokens, k, floor, text, bare);
    if (!island) continue;
    out.push(island);
    floor = island.end;
    k = island.end - 1;
  }
  return out;
}

export const isFigure = (t: Token) => t.kind === 'number' || t.kind === 'clock';

/**
 * "25-30 kilométereket", "10 kilometriä": a word right after a number, shaped as a unit is, may be its unit in a form
 * runcast does not know; read alone, the number would take another unit, so it stays unplaced.
 */
function unknownUnitAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k]!.kind === 'number' && next?.kind === 'word' && !isUnitWord(next) && unitShaped(next.value);
}

/** A token that may stand inside an island: anything but prose and the end of a sentence. */
function shorthand(t: Token): boolean {
  if (SENTENCE_END.has(t.kind) || t.kind === 'prose') return false;
  return t.kind !== 'word' || !isProse(t.value);
}

function islandAt(tokens: Token[], k: number, floor: number, text: string, bare?: BareUnit): Island | undefined {
  let lead = k;
  while (lead > floor && k - lead < MAX_LEAD && tokens[lead - 1]!.kind === 'word' && shorthand(tokens[lead - 1]!)) lead--;
  let end = k + 1;
  while (end < tokens.length - 1 && end - lead < MAX_TOKENS && shorthand(tokens[end]!)) end++;
  for (const start of lead < k ? [lead, k] : [k]) {
    const found = longestReading(tokens, start, k, end, text, bare);
    if (!found) continue;
    const [to, read] = found;
    const last = tokens[to - 1]!;
    return { start, end: to, from: tokens[start]!.offset, to: last.offset + last.length, words: text.slice(tokens[start]!.offset, last.offset + last.length), read };
  }
  return undefined;
}

/** The end of the longest stretch from `start` past the figure at `k` that reads as a session. */
function longestReading(tokens: Token[], start: number, k: number, end: number, text: string, bare?: BareUnit): [number, SessionNode] | undefined {
  let to = end;
  for (let tries = 0; tries < MAX_TRIES && to > k; tries++) {
    const read = readPart(tokens.slice(start, to), text, tokens[tokens.length - 1]!, bare);
    if (!('stop' in read)) return [to, read];
    const stop = read.stop;
    // Cut where the grammar stopped; a stop at the very end cuts the last token.
    let cut = tokens.findIndex((t, i) => i > k && i < to && t.offset >= stop);
    if (cut < 0) cut = to - 1;
    if (cut === k + 1 && unknownUnitAfter(tokens, k)) return undefined;
    to = cut;
  }
  return undefined;
}

/** These tokens read as a session, or where the grammar stops reading them. */
function readPart(part: Token[], text: string, eof: Token, bare?: BareUnit): SessionNode | { stop: number } {
  const last = part[part.length - 1]!;
  const end: Token = { ...eof, offset: last.offset + last.length };
  try {
    const s = session(new Cursor([...part, end], text, bare));
    return s.alternatives[0]!.items.length > 0 ? s : { stop: last.offset };
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { stop: e.error.offset };
  }
}
