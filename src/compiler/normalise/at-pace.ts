/**
 * "8 km a 5'40\"", "12 km à 5:35/km", "e 2 a 5'30": after a length, the Romance "a" or "à" before a clock is "at" —
 * the pace the length is run at. An English article never stands before a bare clock, so the reading is safe in any
 * language the session is written in. So is the pace's own word after a length ("6km Pace: 4:40").
 */
import { PACE_AT_WORDS, PACE_CLOCK, PACE_LABELS, PACE_MINUTES, PACE_PER } from '../dialect/pace-words.js';
import type { Token } from '../lexer.js';
import { isUnitWord, isWord, writtenText } from './tokens.js';
import { clockSeconds } from '../grammar/quantity.js';
import { DISTANCE_UNITS } from '../vocabulary.js';

export function atPace(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'clock')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const label = labelledPace(tokens, k);
    if (label !== undefined) {
      out.push({ ...t, kind: 'at', value: '@', raw: writtenText(tokens, k, label - 1), length: tokens[label - 1]!.offset + tokens[label - 1]!.length - t.offset, synthetic: true });
      // A clock a runner's pace can be is a pace per unit, never a rep's time ("1200m Tempo: 4:30" is 4:30 a km, not
      // 4:30 for the 1200 m); any other ("6 x 400m, pace 1:30") is left to the norms, as after "@".
      const end = tokens[label + 1]?.kind === 'dash' && tokens[label + 2]?.kind === 'clock' ? label + 2 : label;
      out.push(...tokens.slice(label, end + 1));
      if (!perUnit(tokens[end + 1]) && paceLike(tokens[label]!)) out.push({ ...tokens[end]!, kind: 'word', value: 'pace', raw: '', offset: tokens[end]!.offset + tokens[end]!.length, length: 0, synthetic: true });
      k = end;
      continue;
    }
    const figures = restatedFigures(tokens, k);
    if (figures !== undefined) {
      // "at Half Marathon goal pace, 5:21-5:40": the pace named, then its figures, as if in brackets.
      out.push({ ...t, kind: 'lparen', value: '(', synthetic: true }, ...tokens.slice(k + 1, figures + 1));
      const last = tokens[figures]!;
      out.push({ ...last, kind: 'rparen', value: ')', raw: '', offset: last.offset + last.length, length: 0, synthetic: true });
      k = figures;
      continue;
    }
    out.push(isWord(t, PACE_AT_WORDS) && isLength(tokens[k - 1]) && tokens[k + 1]?.kind === 'clock' ? { ...t, value: 'at' } : t);
  }
  return out;
}

/** "7" in "6:50-7": a number of whole minutes, one or two digits. */
export const wholeMinutes = (t: Token | undefined) => t?.kind === 'number' && /^\d{1,2}$/.test(t.value);

/** The clock of a number of whole minutes ("7" as "7:00"). */
export const minuteClock = (n: Token): Token => ({ ...n, kind: 'clock', value: `${n.value}:00` });

const PART_ENDS = new Set<Token['kind']>(['eof', 'newline', 'stop', 'comma', 'semicolon']);

/** After a pace's word and a comma (at `k`), its figures and nothing more in the part: where they end, or nothing. */
function restatedFigures(tokens: Token[], k: number): number | undefined {
  if (tokens[k]?.kind !== 'comma' || !isWord(tokens[k - 1], ['pace']) || tokens[k + 1]?.kind !== 'clock') return undefined;
  // After reps a bracketed time is their recovery ("4 x 1 mile @ HM pace, 6:45"): only a single run's pace is restated.
  for (let j = k - 1; j >= 0 && tokens[j]!.kind !== 'newline'; j--) if (tokens[j]!.kind === 'x') return undefined;
  let end = k + 1;
  if (tokens[end + 1]?.kind === 'dash' && tokens[end + 2]?.kind === 'clock') end += 2;
  if (tokens[end + 1]?.kind === 'slash' && isUnitWord(tokens[end + 2])) end += 2;
  return PART_ENDS.has(tokens[end + 1]?.kind ?? 'eof') ? end : undefined;
}

const isLength = (t: Token | undefined) => isUnitWord(t) || t?.kind === 'number';
/** "/km", "per mile", "min/km": the pace says its unit itself. */
const perUnit = (t: Token | undefined) => t?.kind === 'slash' || isWord(t, PACE_PER) || isWord(t, PACE_MINUTES) || isUnitWord(t);

/**
 * "6km Pace: 4:40", "5 x 1000m, Tempo: 4:20, 120sek Pause": after a length (and its comma), the pace's own word and
 * its colon stand for "at". Where the clock stands, or nothing.
 */
function labelledPace(tokens: Token[], k: number): number | undefined {
  const comma = tokens[k]?.kind === 'comma' ? 1 : 0;
  const word = tokens[k + comma];
  const label = word?.kind === 'word' ? PACE_LABELS[word.value] : undefined;
  if (!label || !isLength(tokens[k - 1])) return undefined;
  const colon = tokens[k + comma + 1]?.kind === 'colon' ? 1 : 0;
  if (label.colon && !colon) return undefined;
  const at = k + comma + 1 + colon;
  // "WU 15 min, Tempo: 25:00", "Warm up 2 miles, Tempo: 20:00": before a time no pace is, "Tempo:" heads a tempo run.
  if (label.colon && !paceLike(tokens[at])) return undefined;
  return tokens[at]?.kind === 'clock' ? at : undefined;
}

/** A clock a runner's pace per mile or km can be: from 2:00 to 15:00. */
const paceLike = (t: Token | undefined) => t?.kind === 'clock' && clockSeconds(t.value) >= PACE_CLOCK.low && clockSeconds(t.value) <= PACE_CLOCK.high;

/**
 * "4 miles @ 6:50-7 mile pace", "at 7:00 mile pace": a clock, or a band of clocks, before a unit of distance and
 * "pace" is the pace per that unit ("6:50-7:00/mile"); a band's upper end written as whole minutes ("-7") is that
 * minute. Only after "@" or "at" and before the unit and "pace": "6:50-7 miles" and "1:00 Mile Pace" (a minute at
 * mile pace) stay as written.
 */
export function clockUnitPaces(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.kind === 'clock')) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    out.push(t);
    // "at 8-8:30 mile pace": a band's lower end written as whole minutes.
    const low = tokens[k - 1]?.kind === 'dash' && wholeMinutes(tokens[k - 2]) ? k - 2 : k;
    // Only after "@" or "at": "1:00 Mile Pace" is a minute at mile pace.
    if (t.kind !== 'clock' || !(tokens[low - 1]?.kind === 'at' || isWord(tokens[low - 1], ['at']))) continue;
    const whole = tokens[k + 1]?.kind === 'dash' && wholeMinutes(tokens[k + 2]) ? k + 2 : undefined;
    const unit = (whole ?? k) + 1;
    if (!isUnitWord(tokens[unit]) || DISTANCE_UNITS[tokens[unit]!.value] === undefined || !isWord(tokens[unit + 1], ['pace'])) continue;
    // The whole minutes already written out (the number before the dash and the clock) become the band's lower clock.
    if (low < k) out[out.length - 3] = minuteClock(tokens[low]!);
    if (whole !== undefined) out.push(tokens[k + 1]!, minuteClock(tokens[whole]!));
    const u = tokens[unit]!;
    out.push({ ...u, kind: 'slash', value: '/', raw: '', length: 0, synthetic: true }, u);
    k = unit;
  }
  return out;
}
