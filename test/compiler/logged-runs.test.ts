/**
 * Runs as runners log them: a run's length followed by its time and pace, parted by slashes or
 * column bars ("5 miles / 49:00 / 9:43 pace", "3.1 miles (5 km) | 28:38 | 9:14/mile (5:44/km)").
 * The time and pace are how the run went, kept in the notes, never a target nor a second run; the
 * run is read at the easy kind a sentence beside it names, which describes it and is no second run,
 * else at the runner's own effort. A log line that gives the run the text names elsewhere is no second run.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import { show } from '../corpus/expect.js';
import { athlete } from '../helpers/reading.js';

/** What `text` compiles to, in the notation of test/corpus/notation.ts (exact: an effort is not a pace). */
const read = (text: string) => show(compileRuns(text, athlete));
const notes = (text: string) => compileRuns(text, athlete).flatMap((w) => [...w.notes, ...w.diagnostics.map((d) => d.message)]).join(' ');

describe('a run and its results parted by slashes or bars', () => {
  it('"5 miles /  49:00 / 9:43 pace" is one run of 5 miles at the runner\'s effort, its time and pace in the notes', () => {
    expect(read('5 miles /  49:00 / 9:43 pace')).toBe('run 5mi ~as you feel');
    expect(notes('5 miles /  49:00 / 9:43 pace')).toContain("'/ 49:00 / 9:43 pace' is a result logged after the run, not a target");
  });

  it('a column bar parts them as a slash does, and the same pace per km in brackets is a third figure', () => {
    expect(read('4 miles | 36:00 | 9:00/mile (5:36/km)')).toBe('run 4mi ~as you feel');
  });

  it('the length restated in the other unit, in brackets, goes with the run', () => {
    expect(read('3.1 miles (5 km) | 28:38 | 9:14/mile')).toBe('run 4988.966m ~as you feel');
  });

  it('a length in brackets that is another length is not a restatement, and the line is not read as a log', () => {
    expect(read('3 miles (2 km) | 28:38 | 9:14/mile')).toMatch(/^!/);
  });

  it('a figure no run could take (a 20-second pace) is no result: the line is left to the grammar', () => {
    expect(read('5 miles / 0:20')).not.toContain('as you feel');
  });

  it('"@" before the pace keeps it a target: a plan writes "5 miles @ 9:43 pace"', () => {
    expect(read('5 miles @ 9:43/mi')).toBe('run 5mi @9:43/mi');
  });
});

describe('the sentence that describes a logged run', () => {
  it('"3 miles / 30:00 / 10:00 pace\\nEasy run on the treadmill after class." is an easy run of 3 miles (a real log)', () => {
    const text = '3 miles / 30:00 / 10:00 pace\nEasy run on the treadmill after class.';
    expect(read(text)).toBe('run 3mi @E');
  });

  it('a recovery run the next sentence names gives the run its recovery pace', () => {
    expect(read('4 miles / 44:00 / 11:00 pace. Recovery run with the dog.')).toBe('run 4mi @recovery');
  });

  it('a sentence naming the kind with a figure of its own is not set aside as a description', () => {
    expect(read('3 miles / 30:00 / 10:00 pace\nEasy run, then 4 x 100m strides.')).toContain('strides');
  });
});

describe('a log line that gives the run the text names', () => {
  it('"5K easy\\n\\n3.1 miles (5 km) | 28:38 | 9:14/mile (5:44/km)\\n\\nEasy 5 km." is one easy 5 km (a real log)', () => {
    const text = '5K easy\n\n3.1 miles (5 km) | 28:38 | 9:14/mile (5:44/km)\n\nEasy 5 km.';
    expect(read(text)).toBe('run 5km @E');
    expect(notes(text)).toContain('logs the run the text names; it is no second one');
  });

  it('two logged lines of the same length are both runs (a warm-up and a cool-down logged alike)', () => {
    expect(read('2 miles / 18:00 / 9:00 pace\n4 x 400m\n2 miles / 19:00 / 9:30 pace')).toBe('wu 15:00 | run 2mi ~as you feel | 4x+(run 400m | rec open) | run 2mi ~as you feel | cd 10:00');
  });
});

describe('a logged time in hours and minutes', () => {
  it('"Ran 10 miles, 1h05m" is 10 miles, the time a result', () => {
    expect(read('Ran 10 miles, 1h05m')).toBe('run 10mi ~as you feel');
  });

  it('"1h 5m" with a space reads the same', () => {
    expect(read('Ran 10 miles, 1h 5m')).toBe('run 10mi ~as you feel');
  });
});
