/**
 * A group whose parts all have their pace and end slower than they start is a
 * continuous alternation: its slower part is the float, and no recovery follows it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import type { Node } from '../../../src/ir/workout.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const group = (text: string) => {
  const w = compileSession(text, athlete);
  expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const rep = w.steps.find((n): n is Extract<Node, { type: 'repeat' }> => n.type === 'repeat')!;
  return rep.children.map((c) => (c.type === 'step' ? c.intensity : 'repeat'));
};

describe('a group that floats at its end', () => {
  it('adds no recovery after the slower part', () => {
    expect(group('6 × (1200m at 90–92% 5k, 400m at 80% 5k)')).toEqual(['active', 'active']);
    expect(group('9 × (1 km at 105% MP, 1 km at 90% MP)')).toEqual(['active', 'active']);
  });

  it('still recovers after a group that ends faster', () => {
    expect(group('3 x (1 mile @ T, 800m @ I)')).toEqual(['active', 'active', 'recovery']);
    expect(group('3 x (800m @ M, 800m @ 5K)')).toEqual(['active', 'active', 'recovery']);
  });
});
