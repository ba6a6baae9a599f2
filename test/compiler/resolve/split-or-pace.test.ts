/** A clock after a run's length is its time or its pace per mile: the reading nearer what the athlete runs that far wins. */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, flat } from '../../helpers/reading.js';

const target = (text: string) => {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  const run = flat(w.steps).find((s) => s.intensity === 'active')!;
  return { name: run.target && 'name' in run.target ? run.target.name : undefined, notes: w.notes.join(' ') };
};

describe('a clock in brackets after a run of several miles', () => {
  it('"2 miles (9:35)" is 9:35 a mile: 2 miles in 9:35 is faster than the athlete races 2 miles', () => {
    const t = target('2 miles (9:35)');
    expect(t.name).toBe('9:35/mi');
    expect(t.notes).toMatch(/as a pace per mi/);
  });

  it('"2 miles (14:00)" and "3 miles (24:30)" are the runs\' times: 7:00 and 8:10 a mile are paces the athlete runs', () => {
    expect(target('2 miles (14:00)').name).toBe('14:00 per 3219m');
    expect(target('3 miles (24:30)').name).toBe('24:30 per 4828m');
  });

  it('a time near race pace stays the time: "2 miles (11:40)"', () => {
    expect(target('2 miles (11:40)').name).toBe('11:40 per 3219m');
  });

  it('one mile has one reading: "1 mile (6:10)"', () => {
    expect(target('1 mile (6:10)').name).toBe('6:10 per 1609m');
  });
});

describe('a unitless pace after a run written in kilometres', () => {
  it('"7.5 km @ 6:20" is per km: a length to the hundred metres was written in km', () => {
    expect(target('7.5 km @ 6:20').name).toBe('6:20/km');
    expect(target('Heute Tempolauf. Geplant sind 7,5 km im 6:20 er Schnitt.').name).toBe('6:20/km');
  });

  it('a length in miles keeps the athlete\'s unit: "4.5 miles @ 8:20"', () => {
    expect(target('4.5 miles @ 8:20').name).toBe('8:20/mi');
  });
});
