/** A count after a hard part and an easier one repeats the pair, never the easy part alone. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors } from '../../helpers/reading.js';

const repeats = (text: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  return w.steps.filter((s) => s.type === 'repeat').map((s) => (s.type === 'repeat' ? { count: s.count, children: s.children.length } : undefined));
};

describe('"1min hard, 1 min easy x 10"', () => {
  it('repeats both parts ten times', () => {
    expect(repeats('1min hard, 1 min easy x 10')).toEqual([{ count: 10, children: 2 }]);
  });


  it('a label before the pair stays outside it: "Tempo – 4 min hard, 2 min easy x 6"', () => {
    expect(repeats('Tempo – 4 min hard, 2 min easy x 6')).toEqual([{ count: 6, children: 2 }]);
  });
});

describe('counts that stay with their part', () => {
  it('after a warm-up: "2 mile warm up, 400m x 6" repeats the 400s only', () => {
    expect(repeats('2 mile warm up, 400m x 6')).toEqual([{ count: 6, children: 2 }]);
    expect(compileSession('2 mile warm up, 400m x 6', athlete).steps[0]?.type).toBe('step');
  });

  it('when the second part is the harder: "3 minutes steady, 1 minute fast X 3"', () => {
    const w = compileSession('3 minutes steady, 1 minute fast X 3', athlete);
    expect(w.steps.filter((s) => s.type === 'repeat').length).toBe(1);
    expect(w.steps.find((s) => s.type === 'step' && s.duration.kind === 'time' && s.duration.seconds === 180)).toBeDefined();
  });
});
