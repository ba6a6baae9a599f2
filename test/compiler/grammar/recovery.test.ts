/**
 * A recovery written in brackets after the reps: the length, then how it is run
 * ("[2min jog recovery]", "(90 s rest)"), or the mode first ("(jog 2 min)").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import type { Workout } from '../../../src/ir/workout.js';
import { outline } from '../../helpers/steps.js';
import { expectReads, flat as flatSteps } from '../../helpers/reading.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const problems = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.message);
const same = (text: string, shorthand: string) => {
  const w = compileSession(text, athlete);
  expect(problems(w), text).toEqual([]);
  expect(outline(w.steps), text).toEqual(outline(compileSession(shorthand, athlete).steps));
};

describe('a recovery in brackets after the reps', () => {
  it('takes the mode written after the length', () => {
    same('3 x 8min @5k pace [2min jog recovery]', '3 x 8 min @ 5K w/ 2 min jog');
    same('20 x 1min [45sec jog recovery]', '20 x 1 min w/ 45 s jog');
    same('6 x 400m (2 min rest)', '6 x 400m w/ 2 min rest');
    same('6 x 400m (90s walk)', '6 x 400m w/ 90 s walk');
  });

  it('still reads a length alone, or the mode first', () => {
    same('6 x 400m (90s)', '6 x 400m w/ 90 s recovery');
    same('6 x 400m (jog 2 min)', '6 x 400m w/ 2 min jog');
  });

  it('leaves a bracket that is not a recovery to the explanation', () => {
    const w = compileSession('6 x 400m (2 min easy)', athlete);
    expect(outline(w.steps)).toEqual(outline(compileSession('6 x 400m', athlete).steps));
  });
});

describe('a list of recoveries in brackets, one for each gap between the reps', () => {
  it('puts each recovery after its rep, in order', () => {
    same('6 x 400m (rest 90, 75, 60, 45, 30 s)', '400m, 90 s rest, 400m, 75 s rest, 400m, 60 s rest, 400m, 45 s rest, 400m, 30 s rest, 400m');
  });

  it('reads the list after a full stop too', () => {
    same(
      '3 mins run at 65% effort x6. (recovery 1 min, 1 min, 30 secs, 30 secs, 1 min)',
      '3 min @ 65% effort, 1 min recovery, 3 min @ 65% effort, 1 min recovery, 3 min @ 65% effort, 30 s recovery, 3 min @ 65% effort, 30 s recovery, 3 min @ 65% effort, 1 min recovery, 3 min @ 65% effort',
    );
  });

  it('leaves times alone that differ as splits, never recoveries', () => {
    const w = compileSession('4 x 1 mile (5:45, 5:36, 5:25)', athlete);
    expect(outline(w.steps)).toEqual(outline(compileSession('4 x 1 mile', athlete).steps));
  });

  it('reads a pace after the mode and length as the recovery\'s own: "(400m jog @ easy pace)", "(3 min jog @ Z1)"', () => {
    same('6 x 800m @ 5K (400m jog @ easy pace)', '6 x 800m @ 5K w/ 400m jog @ easy');
    const w = compileSession('3 x 10 min @ Z2 (3 min jog @ Z1)', athlete);
    const jog = flatSteps(w.steps).find((s) => s.intensity === 'recovery')!;
    expect(jog).toMatchObject({ duration: { kind: 'time', seconds: 180 }, target: { kind: 'pace', name: 'E' } });
  });
});

describe('recoveries written in other words', () => {
  it('a pause between reps is a rest', () => {
    expectReads('4x1000m in 4:00, Pause 2Min', 'wu 15:00 | 4x(run 1000m @4:00/km | rest 2:00) | cd 10:00');
    expectReads('6 x 400m, 90 s pause', 'wu 15:00 | 6x(run 400m | rest 1:30) | cd 10:00');
  });

  it('"in between each 1200" names the reps again by their length', () => {
    expectReads('3x1200 with a mile in between each 1200', 'wu 15:00 | 3x(run 1200m | rec 1mi) | cd 10:00');
  });
});

describe('a recovery that opens the day', () => {
  it('"Tues: 3 miles recovery; 8 x strides" opens with a recovery run, not a recovery step', () => {
    expectReads('Tues: 3 miles recovery; 8 x strides', 'run 3mi @recovery | 8x(run open ~strides | rest 1:00 walk)');
  });

  it('a recovery after work is still the recovery: "5 x 1 km, 3 min recovery, 2 x 1 km"', () => {
    const w = compileSession('5 x 1 km, 3 min recovery, 2 x 1 km', athlete);
    expect(flatSteps(w.steps).some((s) => s.intensity === 'recovery' && s.duration.kind === 'time' && s.duration.seconds === 180)).toBe(true);
  });

  it('a short one is no run: "2 min recovery, 4 x 400m" keeps its recovery step', () => {
    const w = compileSession('2 min recovery, 4 x 400m', athlete);
    expect(flatSteps(w.steps).some((s) => s.intensity === 'recovery' && s.duration.kind === 'time' && s.duration.seconds === 120)).toBe(true);
  });
});
