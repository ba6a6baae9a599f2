/**
 * Session labels (src/compiler/grammar/label.ts): the dash that lays a plan cell out between its
 * length and its label; and where a session stands in its programme ("Week 1", "Day #2") written on
 * a line of its own or before a bracket: the number names the session, it is no length.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads, reads } from '../../helpers/reading.js';

describe('"3 miles - Long Run"', () => {
  it('a spaced dash between a length and a label that gives its pace lays the cell out', () => {
    expect(reads('5 miles - Long Run', 'run 5mi @E')).toEqual([]);
    expect(reads('4 miles - Tempo Run', 'run 4mi @T')).toEqual([]);
    expect(reads('6 km – Recovery Run', 'run 6km @recovery')).toEqual([]);
  });

  it('a label that gives no pace ("Fartlek", "Intervals", "Hills") is the effort it names, never an easy run', () => {
    expect(reads('3 miles - Fartlek', 'run 3mi ~fartlek')).toEqual([]);
    expect(reads('4 miles - Intervals', 'run 4mi ~intervals')).toEqual([]);
    expect(reads('5 miles - Hills', 'run 5mi ~hill')).toEqual([]);
  });

  it('"Easy Run" after such a dash is easy pace unless the plan declares it otherwise', () => {
    expect(reads('3 miles - Easy Run', 'run 3mi @E')).toEqual([]);
  });

  it('a dash in a range stays a range', () => {
    expect(reads('3-4 miles Tempo', 'run 3mi @T')).toEqual([]);
  });
});

describe('a numbered heading before the session', () => {
  it('"Week 1" on its own line is not a run of 1 mile', () => {
    expect(reads('Week 1\nRun 5 minutes, walk 3 minutes. Repeat 4 times.', '4x(run 5:00 @E | rest 3:00 walk)')).toEqual([]);
    const w = compileSession('Day 2\nRun 5 minutes, walk 3 minutes. Repeat 4 times.', athlete);
    expect(w.diagnostics.some((d) => d.message.includes('Day 2'))).toBe(true);
  });

  it('"Day #1 (Run for 20 minutes)" names the day before the bracket that holds the session', () => {
    expect(reads('Day #1 (Run for 20 minutes)', 'run 20:00 @E')).toEqual([]);
  });
});

describe('a label after a length in any unit the shorthand knows', () => {
  it('"30 minutes Tempo", "45 mins Endurance"', () => {
    expectReads('30 minutes Tempo', 'run 30:00 @T');
    expectReads('45 mins Endurance', 'run 45:00 @E');
  });
});

describe('a numbered heading straight before the session\'s first figure', () => {
  it('"Session 2 30-40 minutes easy", "Day 3 5 km easy"', () => {
    expectReads('Session 2 30-40 minutes easy', 'run 30:00 @E');
    expectReads('Day 3 5 km easy', 'run 5km @E');
  });
});
