/**
 * A spreadsheet plan's columns stacked one to a line in a cell (src/compiler/normalise/stacked-fields.ts): the run's
 * length and its pace are read; how long it takes, its heart-rate zone and its notes are set aside and listed.
 * Shaped as fixtures/corpus/blind-27's half-marathon plan writes its cells.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';

const cell = (text: string) => compileRuns(text, athlete, { words: { bare: 'mi' } });

describe('a cell of stacked columns', () => {
  it('"Easy Run / 3 / 30-40 mins / 11-12 /mi / Blue or Green / Easy pace" is 3 miles at 11-12 minutes a mile', () => {
    const [w] = cell('Easy Run\n3\n30-40 mins\n11-12 /mi\nBlue or Green\nEasy pace');
    expect(show([w!])).toBe('run 3mi @12:00-11:00/mi');
    // Each column set aside is listed for the athlete where it stands.
    const listed = w!.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(listed).toEqual(["'30-40 mins' is not used", "'Blue or Green' is not used", "'Easy pace' is not used"]);
  });

  it('a pace written as a clock with a spaced slash, and a time in hours and minutes', () => {
    expect(show(cell('Tempo Run\n~ 3\n25-30 mins\n~ 9:10 / mi\nMid to high orange\nChallenging pace'))).toBe('run 3mi @9:10/mi');
    expect(show(cell('Long Run\n6\n~ 1hr 10 mins\n11-12 min/mi\nBlue -> Green\nEasy pace'))).toBe('run 6mi @12:00-11:00/mi');
  });

  it('a time no runner takes over that length is no restatement: the cell stays as it was read', () => {
    expect(show(cell('Easy Run\n3\n5 mins\n11-12 /mi\nBlue'))).not.toBe('run 3mi @12:00-11:00/mi');
  });

});
