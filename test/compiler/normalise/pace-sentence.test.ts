/**
 * A race pace named in a sentence of its own, right after the only sentence with reps, is the
 * reps' pace ("5×8 min, 2 min recovery. For the 8 min intervals, aim for your 10k pace."). Where
 * the sentence could mean anything else (other figures, other reps, reps with their own pace) it
 * is not read so.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

const refusals = (text: string) => compileRuns(text, athlete).flatMap(errors);

describe('a pace in the sentence after the reps', () => {
  it('"For the 8 min intervals, aim for your 10k pace." (a running magazine\'s session)', () => {
    reads('5×8 min, 2 min recovery. For the 8 min intervals, aim for your 10k pace.', 'wu 15:00 | 5x(run 8:00 @10K | rec 2:00) | cd 10:00');
  });

  it('"Aim is to run at/slightly above your 5km pace." (a club\'s page)', () => {
    reads(
      'Four minute intervals: 6 x 4 minute intervals with around 2 minutes recovery. Aim is to run at/slightly above your 5km pace.',
      'wu 15:00 | 6x(run 4:00 @5K | rec 2:00) | cd 10:00',
    );
  });

  it('on the next line, and with "race" in the name', () => {
    reads('6 x 800m w/ 400m jog\nRun them at your 1 mile race pace', 'wu 15:00 | 6x(run 800m @Mile | rec 400m jog) | cd 10:00');
  });

  it('a sentence that speaks of other reps than those written is not their pace', () => {
    expect(refusals('5×8 min, 2 min recovery. For the 6 min intervals, aim for your 10k pace.')).not.toEqual([]);
  });

  it('with two sentences of reps the pace is not given to either', () => {
    expect(refusals('5×8 min, 2 min recovery. 4 x 200m w/ 200m jog. Aim for your 10k pace.')).not.toEqual([]);
  });

  it('reps with a pace of their own keep it', () => {
    reads('5×8 min @ 5k, 2 min recovery. Aim for your 10k pace.', 'wu 15:00 | 5x(run 8:00 @5K | rec 2:00) | cd 10:00');
  });
});

describe('a line that gives only a pace, under a run', () => {
  it('is that run\'s pace, never a run of minutes', () => {
    reads('Easy Run: 8-10 km\nPace: 4:50-5:05', 'run 8km @4:50-5:05/km');
    reads('6 x 800m\nPace: 3:20', 'wu 15:00 | 6x(run 800m @3:20 per 800m | rec open) | cd 10:00');
  });

  it('may go on after a comma with the rest of the part, or name the pace in a word', () => {
    reads('Intervals: 6 x 1 km\nPace: 4:25-4:30, 2 min rest', 'wu 15:00 | 6x(run 1km @4:25-4:30/km | rest 2:00) | cd 10:00');
    reads('Easy: 3 km\nPace: easy', 'run 3km @E');
  });

  it('a line of pace with more on it is left as written', () => {
    const [w] = compileRuns('Easy Run: 8 km\nPace: 4:50 then faster', athlete);
    expect(w!.steps.some((s) => s.type === 'step' && s.target.kind === 'pace' && s.target.name.startsWith('4:50'))).toBe(false);
  });

  it('every line of pace is its run\'s', () => {
    reads('8 km\nPace: 4:50\n6 km\nPace: 5:10', 'wu 15:00 | run 8km @4:50/km | run 6km @5:10/km | cd 10:00');
  });
});
