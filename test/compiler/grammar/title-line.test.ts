/**
 * A session's title on a line of its own ("In Control\n6:00 Warm Up\n…"): the
 * line names the session, is kept as its title, and the lines below are read
 * as the session. A kind of run the part's own line names says how it goes.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns, compileSession } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

const title = (text: string) => compileSession(text, athlete).title;

describe('a first line that names the session', () => {
  it('a title of words over "<clock> <label>" lines is the title, not a run', () => {
    expect(reads('Stress Free Run\n25:00 Recovery Run', 'run 25:00 @recovery')).toEqual([]);
    expect(reads('First Speed Run\n8 x 1:00 5K Pace\n1:00 Recovery between all intervals', 'wu 15:00 | 8x(run 1:00 @5K | rec 1:00) | cd 10:00')).toEqual([]);
    expect(title('Stress Free Run\n25:00 Recovery Run')).toContain('Stress Free Run');
  });

  it('a one-word title ("Run", "Deuces") is a title too', () => {
    expect(reads('Run\n40:00 Recovery Run', 'run 40:00 @recovery')).toEqual([]);
    expect(reads('Intervallo\n5:00 Warm Up\n3 x 2:00 5K Pace w/ 1:00 recovery', 'wu 5:00 | 3x(run 2:00 @5K | rec 1:00) | cd 10:00')).toEqual([]);
  });

  it('the line\'s own kind of run wins over a known label in the title ("Easy Run\\n25:00 Recovery Run")', () => {
    expect(reads('Easy Run\n25:00 Recovery Run', 'run 25:00 @recovery')).toEqual([]);
    expect(title('Easy Run\n25:00 Recovery Run')).toContain('Easy Run');
  });

  it('a title written with figures as a name ("Triple 7’s") or punctuation ("Go Team Go! BTC!")', () => {
    expect(reads('Triple 7’s\n5:00 Warm Up\n3 x 7:00 5K Pace\nRecovery is 2:30 between intervals', 'wu 5:00 | 3x(run 7:00 @5K | rec 2:30) | cd 10:00')).toEqual([]);
    expect(title('Triple 7’s\n5:00 Warm Up\n3 x 7:00 5K Pace')).toContain('Triple 7’s');
    expect(reads('Go Team Go! BTC!\n8:00 Warm Up\n3:00 10K Pace\n1:00 Mile Pace', 'wu 8:00 | run 3:00 @10K | run 1:00 @Mile | cd 10:00')).toEqual([]);
  });

  it('a length in the title is the title only when the line below restates it ("15 Minute Run\\n15:00 Recovery Run")', () => {
    expect(reads('15 Minute Run\n15:00 Recovery Run', 'run 15:00 @recovery')).toEqual([]);
    expect(reads('30 Minute Head Starts\n30:00 Recovery Run', 'run 30:00 @recovery')).toEqual([]);
    // A first line with a length of its own is a part of the session.
    expect(reads('2 Mile Warm Up\n4 x 800m', 'wu 2mi | 4x(run 800m | rec open) | cd 10:00')).toEqual([]);
  });

  it('bare counts in a first line are not read as a title\'s name ("The 4 By 3, 20 Miler")', () => {
    const w = compileSession('The 4 By 3, 20 Miler\n\n4 mile easy warm up\n4 x (2 mile MP, 1 mile MP + 1 min)', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });
});

describe('a first line whose length the next line repeats, with more lines of figures below', () => {
  it('"2 Miles EZ\\n2 Miles (…)\\n1 Mile …\\n2 Miles EZ" is a part of the session, not its title', () => {
    expect(reads('2 Miles EZ\n2 Miles @ HM\n1 Mile @ 10K\n2 Miles EZ', 'run 2mi @E | run 2mi @HM | run 1mi @10K | run 2mi @E')).toEqual([]);
  });
});

describe('a first line that ends on "or"', () => {
  it('offers a choice with the line below, and names nothing', () => {
    expect(show(compileRuns('Rest or\n10 km', athlete))).toBe('rest OR run 10km @E');
  });
});
