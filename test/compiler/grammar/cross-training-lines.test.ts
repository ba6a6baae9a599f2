import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('another sport on a line of its own, and how long on the next', () => {
  it('is that sport for that long, not a title over a run: "Cross Train\\n45 min"', () => {
    expectReads('Cross Train\n45 min', 'cross');
    const w = compileSession('Cross Train\n45 min', athlete);
    expect(w.steps).toHaveLength(1);
    expect(w.steps[0]!.type === 'step' && w.steps[0]!.duration).toEqual({ kind: 'time', seconds: 2700 });
  });

  it('a narrow plan cell may wrap the sport\'s words: "Cross\\nTrain\\n45 min"', () => {
    expectReads('Cross\nTrain\n2 miles', 'cross');
    const w = compileSession('Cross\nTrain\n45 min', athlete);
    expect(w.steps[0]!.type === 'step' && w.steps[0]!.label).toContain('Cross Train');
  });

  it('a run below the sport\'s line is still a run: "Cross Train\\n5 x 400m"', () => {
    expectReads('Cross Train\n5 x 400m', 'wu 15:00 | 5x(run 400m | rec open) | cd 10:00');
  });
});

describe('another sport, a colon or a dash, and how long', () => {
  it('is that sport for that long, not a run under a name: "Cross-training: 30 minutes", "Bike – 30 minutes"', () => {
    expectReads('Cross-training: 30 minutes', 'cross');
    expectReads('Cross-training – 30 minutes', 'cross');
    expectReads('Bike – 30 minutes', 'cross');
    const w = compileSession('Cross-training: 30 minutes', athlete);
    expect(w.steps[0]!.type === 'step' && w.steps[0]!.duration).toEqual({ kind: 'time', seconds: 1800 });
  });

  it('reps after the colon are still reps: "Cross train: 5 x 400m", "Cross Country Intervals: 6 x 800m"', () => {
    expectReads('Cross train: 5 x 400m', 'wu 15:00 | 5x(run 400m | rec open) | cd 10:00');
    expectReads('Cross Country Intervals: 6 x 800m', 'wu 15:00 | 6x(run 800m | rec open) | cd 10:00');
  });
});
