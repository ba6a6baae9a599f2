/** Work written inside a run after "including" is run, as after "with": it is never folded into a remark. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import type { Node } from '../../../src/ir/workout.js';
import { athlete, errors } from '../../helpers/reading.js';

const metres = (nodes: readonly Node[]): number =>
  nodes.reduce((sum, n) => sum + (n.type === 'repeat' ? n.count * metres(n.children) : n.duration.kind === 'distance' ? n.duration.meters : 0), 0);

describe('"including" before work inside a run', () => {
  it('"8.7 miles including 3 x 1 mile w/ .5 mile easy" runs the three miles inside the 8.7', () => {
    const w = compileSession('8.7 miles including 3 x 1 mile w/ .5 mile easy', athlete);
    expect(errors(w)).toEqual([]);
    const reps = w.steps.find((s) => s.type === 'repeat');
    expect(reps && reps.type === 'repeat' ? reps.count : 0).toBe(3);
    // The day stays the 8.7 miles the coach wrote: the easy running around the reps fills the rest.
    expect(metres(w.steps) / 1609.344).toBeCloseTo(8.7, 1);
  });

  it('"10 miles including 4 miles @ HM" puts the 4 miles in the middle of the 10', () => {
    const w = compileSession('10 miles including 4 miles @ HM', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps.length).toBe(3);
  });

  it('a remark with no figure stays a remark: "7 miles fartlek, including some hills"', () => {
    const w = compileSession('7 miles fartlek, including some hills', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps.length).toBe(1);
  });
});

describe('"as" before reps inside a run', () => {
  it('"12km as 10x20s at 5-10km pace, 40s jog rec" is the reps with easy running around them to 12 km', () => {
    const w = compileSession('12km as 10x20s at 5-10km pace, 40s jog rec', athlete);
    expect(errors(w)).toEqual([]);
    const reps = w.steps.find((n): n is Extract<Node, { type: 'repeat' }> => n.type === 'repeat');
    expect(reps?.count).toBe(10);
    const meters = w.steps.reduce((a, n) => a + (n.type === 'step' && n.duration.kind === 'distance' ? n.duration.meters : 0), 0);
    expect(meters).toBeGreaterThan(9000);
    expect(meters).toBeLessThan(12000);
  });
});
