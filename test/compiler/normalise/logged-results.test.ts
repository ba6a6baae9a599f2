/**
 * A run's result written beside its length in a training log ("Monday PM: 5 miles (8:01 pace)",
 * "Ran 8 miles, 1:17:08, 9:38 pace", "M: 5mi in 36:26.") is how the run went: kept in the notes,
 * never a target nor a second run. The run is read at the easy kind its story names, else at the
 * runner's own effort. A plan's own targets ("Monday: 5 miles (8:00 pace)" with no sign of a log,
 * "@ 8:00", reps in a time) stay targets.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { normalise } from '../../../src/compiler/normalise/index.js';
import { logged } from '../../../src/compiler/normalise/logged.js';
import { show } from '../../corpus/expect.js';
import { athlete, errors } from '../../helpers/reading.js';

/** What `text` compiles to, in the notation of test/corpus/notation.ts (exact: an effort is not a pace). */
const read = (text: string) => show(compileRuns(text, athlete));
const notes = (text: string) => compileRuns(text, athlete).flatMap((w) => w.notes);
const prose = (text: string) => normalise(tokenize(text).tokens).filter((t) => t.kind === 'prose').map((t) => text.slice(t.offset, t.offset + t.length));

describe('a result beside a run in a log', () => {
  it('a day heading, the pace in brackets, a story in the past tense (a runner\'s weekly log)', () => {
    const text = 'Monday PM: 5 miles (8:01 pace)\nDaniel was ready to do a loop Monday afternoon after work, so of course I decided to tag along.';
    expect(read(text)).toBe('run 5mi ~as you feel');
    expect(notes(text).join(' ')).toContain("'(8:01 pace)' is a result logged after the run, not a target");
  });

  it('"Ran 8 miles, 1:17:08, 9:38 pace": the time and the pace restate the distance', () => {
    expect(read('Ran 8 miles, 1:17:08, 9:38 pace')).toBe('run 8mi ~as you feel');
  });

  it('"M: 5mi in 36:26." (a one-letter day heading, the time taken)', () => {
    expect(read('M: 5mi in 36:26. This was the day after New Bedford Half Marathon. My mindset was that it was an achievement just getting out the door.')).toBe('run 5mi ~as you feel');
  });

  it('two figures restate the run even with no verb: "Friday - 5 miles, 39:13 (7:50 avg pace)"', () => {
    expect(read('Friday - 5 miles, 39:13 (7:50 avg pace)')).toBe('run 5mi ~as you feel');
  });

  it('"38 minute run. 3.45 miles at 11:01 pace.": a sentence giving the timed run\'s distance at its pace', () => {
    expect(read('Monday: 38 minute run. 3.45 miles at 11:01 pace.')).toBe('run 38:00 ~as you feel');
    // A pace that does not make the distance that time is no restatement: the timed run is not taken for a log's.
    expect(read('Monday: 38 minute run. 3.45 miles at 8:00 pace.')).toMatch(/^run 38:00 @E/);
  });

  it('the easy kind of run the story names is the run\'s pace', () => {
    expect(read('Monday AM: 5 miles (8:37 pace)\nI started the week off with an easy treadmill recovery run.')).toBe('run 5mi @recovery');
    const text = 'Hit the road for what was now a recovery run with my legs feeling tired. Finished with 10K in just under 45 minutes.';
    expect(read(text)).toBe('run 10km @recovery');
    expect(read('Monday: 6 miles (9:02 pace)\nIt was an easy run with friends, and I felt great.')).toBe('run 6mi @E');
  });

  it('a sentence of the story opening with the run and the time it took: "21.5 km in 1hr 27 (4.02\'s)."', () => {
    const text = 'Standard run home last night and then it was off to Centennial Park after work tonight. 21.5 km in 1hr 27 (4.02’s). Couldn’t see afterwards with all the sweat that had dripped into my eyes.';
    expect(read(text)).toBe('run 21500m ~as you feel');
    expect(notes(text).join(' ')).toMatch(/'in 1hr 27 \(4\.02 ?\)' is a result logged after the run/);
  });

  it('the day\'s runs listed one after another, each with its result', () => {
    const text = 'Tuesday: 2 miles (9:35), 4.07 miles (8:53), 1 mile (10:35). I finished them all.';
    expect(prose(text)).toEqual(expect.arrayContaining(['(9:35)', '(8:53)', '(10:35)']));
  });

  it('a distance to the hundredth is measured: "Tuesday: 3.03 miles at 8:19 pace." needs no verb', () => {
    expect(prose('Tuesday: 3.03 miles at 8:19 pace.')).toContain('at 8:19 pace');
    expect(prose('Tuesday: 3 miles at 8:19 pace.')).toEqual([]);
  });
});

