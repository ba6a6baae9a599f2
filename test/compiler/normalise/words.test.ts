/**
 * What follows a number: a unit spelled another way (plural, possessive, the
 * run it names, another language), a fraction sign written apart, or a noun
 * naming what the number counts.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, expectReads as reads } from '../../helpers/reading.js';

describe('units spelled another way after a number', () => {
  it('"10k\'s" and "4k\'s" are kilometres', () => {
    reads("4k's @ 4:13 mins/km", 'wu 15:00 | run 4km @4:13/km | cd 10:00');
  });

  it('"a 16 miler" is a run of 16 miles', () => {
    reads('Saturday I ran a 16 miler.', 'run 16mi @E');
  });

  it('"20 miler with the last 10 miles at goal marathon pace" opens on the run it names', () => {
    reads('20 miler with the last 10 miles at goal marathon pace', 'run 10mi @E | run 10mi @goal M');
  });

  it('"a 10-miler" is a run of 10 miles, hyphen or not', () => {
    reads('a 10-miler at marathon pace', 'run 10mi @M');
  });

  it('a "miler" in a title names the session, so its number stays unread: "The 4 By 3, 20 Miler"', () => {
    const w = compileSession('The 4 By 3, 20 Miler\n\n4 mile easy warm up\n4 x (2 mile MP, 1 mile MP + 1 min)\n4 mile easy warm down', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });

  it('units of other languages: "400 mètres", "800 metros", "3 Minuten", "40 sekunder", "5 minuti"', () => {
    reads('10 x 400 mètres w/ 60 secondes', 'wu 15:00 | 10x(run 400m | rec 1:00) | cd 10:00');
    reads('4 x 300 metros w/ 2 minutos', 'wu 15:00 | 4x(run 300m | rec 2:00) | cd 10:00');
    reads('5 x 3 Minuten w/ 2 Minuten jog', 'wu 15:00 | 5x(run 3:00 | rec 2:00 jog) | cd 10:00');
    reads('4 x 40 sekunder w/ 20 sekunder walk', 'wu 15:00 | 4x(run 0:40 | rest 0:20 walk) | cd 10:00');
    reads('6 x 5 minuti w/ 1 minuto jog', 'wu 15:00 | 6x(run 5:00 | rec 1:00 jog) | cd 10:00');
  });

  it('a word that is only a unit after a number stays a word elsewhere: "metro" alone is unknown', () => {
    const w = compileSession('metro 5 km', athlete);
    expect(errors(w).join()).toMatch(/metro/);
  });
});

describe('a fraction sign written apart from its whole number', () => {
  it('"4 x 2min with 1 ½ min recovery" recovers a minute and a half', () => {
    reads('4 x 2min with 1 ½ min recovery', 'wu 15:00 | 4x(run 2:00 | rec 1:30) | cd 10:00');
  });

  it('"2 ¼ miles" is two and a quarter miles', () => {
    reads('2 ¼ miles easy', 'run 2.25mi @E');
  });
});

describe('a count before a noun naming the reps', () => {
  it('"Optimally 8 repeats from the base to summit of School hill" counts 8 reps of the hill', () => {
    reads('Optimally 8 repeats from the base to summit of School hill.', 'wu 15:00 | 8x(run open ~hill | rec open) | cd 10:00');
  });

  it('"3 reps on each street" counts 3 reps of open length', () => {
    reads('3 reps on each street', 'wu 15:00 | 3x(run open | rec open) | cd 10:00');
  });

  it('"We ran three intervals of 1.44 miles" counts reps of that length', () => {
    reads('three intervals of 1.44 miles', 'wu 15:00 | 3x(run 1.44mi | rec open) | cd 10:00');
  });

  it('a count of reps after a length it may be of is refused, not read as other reps: "Run 800 meters … Start out with 3 repeats."', () => {
    const w = compileSession('Run 800 meters at your 5K goal pace. Start out with 3 repeats.', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });

  it('a count above 30 before "reps" is no count of reps', () => {
    const w = compileSession('40 reps', athlete);
    expect(errors(w).length).toBeGreaterThan(0);
  });
});

describe('how a length is run, written between the number and its unit', () => {
  it('"did 8 easy miles, 7:17 average" is 8 miles easy', () => {
    reads('Wednesday morning I got up before work and did 8 easy miles, 7:17 average.', 'run 8mi @E');
  });

  it('"3 x 10 hard minutes w/ 2 min jog" reads the minutes as the reps\' unit', () => {
    reads('3 x 10 hard minutes w/ 2 min jog', 'wu 15:00 | 3x(run 10:00 ~hard | rec 2:00 jog) | cd 10:00');
  });

  it('"Cold, 3C, mostly clear skies": a temperature written on its figure is the weather, not 3 miles', () => {
    reads('Cold, 3C, mostly clear skies. 60 minute run.', 'run 1:00:00 @E');
  });
});

describe('a choice of count', () => {
  it('"4 or 5 x 1000m" is a range of reps, the lower run', () => {
    reads('4 or 5 x 1000m with 3 min recovery', 'wu 15:00 | 4x(run 1000m | rec 3:00) | cd 10:00');
  });
});

describe('two whole numbers parted by a slash before a length', () => {
  it('are a range where no fraction is made of them: "11/13 km" is 11 to 13 km, never 846 m', () => {
    reads('11/13 km', 'run 11km @E');
    reads('14/16km', 'run 14km @E');
  });

  it('are a fraction of the unit where a coach cuts one so', () => {
    reads('1/2 mile', 'run 0.5mi @E');
    reads('3/4 mile jog', 'run 0.75mi @E');
    reads('4 x 1/16 mile', 'wu 15:00 | 4x(run 100.6m | rec open) | cd 10:00');
  });
});
