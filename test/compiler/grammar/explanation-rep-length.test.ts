/**
 * A bracket after one rep given by its distance that holds one length of its own: a time is the
 * time to run the rep in (as a clock in brackets is), an effort with it is kept for the athlete, and
 * the same distance again ("4 laps of track") restates the rep. Never an extra run, never a warning
 * that the session and its explanation disagree.
 */
import { describe, expect, it } from 'vitest';
import { compileSession } from '../../../src/compiler/index.js';
import { athlete, expectReads as reads, flat } from '../../helpers/reading.js';

const problems = (text: string) => compileSession(text, athlete).diagnostics.map((d) => d.message);

describe('a time in brackets after a rep', () => {
  it('"-Run 1,600 meters (7 min) …" (a real track session): each rep is run in its time', () => {
    const text = '-Run 1,600 meters (7 min)\n\n-Rest 3 minutes\n\n-Run 1,200 meters (5.5 min)\n\n-Rest 2 minutes\n\n-Run 800 meters (3.5 min)\n\n-Rest 1 minute\n\n-Run 400 meters (90s hard)';
    const steps = flat(compileSession(text, athlete).steps).filter((s) => s.intensity === 'active');
    expect(steps.map((s) => s.label)).toEqual(['1600 m @ 7:00 per 1600m', '1200 m @ 5:30 per 1200m', '800 m @ 3:30 per 800m', '400 m @ 1:30 per 400m']);
    expect(steps[3]!.notes).toContain('hard');
    expect(problems(text).filter((m) => m.includes('explanation'))).toEqual([]);
  });

  it('under "WOD For time:" each rep is raced and its time in brackets is the coach\'s guide, kept with it, never a disagreeing explanation', () => {
    const text = 'WOD For time:\n\n-Run 1,600 meters (7 min)\n\n-Rest 3 minutes\n\n-Run 1,200 meters (5.5 min)\n\n-Rest 2 minutes\n\n-Run 800 meters (3.5 min)\n\n-Rest 1 minute\n\n-Run 400 meters (90s hard)';
    const steps = flat(compileSession(text, athlete).steps).filter((s) => s.intensity === 'active');
    expect(steps.map((s) => s.target.kind)).toEqual(['effort', 'effort', 'effort', 'effort']);
    expect(steps[0]!.notes.join(' ')).toContain('7 min');
    expect(problems(text).filter((m) => m.includes('explanation'))).toEqual([]);
  });

  it('reads "(3 min)" as "(3:00)" is read', () => {
    const a = flat(compileSession('800m Run (3 min), 2 min rest, 800m Run (3 min)', athlete).steps);
    const b = flat(compileSession('800m Run (3:00), 2 min rest, 800m Run (3:00)', athlete).steps);
    expect(a.map((s) => s.target)).toEqual(b.map((s) => s.target));
  });

  it('a clock after a run said easy stays its pace', () => {
    reads('Long run 7 miles EASY (7:45 or so)', 'run 7mi @7:45/mi');
  });

  it('a time no runner runs the rep in is refused, as a clock is', () => {
    expect(problems('400m (30 sec), 2 min rest, 400m').length).toBeGreaterThan(0);
  });
});

describe('the same distance in brackets', () => {
  it('"1600m Run (4 laps of track)" restates the rep, with no warning', () => {
    expect(problems('1600m Run (4 laps of track)\n3 min Rest\n1200m Run (3 laps)')).toEqual([]);
  });

  it('a different distance is still an explanation that disagrees', () => {
    expect(problems('1600m Run (3 laps)').some((m) => m.includes('explanation'))).toBe(true);
  });
});
