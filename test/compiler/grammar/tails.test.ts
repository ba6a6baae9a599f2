/**
 * What follows a part: each part's own pace in an on/off pair, how a warm-up is done after a dash, a cool-down after a
 * recovery's "and", rests written after sets alike, and a part placed in a run with its own pace.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('an on/off pair with a pace for each part', () => {
  it('"20 x 1 minute on at 6:00 pace, 1 minute off at 7:00 pace": the rep at the first, the recovery at the second', () => {
    expectReads('20 x 1 minute on at 6:00 pace, 1 minute off at 7:00 pace', 'wu 15:00 | 20x(run 1:00 @6:00/mi | rec 1:00 jog @7:00/mi) | cd 10:00');
  });

  it('written as a sentence with paces in minutes per mile', () => {
    expectReads('Run 20 x 1 minute on at 6 minute per mile pace, 1 minute off at 7 minute per mile pace.', 'wu 15:00 | 20x(run 1:00 @6:00/mi | rec 1:00 jog @7:00/mi) | cd 10:00');
  });

});

describe('how a warm-up is done', () => {
  it('"5 minute warm up – walking or very light jogging" is a 5-minute warm-up, walked', () => {
    const [w] = compileRuns('5 minute warm up – walking or very light jogging\n20 min run', athlete);
    const wu = w!.steps[0]!;
    expect(wu.type === 'step' && [wu.intensity, wu.label]).toEqual(['warmup', '5 min warm-up walk']);
  });

  it('a dash before reps is no way of warming up', () => {
    expectReads('5 min warm up – 4 x 400m', 'wu 5:00 | 4x(run 400m | rec open) | cd 10:00');
  });
});

describe('a cool-down after a recovery\'s "and"', () => {
  it('"6x1000m intervals with 3 min. recoveries and 2 miles cooldown"', () => {
    expectReads('Thursday - 10 miles total, including 2 miles warmup, 6x1000m intervals with 3 min. recoveries and 2 miles cooldown.', 'wu 2mi | 6x(run 1000m | rec 3:00) | cd 2mi');
  });
});

describe('rests written after sets alike', () => {
  it('each set\'s rest is its reps\' recovery, as the last set\'s is', () => {
    expectReads('4 x 1000m, 2 min rest, 2 x 400m, 1 min rest', 'wu 15:00 | 4x+(run 1000m | rest 2:00) | 2x(run 400m | rest 1:00) | cd 10:00');
  });

  it('a rest after one set only stays a rest between the sets', () => {
    expectReads('4 x 1000m, 2 min rest, 2 x 400m', 'wu 15:00 | 4x(run 1000m | rec open) | rest 2:00 | 2x(run 400m | rec open) | cd 10:00');
  });
});

describe('a part placed in a run with its own pace', () => {
  it('"Run 40 mins @ 6:30, last 10 mins at HM pace" runs 30 minutes at 6:30, then 10 at HM', () => {
    expectReads('Run 40 mins @ 6:30, last 10 mins at HM pace', 'run 30:00 @6:30/mi | run 10:00 @HM');
  });

  it('"8 miles @ 7:30 w/ 4 miles @ HM": the run around the work at its written pace', () => {
    expectReads('8 miles @ 7:30 w/ 4 miles @ HM', 'run 2mi @7:30/mi | run 4mi @HM | run 2mi @7:30/mi');
  });
});

describe('an easy kind of run named alone', () => {
  it('"Easy run", "jog", "Recovery run" are run as long as the athlete likes, at their pace', () => {
    expectReads('Easy run', 'run open @E');
    expectReads('jog', 'run open @E');
    expectReads('Recovery run', 'run open @recovery');
    expectReads('Easy run or rest', 'run open @E OR rest');
  });

  it('with a strength session after it, the two sessions of the day', () => {
    expectReads('Easy run + strength', 'run open @E || strength');
    expectReads('jog + strength', 'run open @E || strength');
  });

  it('a harder kind named alone still asks for its length', () => {
    expect(compileRuns('Tempo', athlete)[0]!.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('a length after the choice may be the run\'s: "Recovery or Cross Train, 30mins" is not an open run', () => {
    const [w] = compileRuns('Recovery or Cross Train, 30mins', athlete);
    expect(w!.steps.some((s) => s.type === 'step' && s.duration.kind === 'open')).toBe(false);
  });
});

describe('parts in brackets that make up a timed rep', () => {
  it('"4 x 7min (30s fast, 90s easy, …)": parts adding up to the rep\'s seven minutes are what each rep runs', () => {
    expectReads('4 x 7min (30s fast, 90s easy, 60s steady, 60s easy, 60s fast, 120s easy)', 'wu 15:00 | 4x(run 0:30 ~fast | run 1:30 @E | run 1:00 ~steady | run 1:00 @E | run 1:00 ~fast | run 2:00 @E) | cd 10:00');
  });

  it('joined by "+": "5x5min (1min fast + 4min easy)"', () => {
    expectReads('5x5min (1min fast + 4min easy)', 'wu 15:00 | 5x(run 1:00 ~fast | run 4:00 @E) | cd 10:00');
  });

  it('the rep runs its parts straight through, at its own pace where they name none; its recovery comes after the rep', () => {
    expectReads('5x5min (1min fast + 4min easy) w/ 2 min jog', 'wu 15:00 | 5x(run 1:00 ~fast | run 4:00 @E | rec 2:00 jog) | cd 10:00');
    expectReads('3 x 10 min @ T (5 min + 5 min) w/ 2 min jog', 'wu 15:00 | 3x(run 5:00 @T | run 5:00 @T | rec 2:00 jog) | cd 10:00');
  });

  it('parts that do not add up stay an explanation, with a warning', () => {
    const [w] = compileRuns('5x5min (1min fast + 3min easy)', athlete);
    expect(w!.diagnostics.map((d) => d.message).join(' ')).toContain('the explanation says 1 min of work');
  });
});

describe('a run in sets of parts with walks between', () => {
  it('"two repetitions of 90 seconds of running, 90 seconds of walking, 3 minutes of running, 3 minutes of walking"', () => {
    expectReads('two repetitions of 90 seconds of running, 90 seconds of walking, 3 minutes of running, 3 minutes of walking.', '2x(run 1:30 @E | walk 1:30 | run 3:00 @E | walk 3:00)');
  });
});

describe('a run alternating timed parts', () => {
  it('"30 min alternating 5 min easy and 5 min moderate" is three rounds of the two, run straight through', () => {
    expectReads('30 min alternating 5 min easy and 5 min moderate', 'wu 15:00 | 3x(run 5:00 @E | run 5:00 ~moderate) | cd 10:00');
  });

  it('parts that do not fill the time a whole number of times stay a remark', () => {
    expectReads('30 min alternating 4 min easy and 5 min moderate', 'run 30:00 @E');
  });
});

describe('a choice in the middle of a session', () => {
  it('"1 mi warmup, 3 miles @ T or 20 minutes @ T, 1 mi cooldown": the warm-up and cool-down are both alternatives\'', () => {
    expectReads('1 mi warmup\n3 miles @ T OR 20 minutes @ T\n1 mi cooldown', 'wu 1mi | run 3mi @T | cd 1mi OR wu 1mi | run 20:00 @T | cd 1mi');
  });

  it('a rest day offered instead gets no warm-up', () => {
    expectReads('2 mi warmup, 6 x 800 @ 5K or rest', 'wu 2mi | 6x(run 800m @5K | rec open) | cd 10:00 OR rest');
  });
});

describe('a known label and a comma before the length', () => {
  it('"Long Run, 13km" is a long run of 13 km', () => {
    expectReads('Long Run, 13km', 'run 13km @E');
  });
});

describe('where the constructs above stop', () => {
  it('a pace after "off" is the reps\' unless "on" had its own', () => {
    expectReads('10 x 1 min on / 1 min off @ 10K pace', 'wu 15:00 | 10x(run 1:00 @10K | rec 1:00 jog) | cd 10:00');
  });

  it('two whole sessions offered keep their own ends', () => {
    expectReads('2 mi warmup, 6 x 800 @ 5K, 2 mi cooldown or 5 miles easy', 'wu 2mi | 6x(run 800m @5K | rec open) | cd 2mi OR run 5mi @E');
  });

  it('a run after a set with "then" comes after it: "4 x 1 mile @ M, then 1 mile @ T"', () => {
    expectReads('4 x 1 mile @ M, then 1 mile @ T', 'wu 15:00 | 4x+(run 1mi @M | rec open) | run 1mi @T | cd 10:00');
  });

  it('a rest longer than any recovery stays between the sets', () => {
    expectReads('6 x 200m, 8 min jog, 6 x 200m, 8 min jog', 'wu 15:00 | 6x(run 200m | rec open) | rec 8:00 jog | 6x(run 200m | rec 8:00 jog) | cd 10:00');
  });

  it('a long or quality label named alone still asks for its length', () => {
    for (const text of ['Long run', 'Progression run']) expect(compileRuns(text, athlete)[0]!.diagnostics.some((d) => d.severity === 'error'), text).toBe(true);
  });

  it('"Easy jog" is an easy run as long as the athlete likes', () => {
    expectReads('Easy jog', 'run open @E');
  });
});
