/**
 * Paces written in words: a number of minutes for each mile or km is a pace, not a length.
 * "8 min/mile", "Sub 4 mins per km", "4.38min/km", "at 8 minute miles", "a 9:04 minute mile"
 * become the pace the grammar reads ("@ 8:00 / mi"); after a count or an article alone the
 * words name one mile (or km) run at that pace ("an 8 minute mile", "5x 4min kms" are
 * "1 mi @ 8:00 / mi"). Only a pace some runner keeps is read: "3 minute mile pace" is left
 * to refuse. "4 x 2 min mile pace" is 2 minutes at mile pace, where 2:00 a mile is no pace.
 */
import { ONE_UNIT_ARTICLES, PACE_LEADS, PACE_MINUTES, PACE_PER, PACE_QUALIFIERS, PACE_UNITS } from '../dialect/pace-words.js';
import { NORMS, SPEED_NORM, fit } from '../dialect/norms.js';
import { DISTANCE_UNITS } from '../vocabulary.js';
import type { Token, TokenKind } from '../lexer.js';
import { formatClock } from '../../units/format.js';
import { clockSeconds } from '../grammar/quantity.js';
import { isUnitWord, isWord, longestPhrase, phraseTrie, writtenText } from './tokens.js';

interface Made {
  tokens: Token[];
  end: number;
}

const QUALIFIERS = phraseTrie(PACE_QUALIFIERS.map((q) => [q, q] as const));

export function paceWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const made = paceAt(tokens, k, out);
    if (!made) out.push(tokens[k]!);
    else {
      out.push(...made.tokens);
      k = made.end;
    }
  }
  return out;
}

/** A figure of minutes: "8", "4.38" (4:38), "8.5" (8:30), "9:04"; its seconds and how a decimal was read. */
interface Figure {
  seconds: number;
  end: number;
  decimal?: string;
}

function figureAt(tokens: Token[], k: number): Figure | undefined {
  const t = tokens[k];
  if (t?.kind === 'clock' && /^\d{1,2}:\d\d$/.test(t.value)) return { seconds: clockSeconds(t.value), end: k };
  if (t?.kind !== 'number' || !/^\d{1,2}(\.\d{1,2})?$/.test(t.value)) return undefined;
  const [whole, part] = t.value.split('.');
  if (part === undefined) return { seconds: Number(whole) * 60, end: k };
  // "4.38min/km" is 4:38 (a clock typed with a dot); "8.5 minute mile" is eight and a half minutes.
  if (part.length === 2 && Number(part) < 60) return { seconds: Number(whole) * 60 + Number(part), end: k, decimal: `${t.raw} as ${whole}:${part}` };
  return { seconds: Math.round(Number(t.value) * 60), end: k, decimal: `${t.raw} as ${formatClock(Math.round(Number(t.value) * 60))}` };
}

/** "7-8", "6:20-6:30", "7.25-35" (7:25 to 7:35): a band of minutes, slow and fast. */
function bandAt(tokens: Token[], k: number): { low: Figure; high: Figure } | undefined {
  const low = figureAt(tokens, k);
  if (!low) return undefined;
  const joined = tokens[low.end + 1]?.kind === 'dash' || isWord(tokens[low.end + 1], ['to']);
  const next = joined ? tokens[low.end + 2] : undefined;
  if (low.decimal && next?.kind === 'number' && /^\d\d$/.test(next.value) && Number(next.value) < 60) {
    // "7.25-35 min mile pace": the seconds of the same minute.
    const seconds = Math.floor(low.seconds / 60) * 60 + Number(next.value);
    if (seconds > low.seconds) return { low, high: { seconds, end: low.end + 2 } };
  }
  const high = joined ? figureAt(tokens, low.end + 2) : undefined;
  return { low, high: high ?? low };
}

