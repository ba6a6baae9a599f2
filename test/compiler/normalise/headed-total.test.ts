/**
 * A day headed by its total time (src/compiler/normalise/headed-total.ts): "22 min: Run 10, walk 1,
 * repeat" from a published 5K plan, and invented days around it.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { referenceAthlete } from '../../corpus/blind.js';
import { show } from '../../corpus/expect.js';

const athlete = referenceAthlete();
const read = (text: string) => show(compileRuns(text, athlete));

describe('a day headed by its total time', () => {
  it('gives its unit to the bare figures after "run" and "walk"', () => {
    expect(read('24 min: Run 24')).toBe('run 24:00 @E');
    expect(read('25 min: Run 17, walk 1, run 7')).toBe('run 17:00 @E | rest 1:00 walk | run 7:00 @E');
  });

  it('with "repeat", goes round until the total is done', () => {
    expect(read('22 min: Run 10, walk 1, repeat')).toBe('2x+(run 10:00 @E | rest 1:00 walk)');
    expect(read('20 min: walk 1 min, jog 1 min, repeat')).toBe('10x+(rest 1:00 walk | run 1:00 @E)');
  });

  it('parts that neither add up nor say "repeat" are left as written: how often they go round is not said', () => {
    expect(read('30 min: Run 10, walk 1')).toMatch(/^!/);
    expect(read('20 min:\nwalk 1 min, jog 1 min')).toMatch(/^!/);
  });

  it('anything more than runs and walks is left to the grammar', () => {
    // A pace or a distance is no part of a run/walk day: the header's unit is not lent to it.
    expect(read('30 min: Run 10 @ tempo, walk 1, repeat')).toMatch(/^!/);
    expect(read('30 min: Run 10 miles, walk 1, repeat')).toMatch(/^!/);
  });
});
