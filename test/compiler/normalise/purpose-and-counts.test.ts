/** What a part is for, said after it ("1 mile easy to warm up"), and a count said in a sentence of its own ("Do 6 to 8."). */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

describe('what a part is for, after it', () => {
  it('"1 mile easy to warm up" is the warm-up, "1 mile as a cool down" the cool-down', () => {
    expectReads('1 mile easy to warm up, 4 x 400m, 1 mile as a cool down', 'wu 1mi | 4x(run 400m | rec open) | cd 1mi');
  });

  it('on a treadmill, each line at its speed', () => {
    expectReads('1.5 miles @ 4mph to warm up\n1 mile @ 5 mph\n1 mile @ 4 mph to cool down', 'wu 1.5mi @15:00/mi | run 1mi @12:00/mi | cd 1mi @15:00/mi');
  });

  it('a walk to warm up keeps its own reading', () => {
    expectReads('Walk for 5 minutes to warm-up. Then run for 4 min then take 2 minutes walk to recover. Repeat this 4 times.', 'walk 5:00 | 4x(run 4:00 @E | walk 2:00)');
  });

  it('not in a sentence of talk: "easy to warm up the legs" is no role', () => {
    expect(errors(compileSession('Jog easy to warm up the legs, then 4 x 400m', athlete))).not.toEqual([]);
  });
});

describe('a count in a sentence of its own', () => {
  it('"300 meter repeats with rest in between. Do 6 to 8." is 6 of them', () => {
    expectReads('300 meter repeats with rest in between. Do 6 to 8.', 'wu 15:00 | 6x(run 300m | rest open) | cd 10:00');
  });

  it('not after reps that have their count', () => {
    expect(errors(compileSession('6 x 400m. Do 2.', athlete))).not.toEqual([]);
  });
});
