/**
 * Pace names as coaches write them: short forms of a race ("Mara"), a pace's
 * noun ("pace", "effort", "intensity") after it or said twice ("pace/effort"),
 * the pace's mark written twice ("@at"), Daniels' R after "repetition", the
 * easy aerobic pace of Maffetone ("MAF"), and two races that share their unit
 * ("3-5 km race pace").
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

describe('a pace named with its noun', () => {
  it('"@Mara Intensity", "@HM Intensity": the marathon and half-marathon paces', () => {
    expect(reads('3x (8mins @Mara Intensity, 3mins rec)', 'wu 15:00 | 3x(run 8:00 @M | rec 3:00) | cd 10:00')).toEqual([]);
    const meant = 'wu 15:00 | 2x(run 6:00 @M | rec 2:00 | run 4:00 @HM | rec 2:00) | cd 10:00';
    expect(reads('2x (6mins @Mara Intensity, 2mins rec, 4mins @HM Intensity, 2mins rec)', meant)).toEqual([]);
  });

  it('"marathon pace/effort": one pace, said twice', () => {
    expect(reads('4 x 3 miles at marathon pace/effort with 2 minutes rest', 'wu 15:00 | 4x(run 3mi @M | rest 2:00) | cd 10:00')).toEqual([]);
  });
});

describe("the pace's mark written twice", () => {
  it('"@at marathon pace" is "@ marathon pace"', () => {
    const text = '1-2 mile warm up\n2 x 3miles @at marathon pace, 3-4 min jog in between\n1-2 mile warm down';
    expect(reads(text, 'wu 1mi | 2x(run 3mi @M | rec 3:00 jog) | cd 1mi')).toEqual([]);
  });

  it('"at" alone after "@" with nothing after it is still a missing pace', () => {
    expect(errors(compileSession('6 x 400m @at', athlete)).length).toBeGreaterThan(0);
  });
});

describe('pace names from training systems', () => {
  it('"at repetition pace" is Daniels\' R, though "repetition" alone counts reps', () => {
    expect(reads('4 x 200m at repetition pace w/ 200m jog', 'wu 15:00 | 4x(run 200m @R | rec 200m jog) | cd 10:00')).toEqual([]);
  });

  it('"MAF pace" is easy running, under the aerobic heart-rate ceiling', () => {
    expect(reads('12 miles at MAF pace', 'run 12mi @E')).toEqual([]);
  });
});

describe('two races that share their unit', () => {
  it('"3-5 km race pace" is the band from 3K to 5K pace', () => {
    expect(reads('6 x 1 minute at 3-5 km race pace w/ 1 min jog', 'wu 15:00 | 6x(run 1:00 @3K–5K | rec 1:00 jog) | cd 10:00')).toEqual([]);
  });

  it('written high to low ("5-3 km") it is no band runcast reads', () => {
    expect(errors(compileSession('6 x 1 minute at 5-3 km pace', athlete)).length).toBeGreaterThan(0);
  });
});

describe('an arrow between two paces', () => {
  it('"@ 10k→5k pace" is the band from 10K to 5K pace', () => {
    expect(reads('Speed Run: 8-12x400 @ 10k→5k pace with 1:00 rest', 'wu 15:00 | 8x(run 400m @10K–5K | rest 1:00) | cd 10:00')).toEqual([]);
  });

  it('an arrow before anything but a race still leads on ("@ 5K → 200m jog")', () => {
    expect(reads('6 x 400 @ 5K → 200m jog', 'wu 15:00 | 6x(run 400m @5K | rec 200m jog) | cd 10:00')).toEqual([]);
  });
});

describe('units of a pace in other spellings', () => {
  it('"@3:55min/k" is per kilometre', () => {
    expect(reads('6 x 1km @ 3:55min/k w/ 2 min jog', 'wu 15:00 | 6x(run 1000m @3:55/km | rec 2:00 jog) | cd 10:00')).toEqual([]);
  });

  it('"7:25-7:35 min mile pace" is per mile', () => {
    const text = '1 mile warm up, 2 x 2 miles at 7:25-7:35 min mile pace with 90 second rest between, 2 mile cool down';
    expect(reads(text, 'wu 1mi | 2x(run 2mi @7:25-7:35/mi | rest 1:30) | cd 2mi')).toEqual([]);
  });
});

describe('the half marathon\'s pace however it is hyphenated', () => {
  it('"12 minutes at half-marathon race pace" is half-marathon pace, not the marathon pace its last three words name', () => {
    const w = compileSession('12 minutes at half-marathon race pace', athlete);
    expect(JSON.stringify(w.steps)).toMatch(/"name":"HM"/);
  });
});
