/**
 * A run restated in a sentence of its own: "38 minute run. 3.45 miles at 11:01 pace." is one run
 * when the distance at the pace makes (about) the time just stated; the restatement is set aside
 * with a note. Without that pace, or with one that disagrees, the two stay as written.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, flat } from '../../helpers/reading.js';

const runs = (text: string) => flat(compileSession(text, athlete).steps).filter((s) => s.intensity === 'active');

describe('a run restated in the next sentence', () => {
  it('"Monday: 38 minute run. 3.45 miles at 11:01 pace." (a real training log) is one run of 38 minutes', () => {
    const w = compileSession('Monday: 38 minute run. 3.45 miles at 11:01 pace.', athlete);
    expect(flat(w.steps).map((s) => s.duration)).toEqual([{ kind: 'time', seconds: 38 * 60 }]);
    expect(w.notes.join()).toContain('is a result logged after the run');
  });

  it('"Saturday: 65 minute run. 5.92 miles at 10:58 pace." is one run of 65 minutes', () => {
    expect(runs('Saturday: 65 minute run. 5.92 miles at 10:58 pace.').map((s) => s.duration)).toEqual([{ kind: 'time', seconds: 65 * 60 }]);
  });

  it('a pace in kilometres agrees as well: "30 min run. 6 km at 5:00/km."', () => {
    expect(runs('30 min run. 6 km at 5:00/km.')).toHaveLength(1);
  });
});

describe('what stays two runs', () => {
  it('a pace that does not make the time: "38 minute run. 3.45 miles at 8:00 pace."', () => {
    expect(runs('38 minute run. 3.45 miles at 8:00 pace.')).toHaveLength(2);
  });

  it('a second sentence with no pace: "30 min run. 5 km."', () => {
    expect(runs('30 min run. 5 km.')).toHaveLength(2);
  });

  it('a run said to go another way: "20 min easy. 5 km at 4:00/km"', () => {
    expect(runs('20 min easy. 5 km at 4:00/km')).toHaveLength(2);
  });
});

describe('a distance said to take a time', () => {
  it('"For example 1200m would take about 7 min …" (a real track session) adds no run before the list', () => {
    const text = 'For example 1200m would take about 7 min for running challenged athletes\n\n-Run 1,200 meters\n\n-Rest 3 minutes\n\n-Run 800 meters\n\n-Rest 2 minutes\n\n-Run 400 meters';
    expect(runs(text).map((s) => s.duration)).toEqual([1200, 800, 400].map((meters) => ({ kind: 'distance', meters })));
  });

  it('"Run 3 miles. 3 miles should take about 25 minutes." is one run of 3 miles', () => {
    expect(runs('Run 3 miles. 3 miles should take about 25 minutes.').map((s) => s.duration)).toEqual([{ kind: 'distance', meters: 3 * 1609.344 }]);
    expect(compileSession('Run 3 miles. 3 miles should take about 25 minutes.', athlete).notes.join()).toContain('says how long a distance takes');
  });

  it('a time each rep should take is not set aside as a restatement', () => {
    const w = compileSession('8 x 400m. Each 400m should take 90 seconds', athlete);
    expect(w.notes.join()).not.toContain('says how long a distance takes');
  });
});
