/**
 * A count, a length and a word for reps ("3 half mile repeats", "did 3 1 mile repeats") are that
 * many reps of the length; without the word for reps two figures side by side stay unread.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const refusals = (text: string) => compileRuns(text, athlete).flatMap(errors);

describe('a count before a length of reps', () => {
  it('"3 half mile repeats" (a runner\'s log) and its spellings', () => {
    reads('did 3 half mile repeats', 'wu 15:00 | 3x(run 0.5mi | rec open) | cd 10:00');
    reads('3 half-mile repeats', 'wu 15:00 | 3x(run 0.5mi | rec open) | cd 10:00');
    reads('three half mile repeats', 'wu 15:00 | 3x(run 0.5mi | rec open) | cd 10:00');
  });

  it('"did 3 1 mile repeats" and "4 2 min intervals"', () => {
    reads('did 3 1 mile repeats', 'wu 15:00 | 3x(run 1mi | rec open) | cd 10:00');
    reads('4 2 min intervals w/ 1 min jog', 'wu 15:00 | 4x(run 2:00 | rec 1:00 jog) | cd 10:00');
  });

  it('without a word for reps, "3 1 mile" is not read as a repeat', () => {
    expect(refusals('3 1 mile')).not.toEqual([]);
  });
});
