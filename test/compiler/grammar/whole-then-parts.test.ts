/**
 * A session named by its whole and then told by its parts: "19 total miles, with the first 15 at an easy pace
 * followed by the last 4 at marathon pace", "6 mile tempo run with 1 mile warm up, 3 miles at 9:28, and 1 mile
 * cool down", "10 mile run with the middle 7 at race pace". The whole restates the sum of its parts, or frames
 * them with the rest easy; "first", "middle" and "last" place them. Parts that do not add up, with nothing to
 * say where the rest goes, are refused. Before, "with" after a run read its warm-up as a recovery, a run's
 * "first 15" was put in its middle, and parts that filled the whole were split, the last run after it.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

const warnings = (text: string) => compileSession(text, athlete).diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);

describe('a whole, then its parts', () => {
  it('parts placed "first" and "last" that add up to the whole are the run: no easy running beside them, no warm-up added', () => {
    expect(reads('19 miles, first 15 easy, last 4 @ M', 'run 15mi @E | run 4mi @M')).toEqual([]);
    expect(reads('19 miles total, first 15 easy, last 4 @ M', 'run 15mi @E | run 4mi @M')).toEqual([]);
    expect(warnings('19 miles, first 15 easy, last 4 @ M')).toEqual([]);
  });

  it('"N total miles, with the first …" is a whole written before its parts', () => {
    const text = 'Today’s run called for 19 total miles, with the first 15 at an easy pace followed by the last 4 at marathon target pace.';
    expect(reads(text, 'run 15mi @E | run 4mi @goal M')).toEqual([]);
    expect(reads('19 total miles, with the first 15 at an easy pace followed by the last 4 @ M', 'run 15mi @E | run 4mi @M')).toEqual([]);
    expect(reads('60 total minutes, the last 20 @ T', 'run 40:00 @E | run 20:00 @T')).toEqual([]);
  });

  it('a run "with" its warm-up, work and cool-down is framed by them: run as written, a sum that disagrees said', () => {
    const text = '6 mile tempo run with 1 mile warm up, 3 miles at 9:28 minutes/mile, and 1 mile cool down.';
    expect(reads(text, 'wu 1mi | run 3mi @9:28/mi | cd 1mi')).toEqual([]);
    expect(warnings(text)).toEqual(['the parts add up to about 5 mi, not the 6 mi written']);
    expect(reads('5 mile run with 1 mile warm up, 3 miles @ T, 1 mile cool down', 'wu 1mi | run 3mi @T | cd 1mi')).toEqual([]);
    expect(warnings('5 mile run with 1 mile warm up, 3 miles @ T, 1 mile cool down')).toEqual([]);
  });

  it('"first N" after "with" comes first, the rest of the run after it', () => {
    expect(reads('20 mile run with the first 15 miles at easy pace', 'run 15mi @E | run 5mi @E')).toEqual([]);
    expect(reads('16 miles with the first 4 @ M', 'run 4mi @M | run 12mi @E')).toEqual([]);
  });

  it('"middle N" is placed in the middle, in the run\'s unit, the rest either side', () => {
    expect(reads('10 mile run with the middle 6 at marathon pace', 'run 2mi @E | run 6mi @M | run 2mi @E')).toEqual([]);
    expect(reads('60 min run, middle 20 min @ T', 'run 20:00 @E | run 20:00 @T | run 20:00 @E')).toEqual([]);
  });

  it('a part said "last" still goes at the end', () => {
    expect(reads('40 min run – last 15 at half-marathon pace', 'run 25:00 @E | run 15:00 @HM')).toEqual([]);
    expect(reads('12 miles with 6 at marathon pace', 'run 3mi @E | run 6mi @M | run 3mi @E')).toEqual([]);
  });

  it('parts with easy running of their own that do not add up, and nothing to place them, are refused at the parts', () => {
    const text = '19 miles total, 12 mi easy, 4 mi @ M';
    const w = compileSession(text, athlete);
    const e = errors(w);
    expect(e[0]).toContain('nothing says where the other 3 mi go');
    const d = w.diagnostics.find((x) => x.severity === 'error')!;
    expect(text.slice(d.offset, d.offset + d.length)).toBe('12 mi easy, 4 mi @ M');
    expect(d.hint).toContain('first');
  });

  it('parts said to make the whole ("consisting of", "made up of") that do not add up are run as written, and the sum said', () => {
    const text = '10 miles, consisting of: 2 mi warm up, 4 mi @ T, 2 mi cool down';
    expect(reads(text, 'wu 2mi | run 4mi @T | cd 2mi')).toEqual([]);
    expect(warnings(text)).toEqual(['the parts add up to about 8 mi, not the 10 mi written']);
    expect(reads('45 min run made up of 15 min easy, 20 min @ T, 5 min easy', 'run 15:00 @E | run 20:00 @T | run 5:00 @E')).toEqual([]);
  });
});


describe('parts too long to run inside the run before them', () => {
  it('"Long Run: 4 mi easy, 6 mi @ T" is 4 easy miles then 6 at tempo, not 6 inside 4', () => {
    expect(reads('Long Run: 4 mi easy, 6 mi @ T', 'run 4mi @E | run 6mi @T')).toEqual([]);
  });

  it('reps count by their total: "Long run\\n20 min easy, 3 x 10 min @ T w/ 2 min jog"', () => {
    expect(reads('Long run\n20 min easy, 3 x 10 min @ T w/ 2 min jog', 'run 20:00 @E | 3x(run 10:00 @T | rec 2:00 jog) | cd 10:00')).toEqual([]);
  });

  it('parts that fit still run inside: "Long run 16 miles, 8 @ MP"', () => {
    expect(reads('Long run 16 miles, 8 @ MP', 'run ~ @E | run 8mi @M | run ~ @E')).toEqual([]);
  });
});

describe('a whole already given as its parts, under a total label', () => {
  it('"Long Run: 14 miles as 10 miles easy, 4 miles at MP" is 10 easy miles then 4 at marathon pace, not 4 inside 10', () => {
    expect(reads('Long Run: 14 miles as 10 miles easy, 4 miles at MP', 'run 10mi @E | run 4mi @M')).toEqual([]);
  });
});
