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

  it('is under 10 minutes a time of minutes, never hours: "1min30s + 1min walk", "Easy 4m30s"', () => {
    expect(seconds('1min30s + 1min walk')[0]).toBe(90);
    expect(seconds('Easy 4m30s')).toEqual([270]);
    expect(seconds('1h00m')).toEqual([3600]);
  });

  it('only where the units fall from hours to seconds, glued, each figure after the first under 60', () => {
    // Spaced, "50m" is a rep's length and "30s" its own part.
    expect(compileSession('10 x 50m 30s', athlete).steps.some((s) => s.type === 'step' && s.duration.kind === 'time' && s.duration.seconds === 30)).toBe(true);
    // Out of order, or past 60 minutes: no time of a watch.
    expect(JSON.stringify(compileSession('5s3m', athlete).steps)).not.toContain('"seconds":185');
    expect(JSON.stringify(compileSession('1h65m', athlete).steps)).not.toContain('"seconds":7500');
    // A word glued after the seconds makes them something else.
    expect(errors(compileSession('53m28sx', athlete)).length).toBeGreaterThan(0);
  });

  it('after a count, never a time longer than any usual rep: "10 x 50m30s" is no 50-minute rep', () => {
    expect(JSON.stringify(compileSession('10 x 50m30s', athlete).steps)).not.toContain('"seconds":3030');
    expect(JSON.stringify(compileSession('4 x 3m45s', athlete).steps)).toContain('"seconds":225');
  });
});

describe('a pace said in minutes and seconds: "at a 9min 16sec. pace"', () => {
  it('is the clock of the pace before "pace" or "per"', () => {
    const pace = (text: string) => {
      const w = compileSession(text, athlete);
      expect(errors(w), text).toEqual([]);
      const s = w.steps[0]!;
      return s.type === 'step' && s.target.kind === 'pace' ? s.target.name : undefined;
    };
    expect(pace('5.3 miles at a 9min 16sec. pace.')).toBe('9:16/mi');
    expect(pace('5 miles @ 9 min 16 sec per mile')).toBe('9:16/mi');
    expect(pace('10 km at 5 min 20 sec per km')).toBe('5:20/km');
  });

  it('is a time still where no pace word follows: "4 x 1 min 30 sec, 1 min jog"', () => {
    expect(JSON.stringify(compileSession('4 x 1 min 30 sec, 1 min jog', athlete).steps)).toContain('"seconds":90');
  });
});

describe('"… totaling 30 minutes" after the parts', () => {
  it('says what they add up to and adds no part', () => {
    const w = compileSession('10 x 90 sec with 90 sec recovery totaling 30 minutes.', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps.filter((s) => s.type === 'step' && s.intensity === 'active')).toEqual([]);
    expect(w.diagnostics.map((d) => d.message).join(' ')).toContain('totaling 30 minutes');
  });
});
