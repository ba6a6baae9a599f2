/**
 * A count range run once ("1-2 x 20 minutes (3-6 minute recovery jog)"): the recovery was written
 * between reps, so one rep has none after it; a count of one written keeps the recovery it asks for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import { show } from '../../corpus/expect.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const reads = (text: string) => show([compileSession(text, athlete)]);

describe('one rep chosen from a count range', () => {
  it('runs no recovery between reps after it, and says so', () => {
    expect(reads('1-2 x 20 minutes (3-6 minute recovery jog)')).toBe('wu 15:00 | run 20:00 | cd 10:00');
    expect(reads('1-3 x 1 mile @ T w/ 2 min jog')).toBe('wu 15:00 | run 1mi @T | cd 10:00');
    expect(compileSession('1-2 x 20 minutes (3-6 minute recovery jog)', athlete).notes.join('\n')).toMatch(/no recovery between reps/);
  });

  it('keeps the recovery of a count of one written, and the recovery of more reps', () => {
    expect(reads('1 x 20 minutes (3 minute recovery jog)')).toBe('wu 15:00 | run 20:00 | rec 3:00 jog | cd 10:00');
    expect(reads('2-3 x 1 mile @ T w/ 2 min jog')).toBe('wu 15:00 | 2x(run 1mi @T | rec 2:00 jog) | cd 10:00');
  });
});
