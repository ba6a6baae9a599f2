import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { athleteSchema, type AthleteInput } from '../../src/athlete/schema.js';
import { buildPaceTable, profileProblems } from '../../src/paces/table.js';
import { RACE_METERS, RACE_PACES, TRAINING_PACES, type PaceName } from '../../src/paces/types.js';
import { danielsPaces, vdotFromRace } from '../../src/paces/vdot.js';

const MILE = 1609.344;
const ALL: PaceName[] = [...RACE_PACES, ...TRAINING_PACES];

const profile = (fitness: AthleteInput['fitness'], extra: Partial<AthleteInput> = {}) =>
  athleteSchema.parse({ name: 'Test Runner', fitness, ...extra });

const reference = profile({ race: { distance: 'mile', time: '6:00' }, goal: { distance: 'mile', time: '5:45' } });

describe('buildPaceTable', () => {
  it('works every race pace out from current fitness with VDOT', () => {
    const table = buildPaceTable(profile({ race: { distance: 'mile', time: '6:00' } }));
    expect(table.model).toBe('vdot');
    expect(table.vdot).toBeCloseTo(48.4, 1);
    expect(table.goal).toBeUndefined();
    expect(table.equivalents.Mile).toBe(360);
    expect(Math.abs(table.equivalents['5K'] - (20 * 60 + 29))).toBeLessThan(5);
    for (const p of RACE_PACES) {
      expect(table.paces[p].source).toBe('vdot');
      expect(table.paces[p].speed).toBeCloseTo(RACE_METERS[p] / table.equivalents[p], 12);
    }
  });

  it('uses the goal time for the goal distance and sets table.goal', () => {
    const table = buildPaceTable(reference);
    expect(table.paces.Mile.speed).toBeCloseTo(MILE / 345, 12);
    expect(table.paces.Mile.source).toBe('goal');
    expect(table.goal?.distance).toBe('Mile');
    expect(table.goal?.speed).toBeCloseTo(MILE / 345, 12);
    // Other distances and the training paces stay at current fitness.
    expect(table.equivalents.Mile).toBe(360);
    expect(table.paces['5K'].source).toBe('vdot');
    expect(table.vdot).toBeCloseTo(vdotFromRace(MILE, 360), 12);
  });

  it('keeps a goal at a non-standard distance as metres without replacing a race pace', () => {
    const table = buildPaceTable(profile({ race: { distance: '5K', time: '20:00' }, goal: { distance: 2000, time: '6:40' } }));
    expect(table.goal?.distance).toBe(2000);
    expect(table.goal?.speed).toBeCloseTo(5, 12);
    expect(ALL.every((p) => table.paces[p].source !== 'goal')).toBe(true);
  });

  it('gives Daniels\u2019 training paces from VDOT, M being marathon race pace', () => {
    const table = buildPaceTable(reference);
    const d = danielsPaces(table.vdot as number);
    expect(table.paces.E).toEqual({ ...d.easy, source: 'vdot' });
    expect(table.paces.T.speed).toBe(d.threshold);
    expect(table.paces.I.speed).toBe(d.interval);
    expect(table.paces.R.speed).toBe(d.repetition);
    expect(table.paces.M.speed).toBeCloseTo(d.marathon, 9);
  });

  it('puts the default tolerance around single paces: 1.5% for 5K and faster, I and R; 2% for longer, T', () => {
    const table = buildPaceTable(reference);
    for (const p of ['800', '1500', '3K', '5K', 'I', 'R', 'Mile'] as const) {
      expect(table.paces[p].high / table.paces[p].speed).toBeCloseTo(1.015, 12);
      expect(table.paces[p].low / table.paces[p].speed).toBeCloseTo(0.985, 12);
    }
    for (const p of ['8K', '10K', '15K', 'HM', 'M', 'T'] as const) {
      expect(table.paces[p].high / table.paces[p].speed).toBeCloseTo(1.02, 12);
      expect(table.paces[p].low / table.paces[p].speed).toBeCloseTo(0.98, 12);
    }
  });

  it('takes the tolerance as a parameter', () => {
    const table = buildPaceTable(reference, { fast: 0.01, slow: 0.05 });
    expect(table.paces.I.high / table.paces.I.speed).toBeCloseTo(1.01, 12);
    expect(table.paces.HM.low / table.paces.HM.speed).toBeCloseTo(0.95, 12);
  });

  it('keeps every band ordered low < speed < high', () => {
    const tables = [
      buildPaceTable(reference),
      buildPaceTable(profile({ race: { distance: '5K', time: '25:00' } })),
      buildPaceTable(profile({ race: { distance: 'M', time: '2:30:00' }, model: 'riegel' })),
      buildPaceTable(profile({ race: { distance: '10K', time: '42:30' } }, { paces: { e: '8:20-9:10/mi', T: '6:55/mi' } })),
    ];
    for (const table of tables) {
      for (const p of ALL) {
        const e = table.paces[p];
        expect(e.low).toBeLessThan(e.speed);
        expect(e.speed).toBeLessThan(e.high);
      }
    }
  });

  it('lets explicit profile paces win, matching keys case-insensitively', () => {
    const table = buildPaceTable(
      profile(
        { race: { distance: '10K', time: '42:30' }, goal: { distance: 'HM', time: '1:32:00' } },
        { paces: { e: '8:20-9:10/mi', t: '6:55/mi', '5k': '6:35/mi', hm: '7:01/mi', MILE: '3:40-3:45/km' } },
      ),
    );
    // A written band is kept as written.
    expect(table.paces.E.low).toBeCloseTo(MILE / 550, 12);
    expect(table.paces.E.high).toBeCloseTo(MILE / 500, 12);
    expect(table.paces.Mile.low).toBeCloseTo(1000 / 225, 12);
    expect(table.paces.Mile.high).toBeCloseTo(1000 / 220, 12);
    // A single written pace gets the tolerance band for its kind.
    expect(table.paces.T.speed).toBeCloseTo(MILE / 415, 12);
    expect(table.paces.T.high).toBeCloseTo((MILE / 415) * 1.02, 12);
    expect(table.paces['5K'].high).toBeCloseTo((MILE / 395) * 1.015, 12);
    // The profile wins over the goal too, though table.goal still records the goal.
    expect(table.paces.HM.speed).toBeCloseTo(MILE / 421, 12);
    expect(table.goal?.speed).toBeCloseTo(21097.5 / 5520, 12);
    for (const p of ['E', 'T', '5K', 'HM', 'Mile'] as const) expect(table.paces[p].source).toBe('profile');
    for (const p of ['I', 'R', 'M', '10K'] as const) expect(table.paces[p].source).toBe('vdot');
  });

  it('uses Riegel for race times with the riegel model, still taking training paces from VDOT', () => {
    const table = buildPaceTable(profile({ race: { distance: 'mile', time: '6:00' }, model: 'riegel' }));
    expect(table.model).toBe('riegel');
    expect(Math.abs(table.equivalents['5K'] - 1197.2)).toBeLessThan(0.2);
    expect(Math.abs(table.equivalents.HM - 5507.3)).toBeLessThan(0.2);
    expect(table.paces['5K'].source).toBe('riegel');
    expect(table.paces.T.speed).toBe(danielsPaces(vdotFromRace(MILE, 360)).threshold);
  });

  it('honours a configured Riegel exponent', () => {
    const table = buildPaceTable(profile({ race: { distance: '5K', time: '20:00' }, model: 'riegel', riegelExponent: 1.1 }));
    expect(table.equivalents['10K']).toBeCloseTo(1200 * 2 ** 1.1, 9);
  });

  it('throws a clear Error for a profile with problems, which profileProblems lists', () => {
    const bad = profile({ race: { distance: 'marathonn', time: '3:00:00' } });
    expect(profileProblems(bad).map((p) => p.path.join('.'))).toEqual(['fitness.race.distance']);
    expect(() => buildPaceTable(bad)).toThrow(/fitness\.race\.distance: unknown race distance "marathonn"/);
  });

  it('reports implausible races and unknown pace names', () => {
    const problems = profileProblems(
      profile({ race: { distance: '10K', time: '45' }, goal: { distance: 'HM', time: '1:32:00' } }, { paces: { tempo: '6:55/mi', E: '9:75/mi' } }),
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual(['fitness.race.time', 'paces.tempo', 'paces.E']);
    expect(problems[0]?.hint).toContain('45:00');
  });

  it('orders race paces strictly from M (slowest) to 800 (fastest) for any sane race', () => {
    const distances = ['800', '1500', 'mile', '3K', '5K', '8K', '10K', '15K', 'HM', 'M'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...distances),
        // Average race speeds from 2.2 m/s (a 5:20 marathon) to 7.5 m/s (a 1:47 800 m).
        fc.double({ min: 2.2, max: 7.5, noNaN: true }),
        fc.constantFrom('vdot', 'riegel'),
        (distance, speed, model) => {
          const meters = RACE_METERS[distance === 'mile' ? 'Mile' : distance];
          const time = clockText(meters / speed);
          const table = buildPaceTable(profile({ race: { distance, time }, model: model as 'vdot' | 'riegel' }));
          for (let i = 1; i < RACE_PACES.length; i++) {
            const slower = RACE_PACES[i - 1] as (typeof RACE_PACES)[number];
            const faster = RACE_PACES[i] as (typeof RACE_PACES)[number];
            expect(table.paces[slower].speed).toBeLessThan(table.paces[faster].speed);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Seconds (to a tenth) as "h:mm:ss.t" or "m:ss.t", in whole tenths so no part rounds up to 60. */
function clockText(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const h = Math.floor(tenths / 36000);
  const m = Math.floor((tenths % 36000) / 600);
  const s = tenths % 600;
  const ss = `${String(Math.floor(s / 10)).padStart(2, '0')}.${s % 10}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
