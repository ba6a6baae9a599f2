/**
 * Documents the YAML library cannot or should not build: an alias bomb, and
 * nesting deeper than any plan or profile. Each is a positioned diagnostic
 * (a 422 from the service, a line from the command line), never an exception.
 */
import { describe, expect, it } from 'vitest';
import { loadAthlete, loadPlan } from '../../src/compiler/index.js';
import { MAX_PROFILE_CHARS } from '../../src/athlete/load.js';
import { MAX_YAML_DEPTH } from '../../src/plan/yaml-doc.js';
import { ALIAS_BOMB, DEEP_YAML } from '../support/hostile.js';

const loaders = { plan: loadPlan, profile: loadAthlete } as const;

describe.each(Object.entries(loaders))('a %s document', (_name, load) => {
  it('with an alias bomb is refused at its first alias, not thrown (it was a 500 on create, PATCH and the public compile)', () => {
    const started = performance.now();
    const { diagnostics } = load(ALIAS_BOMB, 'doc.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.severity).toBe('error');
    expect(d.message).toMatch(/cannot be read: Excessive alias count/);
    expect({ line: d.line, column: d.column, file: d.file }).toEqual({ line: 2, column: 8, file: 'doc.yaml' });
    expect(d.sourceLine).toBe(ALIAS_BOMB.split('\n')[1]);
  });

  it('nested deeper than a document needs is refused before the YAML library reads it (its stack overflowed, and V8 could abort)', () => {
    const flow = load(DEEP_YAML, 'doc.yaml').diagnostics;
    expect(flow.map((d) => d.message)).toEqual([`the document nests more than ${MAX_YAML_DEPTH} levels deep`]);
    // The document itself is the first level: the 64th bracket is one too many.
    expect(flow[0]).toMatchObject({ line: 1, column: MAX_YAML_DEPTH });
    const block = Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    const blockLoad = () => load(block, 'doc.yaml');
    expect(blockLoad).not.toThrow();
    expect(blockLoad().diagnostics[0]?.message).toMatch(/nests more than/);
    const dashes = `${'- '.repeat(5000)}1`;
    expect(load(dashes, 'doc.yaml').diagnostics[0]?.message).toMatch(/nests more than/);
  });
});

describe('documents as deep as real ones', () => {
  it('are read as before: nesting within the limit, brackets and colons in session texts', () => {
    const plan = [
      'name: Deep enough',
      'weeks:',
      '  - mon:',
      '      - text: "2 x (4 x 200m @ Mile w/ 200m jog) [i.e. 2 sets: fast]"',
      '        notes: "Run: relaxed - then {fast}"',
      '      - 30 min easy',
      '',
    ].join('\n');
    const { plan: loaded, diagnostics } = loadPlan(plan, 'plan.yaml');
    expect(diagnostics).toEqual([]);
    expect(loaded?.cells.map((c) => c.text)).toEqual(['2 x (4 x 200m @ Mile w/ 200m jog) [i.e. 2 sets: fast]', '30 min easy']);
  });
});

describe('a profile', () => {
  it('longer than a profile can be is refused by its length', () => {
    const text = `name: A\n# ${'x'.repeat(MAX_PROFILE_CHARS)}\nfitness: { race: { distance: mile, time: "6:00" } }\n`;
    const { athlete, diagnostics } = loadAthlete(text, 'a.yaml');
    expect(athlete).toBeUndefined();
    expect(diagnostics[0]?.message).toMatch(/the profile is [\d,]+ characters long; at most 65,536/);
  });
});
