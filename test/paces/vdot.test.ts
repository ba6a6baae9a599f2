import { describe, expect, it } from 'vitest';
import {
  danielsPaces,
  oxygenCost,
  raceSecondsFromVdot,
  speedAtFraction,
  sustainableFraction,
  vdotFromRace,
} from '../../src/paces/vdot.js';

const MILE = 1609.344;
const clock = (t: string) => t.split(':').reduce((acc, p) => acc * 60 + Number(p), 0);
/** Seconds per mile at a speed in m/s. */
const perMile = (speed: number) => MILE / speed;

describe('Daniels/Gilbert VDOT', () => {
  it('gives VDOT 48.4 for a 6:00 mile', () => {
    expect(vdotFromRace(MILE, 360)).toBeCloseTo(48.4, 1);
  });

  it('predicts the equivalent race times in Daniels\u2019 tables for a 6:00 mile', () => {
    const vdot = vdotFromRace(MILE, 360);
    expect(Math.abs(raceSecondsFromVdot(vdot, 5000) - clock('20:29'))).toBeLessThan(5);
    expect(Math.abs(raceSecondsFromVdot(vdot, 10000) - clock('42:29'))).toBeLessThan(5);
    expect(Math.abs(raceSecondsFromVdot(vdot, 21097.5) - clock('1:34:06'))).toBeLessThan(5);
  });

  it.each([
    [50, { mile: '5:50', '5K': '19:57', '10K': '41:21', HM: '1:31:35', M: '3:10:49' }],
    [40, { mile: '7:07', '5K': '24:08', '10K': '50:03', HM: '1:50:59', M: '3:49:45' }],
  ] as const)('matches the published race times for VDOT %d within 0.2%%', (vdot, times) => {
    // Daniels' Running Formula, race times by VDOT. The book's long-distance
    // times sit a few seconds slower than the bare formula (3:10:49 against
    // 3:10:40 for the VDOT 50 marathon; 24:08 against 24:06 for the VDOT 40
    // 5K), hence a relative tolerance.
    const meters = { mile: MILE, '5K': 5000, '10K': 10000, HM: 21097.5, M: 42195 } as const;
    for (const [name, time] of Object.entries(times) as [keyof typeof meters, string][]) {
      const predicted = raceSecondsFromVdot(vdot, meters[name]);
      expect(Math.abs(predicted - clock(time)) / clock(time)).toBeLessThan(0.002);
    }
  });

  it.each([
    [800, 150],
    [1500, 330],
    [MILE, 285.7],
    [5000, 1500],
    [10000, 2400],
    [21097.5, 6000],
    [42195, 15000],
  ])('round-trips a %d m race in %d s through VDOT', (meters, seconds) => {
    const vdot = vdotFromRace(meters, seconds);
    expect(raceSecondsFromVdot(vdot, meters)).toBeCloseTo(seconds, 4);
  });

  it('solves the oxygen-cost quadratic exactly in speedAtFraction', () => {
    for (const vdot of [30, 48.4, 70]) {
      for (const f of [0.6, 0.88, 1]) {
        expect(oxygenCost(speedAtFraction(vdot, f) * 60)).toBeCloseTo(f * vdot, 9);
      }
    }
  });

  it('has a sustainable fraction that falls with race duration and passes 1 near 11 minutes', () => {
    // vVO2max is the pace a runner can hold for roughly 10–12 minutes (Daniels).
    expect(sustainableFraction(10)).toBeGreaterThan(1);
    expect(sustainableFraction(12)).toBeLessThan(1);
    expect(sustainableFraction(60)).toBeLessThan(sustainableFraction(30));
  });
});

describe('Daniels training paces', () => {
  // Rows of Daniels' VDOT O2 calculator, per mile: goal race, E band, M, T, I.
  const rows = [
    { race: [42195, '3:15:00'], e: ['9:16', '8:25'], m: '7:26', t: '7:00', i: '6:26' },
    { race: [42195, '3:45:00'], e: ['10:36', '9:39'], m: '8:35', t: '8:02', i: '7:24' },
    { race: [21097.5, '1:30:00'], e: ['8:56', '8:07'], m: '7:09', t: '6:45', i: '6:12' },
    { race: [42195, '2:30:00'], e: ['7:14', '6:33'], m: '5:43', t: '5:27', i: '5:01' },
  ] as const;

  it.each(rows)('reproduces the published paces for a $race.1 race', ({ race, e, m, t, i }) => {
    const paces = danielsPaces(vdotFromRace(race[0], clock(race[1])));
    const near = (speed: number, published: string) => expect(Math.abs(perMile(speed) - clock(published))).toBeLessThan(3);
    near(paces.easy.low, e[0]);
    near(paces.easy.high, e[1]);
    near(paces.marathon, m);
    near(paces.threshold, t);
    near(paces.interval, i);
  });

  it('puts R 6 s per 400 m faster than I, close to mile race pace', () => {
    const vdot = vdotFromRace(MILE, 360);
    const p = danielsPaces(vdot);
    expect(400 / p.interval - 400 / p.repetition).toBeCloseTo(6, 9);
    // Daniels: R pace is about current mile race pace (90 s per 400 m here).
    expect(Math.abs(400 / p.repetition - 90)).toBeLessThan(1.5);
  });

  it('orders the intensities E < M < T < I < R', () => {
    for (const vdot of [30, 40, 48.4, 60, 80]) {
      const p = danielsPaces(vdot);
      expect(p.easy.low).toBeLessThan(p.easy.speed);
      expect(p.easy.speed).toBeLessThan(p.easy.high);
      expect(p.easy.high).toBeLessThan(p.marathon);
      expect(p.marathon).toBeLessThan(p.threshold);
      expect(p.threshold).toBeLessThan(p.interval);
      expect(p.interval).toBeLessThan(p.repetition);
    }
  });
});
