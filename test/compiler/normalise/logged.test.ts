/**
 * Results logged after a session ("Time Deek took: …", "Splits: …", "It took just under 2 1/2
 * hours") are kept in the notes, not read as targets or parts; an opening that plans ("Target
 * splits:") or a log with no session before it stays as written. A recovery given by its distance
 * keeps its distance when the time it took follows ("200m jog in 90\"").
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { tokenize } from '../../../src/compiler/lexer.js';
import { normalise } from '../../../src/compiler/normalise/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const notes = (text: string) => compileRuns(text, athlete).flatMap((w) => w.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message));
const prose = (text: string) => normalise(tokenize(text).tokens).filter((t) => t.kind === 'prose').map((t) => t.raw);

describe('results logged after the session', () => {
  it('"The Session: 8x400m with 200m float.\\n\\nTime Deek took: …" (a coach\'s column): the times are notes', () => {
    const text = 'The Session: 8x400m with 200m float.\n\nTime Deek took: 400m reps in 62-64sec and 200m floats in 40sec – around 14min-14.30 in total.';
    reads(text, 'wu 15:00 | 8x(run 400m | rec 200m) | cd 10:00');
    expect(notes(text).join(' ')).toContain('not used');
  });

  it('"Splits:" on its own line, the times on the next', () => {
    reads('8 x 400m\n\nSplits:\n\n70.5, 71.0, 71.7, 70.4', 'wu 15:00 | 8x(run 400m | rec open) | cd 10:00');
    reads('8 x 400m\n\nSplits: 70.5, 71.0, 71.7, 70.4, 70.1, 71.8, 70.7, 69.7\n\nRecovery: 200m jog in 90"', 'wu 15:00 | 8x(run 400m | rec 200m jog) | cd 10:00');
  });

  it('"It took just under 2 1/2 hours" after the run (a runner\'s log)', () => {
    reads('So I have completed the eigth week of training. Saturday was a 15 mile run, my longest ever. It took just under 2 1/2 hours.', 'run 15mi @E');
  });

  it('an opening that plans is read as written: "Target splits: 75"', () => {
    expect(prose('8 x 400m\nTarget splits: 75')).not.toContain('75');
    expect(prose('8 x 400m\nSplits should be 75')).not.toContain('75');
  });

  it('a log with no session before it is not set aside', () => {
    expect(prose('Splits: 6:18, 6:15')).toEqual([]);
  });

  it('a sentence of talk after the log is its own: only the log is set aside', () => {
    const text = '6 x 800m\nAn easy run yesterday went well.\nThen 4 x 200m';
    expect(compileRuns(text, athlete).flatMap(errors)).toEqual([]);
    expect(prose(text)).not.toContain('4');
  });
});

describe('the time a recovery given by its distance took', () => {
  it('"200m jog in 90\\"" is a 200m jog, the time a note', () => {
    reads('8 x 400m w/ 200m jog in 90"', 'wu 15:00 | 8x(run 400m | rec 200m jog) | cd 10:00');
    reads('12 x 400m\n\nRecovery: 100m jog in 40" - 60" after each rep', 'wu 15:00 | 12x(run 400m | rec 100m jog) | cd 10:00');
  });
});

describe('a clause about the session told before it', () => {
  it('"… and it took 42 minutes", ", which took 40 minutes" is how long it took, not one more run', () => {
    reads('Today I did 5 x 800m @ 5K and it took 42 minutes.', 'wu 15:00 | 5x(run 800m @5K | rec open) | cd 10:00');
    reads('5 x 800m @ 5K, which took 40 minutes', 'wu 15:00 | 5x(run 800m @5K | rec open) | cd 10:00');
  });

  it('"… and it should take 40 minutes": a planned time of the whole session is no part of it either', () => {
    reads('6 x 800m @ 5K and it should take 40 minutes', 'wu 15:00 | 6x(run 800m @5K | rec open) | cd 10:00');
  });

  it('a clause with no verb of a log or of taking is read as before', () => {
    reads('6 x 800m @ 5K and then 4 x 200m @ mile', 'wu 15:00 | 6x+(run 800m @5K | rec open) | 4x(run 200m @Mile | rec open) | cd 10:00');
  });
});
