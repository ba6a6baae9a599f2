/**
 * Two kinds of day with a slash between them in a plan's cell are a choice: the first the day's
 * workout, the other its alternative, as "or" writes it. A length written once is each side's.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads as reads, flat } from '../../helpers/reading.js';

describe('two kinds of day with a slash between them', () => {
  it('"30 min Cross Trainer/brisk walk" (a real plan\'s cell) is cross-training or a 30-minute walk', () => {
    reads('30 min Cross Trainer/brisk walk', 'cross OR walk 30:00');
  });

  it('a range before the first is the walk\'s too, at its low end', () => {
    reads('30-45 min Cross trainer/ brisk walk', 'cross OR walk 30:00');
  });

  it('"Rest/Crosstrain" is rest or cross-training, whatever the cross-training is called', () => {
    reads('Rest/Crosstrain', 'rest OR cross');
    reads('Rest/XT', 'rest OR cross');
  });

  it('"Crosstrain/Rest": the first written is the day\'s', () => {
    reads('Crosstrain/Rest', 'cross OR rest');
  });

  it('"WALK/XT 20 min or day off": the length after the second is the walk\'s too, and "or" goes on', () => {
    reads('WALK/XT 20 min or day off', 'walk 20:00 OR cross OR rest');
  });

  it('the walk alternative is one step as long as the length written before the cross-training', () => {
    const w = compileSession('30 min Cross Trainer/brisk walk', athlete);
    expect(flat(w.alternatives[0]!.steps).map((s) => s.duration)).toEqual([{ kind: 'time', seconds: 1800 }]);
  });
});

describe('what stays as it was', () => {
  it('a walk with no length is not guessed', () => {
    expect(compileSession('Rest/Walk', athlete).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('a length beside a rest day is nobody\'s: "Rest/Strength 30 min" is refused', () => {
    expect(compileSession('Rest/Strength 30 min', athlete).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('walking and jogging as the athlete needs stay one run', () => {
    reads('Walk/jog 30mins', 'run 30:00 ~walk/jog');
  });
});
