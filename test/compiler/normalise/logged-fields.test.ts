/**
 * A run written as a log's small form, one field a line: the distance is the run; an intended pace is
 * its target; the kind of run is its effort where no pace is intended; an actual pace or a "Ran:" line
 * is a result kept in the notes; a bare time or pace beside the distance is a result where the form
 * is a log and the pace to run at where it is a plan's; comments naming the kind of run give its pace.
 * A plan's line ending in its total, time and pace after slashes gives that pace to its one run.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';

const read = (text: string) => show(compileRuns(text, athlete));
const notes = (text: string) => compileRuns(text, athlete).flatMap((w) => w.notes).join(' ');

describe('intended and actual values', () => {
  it('the intended pace is the target and the actual pace a result (a real log)', () => {
    const text = 'The basics:\n\nRun designation: easy\n\nDistance: 3 miles\n\nIntended pace: 11 minutes per mile\n\nActual pace: 11’14”';
    expect(read(text)).toBe('run 3mi @11:00/mi');
    expect(notes(text)).toContain("'Actual pace: 11’14”' is what was run, logged after it: a result, not a target");
  });

  it('an intended band of paces is the target (a real log)', () => {
    const text = 'The basics:\n\nRun designation: steady\n\nDistance: 4.5 miles\n\nIntended pace: 10-10:30 minutes per mile\n\nActual pace: 10’34” average';
    expect(read(text)).toMatch(/^run 4\.5mi @10:(00-10:30|30-10:00)\/mi$/);
  });

  it('the kind of run is its effort where no pace is intended', () => {
    expect(read('Run designation: easy\nDistance: 3 miles')).toBe('run 3mi @E');
  });

  it('"Actual pace:" with no run before it is not set aside: there is nothing it is the result of', () => {
    expect(notes('Actual pace: 9:00')).not.toContain('a result, not a target');
  });
});

describe('a bare time or pace beside the distance', () => {
  it('in a log with comments the pace is a result: "Distance: 6.0 miles\\nPace: 9:32\\nComments: …" (a real log)', () => {
    const text = 'Distance: 6.0 miles\nPace: 9:32\nComments: It was cold and windy and I spent the entire run wishing I was done.';
    // A run the log tells of, with nothing said of how hard, is run at the runner's own effort, as a told run is.
    expect(read(text)).toBe('run 6mi ~as you feel');
  });

  it('comments that name a recovery run give the run its recovery pace (a real log)', () => {
    expect(read('Distance: 3.01 miles\nPace: 9:59\nComments: Recovery run.')).toBe('run 4844.125m @recovery');
  });

  it('a distance to the hundredth is measured: the time and pace are results', () => {
    expect(read('Distance: 5.15 miles\nTime: 47:50')).toBe('run 8288.122m ~as you feel');
  });

  it('in a plan\'s form, with no sign of a log, the pace is the one to run at', () => {
    expect(read('Distance: 5 miles\nPace: 8:00')).toBe('run 5mi @8:00/mi');
  });
});

describe('a plan\'s line with its total, time and pace', () => {
  it('"Plan: 6 miles easy/6.0/58:17/9:43 min/mile" gives the pace to the run, and "Ran:" is a result (a real log)', () => {
    const text = 'Plan: 6 miles easy/6.0/58:17/9:43 min/mile\n\nRan: 6.03/58:19/9:20 min/mile';
    expect(read(text)).toBe('run 6mi @9:43/mi');
    expect(notes(text)).toContain("'/6.0/58:17/' is the plan's total and time; its pace is the run's");
  });

  it('a total written with its unit agrees as well (a real log)', () => {
    expect(read('Plan: 5 miles easy/5.0 miles/48:45/9:45 min/mile\n\nRan: 5.01/47:52/9:33 min/mile')).toBe('run 5mi @9:45/mi');
  });

  it('a total that is not the run\'s length gives the run no pace', () => {
    expect(read('Plan: 6 miles easy/8.0/58:17/9:43 min/mile')).toMatch(/^!/);
  });

  it('a line of several parts keeps its summary: it is not read as one run\'s pace', () => {
    const text = 'Plan: 2 miles easy, 12 x 1:00 @ 7:15-7:10, 1:30 @ 8:30, 2 miles easy/7.5 miles/1:07:38/9:01 min/mile';
    expect(read(text)).not.toContain('@9:01');
  });
});

describe('fields only a runner\'s log keeps', () => {
  it('"Sleep:", "Legs:", "Weather:" lines make the text a log: the pace beside the run is a result (a real log)', () => {
    const text = '15 miles, 7:14 pace\nSleep: 5.5h 4/10\nLegs: 8/10\nWeather: 45 degrees\nNotes: Easy long run over hills with Scott. Felt very good the whole way.';
    expect(read(text)).toBe('run 15mi @E');
    expect(notes(text)).toContain("'Sleep: 5.5h 4/10' tells how the runner's day went; no part of the run");
  });

  it('with no kind of run named, the logged run is read at the runner\'s own effort', () => {
    expect(read('15 miles, 7:14 pace\nWeather: 45 degrees')).toBe('run 15mi ~as you feel');
  });

  it('notes that give the run parts of their own leave the log unread rather than read as one run', () => {
    const text = '10 miles, 1h05m\nSleep: 7h 7/10\nWeather: 44 degrees\nNotes: 7 mile steady state-type run on the track. Felt very good after 5 miles or so.';
    expect(read(text)).toMatch(/^!/);
  });

  it('without them, a pace beside a plan\'s run stays its target', () => {
    expect(read('15 miles, 7:14 pace')).not.toContain('as you feel');
  });
});

describe("a log's form with a bare distance, or with the run in parts", () => {
  it('"Distance: 8.67" is a distance in the plan\'s unit; the pace beside a measured one is a result (a real log)', () => {
    expect(read('Tuesday 8/25\nDistance: 8.67\nPace: 9:34')).toBe('run 8.67mi ~as you feel');
  });

  it('a pace field that gives the run in parts is the session, and the distance above it their total (a real log)', () => {
    const text = 'Wednesday 8/26\nDistance: 7.17\nPace: 2 mile warm up, 5 x 800 at 5k pace, 1.82 mile cool down';
    expect(read(text)).toMatch(/^wu 2mi \| 5x\(run 800m @5K \| rec open\) \| cd /);
  });

  it('a pace with its unit is no parts: "Pace: 8:30 per mile", "Pace: 8:03/mi"', () => {
    expect(read('Distance: 5 miles\nPace: 8:30 per mile')).toBe('run 5mi @8:30/mi');
    expect(read('Distance: 3.1 miles\nTime: 25:00\nPace: 8:03/mi')).toBe('run 4988.966m ~as you feel');
  });

  it('a bare figure no run is in the plan\'s unit is left to the grammar: "Distance: 5000"', () => {
    expect(read('Distance: 5000')).toBe('run 5km @E');
  });
});
