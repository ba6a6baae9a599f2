/**
 * Treadmill settings: a belt speed, or a range of speeds, is the pace it runs at,
 * with the speed in the step's notes; an incline, however written, is a note.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, flat, reads } from '../../helpers/reading.js';

describe('belt speeds', () => {
  it('a range of speeds is a band of paces, the faster speed the faster end', () => {
    expect(reads('Sprint for 1 minute at 7.5 to 8.0 mph', 'wu 15:00 | run 1:00 @7:30-8:00/mi | cd 10:00')).toEqual([]);
    expect(reads('1.5 mile warm up between 7.5 and 8.0 mph', 'wu 1.5mi @7:30-8:00/mi')).toEqual([]);
    expect(reads('30 sec @ 15-16 km/h', 'wu 15:00 | run 0:30 @3:45-4:00/km | cd 10:00')).toEqual([]);
  });

  it('keeps the speed as written in the step\'s notes, and says how it was read', () => {
    const w = compileSession('4 min @ 13.5 km/h', athlete);
    const step = flat(w.steps).find((s) => s.intensity === 'active')!;
    expect(step.notes).toEqual(['13.5 km/h']);
    expect(w.notes).toContain('read 13.5 km/h as a pace of 4:27/km');
  });

  it('a range written high to low is no range of speeds', () => {
    const w = compileSession('1 minute at 8.0 to 7.5 mph', athlete);
    expect(w.notes.some((n) => n.includes('as a pace of'))).toBe(false);
  });
});

describe('inclines', () => {
  it('"at 1.5 percent incline" and "incline to 2%" are notes, with the words that led to them', () => {
    expect(reads('10 mins easy at 1.5 percent incline', 'run 10:00 @E')).toEqual([]);
    const w = compileSession('20 min easy, incline to 2%', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.some((n) => n.startsWith('treadmill incline 2%'))).toBe(true);
  });
});
