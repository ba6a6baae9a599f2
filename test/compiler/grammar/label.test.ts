/**
 * Where a session stands in its programme ("Week 1", "Day #2") written on a line
 * of its own or before a bracket: the number names the session, it is no length.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, reads } from '../../helpers/reading.js';

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
