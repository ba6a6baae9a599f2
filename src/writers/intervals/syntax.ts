/**
 * The words of intervals.icu's workout-text syntax that runcast writes:
 * durations (`30s`, `10m`, `1h2m`), distances (`400mtr`, `1mi`, `10km`; a
 * bare `m` means minutes there), absolute paces (`7:15-7:00/mi Pace`), and
 * the guard that keeps free text (cues, notes, headers) from being read as
 * any of them.
 */
import type { HeartRateTarget, PaceTarget } from '../../ir/workout.js';
import { METERS_PER_MILE, type Units } from '../../units/format.js';

/** "45m", "1m30s", "1h2m", "20s". Whole seconds: the syntax has no finer unit. */
export function durationText(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${sec || s === 0 ? `${sec}s` : ''}`;
}

const trimNumber = (n: number, decimals: number) => String(Number(n.toFixed(decimals)));

/**
 * "400mtr" on the track, "1mi" or "0.25mi" for whole hundredths of a mile,
 * "10km" for longer whole-metre distances. Metres are rounded to the metre.
 */
export function distanceText(meters: number): string {
  const hundredthsOfMile = (meters / METERS_PER_MILE) * 100;
  const wholeMetres = Math.abs(meters - Math.round(meters)) < 1e-6;
  if (!wholeMetres && Math.abs(hundredthsOfMile - Math.round(hundredthsOfMile)) < 1e-6) {
    return `${trimNumber(Math.round(hundredthsOfMile) / 100, 2)}mi`;
  }
  const m = Math.round(meters);
  if (m >= 5000) return `${trimNumber(m / 1000, 3)}km`;
  return `${m}mtr`;
}

/** "7:05" for a pace in whole seconds per unit. */
function clock(totalSeconds: number): string {
  return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

/** Seconds per mile or km, whole: the syntax writes paces as m:ss. */
export function paceSeconds(speed: number, units: Units): number {
  return Math.round((units === 'mi' ? METERS_PER_MILE : 1000) / speed);
}

/** The slowest pace m:ss can say per mile or km. */
export const SLOWEST_PACE_SECONDS = 59 * 60 + 59;

/**
 * "7:11-6:50/mi Pace": slower pace first, as intervals.icu writes ranges;
 * one pace when the band rounds to a single second. Undefined for a band a
 * watch could not hold (no speed, or slower than 59:59 per unit).
 */
export function paceText(target: PaceTarget, units: Units): string | undefined {
  const low = Math.min(target.low, target.high);
  const high = Math.max(target.low, target.high);
  if (!(Number.isFinite(low) && Number.isFinite(high) && low > 0)) return undefined;
  const slow = paceSeconds(low, units);
  const fast = paceSeconds(high, units);
  if (slow > SLOWEST_PACE_SECONDS || fast < 1) return undefined;
  return `${slow === fast ? clock(slow) : `${clock(slow)}-${clock(fast)}`}/${units} Pace`;
}

/**
 * A heart-rate band as intervals.icu's syntax writes it: "70-78% HR" (a share
 * of max HR), "90-95% LTHR" (of threshold HR) or "Z2 HR" / "Z2-Z3 HR" (its
 * own zones). The syntax has no beats per minute, so intervals.icu applies
 * the athlete's heart-rate settings there: written as the coach wrote it (a
 * zone as a zone, a share as a share), else as the share the profile gives.
 * Undefined when neither is known (bpm with no max or threshold HR).
 */
export function heartRateText(target: HeartRateTarget): string | undefined {
  const range = (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`);
  const zones = target.zones && `Z${target.zones.low}${target.zones.high !== target.zones.low ? `-Z${target.zones.high}` : ''} HR`;
  const share = target.share && `${range(target.share.low, target.share.high)}% ${target.share.of === 'max' ? 'HR' : 'LTHR'}`;
  return zones ?? share;
}

/**
 * Whitespace-separated words intervals.icu reads as part of a step rather than
 * as its text: a duration ("10m", "1m30", "5'", "30\""), a distance ("400mtr",
 * "2km", "1mi"), a number with a target unit ("90%", "200-240w", "90rpm"), a
 * pace ("6:30", "6:30/km"), a zone ("Z2", "CZ1-CZ2") or a repeat count ("6x").
 * Words such as "10K" or "HM–10K" are not among them and are left as written.
 */
const SPEC_WORDS: readonly RegExp[] = [
  /^\d+(?:[.,]\d+)?(?:[-–]\d+(?:[.,]\d+)?)?(?:h|m|s|km|mi|mtr|y|yd|yrd|x|w|rpm|bpm|%)$/i,
  /^(?=\d+[hms])(?:\d+h)?(?:\d+m)?(?:\d+s)?$/i,
  /^\d+m\d+s?$/i,
  /^\d+['"′″]/,
  /^\d+:\d/,
  /^c?z\d/i,
];

export function isSpecWord(word: string): boolean {
  return SPEC_WORDS.some((re) => re.test(word));
}

/**
 * Free text made safe to stand before a step's duration, or on a line of its
 * own: every word the syntax would read as a duration, distance, target or
 * repeat count has its number set apart from its unit ("400m" → "400 m",
 * "90-95%" → "90-95 percent", "6x" → "6 ×", "1:30 min" → "1 min 30 s"), and
 * "press lap", which ends a step at the lap button wherever it stands, is
 * reworded. Nothing is dropped; the words still read the same.
 */
/**
 * Text as a line of the syntax can hold it: control characters and line or
 * paragraph separators become spaces (a line break would end the step),
 * noncharacters and lone surrogates are dropped.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** "6x400m" and "6 x 400m" alike: the count is set apart, and so is what follows it. */
const REPEAT_COUNT = /(\d)\s*[xX×](?![a-zA-Z])\s*/g;

export function plainWords(text: string): string {
  const spaced = cleanText(text)
    .replace(/\b(p)ress\s+lap\b/gi, '$1ress the lap button')
    .replace(/\b(\d+):(\d\d):(\d\d)\b/g, '$1 h $2 min $3 s')
    .replace(/\b(\d+):(\d\d)\b(?:\s*min(?:utes|s)?\b)?/g, '$1 min $2 s')
    .replace(REPEAT_COUNT, '$1 × ')
    .replace(/\s+/g, ' ')
    .trim();
  return spaced
    .split(' ')
    .map((word) => (isSpecWord(stripPunctuation(word)) ? defuseWord(word) : word))
    .join(' ');
}

/** Brackets and trailing commas around a word ("(400m)", "6x,") do not hide it from the parser. */
function stripPunctuation(word: string): string {
  return word.replace(/^[([{"']+|[)\]},;.!?]+$/g, '');
}

function defuseWord(word: string): string {
  return word
    .replace(/(\d)%/g, '$1 percent')
    .replace(/(\d):(\d)/g, '$1 : $2')
    .replace(/(\d)([a-zA-Z'"′″])/g, '$1 $2')
    .replace(/^([([{"']*[a-zA-Z]+)(\d)/, '$1 $2');
}

/**
 * A line of free text (a note, the coach's words, a section header). Off a
 * step line only two things are read: a leading "-" starts a step, and a
 * repeat count ("6x", "6 x") makes the line a repeat header. Both are
 * defused; the rest stays as the coach wrote it.
 */
export function plainLine(text: string): string {
  return cleanText(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(REPEAT_COUNT, '$1 × ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—]+\s*/, '– ');
}
