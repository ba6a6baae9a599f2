import { FOREIGN_MONTHS, FOREIGN_WEEKDAYS } from './calendar.js';

/** Words of a date written before a session ("Tuesday, September 13, 2016:", "Donderdag 6 februari"), whose numbers are no part of it. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ...FOREIGN_MONTHS,
]);

/** Days of the week, which a numeric date may follow ("Mon 26/10", "Monday (8/11)"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  ...FOREIGN_WEEKDAYS,
]);

/** Words before a date that only introduce it: "Week of Jan 20 – Jan 26, 2020". */
export const DATE_LEADS: readonly (readonly string[])[] = [['week', 'of'], ['w', '/', 'c'], ['wc']];

/** Words that place a run at an hour ("at 5:45am", "around 6pm"): set aside with the hour. */
export const HOUR_LEADS: ReadonlySet<string> = new Set(['at', 'around', 'about']);

/**
 * A time that says when a run starts, not how long it is: a word that starts it, the time, then one
 * that places it from something else ("starting 35 minutes after Shabbat ends", "leaving 10 minutes
 * before sunset"). Set aside with the words that place it.
 */
export const OFFSET_LEADS: ReadonlySet<string> = new Set(['starting', 'starts', 'start', 'beginning', 'begins', 'leaving', 'leaves', 'meeting', 'meets']);
export const OFFSET_MARKS: ReadonlySet<string> = new Set(['after', 'before', 'past', 'from']);

/** What makes a number or a clock a time of day: "5:45am", "6 pm". */
export const HOUR_MARKS: ReadonlySet<string> = new Set(['am', 'pm']);

/**
 * Words before a year ("in 2019", "von 1952", "depuis 2010"). Not "of": "sets of 2000" are reps.
 */
export const YEAR_LEADS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'von', 'seit', 'im', 'bis', 'depuis', 'en', 'nel', 'dal', 'desde', 'sinds', 'sedan', 'siden']);

/** The signs after a date's numbers in Japanese and Chinese (年 月 日) and Korean (년 월 일): "4月1日", "3월 5일". */
export const DATE_SIGNS: Readonly<Record<'year' | 'month' | 'day', readonly string[]>> = {
  year: ['年', '년'],
  month: ['月', '월'],
  day: ['日', '일', '号', '號'],
};

/**
 * The signs after a week's number in a heading: Korean 주 and 주차, Japanese 週 and 週目, Chinese 周 and 週
 * ("1주 차:", "1週目:", "第1周:"). Only before a colon that ends a heading at a line's start ("4周" is also four laps).
 */
export const WEEK_SIGNS: ReadonlySet<string> = new Set(['주', '주차', '週', '週目', '周']);
