import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

describe('strides named without a count or a length', () => {
  it('are the usual set after a run: "8 miles + strides", "with strides", "w/ strides" (training logs, plan cells)', () => {
    expectReads('Sunday: Recovery run. 8 miles + strides', 'run 8mi @recovery | 4x(run 100m ~strides | rest 1:00 walk)');
    expectReads('EZ half hour with strides', 'run 30:00 @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expectReads('30 min easy w/ strides', 'run 30:00 @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expectReads('6 miles easy, some strides', 'run 6mi @E | 4x(run 100m ~strides | rest 1:00 walk)');
    expectReads('6 miles easy with a few strides', 'run 6mi @E | 4x(run 100m ~strides | rest 1:00 walk)');
  });

  it('say so in the notes: the set was not written', () => {
    const w = compileSession('6 miles easy + strides', athlete);
    expect(w.notes.join(' ')).toContain('strides with no count or length: read as 4 × 100 m, the usual set');
  });

  it('follow the run rather than fit inside it: "with" adds them after the 30 minutes', () => {
    expectReads('30 min easy with strides', 'run 30:00 @E | 4x(run 100m ~strides | rest 1:00 walk)');
  });

  it('a counted set keeps its count: "4 strides", "a couple strides"', () => {
    expectReads('6 miles easy with 6 strides', 'run ~ @E | 6x(run open ~strides | rest 1:00 walk)');
    expectReads('2 mi WU, a couple strides, 4 x 800m', 'wu 2mi | 2x+(run open ~strides | rest 1:00 walk) | 4x(run 800m | rec open) | cd 10:00');
  });

  it('stay in a title, before the run it names: "Easy Run with Strides\\n3 miles …"', () => {
    expectReads('Easy Run with Strides\n3 miles easy pace\nFinish w/ 8 x 100m @Mile pace\nw/ 60 sec rest', 'run 3mi @E | 8x(run 100m @Mile | rest 1:00)');
  });

  it('stay a warm-up routine after drills: "jog, drills and strides"', () => {
    expectReads('warm up: jog, drills and strides, 4 x 400m', 'wu 15:00 | 4x(run 400m | rec open) | cd 10:00');
  });
});

describe('"a couple (of)"', () => {
  it('is two of what it measures: "A couple of miles of easy running"', () => {
    expectReads('a couple of miles easy', 'run 2mi @E');
  });
});

describe('a warm-up of a stated length with strides', () => {
  it('is run whole, with the strides after it leading into the work: "3 mi easy warm-up with a couple strides"', () => {
    expectReads('3 mi easy warm-up with a couple strides, 5 x 1 mile @ 10K', 'wu 3mi | 2x+(run open ~strides | rest 1:00 walk) | 5x(run 1mi @10K | rec open) | cd 10:00');
    expectReads('2 mi warm up with 4 x 100m strides, 5 x 1 mile @ 10K', 'wu 2mi | 4x+(run 100m ~strides | rest 1:00 walk) | 5x(run 1mi @10K | rec open) | cd 10:00');
  });
});
