/**
 * Efforts written in words ("very easy", "comfortably hard", "at a
 * conversational pace") and perceived effort written in words ("effort level
 * 5", "a level 6-7 effort", "intensity level of 8 to 9") become the pace of that
 * effort (dialect/efforts.ts), written "@ <pace>" for the grammar, with a note
 * saying how it was read. The coach's words stay in the step's notes.
 */
import { EFFORT_PHRASES, PACE_NOUNS, RPE_FOLLOWS, RPE_LEADS, RPE_PACES, type PhrasePace } from '../dialect/efforts.js';
import type { Token } from '../lexer.js';
import { spelling } from './efforts.js';
import { isUnitWord, isWord, replacement, writtenText } from './tokens.js';

interface Read {
  end: number;
  paces: PhrasePace[];
  /** How the step's notes show the effort ("RPE 6-7"); the coach's words when undefined. */
  shown?: string;
  why: string;
}

export function effortWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const read = rpeAt(tokens, k) ?? phraseAt(tokens, k);
    if (!read || !placed(out, tokens[read.end + 1])) {
      out.push(tokens[k]!);
      continue;
    }
    out.push(...written(tokens, k, read, marked(out)));
    k = read.end;
  }
  return out;
}

const num = (t: Token | undefined) => (t?.kind === 'number' && /^\d+$/.test(t.value) ? Number(t.value) : undefined);
const ARTICLES = ['a', 'an', 'the', 'your'];

/** "at", "@", or "at a": the grammar reads a pace next. */
function marked(out: Token[]): boolean {
  let j = out.length - 1;
  while (isWord(out[j], ARTICLES)) j--;
  return out[j]?.kind === 'at' || isWord(out[j], ['at']);
}

/**
 * Where a pace can stand: after "at", or after the length it is run for ("7-9 mi
 * very easy", "15 mins (effort level 5)"), and before the end of its part; an effort opening a part ("Very
 * easy 30 min") is left to the grammar's effort words.
 */
function placed(out: Token[], after: Token | undefined): boolean {
  if (marked(out)) return true;
  // "Run 15 mins (effort level 5)": a pace in brackets after the length is the length's.
  const prev = out[out.length - (out[out.length - 1]?.kind === 'lparen' ? 2 : 1)];
  const afterLength = isUnitWord(prev) || prev?.kind === 'clock';
  const ends = !after || ['eof', 'stop', 'newline', 'comma', 'semicolon', 'rparen', 'plus', 'dash', 'word', 'lparen'].includes(after.kind);
  return afterLength && ends;
}

/** Does the phrase `words` start at token k? Its last token's index. "pace" matches any of PACE_NOUNS. */
function matchAt(tokens: Token[], k: number, words: string): number | undefined {
  const parts = words.split(' ');
  for (let j = 0; j < parts.length; j++) {
    const t = tokens[k + j];
    const ok = parts[j] === 'pace' ? isWord(t, PACE_NOUNS) : isWord(t, [parts[j]!]);
    if (!ok) return undefined;
  }
  return k + parts.length - 1;
}

/** The longest effort phrase at token k, with a pace noun after it. */
function phraseAt(tokens: Token[], k: number): Read | undefined {
  let best: Read | undefined;
  for (const row of EFFORT_PHRASES) {
    const end = matchAt(tokens, k, row.words);
    if (end === undefined || (best && best.end >= end)) continue;
    best = { end: isWord(tokens[end + 1], PACE_NOUNS) ? end + 1 : end, paces: [row.pace], why: row.why };
  }
  return best;
}

/** "effort level 5", "intensity level of 8 to 9", "a level 6-7 effort": perceived effort out of 10. */
function rpeAt(tokens: Token[], k: number): Read | undefined {
  for (const lead of RPE_LEADS) {
    const end = matchAt(tokens, k, lead);
    const range = end === undefined ? undefined : rpeRange(tokens, end + 1);
    if (range) return range;
  }
  if (!RPE_FOLLOWS.some((w) => isWord(tokens[k], [w]))) return undefined;
  const range = rpeRange(tokens, k + 1);
  return range && isWord(tokens[range.end + 1], PACE_NOUNS) ? { ...range, end: range.end + 1 } : undefined;
}

/** "5", "6-7", "8 to 9": efforts of RPE_PACES, low to high. */
function rpeRange(tokens: Token[], k: number): Read | undefined {
  const a = num(tokens[k]);
  if (a === undefined || !RPE_PACES[a]) return undefined;
  const joined = tokens[k + 1]?.kind === 'dash' || isWord(tokens[k + 1], ['to']);
  const b = joined ? num(tokens[k + 2]) : undefined;
  const high = b !== undefined && RPE_PACES[b] && b > a ? b : a;
  const paces = [RPE_PACES[a]!, RPE_PACES[high]!];
  return { end: high === a ? k : k + 2, paces, shown: `RPE ${a}${high === a ? '' : `-${high}`}`, why: 'a perceived effort, run at the pace of that effort' };
}

/** "@ <pace>" ("<pace>" after "at"), covering the coach's words, which the note quotes. */
function written(tokens: Token[], k: number, read: Read, isMarked: boolean): Token[] {
  const paces = [...new Set(read.paces)];
  const words = paces.map((p) => (p === 'recovery' ? 'recovery pace' : spelling(p))).join(' - ');
  const made = replacement(`${isMarked ? '' : '@ '}${words}`, tokens[k]!, tokens[read.end]!);
  const coach = writtenText(tokens, k, read.end);
  const shown = read.shown ?? coach;
  const name = paces.map((p) => (p === 'recovery' ? 'recovery' : p)).join('–');
  made[0] = { ...made[0]!, note: `read ${coach} as ${name} pace: ${read.why}`, written: shown };
  return made;
}

const SEPARATORS = ['stop', 'newline', 'semicolon', 'comma', 'plus', 'x', 'at'];

/**
 * "40 Mins Run\nZone 2", "10-15min easy jog. Zone 2": an effort standing alone
 * in the last sentence is the target of a session of one part before it. (After
 * the efforts pass, which wrote the effort as "@ <pace>".)
 */
export function trailingTarget(tokens: Token[]): Token[] {
  const end = tokens[tokens.length - 1]?.kind === 'eof' ? tokens.length - 1 : tokens.length;
  const last = tokens[end - 1]?.kind === 'stop' ? end - 2 : end - 1;
  let at = last;
  while (at > 0 && tokens[at]!.kind !== 'at') at--;
  const target = tokens.slice(at, last + 1);
  const effort = at > 1 && target.every((t) => t.synthetic) && target.some((t) => t.heartRate || t.written);
  if (!effort || !['stop', 'newline'].includes(tokens[at - 1]!.kind)) return tokens;
  const before = tokens.slice(0, at - 1);
  const onePart = before.every((t) => !SEPARATORS.includes(t.kind) && !isWord(t, ['then'])) && before.some((t) => t.kind === 'number');
  // "10-15min easy jog. Zone 2": a jog alone is read as a recovery, whose pace would not show the zone; left unread.
  const jog = isWord(before[before.length - 1], ['jog', 'walk', 'float']);
  return onePart && !jog ? [...before, ...tokens.slice(at)] : tokens;
}
