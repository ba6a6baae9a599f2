/**
 * Layout read by what stands around it (src/compiler/normalise/layout.ts): the
 * columns of a table row and a total after "=" at the end of a line.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

describe('table rows', () => {
  it('"label | length | pace" reads as the label, the run and its pace (a runner\'s own plan)', () => {
    expect(reads('Steady | 4M | 7:30', 'run 4mi @7:30/mi')).toEqual([]);
    expect(reads('Long run | 9M | 7:45', 'run 9mi @7:45/mi')).toEqual([]);
    expect(reads('Easy | 3M | 8:00', 'run 3mi @8:00/mi')).toEqual([]);
    expect(reads('Easy | 8 km | 5:30', 'run 8km @5:30/km')).toEqual([]);
  });

  it('"label | length" reads as the label and the run', () => {
    expect(reads('Easy | 5 miles', 'run 5mi @E')).toEqual([]);
  });

  it('a row whose middle column holds more than one length is refused, not guessed', () => {
    for (const text of ['Speedwork | 6M (inc 5x800m, 200m jog) | 5K', 'Fartlek | 6M (inc 3M fartlek) | 6:30-8:30', 'Race | 10K (+1M warmup/cooldown) | 6:45']) {
      const w = compileSession(text, athlete);
      expect(errors(w).length, text).toBeGreaterThan(0);
      expect(w.steps, text).toEqual([]);
    }
  });

  it('a row with bars at its edges or headed by the day\'s cell: the edges and the day are set aside', () => {
    expect(reads('| Tuesday | 6 x 800m @ 5K, 400m jog |', 'wu 15:00 | 6x(run 800m @5K | rec 400m jog) | cd 10:00')).toEqual([]);
    expect(reads('| Monday | 5 miles easy |', 'run 5mi @E')).toEqual([]);
    expect(reads('| Monday | Steady | 4M | 7:30 |', 'run 4mi @7:30/mi')).toEqual([]);
    expect(reads('Montag | 8 km ruhiger Dauerlauf |', 'run 8km @E')).toEqual([]);
    expect(reads('Mo | 8 km locker', 'run 8km @E')).toEqual([]);
    const w = compileSession('| Wednesday | 10 x 400m at 5k pace |', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.join(' ')).toContain('Wednesday');
  });

  it('rows of several days are several sessions: never read as one workout', () => {
    for (const text of ['| Monday | 5 miles easy |\n| Tuesday | 6 miles easy |', 'Monday | Rest\nTuesday | 6 miles easy']) {
      expect(errors(compileSession(text, athlete)).length, text).toBeGreaterThan(0);
    }
  });

  it('"TH" in a first cell is no day: it may be threshold', () => {
    expect(compileSession('TH | 3 x 10 min', athlete).notes.join(' ')).not.toMatch(/Thursday/);
  });

  it('a bar that only closes its line is no row: a column copied down the page stays refused', () => {
    const w = compileSession('Level 2 |\n3mins |\n3mins |\n3mins |', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });

  it('a row of four columns is no row runcast reads', () => {
    const w = compileSession('1.0 | 6.5 | 60 | 2 minutes', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });
});

describe("the coach's name for the day after a length", () => {
  it('"3 miles - Reg Run": a name runcast does not read is set aside, kept in the notes', () => {
    expect(reads('3 miles - Reg Run', 'run 3mi @E')).toEqual([]);
    const w = compileSession('4 miles - Blue Run', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps).toHaveLength(1);
    expect(w.diagnostics.some((d) => d.message.includes('Blue Run'))).toBe(true);
  });

  it('a name that says how the run goes ("Fartlek", "Flex Run", "Flex Day") is not set aside: the label reads it, or the day is refused', () => {
    expect(reads('3 miles - Fartlek', 'run 3mi ~fartlek')).toEqual([]);
    expect(show(compileRuns('3 miles - Flex Run', athlete))).toBe('run 3mi @E OR cross OR rest');
    expect(errors(compileSession('3 miles - Flex Day', athlete)).length).toBeGreaterThan(0);
  });

  it('only after a line that is one length, and only to the end of the line', () => {
    expect(errors(compileSession('6 x 400m - Reg Run', athlete)).length).toBeGreaterThan(0);
    expect(errors(compileSession('3 miles - Reg Run then more', athlete)).length).toBeGreaterThan(0);
  });
});

describe('a total after "="', () => {
  it('"Walk 10mins, run 20mins easy, walk 10min = 40mins": the sum adds no step', () => {
    const w = compileSession('Walk 10mins, run 20mins easy, walk 10min = 40mins', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.steps).toHaveLength(3);
    expect(reads('Walk 10mins, run 15mins easy, walk 10mins = 35mins', 'walk 10:00 | run 15:00 @E | walk 10:00')).toEqual([]);
  });

  it('the total may stand on the next line, or say "total"', () => {
    expect(reads('Run 20 min easy, walk 5 min =\n25 min', 'run 20:00 @E | walk 5:00')).toEqual([]);
    expect(reads('Run 20 min easy, walk 5 min = 25 min total.', 'run 20:00 @E | walk 5:00')).toEqual([]);
  });

  it('after repeats the total would say whether the last walk is taken: the line is refused', () => {
    const w = compileSession('(Run 10mins easy, walk 10mins) x 2 = 40mins', athlete);
    expect(errors(w)).toEqual([expect.stringContaining("'='")]);
  });

  it('"=" after a name says what the name is ("RI = 2 min", "Total running time = 16 minutes")', () => {
    const w = compileSession('10 x 20 sec hard. RI = 2 min', athlete);
    expect(w.steps.length === 0 || JSON.stringify(w.steps).includes('120')).toBe(true);
    const total = compileSession('Total running time = 16 minutes', athlete);
    expect(total.steps).toEqual([]);
  });
});
