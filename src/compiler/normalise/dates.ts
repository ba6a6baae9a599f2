/**
 * Dates written around a session ("Tuesday, September 13, 2016:", "29
 * September", "Mon 26/10:", "Monday (8/11)", "Week of Jan 20 – Jan 26, 2020"):
 * their numbers are no lengths, so the date is set aside as prose before any
 * number is read. The weekday stays, for the label it may be.
 */
import type { Token } from '../lexer.js';
import { DATE_LEADS, DATE_SIGNS, MONTHS, OFFSET_LEADS, OFFSET_MARKS, WEEKDAYS, YEAR_LEADS } from '../dialect/dates.js';
import { DAY_MONTH_LINKS, ORDINAL_ENDS } from '../dialect/calendar.js';
import { TIME_UNITS } from '../vocabulary.js';
import { aside, isUnitWord, isWord } from './tokens.js';

export function dates(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = dateAt(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    // "Tuesday, September 13": the comma between the weekday and the date goes with the date.
    const from = out[out.length - 1]?.kind === 'comma' && isWord(out[out.length - 2], WEEKDAYS) ? out.pop()! : tokens[k]!;
    // "Sep 18th: 7 miles": a date heading its line takes its colon with it.
    const opens = k === 0 || tokens[k - 1]!.kind === 'newline';
    const heading = opens && tokens[end + 1]?.kind === 'colon' ? end + 1 : end;
    out.push(aside(from, tokens[heading]!));
    k = heading;
  }
  return out;
}

/** The index of the last token of a date starting at `k` (its leading words and a range to a second date included), or undefined. */
function dateAt(t: Token[], k: number): number | undefined {
  // Times of day are set aside before this pass runs (calendar.ts).
  const when = yearAt(t, k) ?? offsetAt(t, k) ?? markedDate(t, k);
  if (when !== undefined) return when;
  const lead = DATE_LEADS.find((words) => words.every((w, j) => t[k + j]?.value === w));
  const at = k + (lead?.length ?? 0);
  let end = oneDate(t, at) ?? (isWord(t[k - 1], WEEKDAYS) ? numericDate(t, at) : (bracketedDate(t, at) ?? beforeWeekday(t, at)));
  if (end === undefined) return undefined;
  // "Jan 20 – Jan 26, 2020", "September 2-29": a range of dates; not "September 2nd – 4 Easy Miles", a date and a run.
  if ((t[end + 1]?.kind === 'dash' || t[end + 1]?.value === 'to') && t[end + 2]) end = oneDate(t, end + 2) ?? (day(t[end + 2]) && !countsAfter(t, ordinal(t, end + 2) + 1) ? end + 2 : end);
  return end;
}

/** "September 13, 2016", "May 19", "29 September", "1st April", "13 Sept 2016": a date in words. */
function oneDate(t: Token[], k: number): number | undefined {
  // "you may 6 x 400m": a day of the month is no count of reps nor a length.
  if (month(t[k])) {
    // "Dec. 28": an abbreviated month's full stop.
    const d = t[k + 1]?.kind === 'dot' || t[k + 1]?.kind === 'stop' ? k + 2 : k + 1;
    if (day(t[d]) && !counts(t[ordinal(t, d) + 1])) return year(t, ordinal(t, d));
  }
  if (!day(t[k])) return undefined;
  let j = ordinal(t, k) + 1;
  if (isWord(t[j], DAY_MONTH_LINKS)) j++;
  return month(t[j]) ? year(t, j) : undefined;
}

/**
 * "04月01日(火)", "2023年8月5日", "3월 5일 (화)": a date as Japanese, Chinese and Korean write it, each number
 * marked by its year, month or day sign, with the weekday in brackets after it.
 */
function markedDate(t: Token[], k: number): number | undefined {
  let j = k;
  if (t[j]?.kind === 'number' && isWord(t[j + 1], DATE_SIGNS.year)) j += 2;
  if (!(t[j]?.kind === 'number' && isWord(t[j + 1], DATE_SIGNS.month) && day(t[j + 2]) && isWord(t[j + 3], DATE_SIGNS.day))) return undefined;
  const end = j + 3;
  const [open, weekday, close] = t.slice(end + 1, end + 4);
  return open?.kind === 'lparen' && weekday?.kind === 'word' && weekday.value.length <= 2 && close?.kind === 'rparen' ? end + 3 : end;
}

