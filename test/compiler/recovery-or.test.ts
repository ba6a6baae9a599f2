/**
 * "with 400m or 3-min jog recoveries": a second length for the same recovery (a recovery word
 * follows it) is noted, and the first is run — the session is not split at "or" into a stray
 * recovery of its own. "or" before anything else still opens another session.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import { show } from '../corpus/expect.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const reads = (text: string) => show([compileSession(text, athlete)]);

describe('a recovery given two lengths', () => {
  it('runs the first and notes the other (a 10K plan\'s "400m or 3-min jog recoveries")', () => {
    expect(reads('2M easy, then 4 x 400m, with 400m or 3-min jog recoveries, then 2M easy')).toBe('run 2mi @E | 4x+(run 400m | rec 400m jog) | run 2mi @E');
    expect(reads('2M easy, then 8 x 400m or 70-80 secs, with 400m or 3-min recoveries, then 2M easy')).toBe('run 2mi @E | 8x+(run 400m | rec 400m recovery) | run 2mi @E');
    expect(compileSession('6 x 400m w/ 200m jog or 3 min jog', athlete).notes.join('\n')).toMatch(/or 3 min recovery allowed/);
  });

  it('still reads "or" before other work as another session', () => {
    expect(reads('6 x 400m w/ 200m jog or 400m @ 5K')).toBe('wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00 OR wu 15:00 | run 400m @5K | cd 10:00');
    expect(reads('6 x 400m w/ 200m jog or 8 x 200m')).toBe('wu 15:00 | 6x(run 400m | rec 200m jog) | cd 10:00 OR wu 15:00 | 8x(run 200m | rec open) | cd 10:00');
  });
});

describe('a recovery given two lengths in its own bracket', () => {
  it('runs the first and warns of the other at its span (a Japanese blog\'s "(インターバル:200m or 400m)")', () => {
    const text = '1000m x 5 - 7本 (インターバル:200m or 400m)';
    expect(reads(text)).toBe('wu 15:00 | 5x(run 1000m | rec 200m jog) | cd 10:00');
    const w = compileSession(text, athlete);
    expect(w.notes.join('\n')).toMatch(/or 400m recovery allowed/);
    const warned = w.diagnostics.filter((d) => /an option the coach offers/.test(d.message)).map((d) => text.slice(d.offset, d.offset + d.length));
    expect(warned).toEqual(['400m']);
  });
});
