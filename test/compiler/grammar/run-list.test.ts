/**
 * A session written as a list of runs with rests between them is an interval session: the runs
 * are its reps (run by feel, no easy target) and it gets the plan's warm-up and cool-down, as
 * "N x …" does. Runs with walks between them stay a run/walk's easy running.
 */
import { describe, it } from 'vitest';
import { expectReads as reads } from '../../helpers/reading.js';

describe('runs with rests between them', () => {
  it('"1 mile Run / Rest 3 min / 800m Run …" (a real club session) runs the list as reps inside the default warm-up and cool-down', () => {
    reads('“The Scoots”\n1 mile Run\nRest 3 min\n800m Run\nRest 2 min\n400m Run\nRest 1 min\n200m Run', 'wu 15:00 | run 1mi | rest 3:00 | run 800m | rest 2:00 | run 400m | rest 1:00 | run 200m | cd 10:00');
  });

  it('"1600m Run (4 laps of track) / 3 min Rest …": the laps in brackets restate each rep', () => {
    reads('1600m Run (4 laps of track)\n3 min Rest\n1200m Run (3 laps)\n2 min rest\n800m Run (2 laps)\n1 min rest\n400m Run (1 lap)', 'wu 15:00 | run 1600m | rest 3:00 | run 1200m | rest 2:00 | run 800m | rest 1:00 | run 400m | cd 10:00');
  });

  it('"Run 800m, rest 2 min, run 800m": the verb first reads the same', () => {
    reads('Run 800m, rest 2 min, run 800m', 'wu 15:00 | run 800m | rest 2:00 | run 800m | cd 10:00');
  });

  it('"-Run 1,600 meters\\n-Rest 3 minutes …" as a bulleted list', () => {
    reads('-Run 1,200 meters\n\n-Rest 3 minutes\n\n-Run 800 meters\n\n-Rest 2 minutes\n\n-Run 400 meters', 'wu 15:00 | run 1200m | rest 3:00 | run 800m | rest 2:00 | run 400m | cd 10:00');
  });

  it('a jogged recovery between runs makes them reps too', () => {
    reads('10 min run, 3 min jog recovery, 10 min run', 'wu 15:00 | run 10:00 | rec 3:00 jog | run 10:00 | cd 10:00');
  });
});

describe('what stays easy running', () => {
  it('runs with walks between them are a run/walk: easy, no warm-up added', () => {
    reads('Run 800m\nWalk 2 min\nRun 800m\nWalk 2 min\nRun 800m', 'run 800m @E | rest 2:00 walk | run 800m @E | rest 2:00 walk | run 800m @E');
  });

  it('a run said to be easy stays easy beside a rest', () => {
    reads('Run 800m\nRest 2 min\nRun 800m easy', 'run 800m @E | rest 2:00 | run 800m @E');
  });

  it('one run with nothing across the rest from it stays an easy run', () => {
    reads('30 min run, 5 min rest', 'run 30:00 @E | rest 5:00');
  });
});
