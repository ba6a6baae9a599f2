/**
 * Run/walk sessions as beginner programmes write them: the jogs are the work,
 * run at easy; the walks are the breaks between them; a walk that opens the
 * session before the alternation is walked once; a line that sums the session
 * up ("Workout Time: 20 min") adds no step.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { expectReads as reads } from '../helpers/reading.js';
import { expectationDiffs } from '../corpus/expect.js';

const athlete = referenceAthlete();

describe('jogs written after their length', () => {
  it('"A 5-min brisk walk followed by a 30-sec jog and a 90-sec walk. Repeat 5 times." repeats the jog and its walk', () => {
    reads('A 5-min brisk walk followed by a 30-sec jog and a 90-sec walk. Repeat 5 times.', 'walk 5:00 | 5x(run 0:30 @E | rest 1:30 walk)');
  });

  it('"90 seconds of jogging, 2 minutes of walking" reads the jog as the rep', () => {
    reads('5 minutes of walking, then 90 seconds of jogging, 2 minutes of walking. Repeat 6 times.', 'walk 5:00 | 6x(run 1:30 @E | rest 2:00 walk)');
  });

  it('"jog for 10 min" after a walk is a run at easy', () => {
    reads('A 5-min brisk walk followed by a 15-min jog, walk for two min, jog for 10 min, walk for one min, jog for 15 min.', 'walk 5:00 | run 15:00 @E | rest 2:00 walk | run 10:00 @E | rest 1:00 walk | run 15:00 @E');
  });

  it('a jog between reps of a session with a pace stays a recovery jog', () => {
    reads('6 x 400m @ 5K w/ 90 sec jog, 5 min walk', 'wu 15:00 | 6x(run 400m @5K | rec 1:30 jog) | walk 5:00');
  });

  it('a jog warm-up in a session with no walk stays a warm-up', () => {
    reads('10 min jog warm-up, 3 mi tempo, 10 min jog cool-down', 'wu 10:00 | run 3mi @T | cd 10:00');
  });
});

describe('a line that sums the session up', () => {
  it('"Workout Time: 20 min" on its own line adds no step and is kept in the notes', () => {
    const text = 'Workout Time: 20 min\nA 5-min brisk walk followed by a one-min jog and a one-min walk. Repeat 8 times.';
    reads(text, 'walk 5:00 | 8x(run 1:00 @E | rest 1:00 walk)');
    const warning = compileRuns(text, athlete)[0]!.diagnostics.find((d) => d.severity === 'warning');
    expect(text.slice(warning!.column - 1, warning!.column - 1 + warning!.length)).toBe('Workout Time: 20 min');
  });

  it('"Total distance: 8km (5 miles)" with the same length in other units adds no step', () => {
    reads('Total distance: 8km (5 miles)\n8km easy', 'run 8km @E');
  });

  it('"Total running time = 16 minutes" after the parts adds no step', () => {
    reads('Run 8 minutes, walk 2 minutes, run 8 minutes\nTotal running time = 16 minutes', 'run 8:00 @E | rest 2:00 walk | run 8:00 @E');
  });

  it('"Total 45 min: …", a total the parts run inside, is still the day', () => {
    const w = compileRuns('Total 45 min: 4 x 5 min @ T w/ 1 min jog', athlete)[0]!;
    expect(Math.abs(w.estimate.seconds - 45 * 60)).toBeLessThanOrEqual(60);
  });

  it('a length with more said of it on its line is a run, not a summary', () => {
    reads('Total time: 30 minutes easy', 'run 30:00 @E');
  });
});

describe('a session numbered in Roman numerals', () => {
  it('"Session I, Workout Time: 20 min" opens the session like "Session 1:"', () => {
    reads('Session I, Workout Time: 20 min\nA 5-min brisk walk followed by a 30-sec jog and a 90-sec walk. Repeat 5 times.', 'walk 5:00 | 5x(run 0:30 @E | rest 1:30 walk)');
    reads('Session III, Workout Time: 35 min\nA 5-min brisk walk followed by a 15-min jog and a two-min walk. Repeat 2 times.', 'walk 5:00 | 2x(run 15:00 @E | rest 2:00 walk)');
  });
});

describe('an alternation repeated to fill a stated time', () => {
  it('"4 minutes of running followed by one minute of walking, for the entire 45 minutes" is nine rounds, every walk counted in', () => {
    reads('4 minutes of running followed by one minute of walking, for the entire 45 minutes.', '9x+(run 4:00 @E | rest 1:00 walk)');
  });

  it('"– 45 minutes in total –" before it is the same total, no step of its own', () => {
    reads('1st session – 45 minutes in total – 4 minutes of running followed by one minute of walking, for the entire 45 minutes.', '9x+(run 4:00 @E | rest 1:00 walk)');
  });

  it('"Alternate 1 min run / 1.5 min walk for 20 min" is eight rounds', () => {
    reads('Alternate 1 min run / 1.5 min walk for 20 min', '8x+(run 1:00 @E | rest 1:30 walk)');
  });

  it('"Run 4 min, walk 1 min. Do this for 20 minutes in total." is four rounds', () => {
    reads('Run 4 min, walk 1 min. Do this for 20 minutes in total.', '4x+(run 4:00 @E | rest 1:00 walk)');
  });

  it('"walk for 90 seconds", a walk with its length, fills nothing', () => {
    reads('Week 1 Run for 1 min, then walk for 90 seconds. Repeat 8 times.', '8x(run 1:00 @E | rest 1:30 walk)');
  });

  it('"Week 3." closed by a full stop numbers the session', () => {
    reads('Week 3. Run 2 min, walk 1 min. Repeat 6 times.', '6x(run 2:00 @E | rest 1:00 walk)');
  });
});


describe('a count that closes a line of its own parts', () => {
  it('"Run 3 min, Walk 2 min. Repeat 7 times" under a warm-up line repeats that line only', () => {
    const runs = compileRuns('Session 1 (45min)\n\nWarm Up: Walk Slow & Easy 5 min\nRun 3 min, Walk 2 min. Repeat 7 times\nCool Down: Walk slow & Easy 5 min', athlete);
    expect(expectationDiffs(runs, 'walk 5:00 | 7x+(run 3:00 @E | walk 2:00) | walk 5:00', { lenient: true })).toEqual([]);
  });

  it('parts on lines of their own are all repeated: "Run 2 minutes\\nWalk 2 minutes\\nRepeat 6 times"', () => {
    const runs = compileRuns('Run 2 minutes\nWalk 2 minutes\nRepeat 6 times', athlete);
    expect(expectationDiffs(runs, '6x(run 2:00 @E | walk 2:00)', { lenient: true })).toEqual([]);
  });
});

describe('an alternation that fills a time', () => {
  it('"walk 2 min and jog for 1 min for 20 min": six whole rounds, then the 2-minute walk that fills the twenty', () => {
    reads('walk 2 min and jog for 1 min for 20 min', '6x(walk 2:00 | run 1:00 @E) | walk 2:00');
  });

  it('"walk 1 min and jog for 2 min for 25 min": eight rounds and a minute of walking', () => {
    reads('walk 1 min and jog for 2 min for 25 min', '8x(walk 1:00 | run 2:00 @E) | walk 1:00');
  });

  it('"Run 3 min, walk 2 min for a total of 24 min": the last round cut to the four minutes left', () => {
    reads('Run 3 min, walk 2 min for a total of 24 min', '4x+(run 3:00 @E | walk 2:00) | run 3:00 @E | walk 1:00');
  });

  it('a time that holds under two rounds fills nothing: "walk 2 min, jog for 1 min for 3 min" stays its parts', () => {
    reads('walk 2 min, jog for 1 min for 3 min', 'walk 2:00 | run 1:00 @E | run 3:00 @E');
  });
});

describe('walk breaks at a fixed interval', () => {
  it('"Easy 40 min with 30 sec walk every 5 min" is eight rounds of 5 minutes running and a 30-second walk', () => {
    reads('Tuesday: Easy 40 min with 30 sec walk every 5 min;', '8x(run 5:00 @E | walk 0:30)');
  });

  it('"45 minutes with a 1 min walk every 9 min" is five rounds', () => {
    reads('45 minutes with a 1 min walk every 9 min', '5x(run 9:00 @E | walk 1:00)');
  });

  it('an interval that does not divide the time is left as written: no round is made up', () => {
    expect(expectationDiffs(compileRuns('30 min with 30 sec walk every 7 min', athlete), '4x(run 7:00 @E | walk 0:30) | run 2:00 @E', { lenient: true })).not.toEqual([]);
  });
});

describe('"Do 3 times" after a run/walk', () => {
  it('says "repeat": "Run 8 mins, walk 2 mins. Do 3 times", "… do it 8 times"', () => {
    reads('Run 8 mins, walk 2 mins. Do 3 times', '3x(run 8:00 @E | rest 2:00 walk)');
    reads('Run 1 min, walk 1 min, do it 8 times', '8x(run 1:00 @E | rest 1:00 walk)');
  });
});
