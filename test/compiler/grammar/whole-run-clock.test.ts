import { describe, it } from 'vitest';
import { expectReads } from '../../helpers/reading.js';

describe('a clock that is the whole run', () => {
  it('is hours and minutes where no run lasts that many minutes and seconds: "Long run 2:40", "Easy 0:45"', () => {
    expectReads('Friday – Long run 2:40', 'run 2:40:00 @E');
    expectReads('2:40 long run', 'run 2:40:00 @E');
    expectReads('Easy 0:45', 'run 45:00 @E');
    expectReads('1:45 run (3/1)', 'run 1:45:00 @E');
  });

  it('stays minutes and seconds where that is a run, or where it is a rep or a recovery', () => {
    expectReads('Tempo 20:00', 'run 20:00 @T');
    expectReads('Tempo 5:00', 'run 5:00 @T');
    expectReads('4x 3:00 @ 10K effort, 2:00 jog between each', 'wu 15:00 | 4x(run 3:00 @10K | rec 2:00 jog) | cd 10:00');
  });
});

describe('a run told twice, as a distance and as the time it took', () => {
  it('"… paro el crono en 53 minutos una vez recorridos los 11 km" is 11 km run in 53 minutes, not two runs', () => {
    expectReads('Último esfuerzo y paro el crono en 53 minutos una vez recorridos los 11 km.', 'run 11km @4:49/km');
  });

  it('"Za 4 km porabi dobrih 32 minut": a slow runner\'s 8 minutes a kilometre is a run\'s time too', () => {
    expectReads('Za 4 km porabi dobrih 32 minut.', 'run 4km @8:00/km');
  });

  it('not where a mark parts them, nor at a speed no runner runs', () => {
    expectReads('30 min + 5 km', 'run 30:00 @E | run 5km @E');
    expectReads('5 km 10 min', 'run 5km @E | run 10:00 @E');
  });
});
