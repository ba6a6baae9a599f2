/**
 * Heart-rate data in the athlete profile: what is accepted, and bad data
 * refused with a positioned error that says what a good value looks like.
 */
import { describe, expect, it } from 'vitest';
import { loadAthlete } from '../../src/athlete/load.js';
import { athleteSchema } from '../../src/athlete/schema.js';

const profile = (...heartRate: string[]) =>
  ['name: Ada', 'fitness:', '  race: { distance: 10K, time: "44:00" }', 'heartRate:', ...heartRate.map((l) => `  ${l}`), ''].join('\n');
const errors = (text: string) => loadAthlete(text, 'ada.yaml').diagnostics.filter((d) => d.severity === 'error');

describe('heart-rate data in the profile', () => {
  it('takes max HR, threshold HR and zones written out', () => {
    const { athlete, diagnostics } = loadAthlete(
      profile('max: 190', 'threshold: 172', 'zones: { Z1: [100, 130], Z2: [130, 145], Z3: [145, 160], Z4: [160, 172], Z5: [172, 190] }'),
    );
    expect(diagnostics).toEqual([]);
    expect(athlete?.profile.heartRate).toEqual({ max: 190, threshold: 172, zones: { Z1: [100, 130], Z2: [130, 145], Z3: [145, 160], Z4: [160, 172], Z5: [172, 190] } });
  });

  it('is optional: a profile without it has none', () => {
    const { athlete } = loadAthlete(['name: Ada', 'fitness:', '  race: { distance: 10K, time: "44:00" }', ''].join('\n'));
    expect(athlete?.profile.heartRate).toBeUndefined();
  });

  it('refuses a maximum no heart reaches, at its line, saying the range', () => {
    const [e, ...more] = errors(profile('max: 320'));
    expect(more).toEqual([]);
    expect(e).toMatchObject({ line: 5, file: 'ada.yaml' });
    expect(e!.message).toContain('heartRate.max');
    expect(e!.message).toContain('at most 240 bpm');
  });

  it('refuses a threshold at or above the maximum', () => {
    const [e] = errors(profile('max: 180', 'threshold: 185'));
    expect(e!.message).toContain('heartRate.threshold');
    expect(e!.message).toContain('below the maximum');
  });

  it('refuses a zone written high to low, and zones that do not rise', () => {
    expect(errors(profile('zones: { Z1: [130, 100], Z2: [130, 145], Z3: [145, 160], Z4: [160, 172], Z5: [172, 190] }'))[0]!.message).toContain('low bound to a higher one');
    expect(errors(profile('zones: { Z1: [100, 130], Z2: [150, 160], Z3: [145, 160], Z4: [160, 172], Z5: [172, 190] }'))[0]!.message).toContain('zones rise from Z1 to Z5');
  });

  it('refuses a zone missing, a heart rate that is not a whole number, and an unknown key', () => {
    expect(errors(profile('zones: { Z1: [100, 130] }'))[0]!.message).toContain('heartRate.zones.Z2');
    expect(errors(profile('max: 188.5'))[0]!.message).toContain('whole beats per minute');
    expect(errors(profile('maxx: 190'))[0]!.message).toContain('maxx');
  });

  it('refuses heart-rate data with nothing in it', () => {
    expect(errors('name: Ada\nfitness:\n  race: { distance: 10K, time: "44:00" }\nheartRate: {}\n')[0]!.message).toContain('needs max, threshold or zones');
  });

  it('the service validates the same schema: a JSON profile with a bad threshold is a zod error on its path', () => {
    const r = athleteSchema.safeParse({ name: 'Ada', fitness: { race: { distance: '10K', time: '44:00' } }, heartRate: { threshold: 20 } });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['heartRate', 'threshold'] });
    expect(r.error!.issues[0]!.message).toContain('at least 80 bpm');
  });
});
