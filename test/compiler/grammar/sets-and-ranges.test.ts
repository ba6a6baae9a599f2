/** Sets parted by slashes, ranges whose ends carry their own units, and the words written inside a length. */
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';
import { expectationDiffs } from '../../corpus/expect.js';

describe('a range whose ends carry their own units', () => {
  it('"90 seconds to 2 minute walk" runs from a minute and a half to two minutes', () => {
    expectReads('5 x 1 mile with 90 seconds to 2 minute walk recoveries', 'wu 15:00 | 5x(run 1mi | rec 1:30 walk) | cd 10:00');
    const w = compileSession('5 x 1 mile with 90 sec - 2 min walk', athlete);
    expect(errors(w)).toEqual([]);
  });

});

describe('sets parted by slashes', () => {
  it('"2 x 400 / 2 x 800 / 2 x 400 @ 5k pace" is three sets in order, each at the pace', () => {
    expectReads('2 x 400 / 2 x 800 / 2 x 400 @ 5k pace', 'wu 15:00 | 2x+(run 400m @5K | rec open) | 2x+(run 800m @5K | rec open) | 2x(run 400m @5K | rec open) | cd 10:00');
  });

  it('"3 x 1 mile / 2 x 800m": the count after the slash opens the next set', () => {
    expectReads('3 x 1 mile / 2 x 800m', 'wu 15:00 | 3x+(run 1mi | rec open) | 2x(run 800m | rec open) | cd 10:00');
  });

  it('"6 x 400m / 200m jog" is the recovery after a slash, not a second rep', () => {
    expectReads('6 x 400m / 200m jog', 'wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00');
  });

  it('a pair of reps after a slash stays a pair: "3 x 1 min/2 min", "8x 30/30"', () => {
    expectReads('3 x 1 min/2 min', 'wu 15:00 | 3x(run 1:00 | run 2:00 | rec open) | cd 10:00');
    expectReads('8x 30/30', 'wu 15:00 | 8x(run 0:30 ~hard | rec 0:30 jog) | cd 10:00');
  });
});

describe('a heading joined to its part by a spaced dash', () => {
  it('warm-up, main session and cool-down each head their line as with a colon', () => {
    const text = 'Session 2\nTotal distance – 8 miles\nWarm-up – 1 mile easy\nMain session – 6 x 800m at 10k target pace, with 800m jog recoveries.\nCool down – 1 mile easy';
    expectReads(text, 'wu 1mi | 6x(run 800m @goal 10K | rec 800m jog) | cd 1mi');
  });

  it('a dash inside the heading ("Warm-up") or before words is no heading of its own', () => {
    expectReads('Warm-up - 2 miles easy', 'wu 2mi');
    const w = compileSession('Cool down - slowly', athlete);
    expect(w.steps.length).toBeGreaterThan(0);
  });
});

describe('how and where a length is run, written between its number and its unit', () => {
  it('a pace or effort is read as if written after the unit', () => {
    expectReads('8 tempo miles', 'run 8mi @T');
    expectReads('3 recovery miles', 'run 3mi @recovery');
    expectReads('4 easy miles', 'run 4mi @E');
  });

  it('where it is run is a note for the athlete, no step', () => {
    expectReads('4 trail miles', 'run 4mi @E');
    const runs = compileRuns('6 hilly road miles', athlete);
    expect(runs[0]!.diagnostics.map((d) => d.message)).toContain("'hilly road' is not used");
    // How fast is no place: "3 faster miles" is left unread rather than run easy.
    expect(errors(compileSession('3 easy miles + 3 faster miles', athlete))).toEqual(["unknown unit 'faster'"]);
  });

  it('a word that is neither stays where it was: "2 days easy miles" is refused', () => {
    expect(errors(compileSession('2 days easy miles', athlete))).toEqual(["unknown unit 'days'"]);
  });
});

describe('recoveries written short, and a way of recovering offered besides', () => {
  it('"recs" are recoveries', () => {
    expectReads('6 x 5mins with 90secs jog recs.', 'wu 15:00 | 6x(run 5:00 | rec 1:30 jog) | cd 10:00');
  });

  it('"walk or static recoveries": the walk, with the standing rest kept as the coach\'s option', () => {
    const runs = compileRuns('5 x 1 mile with 2 minute walk or static recoveries', athlete);
    expect(expectedOk(runs, 'wu 15:00 | 5x(run 1mi | rec 2:00 walk) | cd 10:00')).toBe(true);
    expect(runs[0]!.diagnostics.map((d) => d.message)).toContain("'or static' is an option the coach offers besides the one read");
  });
});

describe('a run and a walk joined by a plus, then a count', () => {
  it('"1 min run + 2 min walk x 10" repeats the pair', () => {
    expectReads('1 min run + 2 min walk x 10', '10x(run 1:00 @E | walk 2:00)');
  });

  it('in Korean: "1분 달리기 + 2분 걷기 × 10세트"', () => {
    expectReads('1분 달리기 + 2분 걷기 × 10세트', '10x(run 1:00 @E | walk 2:00)');
  });

  it('with no count the pair is run once', () => {
    expectReads('10 min run + 5 min walk', 'run 10:00 @E | walk 5:00');
  });
});

function expectedOk(runs: ReturnType<typeof compileRuns>, means: string): boolean {
  return expectationDiffs(runs, means, { lenient: true }).length === 0;
}
