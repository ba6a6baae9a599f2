/** One time said in two units joined by "and" is one time, not two parts. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors } from '../../helpers/reading.js';

const seconds = (text: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  return w.steps.map((s) => (s.type === 'step' && s.duration.kind === 'time' ? s.duration.seconds : undefined));
};

describe('"a minute and 30 seconds"', () => {
  it('is ninety seconds', () => {
    expect(seconds('run 3 minutes, walk 1 minute and 30 seconds')).toEqual([180, 90]);
    expect(seconds('run 3 minutes, walk for a minute and 30 seconds')).toEqual([180, 90]);
  });

  it('joins hours and minutes', () => {
    expect(seconds('1 hour and 10 minutes easy')).toEqual([4200]);
  });

  it('keeps two parts when the second is the longer unit or no unit joins them', () => {
    expect(seconds('run 10 minutes and 5 minutes walk')).toEqual([600, 300]);
    expect(seconds('run 30 seconds and 2 minutes walk')).toEqual([30, 120]);
    // "30 sec strides" is a part of its own, named after its time.
    expect(seconds('10 min and 30 sec strides')).toEqual([600, 30]);
  });
});
