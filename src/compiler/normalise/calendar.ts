/**
 * Times of day and dates in figures written around a session ("4-16-2002 6:00 Evergreen Cemetery",
 * "1/6/10:", "(11.4.25)", "6 / 6.15pm", "(Thurs 5:30pm)", "meeting at 5:45", "à 18h30", "T/a.m.:")
 * are talk: their numbers are no lengths, counts or paces, so they are set
 * aside as prose before any number is read. Dates in words follow in dates.ts.
 *
 * A clock alone ("6:00") is a rep's time or a pace; it is a time of day only where the text says
 * so: a mark of the day (am, pm), a date before it, a word of meeting beside it, or a word that
 * writes the hour ("à 18h30", "kl. 18.00").
 */
import type { Token } from '../lexer.js';
import { HOUR_LEADS, HOUR_MARKS, WEEKDAYS } from '../dialect/dates.js';
import {
  AFTERNOON_HOUR, DAY_PARTS, EARLIEST_HOUR, GATHERINGS, HOUR_CHOICES, HOUR_LETTERS, HOUR_WORDS, WEEKDAY_LETTERS,
} from '../dialect/calendar.js';
import { counts, day } from './dates.js';
import { aside, isWord, phraseEnd } from './tokens.js';

export function calendar(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const end = whenAt(tokens, k);
    if (end === undefined) {
      out.push(tokens[k]!);
      continue;
    }
    // "6 miles on 5/21": the "on" goes with its date, or it would read as the effort of "1 min on".
    const on = dateParts(tokens, k) === undefined && onDayMonth(tokens, k) !== undefined && out[out.length - 1] === tokens[k - 1];
    const from = on ? out.pop()! : leading(out, tokens[k]!, hourAt(tokens, k) !== undefined);
    const enclosed = out[out.length - 1]?.kind === 'lparen' && tokens[end + 1]?.kind === 'rparen';
    out.push(aside(enclosed ? out.pop()! : from, tokens[enclosed ? end + 1 : end]!));
    k = enclosed ? end + 1 : end;
  }
  return out;
}

/** The index of the last token of a date in figures or a time of day starting at `k`, or undefined. */
function whenAt(t: Token[], k: number): number | undefined {
  const date = figuresDate(t, k);
  if (date !== undefined) return hourAfterDate(t, date);
  return hourAt(t, k) ?? letterDay(t, k) ?? bracketedWeekday(t, k) ?? dayPart(t, k);
}

/**
 * The words before a time of day that go with it, taken off `out`: the word that places the run
 * at it ("at 5:45am"), an earlier hour given as a choice ("6 / 6.15pm", "5-6pm"), and a weekday
 * that does not head its line ("(Thurs 5:30pm)"). The first token of the set-aside span.
 */
function leading(out: Token[], first: Token, hour: boolean): Token {
  if (!hour) return first;
  let from = first;
  const take = () => (from = out.pop()!);
  if (isWord(out[out.length - 1], HOUR_LEADS) || isWord(out[out.length - 1], HOUR_WORDS)) take();
  // "kl. 18.00": the word's full stop.
  else if (['dot', 'stop'].includes(out[out.length - 1]?.kind ?? '') && isWord(out[out.length - 2], HOUR_WORDS)) {
    take();
    take();
  }
  const [h, join] = out.slice(-2);
  const joins = join?.kind === 'slash' || join?.kind === 'dash' || isWord(join, HOUR_CHOICES);
  if (joins && (h?.kind === 'clock' || hourNumber(h, 23)) && out[out.length - 3]?.kind !== 'x') {
    take();
    take();
  }
  const before = out[out.length - 2];
  if (isWord(out[out.length - 1], WEEKDAYS) && before && before.kind !== 'newline') take();
  return from;
}

/** A whole number that can be an hour of the clock, up to `latest`. */
function hourNumber(t: Token | undefined, latest: number): boolean {
  return t?.kind === 'number' && /^\d{1,2}$/.test(t.value) && Number(t.value) <= latest;
}

/**
 * A time of day starting at `k`, the index of its last token: an hour with its mark ("5:45am",
 * "6.15pm", "9.37.30 AM", "7 a.m."), a clock beside a word of meeting ("meeting at 5:45", "5:45
 * meetup"), an hour in the way French and its neighbours write it ("18h30", "à 7h", "kl. 18.00"),
 * or a clock in brackets after a weekday ("Mon (7:30) - Track 800s").
 */