/** "26/10", "8/11", "8/11/2014" after a weekday, bracketed or not. */
function numericDate(t: Token[], k: number): number | undefined {
  const open = t[k]?.kind === 'lparen' ? 1 : 0;
  const [a, slash, b] = t.slice(k + open, k + open + 3);
  if (!(day(a) && slash?.kind === 'slash' && day(b) && !slash.spaced)) return undefined;
  let end = k + open + 2;
  if (t[end + 1]?.kind === 'slash' && t[end + 2]?.kind === 'number' && /^\d{2}(\d{2})?$/.test(t[end + 2]!.value)) end += 2;
  if (open) return t[end + 1]?.kind === 'rparen' ? end + 1 : undefined;
  return end;
}

/**
 * "9/6 Tues - 6x1 mile repeats", "4/12(土)": a day and month before the weekday, as a log heads its day. The date only;
 * a weekday in brackets ("(土)") goes with it, a weekday in words stays for the label it may be.
 */
function beforeWeekday(t: Token[], k: number): number | undefined {
  const end = t[k]?.kind === 'lparen' ? undefined : numericDate(t, k);
  if (end === undefined) return undefined;
  if (isWord(t[end + 1], WEEKDAYS)) return end;
  const [open, weekday, close] = t.slice(end + 1, end + 4);
  return open?.kind === 'lparen' && !open.spaced && weekday?.kind === 'word' && [...weekday.value].length === 1 && close?.kind === 'rparen' ? end + 3 : undefined;
}

/** "Week 1 (20/01)", "(27/01)": a day and month in brackets that only a date writes so (a month with its zero, a day past 12). */
function bracketedDate(t: Token[], k: number): number | undefined {
  if (t[k]?.kind !== 'lparen') return undefined;
  const [a, b] = [t[k + 1], t[k + 3]];
  if (!a || !b || !/^\d\d$/.test(b.value) || !(b.value.startsWith('0') || Number(a.value) > 12) || Number(b.value) > 12) return undefined;
  return numericDate(t, k);
}

/** "starting 35 minutes after Shabbat ends": a time from something else, when the run starts; the index of the word that places it. */
function offsetAt(t: Token[], k: number): number | undefined {
  if (!isWord(t[k], OFFSET_LEADS) || t[k + 1]?.kind !== 'number' || t[k + 2]?.kind !== 'word' || TIME_UNITS[t[k + 2]!.value] === undefined) return undefined;
  return isWord(t[k + 3], OFFSET_MARKS) ? k + 3 : undefined;
}

/** "Vor den Spielen von 1952", "in 2019": a year after its preposition, with no unit or repeat sign, is no length. */
function yearAt(t: Token[], k: number): number | undefined {
  const y = t[k];
  if (!(y?.kind === 'number' && /^(19|20)\d\d$/.test(y.value))) return undefined;
  if (!isWord(t[k - 1], YEAR_LEADS)) return undefined;
  return counts(t[k + 1]) || t[k + 1]?.kind === 'dash' ? undefined : k;
}

/** A repeat sign or a unit after a number: it counts or measures, it dates nothing. */
/** A unit or a count at `k`, or after one word there ("4 Easy Miles"). */
function countsAfter(t: Token[], k: number): boolean {
  return counts(t[k]) || (t[k]?.kind === 'word' && counts(t[k + 1]));
}

export function counts(t: Token | undefined): boolean {
  return t?.kind === 'x' || isUnitWord(t);
}

/** A day of the month: a whole number from 1 to 31. */
export function day(t: Token | undefined): boolean {
  return t?.kind === 'number' && /^\d{1,2}$/.test(t.value) && Number(t.value) >= 1 && Number(t.value) <= 31;
}

/** Past an ordinal ending glued to the day ("1st", "1er", "29." before its month), the index of the day's last token. */
function ordinal(t: Token[], k: number): number {
  const end = t[k + 1];
  if (!end || end.spaced) return k;
  if (end.kind === 'word' && ORDINAL_ENDS.has(end.value)) return k + 1;
  return (end.kind === 'stop' || end.kind === 'dot') && month(t[k + 2]) ? k + 1 : k;
}

/** Past a year after the date (", 2016", " 2016"), the index of the date's last token. */
function year(t: Token[], k: number): number {
  const comma = t[k + 1]?.kind === 'comma' ? 1 : 0;
  const y = t[k + 1 + comma];
  return y?.kind === 'number' && /^(19|20)\d\d$/.test(y.value) ? k + 1 + comma : k;
}


/** A month's name; "may" and "march" only with a capital, since in lower case they are words of talk. */
function month(t: Token | undefined): boolean {
  if (!isWord(t, MONTHS)) return false;
  return !['may', 'march', 'mar'].includes(t!.value) || /^[A-Z]/.test(t!.raw);
}
