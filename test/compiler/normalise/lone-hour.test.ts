import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('an hour with no number', () => {
  it('after a word naming how it is run is one hour: "Marathon race pace hour", "easy hour"', () => {
    expectReads('Monday – Marathon race pace hour', 'run 1:00:00 @M');
    expectReads('easy hour', 'run 1:00:00 @E');
    expectReads('easy hour with strides', 'run 1:00:00 @E | 4x(run 100m ~strides | rest 1:00 walk)');
  });

  it('an hour with its article is read as before: "an hour easy"', () => {
    expectReads('an hour easy', 'run 1:00:00 @E');
  });
});
