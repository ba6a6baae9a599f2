import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAthlete } from '../../src/athlete/load.js';
import type { Athlete } from '../../src/athlete/athlete.js';
import { formatPaceTable } from '../../src/paces/print.js';
import { formatPaceBandBoth } from '../../src/units/format.js';
import { RACE_METERS } from '../../src/paces/types.js';

const load = (name: string): Athlete => {
  const { athlete, diagnostics } = loadAthlete(readFileSync(new URL(`../../fixtures/athletes/${name}.yaml`, import.meta.url), 'utf8'));
  if (!athlete) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return athlete;
};

/** The printed row for a pace name: a line starting with two spaces and the name. */
const row = (text: string, name: string) => text.split('\n').filter((l) => l.startsWith(`  ${name} `));

describe('formatPaceTable', () => {
  const reference = load('reference');
  const text = formatPaceTable(reference);

  it('shows the VDOT and the goal with its pace in both units', () => {
    expect(text).toContain('VDOT 48.4');
    // 5:45 per mile is 345 / 1.609344 = 214.4 s, 3:34, per km.
    expect(text).toContain('Goal: mile in 5:45 · 5:45 /mi (3:34 /km)');
  });

  it('lists the equivalent race times from current fitness', () => {
    expect(row(text, '5K')[0]).toContain(' 20:29 ');
    expect(row(text, '10K')[0]).toContain(' 42:29 ');
    expect(row(text, 'HM')[0]).toContain(' 1:34:06 ');
    // The mile shows the race that was run, to a tenth, at the pace it was run; the goal the plan runs comes after, named.
    const fitness = reference.paces.fitness.Mile;
    const goal = reference.paces.paces.Mile;
    const line = row(text, 'Mile')[0]!.replace(/\s+/g, ' ');
    expect(line).toContain(` 6:00.0 ${formatPaceBandBoth(fitness.low, fitness.high, 'mi')} VDOT plan: goal ${formatPaceBandBoth(goal.low, goal.high, 'mi')}`);
  });

  it('shows each race time beside the pace of that time, never beside the goal pace', () => {
    for (const name of ['800', '1500', 'Mile', '3K', '5K', '8K', '10K', '15K', 'HM', 'M'] as const) {
      const line = row(text, name).at(-1)!.replace(/\s+/g, ' ');
      const f = reference.paces.fitness[name];
      // The band shown first after the time is current fitness's, and holds the pace of that time.
      expect(line, name).toContain(` ${formatPaceBandBoth(f.low, f.high, 'mi')} VDOT`);
      expect(f.low).toBeLessThanOrEqual(RACE_METERS[name] / reference.paces.equivalents[name]);
      expect(f.high).toBeGreaterThanOrEqual(RACE_METERS[name] / reference.paces.equivalents[name]);
    }
  });

  it('prints every pace once with its band in the athlete\u2019s units, then the other unit, and its source', () => {
    for (const name of ['E', 'T', 'I', 'R', '800', '1500', 'Mile', '3K', '5K', '8K', '10K', '15K', 'HM'] as const) {
      const lines = row(text, name);
      expect(lines).toHaveLength(1);
      const e = reference.paces.paces[name];
      expect(lines[0]).toContain(formatPaceBandBoth(e.low, e.high, 'mi'));
    }
    // M is both Daniels' M and the marathon race pace: once under each heading.
    expect(row(text, 'M')).toHaveLength(2);
    expect(row(text, 'E')[0]).toMatch(/\/mi \(.*\/km\)\s+VDOT$/);
  });

  it('prints paces per km first for a km athlete, and can be asked for miles', () => {
    const km = load('km-runner');
    expect(row(formatPaceTable(km), 'T')[0]).toMatch(/\/km \(.*\/mi\)/);
    expect(row(formatPaceTable(km, 'mi'), 'T')[0]).toMatch(/\/mi \(.*\/km\)/);
    expect(row(formatPaceTable(km), '5K')[0]).toContain(' 25:00 ');
  });

  it('marks paces written in the profile', () => {
    const out = formatPaceTable(load('explicit-paces'));
    expect(row(out, 'E')[0]).toContain('9:10–8:20 /mi');
    expect(row(out, 'E')[0]).toMatch(/profile$/);
    expect(row(out, 'I')[0]).toMatch(/VDOT$/);
  });

  it('names the Riegel model when it is used', () => {
    const riegel: Athlete = (() => {
      const r = loadAthlete('name: R\nfitness:\n  race: { distance: mile, time: "6:00" }\n  model: riegel\n');
      if (!r.athlete) throw new Error('riegel athlete did not load');
      return r.athlete;
    })();
    const out = formatPaceTable(riegel);
    expect(out).toContain('Riegel, exponent 1.06');
    // 360 · (5000/1609.344)^1.06 = 1197.2 s.
    expect(row(out, '5K')[0]).toContain(' 19:57 ');
    expect(row(out, '5K')[0]).toMatch(/Riegel$/);
  });
});
