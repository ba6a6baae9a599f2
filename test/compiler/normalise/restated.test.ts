/**
 * One run given both as a time and as a distance: read once, the restatement
 * set aside with a note, and only where the two give a runner's pace.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads as reads } from '../../helpers/reading.js';

describe('a run stated as a time and a distance', () => {
  it('"Wed - 50 mins, 10k\'s @ 4:57 mins/km" is one run of 50 minutes at the pace', () => {
    reads("Wed - 50 mins, 10k's @ 4:57 mins/km", 'run 50:00 @4:57/km');
    const w = compileSession("Wed - 50 mins, 10k's @ 4:57 mins/km", athlete);
    expect(w.notes.join()).toContain('as one run');
  });

  it('"45 min, 8 km" at the end of a session is one run', () => {
    reads('45 min, 8 km', 'run 45:00 @E');
  });

  it('a pace that disagrees keeps two runs: "10 min, 2 km @ 3:30/km" is a warm-up and a fast 2 km', () => {
    reads('10 min, 2 km @ 3:30/km', 'run 10:00 @E | run 2km @3:30/km | cd 10:00');
  });

  it('a rep and its recovery are no restatement: "4 x 400m, 2 min"', () => {
    const w = compileSession('4 x 400m, 2 min', athlete);
    expect(w.notes.join()).not.toContain('as one run');
  });

  it('lengths no runner covers in that time stay two: "60 min, 3 km"', () => {
    const w = compileSession('60 min, 3 km', athlete);
    expect(w.notes.join()).not.toContain('as one run');
  });

  it('a clock after a run\'s distance is its time: "Friday - 5 miles, 39:13 (7:50 avg pace)" is one run of 5 miles', () => {
    reads('Friday - 5 miles, 39:13 (7:50 avg pace)', 'run 5mi ~as you feel');
  });

  it('a split after a short distance stays unread as a restatement: "1 mile 6:30"', () => {
    const w = compileSession('1 mile 6:30', athlete);
    expect(w.notes.join()).not.toContain('as one run');
  });
});

describe('an average a log reports', () => {
  it('"7:17 average" after a run is set aside, no step', () => {
    reads('8 miles, 7:17 average', 'run 8mi @E');
  });

  it('a clock that is no average stays a step: "8 miles, 7:17 steady"', () => {
    const w = compileSession('8 miles, 7:17 steady', athlete);
    expect(w.steps.length).toBeGreaterThan(1);
  });
});

describe('a run\'s distance in brackets after its time', () => {
  it('"60 min (10 km)" is an hour\'s easy run, the distance restated, not a run at 10K pace', () => {
    reads('60 min (10 km)', 'run 1:00:00 @E');
    const w = compileSession('60 min (10 km)', athlete);
    expect(w.notes.join()).toContain('as one run');
  });

  it('"Semaine 4 : 1h20 (15 km)" reads hours and minutes written "1h20"', () => {
    reads('Semaine 4 : 1h20 (15 km) (Semaine de récupération)', 'run 1:20:00 @E');
  });

  it('hours and minutes with the minutes\' own unit: "1h20min (15 km)", "1h20\' (15 km)"', () => {
    reads('1h20min (15 km)', 'run 1:20:00 @E');
    reads("1h20' (15 km)", 'run 1:20:00 @E');
  });

  it('an easy word between keeps it one run: "60 min easy (10 km)"', () => {
    reads('60 min easy (10 km)', 'run 1:00:00 @E');
  });

  it('a distance no runner covers in the time is a pace\'s name still: "4 x 10 min (10 km)"', () => {
    reads('4 x 10 min (10 km)', 'wu 15:00 | 4x(run 10:00 @10K | rec open) | cd 10:00');
  });
});

describe('a distance and its time in minutes and seconds', () => {
  it('"Ke: PK 5,05km 31min31s" is one run, the time its result', () => {
    const w = compileSession('Ke: PK 5,05km 31min31s', athlete);
    expect(w.steps.filter((s) => s.type === 'step')).toHaveLength(1);
    expect(w.notes.join()).toContain('as one run');
  });

  it('a time no runner takes over the distance stays two: "5 km 10 min 30 s"', () => {
    const w = compileSession('5 km 10 min 30 s', athlete);
    expect(w.notes.join()).not.toContain('as one run');
  });
});

describe('a race named in brackets after a time', () => {
  it('"25 min (5K)" is 25 minutes at 5K pace, the race written as one', () => {
    reads('WU 2 km, 25 min (5K), CD 2 km', 'wu 2km | run 25:00 @5K | cd 2km');
  });

  it('after sets the bracket is left to the grammar: "3 sets of 20 min (5 km) w/ 3 min jog"', () => {
    const w = compileSession('3 sets of 20 min (5 km) w/ 3 min jog', athlete);
    expect(w.notes.join()).not.toContain('as one run');
  });
});
