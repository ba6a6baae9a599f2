/**
 * A run as long as a long run at a pace written as a figure is the author's steady pace, run from
 * the start: no warm-up or cool-down is added around it. A shorter run at a figure, or a long run at
 * a faster named pace, is still work the plan warms up for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import { show } from '../corpus/expect.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const reads = (text: string) => show([compileSession(text, athlete)]);

describe('a long run at a figure pace', () => {
  it('is run on its own, whatever the athlete\'s marathon pace', () => {
    expect(reads('Thursday: 8 miles @ 7:10')).toBe('run 8mi @7:10/mi');
    expect(reads('12 km @ 4:00/km')).toBe('run 12km @4:00/km');
  });

  it('leaves shorter runs at a figure and long runs at a faster named pace warmed up for', () => {
    expect(reads("4k's @ 4:13 mins/km")).toBe('wu 15:00 | run 4km @4:13/km | cd 10:00');
    expect(reads('1 mile easy, 5 miles @ 6:00')).toBe('run 1mi @E | run 5mi @6:00/mi | cd 10:00');
    expect(reads('10 miles @ T')).toBe('wu 15:00 | run 10mi @T | cd 10:00');
  });
});
