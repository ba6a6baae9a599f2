/**
 * Brackets that explain a session are checked against it (src/compiler/explain.ts). Reps in
 * brackets beside a run that has none are work the reading would leave out: the session is
 * refused at the bracket, never run as the plain run.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../src/compiler/index.js';
import { athlete, errors, reads } from '../helpers/reading.js';

describe('reps in brackets beside a run', () => {
  it('"Hills 4 miles\\n(200 m X 6)" (a plan cell) is refused at the bracket, not read as 4 miles', () => {
    const text = 'Hills 4 miles\n(200 m X 6)';
    const w = compileSession(text, athlete);
    const e = w.diagnostics.find((d) => d.severity === 'error');
    expect(e?.message).toBe('the brackets hold reps the session does not run');
    expect(text.slice(e!.offset, e!.offset + e!.length)).toBe('(200 m X 6)');
  });

  it('"8 miles (i.e. 4 x 1 mile @ T)" is refused too', () => {
    expect(errors(compileSession('8 miles (i.e. 4 x 1 mile @ T)', athlete)).length).toBeGreaterThan(0);
  });

  it('an explanation of reps the session does run is still only checked, with a warning when it differs', () => {
    expect(reads('6 x 800m @ 5K (i.e. 800m @ 5K, 400m jog)', 'wu 15:00 | 6x(run 800m @5K | rec open) | cd 10:00')).toEqual([]);
    const w = compileSession('6 x 800m @ 5K (i.e. 800m @ 5K, 400m jog)', athlete);
    expect(w.diagnostics.some((d) => d.severity === 'warning' && d.message.startsWith('the explanation says'))).toBe(true);
  });
});
