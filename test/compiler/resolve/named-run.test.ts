/**
 * A run named with no length, then its length and nothing else ("Monday: Easy run, 2 miles."):
 * one run of that length at the pace named — not an open-ended easy run before a second run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const reads = (text: string) => show([compileSession(text, athlete)]);

describe('a run named, then its length', () => {
  it('is one run of that length, at the pace the name gives', () => {
    expect(reads('Monday: Easy run, 2 miles.')).toBe('run 2mi @E');
    expect(reads('Run, 2 miles')).toBe('run 2mi @E');
    expect(reads('Tempo run\n3 miles')).toBe('run 3mi @T');
  });

  it('leaves two runs that each say their own pace, and work after the name, as written', () => {
    expect(reads('Easy run, 3 miles steady')).toBe('run open @E | run 3mi ~steady');
    expect(reads('Easy run, 4 x 400m')).toBe('run open @E | 4x(run 400m | rec open) | cd 10:00');
  });
});
