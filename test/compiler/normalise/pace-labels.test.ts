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

describe('a clock straight after a distance', () => {
  it('is the distance\'s time: "1000m 4\'00\'\' 200m recupero", read per km where that is the likelier', () => {
    expectReads("1000m 4'00'' 200m recupero", 'wu 15:00 | run 1000m @4:00/km | rec 200m | cd 10:00');
    // For an athlete in miles, 4:35 for 400 m is no speed a runner holds, so it is a pace per mile; 5:20 for 1000 m a split.
    const [w] = compileRuns('Tempowechsel DL, 4x (400m 4:35, 1000m 5:20)', athlete);
    const set = w!.steps.find((s) => s.type === 'repeat');
    const names = set?.type === 'repeat' ? set.children.map((c) => (c.type === 'step' && c.target.kind === 'pace' ? c.target.name : '')) : [];
    expect(names).toEqual(['4:35/mi', '5:20 per 1000m']);
  });

  it('a log\'s result stays a result: "4.26 miles 33:34"', () => {
    expect(warnings('4.26 miles 33:34')).toContain("'33:34' is not used");
  });

  it('a line of a clock and "pace" under a run is its pace: "7 miles\\n11:42 pace"', () => {
    expectReads('7 miles\n11:42 pace', 'run 7mi @11:42/mi');
  });
});

describe('where a pace\'s word and a clock after a distance stop', () => {
  it('a clock before a recovery word is the recovery: "8 x 400m 1:30 rest", "5 x 1km 3:00 jog recovery"', () => {
    expectReads('8 x 400m 1:30 rest', 'wu 15:00 | 8x(run 400m | rest 1:30) | cd 10:00');
    expectReads('5 x 1km 3:00 jog recovery', 'wu 15:00 | 5x(run 1000m | rec 3:00 jog) | cd 10:00');
  });

  it('"Tempo:" before a time no pace is stays unread, never a pace: "WU 15 min, Tempo: 25:00, CD 10 min"', () => {
    expect(compileRuns('WU 15 min, Tempo: 25:00, CD 10 min', athlete)[0]!.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });

  it('a clock no pace can be is left to the norms: "6 x 400m, pace 1:30" is 1:30 a rep', () => {
    const [w] = compileRuns('6 x 400m, pace 1:30, 200m jog', athlete);
    const set = w!.steps.find((s) => s.type === 'repeat');
    const first = set?.type === 'repeat' ? set.children[0] : undefined;
    expect(first?.type === 'step' && first.target.kind === 'pace' && first.target.name).toBe('1:30 per 400m');
  });
});
