/**
 * Days of the week in the languages the calendar table holds (src/compiler/dialect/calendar.ts): a day heading its
 * session is talk, never a word that may name what is done.
 */
import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('weekdays in more languages', () => {
  it.each([
    ['Pondělí 10 km', 'run 10km @E'],
    ['Poniedziałek 8 km', 'run 8km @E'],
    ['Sekmadienis 15 km', 'run 15km @E'],
    ['Wtorek 5 x 1 km', 'wu 15:00 | 5x(run 1km | rec open) | cd 10:00'],
  ])('%s', (text, means) => expectReads(text, means));
});
