/**
 * A session headed by its total time ("22 min: Run 10, walk 1, repeat"): the
 * heading gives its unit to the bare numbers of the parts only when they add
 * up to it, or fill it by whole repeats; otherwise the text is refused.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

describe('a total time heading parts written with bare numbers', () => {
  it('parts that add up to the heading are minutes ("25 min: Run 17, walk 1, run 7")', () => {
    expect(reads('25 min: Run 17, walk 1, run 7', 'run 17:00 @E | rest 1:00 walk | run 7:00 @E')).toEqual([]);
    expect(reads('24 min: Run 24', 'run 24:00 @E')).toEqual([]);
  });

  it('"repeat" fills the heading\'s time with whole repeats ("22 min: Run 10, walk 1, repeat")', () => {
    expect(reads('22 min: Run 10, walk 1, repeat', '2x+(run 10:00 @E | rest 1:00 walk)')).toEqual([]);
    expect(reads('36 minutes: jog 5, walk 1, repeat', '6x+(run 5:00 @E | rest 1:00 walk)')).toEqual([]);
  });

  it('parts that do not add up are refused, not guessed', () => {
    expect(errors(compileSession('25 min: Run 17, walk 1, run 6', athlete)).length).toBeGreaterThan(0);
    expect(errors(compileSession('23 min: Run 10, walk 1, repeat', athlete)).length).toBeGreaterThan(0);
  });

  it('the heading is only a total at the start of the text', () => {
    expect(errors(compileSession('Warm up, then 22 min: Run 10, walk 1, repeat', athlete)).length).toBeGreaterThan(0);
  });
});
