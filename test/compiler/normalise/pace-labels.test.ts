/**
 * A pace headed by its own word after a length ("6km Pace: 4:40", German "Tempo: 4:20"), seconds shortened as German
 * and the Nordic languages write them ("90sek"), and a named pace's figures after a comma ("…goal pace, 5:21-5:40").
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { athlete, expectReads } from '../../helpers/reading.js';

const warnings = (text: string) => compileRuns(text, athlete).flatMap((w) => w.diagnostics.map((d) => d.message));

describe('a pace headed by its own word', () => {
  it('"6km Pace: 4:40" is 6 km at 4:40 a km, not a run of 4 minutes 40', () => {
    expectReads('6km Pace: 4:40/km', 'run 6km @4:40/km');
    expectReads('6km Tempo: 4:40/km', 'run 6km @4:40/km');
  });

  it('after a set and its comma: "5 x 1000m, Tempo: 4:20/km, 120sek Pause"', () => {
    expectReads('5 x 1000m, Tempo: 4:20/km, 120sek Pause', 'wu 15:00 | 5x(run 1000m @4:20/km | rest 2:00) | cd 10:00');
  });

  it('with no unit the clock is a pace per unit, never the time of one rep: "1200m Tempo: 4:30"', () => {
    const [w] = compileRuns('1200m Tempo: 4:30', athlete);
    const step = w!.steps.find((s) => s.type === 'step' && s.intensity === 'active');
    expect(step?.type === 'step' && step.target.kind === 'pace' && step.target.name).toBe('4:30/mi');
  });

  it('"Tempo" with no colon stays a tempo run', () => {
    expectReads('Tempo 20 min', 'run 20:00 @T');
  });
});

describe('a named pace and its figures after a comma', () => {
  it('are read as if in brackets: the named pace, with a note where the figures differ', () => {
    expectReads('40 min run @ E, last 10 min at Half Marathon goal pace, 5:21-5:40', 'run 30:00 @E | run 10:00 @goal HM');
    expect(warnings('40 min run @ E, last 10 min at Half Marathon goal pace, 5:21-5:40').join(' ')).toContain('the explanation names 5:21-5:40');
  });
});