describe("a plan's own targets stay targets", () => {
  it('a pace beside a run with no sign of a log', () => {
    expect(read('Monday: 5 miles (8:00 pace)\nKeep it relaxed.')).toBe('run 5mi @8:00/mi');
    expect(read('Monday: 5 miles at 8:00 pace')).toBe('run 5mi @8:00/mi');
  });

  it('"@" marks a target, in a log too', () => {
    expect(read('Ran 5 miles @ 8:00 pace')).toBe('run 5mi @8:00/mi');
  });

  it('reps in a time are targets, whatever the tense', () => {
    expect(read('We did 4 x 800m in 3:00 with 400m jog.')).toBe('wu 15:00 | 4x(run 800m @3:00 per 800m | rec 400m jog) | cd 10:00');
  });

  it('a time that is no runner\'s speed for the distance is not taken for its result', () => {
    expect(prose('I ran it. Monday: 5 miles in 5:00')).not.toContain('in 5:00');
  });

  it('a lone time with no sign of a log is refused where it cannot be read, not guessed', () => {
    const runs = compileRuns('W: 12mi in 1:29:43. This is the second to last 12 mile mid-week longer run.', athlete);
    expect(runs.flatMap(errors).join(' ')).toContain('1:29:43');
  });
});

describe('a plan\'s pace stays a target beside a story that is not a log', () => {
  it('a verb of the story counts only in the run\'s own sentence or line', () => {
    expect(read('5 miles (8:00 pace). It was windy.')).toBe('run 5mi @8:00/mi');
    expect(read('This week started with hills.\n5 miles at 8:00 pace')).toBe('run 5mi @8:00/mi');
    expect(read('6 miles (7:30 pace), then 4 x 100 strides. Legs felt fresh.')).toContain('run 6mi @7:30/mi');
  });

  it('"Week 1 went well." before a day\'s run reads the day as it reads alone', () => {
    expect(read('Week 1 went well.\nTuesday: 6 miles, 7:30 pace')).toBe(read('Tuesday: 6 miles, 7:30 pace'));
    expect(notes('Week 1 went well.\nTuesday: 6 miles, 7:30 pace').join(' ')).not.toContain('logged after the run');
  });

  it('a running verb in the run\'s own sentence still reports it: "Clocked 5 miles in 36:26. It was windy."', () => {
    expect(read('Clocked 5 miles in 36:26. It was windy.')).toBe('run 5mi ~as you feel');
  });

  it('a race\'s distance to the hundredth is the plan\'s own, not measured: "Saturday: 3.11 miles at 7:00 pace"', () => {
    expect(read('Saturday: 3.11 miles at 7:00 pace')).toContain('@7:00/mi');
    expect(prose('Sunday: 13.11 miles at 8:00 pace.')).toEqual([]);
    expect(prose('Tuesday: 3.03 miles at 8:19 pace.')).toContain('at 8:19 pace');
  });

  it('a long log of many results is read in time that grows with its length, not its square', () => {
    const tokens = tokenize('Monday: 5 miles (8:01 pace)\nI ran it.\n'.repeat(8000)).tokens;
    const started = performance.now();
    const out = logged(tokens);
    const took = performance.now() - started;
    expect(out.filter((t) => t.kind === 'prose')).toHaveLength(8000);
    // Read in well under a second; a copy of the whole text for each result took minutes at this size.
    expect(took).toBeLessThan(10_000);
  });
});

describe('a distance a watch measured, logged on its day', () => {
  const read = (text: string) => show(compileRuns(text, athlete));

  it('is a run logged with no target, after a weekday or a date heading its line', () => {
    expect(read('Fri – 5.4 miles')).toBe('run 8690.458m ~as you feel');
    expect(read('Tue – 4.4 miles with Sarah')).toBe('run 7081.114m ~as you feel');
    expect(read('- December 8: 10.6 miles – 1,080’ gain')).toBe('run 17059.046m ~as you feel');
  });

  it('a time to the second after it is its result', () => {
    expect(read('8.7 miles in 1:04:30')).toBe('run 14001.293m ~as you feel');
  });

  it('a plan\'s cell, with no day of its own, keeps its easy pace, whatever its decimals', () => {
    expect(read('9.65 km')).toBe('run 9650m @E');
    expect(read('Thursday: 6.5 miles')).toBe('run 6.5mi @E');
    expect(read('Saturday: 13.1 miles')).toBe('run 21082.406m @E');
  });
});

describe('a time given as the run\'s result', () => {
  it('"with a time of 55:58" is a note, no recovery', () => {
    expect(show(compileRuns('I ran the 6 on the treadmill, with a time of 55:58.', athlete))).toBe('run 6mi @E');
  });
});
