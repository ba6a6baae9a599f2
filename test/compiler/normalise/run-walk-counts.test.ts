/**
 * Beginner run/walk programmes written as sentences: the two parts taken in turn, how a walk goes,
 * a pair with its count after it, the count before the parts, and the walk that ends each round
 * when the coach's rounds are followed by a walk of their own.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import type { Node } from '../../../src/ir/workout.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const only = (text: string) => {
  const runs = compileRuns(text, athlete);
  expect(runs).toHaveLength(1);
  return runs[0]!;
};
const repeatOf = (nodes: readonly Node[]) => nodes.find((n) => n.type === 'repeat');

describe('"alternate … with …"', () => {
  it('"Alternate 3 minutes of walking with 2 minutes of jogging. Do this for 20 minutes in total." fills the time with both parts', () => {
    reads('Week 3. Alternate 3 minutes of walking with 2 minutes of jogging. Do this for 20 minutes in total.', '4x(walk 3:00 | run 2:00 @E)');
    reads('Week 10. Alternate 1 minutes of walking with 7 minutes of jogging. Do this for 40 minutes in total.', '5x(walk 1:00 | run 7:00 @E)');
  });

  it('"with" after a comma is no second comma, and the total counts whole rounds', () => {
    reads('Alternate 1 minute of easy running, with 2 minutes of walking, for a total of 21 minutes.', '7x+(run 1:00 @E | rest 2:00 walk)');
  });

  it('"Alternate 2 minutes fast with 2 minutes easy" alternates no walk: the easy minutes stay the recovery', () => {
    reads('Alternate 2 minutes fast with 2 minutes easy. Repeat 5 times.', 'wu 15:00 | 5x(run 2:00 ~fast | rec 2:00) | cd 10:00');
  });

  it('"with" in a session that alternates nothing is left to the grammar', () => {
    reads('6 x 800m with 400m jog', 'wu 15:00 | 6x(run 800m | rec 400m jog) | cd 10:00');
  });
});

describe('how a walk goes', () => {
  it('"Walk slow & easy 5 minutes" under the warm-up and cool-down headings are walks of 5 minutes', () => {
    reads('Warm-up: Walk slow & easy 5 minutes\nRun 1 minute. Walk 2 minutes. Do this 8 times.\nCool-down: Walk slow & easy 5 minutes', 'walk 5:00 | 8x+(run 1:00 @E | walk 2:00) | walk 5:00');
  });

  it('"walk briskly for 4 minutes" is a walk of 4 minutes', () => {
    reads('Walk briskly for 4 minutes, jog for 1 minute. Repeat 5 times.', '5x(walk 4:00 | run 1:00 @E)');
  });
});

describe('a pair and its count after it', () => {
  it('"Run 1min/Walk 1min x10" repeats the pair ten times', () => {
    reads('Run 1min/Walk 1min x10', '10x(run 1:00 @E | rest 1:00 walk)');
    reads('Run 5min/Walk 3min x3', '3x(run 5:00 @E | rest 3:00 walk)');
  });

  it('"2-min jog / 2-min walk × 6 (24 min)": the total counts the last walk', () => {
    reads('2-min jog / 2-min walk × 6 (24 min)', '6x+(run 2:00 @E | rest 2:00 walk)');
    reads('3-min jog / 1.5-min walk × 6 (27 min)', '6x+(run 3:00 @E | rest 1:30 walk)');
  });

  it('a total the pairs do not make is not guessed at: refused where it stands', () => {
    const w = only('2-min jog / 2-min walk × 6 (25 min)');
    expect(errors(w)).toEqual(["unexpected '('"]);
  });

  it('a pair of runs with no walk is no run/walk', () => {
    const w = only('400m / 200m x 6');
    expect(repeatOf(w.steps)).toBeUndefined();
  });
});

describe('the count before the parts', () => {
  it('"Repeat 3 times: 3 minutes walk, 2 minutes run." repeats the walk and the run', () => {
    reads('2nd Run: Repeat 3 times: 3 minutes walk, 2 minutes run.', '3x(rest 3:00 walk | run 2:00 @E)');
    reads('3rd run: Repeat 3 times: 2 minutes walk, 3 minutes run.', '3x(rest 2:00 walk | run 3:00 @E)');
  });

  it('before reps with no walk the count is no run/walk count: it repeats the parts after it', () => {
    reads('Repeat 3 times: 400m @ 5K, 200m jog.', 'wu 15:00 | 3x(run 400m @5K | rec 200m jog) | cd 10:00');
  });
});

describe('the walk that ends each round', () => {
  it('"Do this 8 times" before a walk of its own runs the eighth walk too', () => {
    const w = only('Walk 5 minutes. Run 1 minute. Walk 2 minutes. Do this 8 times. Walk 5 minutes.');
    const repeat = repeatOf(w.steps);
    expect(repeat?.type === 'repeat' && repeat.skipLastRecovery).toBe(false);
  });

  it('"(run, walk) x 4" before a walk leaves the last walk out, as the reps of a set', () => {
    reads('Walk 5mins, (run for 6mins, walk for 3mins) x 4, walk 5mins', 'walk 5:00 | 4x(run 6:00 @E | rest 3:00 walk) | walk 5:00');
  });

  it('with nothing after the rounds the last walk is left out', () => {
    const w = only('Run 1 minute. Walk 2 minutes. Do this 8 times.');
    const repeat = repeatOf(w.steps);
    expect(repeat?.type === 'repeat' && repeat.skipLastRecovery).toBe(true);
  });
});

describe('a count said another way', () => {
  it('"Then repeat 5 more times" is six rounds, and a total they make is set aside', () => {
    reads('Walk for 4.5 minutes, then jog for 30 seconds. Then repeat 5 more times for a total of 30 minutes exercise.', '6x(walk 4:30 | run 0:30 @E)');
  });

  it('"repeat 15 times for a total of 30mins": the total the rounds make says nothing more', () => {
    reads('walk 90secs,  jog 30secs, repeat 15 times for a total of 30mins.', '15x(walk 1:30 | run 0:30 @E)');
  });

  it('"so that you have run for a total of 16 minutes": a total of the running the rounds make', () => {
    reads('Walk for 5 minutes to warm-up. Then run for 4 min then take 2 minutes walk to recover. Repeat this 4 times so that you have run for a total of 16 minutes.', 'walk 5:00 | 4x(run 4:00 @E | rest 2:00 walk)');
  });

  it('a total the rounds do not make is not set aside', () => {
    const w = only('walk 90secs, jog 30secs, repeat 15 times for a total of 40mins.');
    expect(errors(w)).toEqual(["'for a total of' needs times before it and a time after it"]);
  });
});

describe('the walks at either end', () => {
  it('"Brisk five-minute warmup walk" and "Five-minute cool-down walk" are walks', () => {
    reads('Program: Brisk five-minute warmup walk. 5 minute run. 3 minute walk. 8 minute run. 3 minute walk. 5 minute run. Five-minute cool-down walk.', 'walk 5:00 | run 5:00 @E | rest 3:00 walk | run 8:00 @E | rest 3:00 walk | run 5:00 @E | walk 5:00');
  });

  it('a couch-to-5K day of runs and walks walks its "5 min warm-up" and "5 min cool down"', () => {
    reads('Day 1\n\n  • 5 min warm-up\n  • Run 8 min\n  • Walk 3 min\n  • Run 8 min\n  • 5 min cool down', 'walk 5:00 | run 8:00 @E | rest 3:00 walk | run 8:00 @E | walk 5:00');
  });

  it('a warm-up before reps with no walk stays a warm-up', () => {
    reads('5 min warm-up\n6 x 400m @ 5K w/ 200m jog\n5 min cool down', 'wu 5:00 | 6x(run 400m @5K | rec 200m jog) | cd 5:00');
  });

  it('a warm-up before a run with no walk stays a warm-up', () => {
    reads('5 min warm-up\nRun 20 min\n5 min cool down', 'wu 5:00 | run 20:00 @E | cd 5:00');
  });
});

describe('a pair with its count and total said other ways', () => {
  it('"1 Minute LAUFEN - 2 Minuten GEHEN: 10 x im Wechsel = 30 Minuten": the rounds the total makes', () => {
    reads('1 Minute LAUFEN - 2 Minuten GEHEN: 10 x im Wechsel = 30 Minuten', '10x+(run 1:00 @E | rest 2:00 walk)');
  });

  it('"60 secondes de course / 90 secondes de marche (répété pendant 20 minutes)" fills the twenty minutes', () => {
    reads('60 secondes de course / 90 secondes de marche (répété pendant 20 minutes)', '8x+(run 1:00 @E | rest 1:30 walk)');
  });

  it('"Brisk walk × 30 min" is a walk of 30 minutes', () => {
    reads('Brisk walk × 30 min', 'walk 30:00');
  });

  it('"Run half pace for three minutes" in a run/walk is the easy running', () => {
    reads('Today: Run half pace for three minutes, walk three minutes, repeat four times.', '4x(run 3:00 @E | rest 3:00 walk)');
    reads('Wednesday: Run at half pace for three minutes, walk for three minutes - repeat five times.', '5x(run 3:00 @E | rest 3:00 walk)');
  });
});

describe('a warm-up or cool-down walked', () => {
  it('"Finish with a 5-minute walk to warm down" stays the cool-down, and says on the watch that it is walked', () => {
    const step = only('Run 20 minutes easy. Finish with a 5-minute walk to warm down').steps.at(-1)!;
    expect(step.type === 'step' && [step.intensity, step.label, step.target.kind]).toEqual(['cooldown', '5 min cool-down walk', 'none']);
  });
});
