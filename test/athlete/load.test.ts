import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAthlete, makeAthlete } from '../../src/athlete/load.js';
import { formatDiagnostic } from '../../src/ir/diagnostic.js';

const MILE = 1609.344;
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/athletes/${name}.yaml`, import.meta.url), 'utf8');

describe('loadAthlete', () => {
  it('loads the reference athlete', () => {
    const { athlete, diagnostics } = loadAthlete(fixture('reference'), 'reference.yaml');
    expect(diagnostics).toEqual([]);
    expect(athlete?.profile).toMatchObject({ name: 'Jordan Miles', timezone: 'America/Chicago', units: 'mi' });
    expect(athlete?.paces.vdot).toBeCloseTo(48.4, 1);
    expect(athlete?.paces.goal?.distance).toBe('Mile');
    expect(athlete?.paces.paces.Mile.speed).toBeCloseTo(MILE / 345, 12);
  });

  it('loads the km runner', () => {
    const { athlete, diagnostics } = loadAthlete(fixture('km-runner'));
    expect(diagnostics).toEqual([]);
    expect(athlete?.profile).toMatchObject({ timezone: 'Europe/Berlin', units: 'km' });
    expect(athlete?.paces.equivalents['5K']).toBe(1500);
    expect(athlete?.paces.goal).toBeUndefined();
  });

  it('loads explicit paces from the profile', () => {
    const { athlete, diagnostics } = loadAthlete(fixture('explicit-paces'));
    expect(diagnostics).toEqual([]);
    expect(athlete?.paces.paces.E).toMatchObject({ source: 'profile' });
    expect(athlete?.paces.paces.E.low).toBeCloseTo(MILE / 550, 12);
    expect(athlete?.paces.paces.T.speed).toBeCloseTo(MILE / 415, 12);
    expect(athlete?.paces.paces.I.source).toBe('vdot');
  });

  it('reads JSON as well as YAML', () => {
    const json = JSON.stringify({ name: 'J', fitness: { race: { distance: 3000, time: '10:30' } } });
    const { athlete, diagnostics } = loadAthlete(json);
    expect(diagnostics).toEqual([]);
    expect(athlete?.paces.equivalents['3K']).toBe(630);
    expect(athlete?.profile.timezone).toBe('UTC');
  });

  it('points an unknown race distance at its line, with the valid names as a hint', () => {
    const text = ['name: Jordan', 'units: mi', 'fitness:', '  race:', '    distance: marathonn', '    time: "3:10:00"', ''].join('\n');
    const { athlete, diagnostics } = loadAthlete(text, 'a.yaml');
    expect(athlete).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d).toMatchObject({ severity: 'error', line: 5, column: 15, length: 9, file: 'a.yaml' });
    expect(d.message).toContain('fitness.race.distance');
    expect(d.message).toContain('marathonn');
    expect(d.hint).toMatch(/mile.*5K.*HM.*marathon/);
    expect(formatDiagnostic(d)).toContain('a.yaml:5:15: error');
  });

  it('points a bad time in a flow mapping at its line and column', () => {
    const text = ['name: Jordan', 'fitness:', '  race: { distance: mile, time: "6:75" }', ''].join('\n');
    const { diagnostics } = loadAthlete(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 33, length: 6 });
    expect(diagnostics[0]?.message).toContain('fitness.race.time');
  });

  it('reports a time that is not a time through the schema, on its line', () => {
    const text = ['name: Jordan', 'fitness:', '  race: { distance: mile, time: "six minutes" }', ''].join('\n');
    const { diagnostics } = loadAthlete(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.line).toBe(3);
    expect(diagnostics[0]?.message).toContain('fitness.race.time');
  });

  it('reports an unknown time zone on its line', () => {
    const text = ['name: Jordan', 'timezone: America/Chicagoo', 'fitness:', '  race: { distance: mile, time: "6:00" }', ''].join('\n');
    const { athlete, diagnostics } = loadAthlete(text);
    expect(athlete).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 2, severity: 'error' });
    expect(diagnostics[0]?.message).toContain('timezone');
  });

  it('reports a YAML syntax error on its line', () => {
    const text = ['name: Jordan', 'fitness:', '  race: { distance: mile, time: "6:00"', 'units: mi', ''].join('\n');
    const { athlete, diagnostics } = loadAthlete(text);
    expect(athlete).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
    expect(diagnostics[0]?.line).toBeLessThanOrEqual(4);
  });

  it('reports unknown pace names and bad goal distances, each on its own line', () => {
    const text = [
      'name: Jordan',
      'fitness:',
      '  race: { distance: 5K, time: "20:00" }',
      '  goal: { distance: 5 furlongs, time: "19:00" }',
      'paces:',
      '  E: "8:30-9:20/mi"',
      '  tempo: "6:55/mi"',
      '',
    ].join('\n');
    const { athlete, diagnostics } = loadAthlete(text);
    expect(athlete).toBeUndefined();
    expect(diagnostics.map((d) => [d.line, d.message.split(':')[0]])).toEqual([
      [4, 'fitness.goal.distance'],
      [7, 'paces.tempo'],
    ]);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '[1, 2', 'name: 3', '{"name": "x", "fitness": {"race": {"distance": -3, "time": "6:00"}}}', '\u0000']) {
      const r = loadAthlete(text);
      expect(r.athlete).toBeUndefined();
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('makeAthlete', () => {
  it('builds an athlete from an object', () => {
    const athlete = makeAthlete({ name: 'J', fitness: { race: { distance: 'mile', time: '6:00' } } });
    expect(athlete.profile.units).toBe('mi');
    expect(athlete.paces.vdot).toBeCloseTo(48.4, 1);
  });

  it('throws an Error naming the path for schema problems and semantic ones', () => {
    expect(() => makeAthlete({ name: 'J', timezone: 'Mars/Olympus', fitness: { race: { distance: 'mile', time: '6:00' } } })).toThrow(
      /timezone/,
    );
    expect(() => makeAthlete({ name: 'J', fitness: { race: { distance: 'parsec', time: '6:00' } } })).toThrow(
      /fitness\.race\.distance: unknown race distance "parsec"/,
    );
  });
});
