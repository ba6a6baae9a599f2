/**
 * Sets numbered one a line ("Set 1: …\nSet 2: …"): the headings say no more than the lines'
 * order, so each line is read as its own part; a heading out of order or alone is read as before.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const refusals = (text: string) => compileRuns(text, athlete).flatMap(errors);

describe('numbered set headings', () => {
  it('three sets, one a line, are read in order (a coaching club\'s session)', () => {
    reads(
      'Set 1: 3 x 6min [2min jog recovery]\nSet 2: 2 x 4min [1min jog recovery]\nSet 3: 3 x 3min [1min jog recovery]',
      'wu 15:00 | 3x+(run 6:00 | rec 2:00 jog) | 2x+(run 4:00 | rec 1:00 jog) | 3x(run 3:00 | rec 1:00 jog) | cd 10:00',
    );
  });

  it('two sets with minutes and seconds', () => {
    reads('Set 1: 12 x 2min30sec [1min jog recovery]\nSet 2: 6 x 1min [30sec jog recovery]', 'wu 15:00 | 12x+(run 2:30 | rec 1:00 jog) | 6x(run 1:00 | rec 0:30 jog) | cd 10:00');
  });

  it('"Block" and "Round" number sets as "Set" does', () => {
    reads('Block 1: 4 x 400m w/ 200m jog\nBlock 2: 4 x 200m w/ 200m jog', 'wu 15:00 | 4x+(run 400m | rec 200m jog) | 4x(run 200m | rec 200m jog) | cd 10:00');
    reads('Round 1: 3 x 1km w/ 2 min jog\nRound 2: 3 x 500m w/ 1 min jog', 'wu 15:00 | 3x+(run 1000m | rec 2:00 jog) | 3x(run 500m | rec 1:00 jog) | cd 10:00');
  });

  it('headings out of order are not a series, and the figure stays unplaced', () => {
    expect(refusals('Set 1: 3 x 6min w/ 2min jog\nSet 3: 2 x 4min w/ 1min jog')).not.toEqual([]);
  });

  it('a heading under a warm-up line still numbers its set', () => {
    reads('10 min warm up\nSet 1: 4 x 400m w/ 200m jog\nSet 2: 4 x 200m w/ 200m jog', 'wu 10:00 | 4x+(run 400m | rec 200m jog) | 4x(run 200m | rec 200m jog) | cd 10:00');
  });
});
