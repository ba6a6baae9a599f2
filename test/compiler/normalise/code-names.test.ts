/** A plan's own code for a day ("L3", "Q2", "L1+") with the session after it in brackets names the day. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';
import { printNotation } from '../../corpus/notation.js';

describe("a day's code before its session in brackets", () => {
  it('is a name: its number is no count and no length', () => {
    expectReads('L3 (14 km)', 'run 14km @E');
    expectReads('L1+ (11 km)', 'run 11km @E');
    expectReads('Q2 (6 x 800m)', 'wu 15:00 | 6x(run 800m | rec open) | cd 10:00');
    expectReads('L4 (12 km + strides)', 'run 12km @E | 4x(run 100m ~strides | rest 1:00 walk)');
  });

  it('is listed for the athlete, not dropped unseen', () => {
    const w = compileSession('L3 (14 km)', athlete);
    expect(w.diagnostics.map((d) => d.message).join(' ')).toContain('L3');
  });

  it('stays what it was without brackets after it, or spaced from its number', () => {
    expect(printNotation(compileSession('L 3 (14 km)', athlete).steps)).toContain('3x(run 14km');
    expect(printNotation(compileSession('E2', athlete).steps)).toBe('run 2mi @E');
    // Not opening its line: "Day 1: Q2 (6 x 800m)" keeps what the reader made of it.
    expect(printNotation(compileSession('Day 1: Q2 (6 x 800m)', athlete).steps)).not.toBe(printNotation(compileSession('Q2 (6 x 800m)', athlete).steps));
  });

  it("is no pace's name, zone or effort scale: \"LT1 (40 min)\" is threshold, \"Z2 (…)\" a zone", () => {
    expectReads('LT1 (40 min)', 'wu 15:00 | run 40:00 @T | cd 10:00');
    expect(compileSession('Z2 (130-140 bpm) 40 min', athlete).diagnostics.map((d) => d.message).join(' ')).not.toContain("'Z2' is not used");
  });

  it('needs a figure to open the brackets: "L3 (long run)" is no code of a session', () => {
    expect(compileSession('L3 (long run)', athlete).diagnostics.map((d) => d.message).join(' ')).not.toContain("'L3' is not used");
  });
});
