import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe("Daniels' letters for paces", () => {
  it('a line of lengths with letters runs each at the pace its letter names: "2 E + 3 T + 2 E"', () => {
    expectReads('2 E + 3 T + 2 E', 'run 2mi @E | run 3mi @T | run 2mi @E');
    expectReads('6 E + 4 M + 2 E', 'run 6mi @E | run 4mi @M | run 2mi @E');
  });

  it('reps with a letter and their rests: "2 E + 4 x 1 T w/ 1 min rests + 2 E", "5 x 3 min I w/ 2 min jg"', () => {
    expectReads('2 E + 4 x 1 T w/ 1 min rests + 2 E', 'run 2mi @E | 4x+(run 1mi @T | rest 1:00) | run 2mi @E');
    expectReads('2 E + 5 x 3 min I w/ 2 min jg + 2 E', 'run 2mi @E | 5x+(run 3:00 @I | rec 2:00 jog) | run 2mi @E');
  });

  it("a number with no unit is in the plan's unit, with a note that says whose", () => {
    const w = compileSession('2 E + 3 T + 2 E', athlete, { defaults: { units: 'km' } });
    expect(w.steps.map((s) => (s.type === 'step' && s.duration.kind === 'distance' ? s.duration.meters : 0))).toEqual([2000, 3000, 2000]);
    expect(w.notes.join(' ')).toContain("with no unit is run in km, the plan's unit");
  });

  it('"6 M" alone stays six miles: one M is no letter of a pace', () => {
    expectReads('15 M', 'run 15mi @E');
  });

  it('a lower-case letter is a word as before, never a pace: "3 mi e"', () => {
    expect(compileSession('2 e + 3 t + 2 e', athlete).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
