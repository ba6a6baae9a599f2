/**
 * A plan repeats its sessions; each repeat is resolved once per athlete and
 * shared. Guards that sharing: every cell keeps its own id, slot, title, notes
 * and diagnostic positions, nothing of one athlete leaks into another's plan,
 * and no consumer can change one cell's steps under another.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileSession, loadPlan, makeAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';

const LADDER = '500m, 400m @ Mile w/ previous distance jog recovery';
const CONTRADICTED = `${LADDER} (i.e. 500m @ Mile, 400m recovery)`;
const UNRESOLVABLE = '40 min run w/ 50 min @ HM';

const PLAN = `name: Repeats
weeks:
  - mon: "${CONTRADICTED}"
    tue: "6 x 400m @ 5K w/ 400m jog"
    wed: "${UNRESOLVABLE}"
  - mon: "${CONTRADICTED}"
    tue:
      text: "6 x 400m @ 5K w/ 400m jog"
      title: Track night
      notes: Bring spikes.
    wed: "${UNRESOLVABLE}"
`;

const fast = makeAthlete({ name: 'Fast', fitness: { race: { distance: 'mile', time: '5:00' } } });
const slow = makeAthlete({ name: 'Slow', fitness: { race: { distance: 'mile', time: '7:00' } } });

function compiled(athlete: typeof fast) {
  const loaded = loadPlan(PLAN);
  if (!loaded.plan) throw new Error(JSON.stringify(loaded.diagnostics));
  return compilePlan(loaded.plan, athlete, { start: '2026-01-05' });
}

const byId = (sessions: Workout[], id: string) => sessions.find((s) => s.id === id)!;

/** The first step's pace band, wherever it is nested. */
function firstSpeed(w: Workout): unknown {
  const walk = (nodes: Workout['steps']): unknown => {
    for (const n of nodes) {
      if (n.type === 'repeat') {
        const found = walk(n.children);
        if (found) return found;
      } else if (n.target.kind === 'pace') return n.target;
    }
    return undefined;
  };
  return walk(w.steps);
}

describe('sessions a plan repeats', () => {
  it('keep their own id, slot, date, title and coach notes, and share equal steps', () => {
    const { sessions } = compiled(fast);
    const first = byId(sessions, 'w1-tue-0');
    const again = byId(sessions, 'w2-tue-0');
    expect([first.date, again.date]).toEqual(['2026-01-06', '2026-01-13']);
    expect(again.slot).toEqual({ week: 2, day: 'tue', index: 0 });
    expect(again.title).toBe('Track night');
    expect(again.coachNotes).toBe('Bring spikes.');
    expect(first.title).not.toBe('Track night');
    expect(first.coachNotes).toBeUndefined();
    expect(again.steps).toEqual(first.steps);
    // Shared, so frozen: a writer that changed them would change both sessions.
    expect(Object.isFrozen(first.steps)).toBe(true);
    expect(() => (first.steps as unknown[]).push(null)).toThrow(TypeError);
  });

  it('share steps within one compile of the plan, never across compiles', () => {
    const loaded = loadPlan(PLAN);
    const once = compilePlan(loaded.plan!, fast, { start: '2026-01-05' });
    const twice = compilePlan(loaded.plan!, fast, { start: '2026-01-05' });
    const first = byId(twice.sessions, 'w1-tue-0');
    expect(byId(twice.sessions, 'w2-tue-0').steps).toBe(first.steps);
    // The same athlete on the same plan again is a new compile: resolved anew, equal but not shared.
    expect(first.steps).toEqual(byId(once.sessions, 'w1-tue-0').steps);
    expect(first.steps).not.toBe(byId(once.sessions, 'w1-tue-0').steps);
  });

  it('point their warnings and errors at their own lines', () => {
    const { sessions } = compiled(fast);
    const lineOf = (text: string, nth: number) => PLAN.split('\n').map((l, i) => (l.includes(text) ? i + 1 : 0)).filter(Boolean)[nth];
    for (const [week, nth] of [[1, 0], [2, 1]] as const) {
      const warned = byId(sessions, `w${week}-mon-0`);
      expect(warned.diagnostics.map((d) => [d.severity, d.line])).toEqual([['warning', lineOf('(i.e.', nth)]]);
      const failed = byId(sessions, `w${week}-wed-0`);
      expect(failed.diagnostics.map((d) => [d.severity, d.line])).toEqual([['error', lineOf(UNRESOLVABLE, nth)]]);
      // Kept as written: one open step carrying the coach's text, not steps made up from it.
      expect(failed.asWritten).toBe(true);
      expect(failed.steps.map((s) => (s.type === 'step' ? [s.duration.kind, s.label] : []))).toEqual([['open', UNRESOLVABLE]]);
    }
  });

  it('are resolved with each athlete’s own paces, in any order of athletes', () => {
    const fastAlone = firstSpeed(compileSession('6 x 400m @ 5K w/ 400m jog', fast));
    const slowAlone = firstSpeed(compileSession('6 x 400m @ 5K w/ 400m jog', slow));
    expect(fastAlone).not.toEqual(slowAlone);
    for (const athlete of [fast, slow, fast]) {
      const expected = athlete === fast ? fastAlone : slowAlone;
      const { sessions } = compiled(athlete);
      expect(firstSpeed(byId(sessions, 'w1-tue-0'))).toEqual(expected);
      expect(firstSpeed(byId(sessions, 'w2-tue-0'))).toEqual(expected);
    }
  });
});
