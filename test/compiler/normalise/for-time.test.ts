/**
 * "For time" and "as fast as possible": how a session or a run is scored, an effort (hard,
 * fast), not a pace and not an unknown word; the runs under a "For time:" heading are raced.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

describe('"for time"', () => {
  it('under a "WOD For time:" heading each run line is raced, not run easy (real: a box\'s track WOD)', () => {
    expectReads(
      'WOD For time:\n\n-Run 1,600 meters (7 min)\n\n-Rest 3 minutes\n\n-Run 1,200 meters (5.5 min)\n\n-Rest 2 minutes\n\n-Run 800 meters (3.5 min)\n\n-Rest 1 minute\n\n-Run 400 meters (90s hard)',
      'wu 15:00 | run 1600m ~hard | rest 3:00 | run 1200m ~hard | rest 2:00 | run 800m ~hard | rest 1:00 | run 400m ~hard | cd 10:00',
    );
  });

  it('a run with its own pace under the heading keeps it', () => {
    expectReads('For time:\nRun 800m\nRest 2 min\nRun 800m @ 5K', 'wu 15:00 | run 800m ~hard | rest 2:00 | run 800m @5K | cd 10:00');
  });

  it('"3 Mile run for time" is a hard run (it read as an easy one)', () => {
    expectReads('3 Mile run for time', 'run 3mi ~hard');
    expectReads('Run 1 mile for time', 'wu 15:00 | run 1mi ~hard | cd 10:00');
  });

  it('"run for time" with no distance before it is not read as an effort', () => {
    expect(errors(compileSession('Run for time instead of miles (example: 6 x 5:00 with 1:30 jog)', athlete))).not.toEqual([]);
  });
});

describe('"as fast as possible"', () => {
  it('is the effort "fast", with no words left over', () => {
    const w = compileSession('4 x 400m as fast as possible, 2 min rest', athlete);
    expect(w.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([]);
    expectReads('4 x 400m as fast as you can, 2 min rest', 'wu 15:00 | 4x(run 400m ~fast | rest 2:00) | cd 10:00');
  });
});
