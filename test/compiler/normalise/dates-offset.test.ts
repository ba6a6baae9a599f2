/**
 * A time that says when a run starts, counted from something else ("starting 35 minutes after
 * Shabbat ends"), is no length: it is set aside with the words that place it, and no run is made of it.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads as reads } from '../../helpers/reading.js';

describe('a time from something else, when the run starts', () => {
  it('"a friendly 7 km starting 35 minutes after Shabbat ends …" (a real club notice) is one run of 7 km', () => {
    reads('Another option is a friendly 7 km starting 35 minutes after Shabbat ends from Rechov Reuven in Sheinfeld.', 'run 7km @E');
  });

  it('the time is kept in the notes, with the words that place it', () => {
    const w = compileSession('Run 5 miles, leaving 10 minutes before sunset', athlete);
    expect(w.diagnostics.map((d) => d.message).join()).toContain('leaving 10 minutes before');
  });
});

describe('a time that is a length', () => {
  it('"start 10 minutes easy" is a run of 10 minutes', () => {
    reads('Start 10 minutes easy, then 4 x 400m @ 5K', 'run 10:00 @E | 4x(run 400m @5K | rec open) | cd 10:00');
  });
});