function hourAt(t: Token[], k: number): number | undefined {
  const n = t[k];
  if (n?.kind === 'lparen' && isWord(t[k - 1], WEEKDAYS) && t[k + 1]?.kind === 'clock' && t[k + 2]?.kind === 'rparen') return k + 2;
  const end = hourEnd(t, k);
  const mark = end === undefined ? undefined : markEnd(t, end + 1);
  if (mark !== undefined) return mark;
  const met = isWord(t[k - 1], GATHERINGS) || (t[k - 1]?.value === 'at' && isWord(t[k - 2], GATHERINGS)) || isWord(t[k + 1], GATHERINGS);
  // "at 5:45 this morning", "at 6:30 in the evening": the part of the day after it says it is an hour.
  const dayPart = t[k - 1]?.value === 'at' && (phraseEnd(t, k + 1, DAY_PARTS) !== undefined || isWord(t[k + 1], ['tonight']));
  if ((met || dayPart) && n?.kind === 'clock') return k;
  return lettered(t, k) ?? dotted(t, k);
}

/** The last token of an hour written as a clock, a whole hour or with a full stop ("6.15", "9.37.30"), or undefined. */
function hourEnd(t: Token[], k: number): number | undefined {
  const n = t[k];
  if (n?.kind === 'clock' || hourNumber(n, 12)) return k;
  if (!(n?.kind === 'number' && /^\d{1,2}\.[0-5]\d$/.test(n.value) && Number(n.value) < 24)) return undefined;
  // "9.37.30": the seconds lexed as a number of their own.
  const seconds = t[k + 1];
  return seconds?.kind === 'number' && /^\.[0-5]\d$/.test(seconds.value) && !seconds.spaced ? k + 1 : k;
}

/** Past a mark of the day at `k` ("am", "p.m."), the index of its last token, or undefined. */
function markEnd(t: Token[], k: number): number | undefined {
  if (isWord(t[k], HOUR_MARKS)) return k;
  // "7 a.m.": the letters of the mark stand apart.
  const [a, dot, m] = t.slice(k, k + 3);
  if (!(a?.kind === 'word' && ['a', 'p'].includes(a.value) && dot?.kind === 'dot' && m?.value === 'm' && !dot.spaced && !m.spaced)) return undefined;
  return ['dot', 'stop'].includes(t[k + 3]?.kind ?? '') && !t[k + 3]!.spaced ? k + 3 : k + 2;
}

/** "18h30" (an afternoon hour), "à 7h30", "um 18h": the index of its last token. */
function lettered(t: Token[], k: number): number | undefined {
  const [hours, h, minutes] = t.slice(k, k + 3);
  if (!(hourNumber(hours, 23) && isWord(h, HOUR_LETTERS) && !h!.spaced)) return undefined;
  const end = minutes?.kind === 'number' && /^[0-5]\d$/.test(minutes.value) && !minutes.spaced ? k + 2 : k + 1;
  const hour = Number(hours!.value);
  if (isWord(t[k - 1], HOUR_WORDS) && hour >= EARLIEST_HOUR) return end;
  return hour >= AFTERNOON_HOUR && end === k + 2 ? end : undefined;
}

/** "kl. 18.00", "um 18.30": an hour with a full stop after a word that writes the hour. */
function dotted(t: Token[], k: number): number | undefined {
  const n = t[k];
  if (!(n?.kind === 'number' && /^\d{1,2}\.[0-5]\d$/.test(n.value) && Number(n.value) < 24 && Number(n.value) >= EARLIEST_HOUR)) return undefined;
  const lead = t[k - 1]?.kind === 'dot' || t[k - 1]?.kind === 'stop' ? t[k - 2] : t[k - 1];
  return isWord(lead, HOUR_WORDS) && !counts(t[k + 1]) && t[k + 1]?.kind !== 'slash' ? k : undefined;
}

/**
 * A date in figures: "4-16-2002", "2015-04-21", "12.3.2019" with a year of four figures wherever
 * it stands; "1/6/10:", "(11.4.25)" with a year of two only where a date heads its line or fills
 * its brackets ("10/10/10" minutes inside a sentence are no date); "on 5/21", a day and month
 * after "on" when one of them cannot be a month. The index of its last token.
 */
function figuresDate(t: Token[], k: number): number | undefined {
  const parts = dateParts(t, k);
  if (!parts) return onDayMonth(t, k);
  const { values, end } = parts;
  // "10/10/10", "12/12/12": a ladder of equal parts is no date, even alone on its line.
  if (counts(t[end + 1]) || !validDate(values) || values.every((v) => Number(v) === Number(values[0]))) return undefined;
  if (values.some((v) => /^(19|20)\d\d$/.test(v))) return end;
  const heads = k === 0 || ['newline', 'lparen'].includes(t[k - 1]!.kind) || isWord(t[k - 1], WEEKDAYS);
  const closes = ['colon', 'rparen', 'newline', 'eof', 'comma', 'dash'].includes(t[end + 1]?.kind ?? 'eof');
  return heads && closes ? end : undefined;
}