/** Where the minutes and the unit they are per stand after a band: "min/mile", "-minute miles", "mins per km". */
function perUnitAt(tokens: Token[], k: number): { unit: 'mi' | 'km'; joined: boolean; plural: boolean; end: number } | undefined {
  let j = k;
  if (tokens[j]?.kind === 'dash' && !tokens[j]!.spaced) j++;
  if (!isWord(tokens[j], PACE_MINUTES)) return undefined;
  j++;
  if (tokens[j]?.kind === 'stop' && tokens[j + 1]?.kind === 'slash') j++;
  const joined = tokens[j]?.kind === 'slash' || isWord(tokens[j], PACE_PER);
  if (joined) j++;
  const u = tokens[j];
  const unit = u?.kind === 'word' ? PACE_UNITS[u.value] : undefined;
  if (!unit || (!joined && u!.value === 'k')) return undefined;
  return { unit, joined, plural: /s$/.test(u!.value), end: j };
}

/** A pace in words at token k, with the words before it that change no target. */
function paceAt(tokens: Token[], k: number, out: Token[]): Made | undefined {
  const qualifier = longestPhrase(QUALIFIERS, tokens, k);
  const at = qualifier ? qualifier.end + 1 : k;
  const band = bandAt(tokens, at);
  const per = band && perUnitAt(tokens, band.high.end + 1);
  if (band && !per) return minutesPaceAt(tokens, k, band, out);
  if (!band || !per) return undefined;
  const reading = per.joined ? 'pace' : readingOf(tokens, at, per, out);
  const meters = DISTANCE_UNITS[per.unit]!;
  const paced = runnable(meters / band.low.seconds) && runnable(meters / band.high.seconds);
  if (reading === 'length') return lengthAtMilePace(tokens, at, band.low.end, paced);
  // "2 min mile pace, 2 min jog": 2:00 a mile is no pace, so the minutes are the length; after a
  // length of its own ("1 Minute 3 minute mile pace") they can only be a pace, and refuse.
  const length = !per.joined && !lengthBefore(out) && milePaceAfter(tokens, at, per);
  if (!paced) return length ? lengthAtMilePace(tokens, at, band.low.end, false) : undefined;
  const written = writtenText(tokens, k, per.end);
  const clocks = [...new Set([formatClock(band.low.seconds), formatClock(band.high.seconds)])];
  const note = [`read ${written} as ${reading === 'one' ? `one ${per.unit} at ` : ''}a pace of ${clocks.join('–')}/${per.unit}`, band.low.decimal && `${band.low.decimal} a ${per.unit}`].filter(Boolean).join('; ');
  const made = over(tokens[k]!, tokens[per.end]!);
  const mark = reading === 'pace' && marked(out) ? [] : [made('at', '@')];
  const one = reading === 'one' ? [made('number', '1'), made('word', per.unit)] : [];
  const all = [...one, ...mark, ...clockTokens(clocks, made), made('slash', '/'), made('word', per.unit)];
  all[0] = { ...all[0]!, note };
  // "an 8 minute mile": the article goes with the mile it counts.
  if (reading === 'one' && isWord(out[out.length - 1], ONE_UNIT_ARTICLES)) out.pop();
  return { tokens: all, end: per.end };
}

/**
 * "at 10 min pace", "at 9-10 minute pace": minutes before "pace" after "at" are the time for each
 * mile or km, as the text measures (the grammar reads "at 10:00 pace" so).
 */
function minutesPaceAt(tokens: Token[], k: number, band: { low: Figure; high: Figure }, out: Token[]): Made | undefined {
  let j = band.high.end + 1;
  if (tokens[j]?.kind === 'dash' && !tokens[j]!.spaced) j++;
  if (!marked(out) || !isWord(tokens[j], PACE_MINUTES) || !isWord(tokens[j + 1], ['pace'])) return undefined;
  const fits = (s: number) => runnable(1000 / s) || runnable(DISTANCE_UNITS.mi! / s);
  if (!fits(band.low.seconds) || !fits(band.high.seconds)) return undefined;
  const clocks = [...new Set([formatClock(band.low.seconds), formatClock(band.high.seconds)])];
  const all = clockTokens(clocks, over(tokens[k]!, tokens[j]!));
  all[0] = { ...all[0]!, note: `read ${writtenText(tokens, k, j)} pace as ${clocks.join('–')} for each mile or km` };
  return { tokens: all, end: j };
}

