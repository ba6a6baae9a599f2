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

describe('a time printed with its units glued: "53m28s", "1h05m20s"', () => {
  it('is one time, not miles and a second run', () => {
    expect(seconds('53m28s')).toEqual([53 * 60 + 28]);
    expect(seconds('1h05m20s')).toEqual([3920]);
    expect(seconds('40m30s easy')).toEqual([2430]);
  });

  it('hours and minutes: "1h05m" is 65 minutes', () => {
    expect(seconds('1h05m')).toEqual([3900]);
  });

  it("is a rep's time after its distance", () => {
    const w = compileSession('4 x 1000m in 3m45s', athlete);
    expect(errors(w)).toEqual([]);
    expect(JSON.stringify(w.steps)).toContain('"name":"3:45 per 1000m"');
  });

  it('stays two parts where no time is written so: "400m30s", and "10 x 50m 30s" spaced', () => {
    expect(compileSession('400m30s', athlete).steps.length).toBeGreaterThan(1);
    expect(seconds('1 min 30 s')).toEqual([90]);
  });
});
