/**
 * The blind sample of round 1 (fixtures/corpus/blind-1): coach text runcast was never developed
 * on, each session with what its author means, written before runcast read it. The sample stays
 * honest (every session and every distinct plan cell has a meaning that parses in the notation)
 * and the reader cannot fall below what it did on the sample before any change was made for it.
 * The figures are printed; `npm run blind -- fixtures/corpus/blind-1 --misses` lists every miss.
 */
import { describe, expect, it } from 'vitest';
import { measureBlind, referenceAthlete } from '../corpus/blind.js';
import { corpusPlanMeans, corpusPlans, corpusSessions } from '../corpus/corpus.js';
import { parseNotation } from '../corpus/notation.js';

const ROOT = new URL('../../fixtures/corpus/blind-1/', import.meta.url);
const SPORTS = new Set(['rest', 'cross', 'strength']);

/** Throws on a meaning the notation cannot read (each day, each alternative). */
function parseMeaning(means: string): void {
  for (const day of means.split(' || ')) {
    for (const alt of day.split(' OR ')) if (!SPORTS.has(alt.trim()) && !alt.startsWith('! ')) parseNotation(alt);
  }
}

describe('the blind sample of round 1', () => {
  const sessions = corpusSessions(ROOT);
  const plans = corpusPlans(ROOT);
  const planMeans = corpusPlanMeans(ROOT);

  it('holds at least 150 sessions from at least 40 pages and 4 whole plans', () => {
    expect(sessions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(sessions.map((s) => s.source)).size).toBeGreaterThanOrEqual(40);
    expect(plans.length).toBeGreaterThanOrEqual(4);
  });

  it('says what every session means, in the notation', () => {
    for (const s of sessions) expect(() => parseMeaning(s.means ?? ''), s.text).not.toThrow();
  });

  it('says what every distinct plan cell means, in the notation, and nothing for cells it does not hold', () => {
    for (const plan of plans) {
      const means = planMeans.get(plan.id);
      expect(means, plan.id).toBeDefined();
      const texts = new Set(plan.cells.map((c) => c.text));
      expect([...texts].filter((t) => !means!.has(t)), plan.id).toEqual([]);
      expect([...means!.keys()].filter((t) => !texts.has(t)), plan.id).toEqual([]);
      for (const m of means!.values()) expect(() => parseMeaning(m), `${plan.id}: ${m}`).not.toThrow();
    }
  });

  it('is read no worse than it was blind (30 sessions and 11 plan cells as meant, 13 days adding up)', () => {
    const figures = measureBlind(ROOT, referenceAthlete());
    const { sessions: s, cells: c, days: d } = figures;
    console.log(
      `blind-1: sessions ${s.meant}/${s.total} as meant, ${s.refused} refused, ${s.wrong} wrong; ` +
        `plan cells ${c.meant}/${c.total} as meant, ${c.refused} refused, ${c.wrong} wrong; days ${d.agree}/${d.stated} adding up`,
    );
    expect(s.meant + s.refused + s.wrong).toBe(s.total);
    expect(s.meant).toBeGreaterThanOrEqual(30);
    expect(c.meant).toBeGreaterThanOrEqual(11);
    expect(d.agree).toBeGreaterThanOrEqual(13);
  });
});