/**
 * "N minute mile(s)" with nothing joining minutes and mile: a pace after "at" or a length, one mile
 * at that pace after a count or an article, the rep's length before mile pace after a count.
 */
function readingOf(tokens: Token[], at: number, per: { unit: 'mi' | 'km'; plural: boolean; end: number }, out: Token[]): 'pace' | 'one' | 'length' {
  const prev = out[out.length - 1];
  const counted = prev?.kind === 'x';
  if (counted && milePaceAfter(tokens, at, per)) return 'length';
  if (counted) return 'one';
  if (isWord(prev, ONE_UNIT_ARTICLES) && !per.plural && !isWord(tokens[per.end + 1], ['pace'])) {
    const before = out[out.length - 2];
    return before?.kind === 'at' || isWord(before, PACE_LEADS) ? 'pace' : 'one';
  }
  return 'pace';
}

/** "2 min mile pace": whole minutes a rep may last, then "mile pace". */
function milePaceAfter(tokens: Token[], at: number, per: { unit: 'mi' | 'km'; end: number }): boolean {
  const t = tokens[at]!;
  const minutes = t.kind === 'number' && /^\d+$/.test(t.value) ? Number(t.value) : undefined;
  return per.unit === 'mi' && isWord(tokens[per.end + 1], ['pace']) && minutes !== undefined && fit(minutes * 60, NORMS.rep.seconds) > 0;
}

/**
 * "4 x 2 min mile pace": the rep's two minutes, then "@" before the mile pace; where the minutes
 * could be a pace too ("4 x 8 min mile pace"), a note says the rep would have no length.
 */
function lengthAtMilePace(tokens: Token[], at: number, figureEnd: number, paced: boolean): Made {
  const minutes = tokens[figureEnd + 1]?.kind === 'dash' ? figureEnd + 2 : figureEnd + 1;
  const unit = tokens[minutes]!;
  const n = tokens[at]!.raw;
  const note = paced ? `read ${n} ${unit.raw} mile pace as ${n} min at mile pace; as ${n}:00 a mile the reps would have no length` : undefined;
  const sign: Token = { ...unit, kind: 'at', value: '@', raw: '', offset: unit.offset + unit.length, length: 0, spaced: true, synthetic: true, ...(note ? { note } : {}) };
  return { tokens: [tokens[at]!, tokens[minutes]!, sign], end: minutes };
}

/** The last tokens are a length: "1 Minute", "400m". */
function lengthBefore(out: Token[]): boolean {
  const [n, unit] = out.slice(-2);
  return n?.kind === 'number' && isUnitWord(unit);
}

/** The pace is said to be run at already: "at", "@", "at a". */
function marked(out: Token[]): boolean {
  const prev = out[out.length - 1];
  const before = isWord(prev, ONE_UNIT_ARTICLES) ? out[out.length - 2] : prev;
  return before?.kind === 'at' || isWord(before, ['at']);
}

/**
 * A speed (m/s) some runner keeps, from a brisk walk to the fastest a coach usually writes:
 * "3 minute mile pace" is faster than any runner, so those words are not read as a pace.
 */
const runnable = (speed: number) => speed >= SPEED_NORM.possible[0] && speed <= SPEED_NORM.usual[1];

type Make = (kind: TokenKind, value: string) => Token;

/** Tokens the pass writes, each over the coach's words first…last. */
function over(first: Token, last: Token): Make {
  return (kind, value) => ({ kind, value, raw: '', offset: first.offset, length: last.offset + last.length - first.offset, spaced: first.spaced, synthetic: true });
}

/** "8:00", or "7:00 - 7:30": the clocks of a pace or band. */
function clockTokens(clocks: string[], made: Make): Token[] {
  return clocks.flatMap((c, i) => [...(i > 0 ? [made('dash', '-')] : []), made('clock', c)]);
}