/** The three figures of a date joined by one mark with no space ("4-16-2002", "1/6/10", "11.4.25"), and its last token. */
function dateParts(t: Token[], k: number): { values: string[]; end: number } | undefined {
  const [a, s1, b, s2, c] = t.slice(k, k + 5);
  if (t[k - 1]?.kind === 'slash' || t[k - 1]?.kind === 'dash') return undefined;
  const joined = (x: Token | undefined) => !!x && !x.spaced && (x.kind === 'dash' || x.kind === 'slash');
  if (a?.kind === 'number' && joined(s1) && b?.kind === 'number' && !b.spaced && s2?.kind === s1!.kind && !s2!.spaced && c?.kind === 'number' && !c.spaced) {
    // "5/4/3/2/1": a ladder goes on past three figures.
    if (t[k + 5]?.kind === s1!.kind && t[k + 6]?.kind === 'number') return undefined;
    return { values: [a.value, b.value, c.value], end: k + 4 };
  }
  // "11.4.25": the lexer reads "11.4" and ".25".
  const [x, y] = [t[k], t[k + 1]];
  if (x?.kind === 'number' && /^\d{1,4}\.\d{1,2}$/.test(x.value) && y?.kind === 'number' && /^\.\d{2,4}$/.test(y.value) && !y.spaced) {
    if (t[k + 2]?.kind === 'number' && /^\./.test(t[k + 2]!.value)) return undefined;
    return { values: [...x.value.split('.'), y.value.slice(1)], end: k + 1 };
  }
  return undefined;
}

/** Year, month and day in one of the orders coaches write them: y-m-d, d-m-y or m-d-y. */
function validDate([a, b, c]: string[]): boolean {
  const n = (v: string) => Number(v);
  const isMonth = (v: string) => /^\d{1,2}$/.test(v) && n(v) >= 1 && n(v) <= 12;
  const isDay = (v: string) => /^\d{1,2}$/.test(v) && n(v) >= 1 && n(v) <= 31;
  const isYear = (v: string) => /^((19|20)\d\d|\d\d)$/.test(v);
  if (/^(19|20)\d\d$/.test(a!)) return isMonth(b!) && isDay(c!);
  return isYear(c!) && ((isDay(a!) && isMonth(b!)) || (isMonth(a!) && isDay(b!)));
}

/** "on 5/21", "on 21/5": a day and month after "on", one of them past 12, so no fraction. */
function onDayMonth(t: Token[], k: number): number | undefined {
  const [a, slash, b] = t.slice(k, k + 3);
  if (!(t[k - 1]?.value === 'on' && day(a) && slash?.kind === 'slash' && !slash.spaced && day(b) && !b!.spaced)) return undefined;
  const [m, d] = [Number(a!.value), Number(b!.value)];
  const dated = (m <= 12 && d > 12) || (d <= 12 && m > 12);
  return dated && !counts(t[k + 3]) && t[k + 3]?.kind !== 'slash' ? k + 2 : undefined;
}

/** After a date, a clock or an hour is the time of day ("4-30-2002 6:00 Mt Hope Cemetery", "5-7-2002 6pm"). */
function hourAfterDate(t: Token[], end: number): number {
  const k = end + 1;
  const hour = hourEnd(t, k) ?? (hourNumber(t[k], 23) ? k : undefined);
  if (hour === undefined || counts(t[hour + 1]) || t[hour + 1]?.kind === 'x') return end;
  return markEnd(t, hour + 1) ?? hour;
}

/** "T/a.m.:", "Th/p.m.": a weekday's letter and the part of the day, heading a log's line. */
function letterDay(t: Token[], k: number): number | undefined {
  if (!(isWord(t[k], WEEKDAY_LETTERS) && (k === 0 || t[k - 1]!.kind === 'newline'))) return undefined;
  if (!(t[k + 1]?.kind === 'slash' && !t[k + 1]!.spaced)) return undefined;
  return markEnd(t, k + 2);
}

/** "(Wednesday)": a weekday alone in brackets says when, and heads nothing. */
function bracketedWeekday(t: Token[], k: number): number | undefined {
  return t[k]?.kind === 'lparen' && isWord(t[k + 1], WEEKDAYS) && t[k + 2]?.kind === 'rparen' ? k + 2 : undefined;
}

/** "at lunch", "last night", "in the evening": a part of the day in words. */
function dayPart(t: Token[], k: number): number | undefined {
  const end = phraseEnd(t, k, DAY_PARTS);
  return end === undefined ? undefined : end - 1;
}
