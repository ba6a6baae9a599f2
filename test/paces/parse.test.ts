import { describe, expect, it } from 'vitest';
import { parsePaceName, parsePaceText, parseRaceDistance, parseRaceTime } from '../../src/paces/parse.js';

const MILE = 1609.344;

describe('parseRaceTime', () => {
  it.each([
    ['6:00', 360],
    ['20:29', 1229],
    ['1:34:06', 5646],
    ['19:57.2', 1197.2],
    ['45', 45],
    [' 2:05 ', 125],
    ['1:00:00', 3600],
  ])('reads %s as %d s', (text, seconds) => {
    expect(parseRaceTime(text)).toEqual({ ok: true, value: seconds });
  });

  it.each(['6:75', '6:5', 'abc', '', '1:2:3:4', '6:00.5:00', '0:00', '-6:00'])('rejects %j with an error value', (text) => {
    const r = parseRaceTime(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('time');
  });
});

describe('parseRaceDistance', () => {
  it.each([
    ['800', '800', 800],
    ['1500', '1500', 1500],
    ['mile', 'Mile', MILE],
    ['Mile', 'Mile', MILE],
    ['3K', '3K', 3000],
    ['5k', '5K', 5000],
    ['8K', '8K', 8000],
    ['10K', '10K', 10000],
    ['15k', '15K', 15000],
    ['HM', 'HM', 21097.5],
    ['half', 'HM', 21097.5],
    ['Half Marathon', 'HM', 21097.5],
    ['half-marathon', 'HM', 21097.5],
    ['M', 'M', 42195],
    ['marathon', 'M', 42195],
    ['5000', '5K', 5000],
    ['5000m', '5K', 5000],
    ['1609', 'Mile', MILE],
  ] as const)('reads %s as %s', (text, name, meters) => {
    expect(parseRaceDistance(text)).toEqual({ ok: true, value: { name, meters } });
  });

  it('reads numbers of metres, naming standard distances', () => {
    expect(parseRaceDistance(3000)).toEqual({ ok: true, value: { name: '3K', meters: 3000 } });
    expect(parseRaceDistance(2000)).toEqual({ ok: true, value: { meters: 2000 } });
    expect(parseRaceDistance('2 mi')).toEqual({ ok: true, value: { meters: 2 * MILE } });
  });

  it.each(['marathonn', '5 furlongs', 'K', ''])('rejects %j with a hint listing the names', (text) => {
    const r = parseRaceDistance(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('race distance');
      expect(r.hint).toContain('HM');
      expect(r.hint).toContain('metres');
    }
  });

  it('rejects zero and negative metres', () => {
    expect(parseRaceDistance(0).ok).toBe(false);
    expect(parseRaceDistance(-5).ok).toBe(false);
  });
});

describe('parsePaceText', () => {
  it('reads a single pace per mile', () => {
    const r = parsePaceText('7:05/mi');
    expect(r.ok && r.value.single).toBe(true);
    if (r.ok) {
      expect(r.value.low).toBeCloseTo(MILE / 425, 12);
      expect(r.value.high).toBe(r.value.low);
    }
  });

  it('reads a band with either end first, low being the slower speed', () => {
    for (const text of ['6:20-6:25/mi', '6:25-6:20/mi', '6:20 – 6:25 / MI']) {
      const r = parsePaceText(text);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(r.value.single).toBe(false);
        expect(r.value.low).toBeCloseTo(MILE / 385, 12);
        expect(r.value.high).toBeCloseTo(MILE / 380, 12);
      }
    }
  });

  it('reads per-kilometre paces', () => {
    const r = parsePaceText('4:55-5:35/km');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.low).toBeCloseTo(1000 / 335, 12);
      expect(r.value.high).toBeCloseTo(1000 / 295, 12);
    }
  });

  it.each(['7:05', '7:65/mi', '0:00/km', 'fast', '7:05/yd'])('rejects %j', (text) => {
    expect(parsePaceText(text).ok).toBe(false);
  });
});

describe('parsePaceName', () => {
  it.each([
    ['HM', 'HM'],
    ['hm', 'HM'],
    ['half', 'HM'],
    ['5k', '5K'],
    ['e', 'E'],
    ['Easy', 'E'],
    ['t', 'T'],
    ['threshold', 'T'],
    ['I', 'I'],
    ['r', 'R'],
    ['mile', 'Mile'],
    ['m', 'M'],
    ['Marathon', 'M'],
    ['1500', '1500'],
    ['800', '800'],
  ] as const)('matches %s to %s', (key, name) => {
    expect(parsePaceName(key)).toEqual({ ok: true, value: name });
  });

  it('rejects unknown names with a hint', () => {
    const r = parsePaceName('tempo-ish');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.hint).toContain('E, M, T, I, R');
  });
});
