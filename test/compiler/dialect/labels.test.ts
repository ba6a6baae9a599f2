/**
 * Session labels (src/compiler/dialect/labels.ts) that give the labelled run an effort rather than
 * a pace: "6 miles fartlek", "4 miles - Intervals", "6 miles - Hills", "4 miles - AYF" are runs of
 * that length by feel, never easy runs with the label's word dropped; and a plan's everyday run
 * ("Reg Run") is easy. Real cells from published plans (the blind samples) stand beside invented ones.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { expectReads as reads } from '../../helpers/reading.js';
import { athlete } from '../../helpers/reading.js';

const targetOf = (text: string) => {
  const w = compileRuns(text, athlete)[0]!;
  const s = w.steps[0]!;
  return s.type === 'step' ? s.target : undefined;
};

describe('a label that names how the run goes', () => {
  it('"6M fartlek" and "3 miles fartlek" are fartlek runs of that length, not easy runs', () => {
    reads('6M fartlek', 'run 6mi ~fartlek');
    reads('3 miles fartlek', 'run 3mi ~fartlek');
    expect(targetOf('3 miles fartlek')).toEqual({ kind: 'effort', label: 'fartlek' });
  });

  it('"4 miles Intervals" is the day\'s distance with fast repeats inside, no structure invented', () => {
    reads('4 miles Intervals', 'run 4mi ~intervals');
    expect(targetOf('5 miles speedwork')).toEqual({ kind: 'effort', label: 'intervals' });
  });

  it('"6 miles Hills" is a hilly run of that length, its own warm-up', () => {
    reads('6 miles Hills', 'run 6mi ~hill');
    expect(compileRuns('6 miles Hills', athlete)[0]!.steps).toHaveLength(1);
  });

  it('"4 miles AYF" (as you feel) sets no pace', () => {
    expect(targetOf('4 miles AYF')).toEqual({ kind: 'effort', label: 'as you feel' });
    expect(targetOf('5 miles as you feel')).toEqual({ kind: 'effort', label: 'as you feel' });
  });

  it('hill repeats stay repeats, with the plan\'s warm-up', () => {
    reads('6 x hill', 'wu 15:00 | 6x(run open ~hill | rec open) | cd 10:00');
  });

  it('a label\'s effort never overrides a pace the text writes', () => {
    expect(targetOf('5 miles @ 10K fartlek')).toMatchObject({ kind: 'pace', name: '10K' });
  });
});

describe('the everyday run', () => {
  it('"4 miles Reg Run" and "Regular run 5 miles" are easy runs', () => {
    reads('4 miles Reg Run', 'run 4mi @E');
    reads('Regular run 5 miles', 'run 5mi @E');
  });
});

describe('a label after the length and a spaced dash ("<distance> - <label>")', () => {
  it('reads the label as it reads it without the dash: the published cells of a plan in miles', () => {
    reads('3 miles - Fartlek', 'run 3mi ~fartlek');
    reads('4 miles - Intervals', 'run 4mi ~intervals');
    reads('4 miles - Tempo Run', 'run 4mi @T');
    reads('10 miles - Long Run', 'run 10mi @E');
    reads('6 miles - Reg Run', 'run 6mi @E');
    reads('4 miles - Hills', 'run 4mi ~hill');
    reads('5 miles - AYF', 'run 5mi');
  });

  it('a range written with spaced dashes stays a range', () => {
    reads('5 - 6 miles', 'run 5mi @E');
  });
});
