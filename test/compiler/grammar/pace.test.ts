/**
 * Paces in brackets after a part: a clock "or so" is the part's pace when none
 * is written; the coach's words for an effort the normalising pass read as a
 * pace stay in the step's notes.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads, flat } from '../../helpers/reading.js';

const first = (text: string) => flat(compileSession(text, athlete).steps).find((s) => s.intensity === 'active')!;

describe('a clock in brackets after an unpaced part', () => {
  it('"Long run 7 miles EASY (7:45 or so)" runs at 7:45 a mile', () => {
    const w = compileSession('Long run 7 miles EASY (7:45 or so)', athlete);
    expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(first('Long run 7 miles EASY (7:45 or so)').target).toMatchObject({ kind: 'pace', name: '7:45/mi' });
  });

  it('"(7:45)" reads the same as "(7:45 or so)"', () => {
    expect(first('7 miles easy (7:45)').target).toEqual(first('7 miles easy (7:45 or so)').target);
  });
});

describe("the coach's words beside the pace they were read as", () => {
  it('"at 9/10 effort" and "in zone 2" are kept in the step\'s notes', () => {
    expect(first('3 x 200m at 9/10 effort w/ 2 min jog').notes).toEqual(['9/10 effort']);
    expect(first('50 min in zone 2').notes).toEqual(['in zone 2']);
  });

  it('a pace written as a pace adds no note', () => {
    expect(first('6 x 800m @ 5K w/ 400m jog').notes).toEqual([]);
  });
});

describe('a target pace', () => {
  it('"@ target 5K pace" and "at marathon target pace" are the goal race\'s paces, as "goal" is', () => {
    expect(first('4 x 800m @ target 5K pace w/ 400m jog').target).toEqual(first('4 x 800m @ goal 5K pace w/ 400m jog').target);
    expect(first('4 mi at marathon target pace').target).toEqual(first('4 mi at marathon goal pace').target);
    expect(first('4 mi at marathon target pace').target).not.toEqual(first('4 mi at marathon pace').target);
  });
});

describe("a track race's metres before 'pace'", () => {
  it('"3 x 150 at 400 pace" is refused at the race, never 400 seconds a rep', () => {
    const w = compileSession('3 x 150 at 400 pace', athlete);
    expect(w.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['400 m race pace is not in the pace table']);
  });

  it('metres the table holds under their kilometres: "5000m pace", ", 3000 pace"', () => {
    expectReads('4 x 1000 @ 5000m pace', 'wu 15:00 | 4x(run 1000m @5K | rec open) | cd 10:00');
    expectReads('6 x 400m (200m jog), 3000 pace', 'wu 15:00 | 6x(run 400m @3K | rec 200m jog) | cd 10:00');
  });

  it('seconds a rep stay seconds: "8 x 200 @ 40"', () => {
    const w = compileSession('8 x 200 @ 40', athlete);
    expect(flat(w.steps).some((s) => s.target.kind === 'pace' && s.target.name === '40s per 200m')).toBe(true);
  });
});

describe('a race after a slash in a pace', () => {
  it('"2 x 800m/300m @ 800/5K" runs each rep at its own pace, not a 5 km recovery', () => {
    expectReads('2 x 800m/300m @ 800/5K', 'wu 15:00 | 2x(run 800m @800 | run 300m @5K) | cd 10:00');
  });

  it('"6 x 200m @ 5K/Mile" and "4 x 1 mile @ HM/10K": two races\' paces for one rep are the band between them', () => {
    expectReads('6 x 200m @ 5K/Mile', 'wu 15:00 | 6x(run 200m @5K-Mile | rec open) | cd 10:00');
    expectReads('4 x 1 mile @ HM/10K w/ 2 min', 'wu 15:00 | 4x(run 1mi @HM-10K | rec 2:00) | cd 10:00');
  });

  it('a recovery word after the race keeps it a recovery length: "@ 10K / 1K jog"', () => {
    expectReads('6 x 1k @ 10K / 1K jog', 'wu 15:00 | 6x(run 1km @10K | rec 1km jog) | cd 10:00');
  });
});
