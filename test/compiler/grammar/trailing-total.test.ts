/**
 * The day's total written after the session ("6 x 400m w/ 200m jog, total 30 min", "(10 km total)",
 * "Repeat 3x (Total exercise time – 21min)"): the session runs inside it, with easy running around it where
 * the work leaves room, and where the work already fills it the total only restates the work. Before, a
 * trailing total was read as one more easy run, or as a race's pace ("10 km" in brackets), or refused.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, errors, reads } from '../../helpers/reading.js';

const warnings = (text: string) => compileSession(text, athlete).diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message);
const notes = (text: string) => compileSession(text, athlete).notes.join(' ');

describe('a total written after the session', () => {
  it('is the day, not one more run: easy running fills what the work leaves', () => {
    expect(reads('6 x 400m w/ 200m jog, total 30 min', 'run 4:40 @E | 6x+(run 400m | rec 200m jog) | run 4:35 @E')).toEqual([]);
    expect(reads('5 x 1 km w/ 2 min jog (10 km total)', 'run 1700m @E | 5x+(run 1000m | rec 2:00 jog) | run 1710m @E')).toEqual([]);
    expect(reads('5 x 1 km w/ 2 min jog (total 10 km)', 'run 1700m @E | 5x+(run 1000m | rec 2:00 jog) | run 1710m @E')).toEqual([]);
  });

  it('"(10 km total)" is no 10K pace for the reps', () => {
    const steps = JSON.stringify(compileSession('5 x 1 km w/ 2 min jog (10 km total)', athlete).steps);
    expect(steps).not.toContain('"name":"10K"');
  });

  it('words between "total" and its figure say what is totalled', () => {
    expect(reads('Walk 6 min, Jog 1 min – Repeat 3x (Total exercise time – 21min)', '3x(rest 6:00 walk | run 1:00 @E)')).toEqual([]);
    expect(reads('Walk 3 min, Jog 4 min - Repeat 4x (Total exercise time - 28min)', '4x(rest 3:00 walk | run 4:00 @E)')).toEqual([]);
  });

  it('where the work fills the total, the total restates it: read as written, with the usual warm-up and cool-down', () => {
    expect(reads('5 x 1 km (5 km total)', 'wu 15:00 | 5x(run 1000m | rec open) | cd 10:00')).toEqual([]);
    expect(notes('5 x 1 km (5 km total)')).toContain('total written is the session');
    // The total may count the work alone, without the rests between.
    expect(reads('4 x (200m @ mile, 400m @ 5k [3min rest]). Total 2400m', 'wu 15:00 | 4x(run 200m @Mile | run 400m @5K | rest 3:00) | cd 10:00')).toEqual([]);
    expect(warnings('4 x (200m @ mile, 400m @ 5k [3min rest]). Total 2400m')).toEqual([]);
  });

  it('a total well short of the work is said, and the session is run as written', () => {
    expect(reads('6 x 800m w/ 400m jog (total 30 min)', 'wu 15:00 | 6x(run 800m | rec 400m jog) | cd 10:00')).toEqual([]);
    expect(warnings('6 x 800m w/ 400m jog (total 30 min)').join(' ')).toMatch(/more than the 30 min total written/);
  });

  it('easy running at both ends of a session its total restates is its own warm-up and cool-down', () => {
    const text = 'Advanced Run\n\n    2 Miles EZ\n    2 Miles (Target: Half Marathon + 20 sec/mile)\n    1 Mile (Target: Half Marathon + 10 sec/mile)\n    2 Miles EZ\n\n    Total: 7 miles';
    expect(reads(text, 'run 2mi @E | run 2mi @HM+20s | run 1mi @HM+10s | run 2mi @E')).toEqual([]);
  });

  it('a total after alternatives could belong to either: not taken off', () => {
    expect(errors(compileSession('6 x 400m or 4 x 800m, total 30 min', athlete)).length).toBeGreaterThan(0);
  });

  it('a bare length in brackets after a count is no total: a pair that does not make it is still refused', () => {
    expect(errors(compileSession('2-min jog / 2-min walk × 6 (25 min)', athlete))).toEqual(["unexpected '('"]);
  });
});
