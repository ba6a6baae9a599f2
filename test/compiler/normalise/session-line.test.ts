/**
 * "Week 3: Tempo\nBuilding phase.\nWorkout: 10 min wu + 20 min tempo + 10 min cd": the line opened by "Workout:" (or its
 * word in another language) holds the session; the lines above it are its title.
 */
import { describe, expect, it } from 'vitest';
import { compileRuns } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';
import { athlete } from '../../helpers/reading.js';

const read = (text: string) => show(compileRuns(text, athlete));

describe('the session\'s own line below its title', () => {
  it('is the session, in English and in Spanish', () => {
    expect(read('Week 0: Easy Run\nStarting week.\nWorkout: 30 min easy + 6 x 80m strides.')).toBe('run 30:00 @E | 6x(run 80m ~strides | rest 1:00 walk)');
    expect(read('🏃‍♂️ Semana 0: Rodaje Muy Suave\nSemana de Arranque.\nEntrenamiento: 30 min de rodaje muy suave.')).toBe('run 30:00 @E');
  });

  it('keeps a figure above it: the lines above must be a title', () => {
    const [w] = compileRuns('Easy 5\nWorkout: 6 x 400m', athlete);
    expect(w!.diagnostics.map((d) => d.message).join(' ')).not.toMatch(/'Easy 5/);
    expect(read('Week 3: Hills\nWorkout: 6 x 400m')).toBe('wu 15:00 | 6x(run 400m | rec open) | cd 10:00');
  });

  it('a plan\'s own pace code is refused, never read as a letter pace and a count', () => {
    const [w] = compileRuns("Semana 1: Series\nFase de Adaptación.\nEntrenamiento: 15' cal. + 6x400m a R4 (rec 90s) + 10' enf.", athlete);
    expect(w!.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(["unknown pace 'R4'"]);
  });
});
