/**
 * Sessions written as headed sections: the heading ("Warm-up:", "Workout:",
 * "Cool-down:") says the role of the lines under it, and a written warm-up or
 * cool-down replaces the plan's. A walk that closes a session is its walking
 * cool-down.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import type { Node } from '../../src/ir/workout.js';
import { referenceAthlete } from '../corpus/blind.js';
import { expectReads as reads } from '../helpers/reading.js';

const athlete = referenceAthlete();
const labels = (nodes: readonly Node[]): string[] => nodes.flatMap((n) => (n.type === 'step' ? [n.label] : labels(n.children)));

describe('headed sections', () => {
  it('"Warm-up:\\nWalk 5 minutes\\nWorkout:\\nRun 20 minutes\\nCool-down:\\nWalk 5 minutes" walks, runs, walks; no plan warm-up', () => {
    const text = 'Easy Run\nTotal time: 30 minutes\nWarm-up:\nWalk 5 minutes\nWorkout:\nRun 20 minutes as you feel\nCool-down:\nWalk 5 minutes';
    reads(text, 'walk 5:00 | run 20:00 @E | walk 5:00');
    expect(labels(compileRuns(text, athlete)[0]!.steps)).toEqual(['5 min walk', '20 min easy', '5 min walk']);
  });

  it('easy running under "Warm-up:" is the warm-up, and the plan adds none before hard work', () => {
    reads('Warm-up:\nWalk 5 minutes\nRun easy 10 minutes\nWorkout:\n5 x 1km @ 5K w/ 2 min jog\nCool-down:\nJog 10 minutes', 'walk 5:00 | wu 10:00 | 5x(run 1000m @5K | rec 2:00 jog) | cd 10:00');
  });

  it('"- Warm-up: 5 min walk" on the heading\'s own line is a walk, not a run', () => {
    reads('- Warm-up: 5 min walk\n- Main Set: Run 8 min, walk 1 min, run 8 min\n- Cool Down: 5 min walk', 'walk 5:00 | run 8:00 @E | rest 1:00 walk | run 8:00 @E | walk 5:00');
  });

  it('a heading with nothing under it is the plan\'s warm-up, as before', () => {
    reads('Warm up\nMain set: 6 x 400m @ 5K w/ 200m jog', 'wu 15:00 | 6x(run 400m @5K | rec 200m jog) | cd 10:00');
  });

  it('a "Warm-up:" heading ends where the work\'s heading begins: the work is not a warm-up', () => {
    reads('Warm-up:\nJog 10 minutes\nMain set:\nRun 20 minutes\nCool-down:\nJog 10 minutes', 'wu 10:00 | run 20:00 @E | cd 10:00');
  });
});

describe('a walk that closes the session', () => {
  it('"(run for 1min fast, 2min walk) x4, 5min walk" ends on the walk: no plan cool-down after it', () => {
    reads('Run 5min easy, (run for 1min fast, 2min walk) x4, 5min walk.', 'run 5:00 @E | 4x(run 1:00 ~fast | rest 2:00 walk) | walk 5:00');
  });

  it('"(…) x 4, walk 5mins" after a group is the closing walk, not a rest between its rounds', () => {
    reads('Walk 5mins, (run for 6mins, walk for 3mins) x 4, walk 5mins', 'walk 5:00 | 4x(run 6:00 @E | rest 3:00 walk) | walk 5:00');
  });

  it('"Walk for 3 minutes to cool down" is the cool-down', () => {
    reads('Walk for 5 minutes, then run for 55 minutes. Walk for 3 minutes to cool down.', 'walk 5:00 | run 55:00 @E | walk 3:00');
  });

  it('a walk between runs stays a walk break', () => {
    reads('Run 8 minutes, walk 2 minutes, run 8 minutes', 'run 8:00 @E | rest 2:00 walk | run 8:00 @E');
  });

  it('a walk alone is a walk', () => {
    reads('Walk 30 minutes', 'walk 30:00');
  });
});

describe('a walk named as the warm-up or cool-down', () => {
  it('"Warm up walk 10 min" and "Cool down walk 5 min" are walks, around the work', () => {
    reads('Warm up walk 10 min\n6 x 400m @ 5K w/ 200m jog\nCool down walk 5 min', 'walk 10:00 | 6x(run 400m @5K | rec 200m jog) | walk 5:00');
  });

  it('"Walk warm up 10 min" opens the session once, before what a count repeats', () => {
    reads('Walk warm up 10 min\nRun 2 min, walk 1 min. Do this 5 times.', 'walk 10:00 | 5x(run 2:00 @E | rest 1:00 walk)');
  });

  it('"Walk/cool down for 10 min" closes the session, after the third round\'s walk', () => {
    reads('Run 5 min, walk 1 min. Repeat 3 times.\nWalk/cool down for 10 min', '3x+(run 5:00 @E | rest 1:00 walk) | walk 10:00');
  });

  it('a walk the sentence repeats with the runs is no warm-up', () => {
    reads('Walk 90 secs, jog 30 secs, repeat 15 times.', '15x(rest 1:30 walk | run 0:30 @E)');
  });
});

