/**
 * A recovery between reps is held to the norms table (src/compiler/dialect/norms.ts): one past the
 * norms and longer than its rep is no recovery, so what read as one ("1E/2M/1E", "4 x 1 mile with
 * 3 mile recovery") is refused where it stands rather than run. Long reps with long jogs, walks,
 * rests between sets and jogs between blocks stand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import type { Node, Workout } from '../../../src/ir/workout.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const flat = (nodes: readonly Node[]): Node[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));

describe('a recovery past the norms', () => {
  it.each([
    ['1E/2M/1E', '2M', /2 mi recovery is longer than its 1 mi @ E rep and than any recovery between reps/],
    ['4 x 1 mile with 3 mile recovery', '3 mile recovery', /3 mi recovery/],
    ['6 x 800 w/ 20 min recovery', '20 min recovery', /at most 15 min/],
  ])('%s is refused at the recovery', (text, spot, message) => {
    const [e, ...more] = errors(compileSession(text, athlete));
    expect(more).toHaveLength(0);
    expect(e?.message).toMatch(message);
    expect(e?.offset).toBe(text.indexOf(spot));
  });

  it('long reps take long jogs: marathon-pace miles, tempo blocks, a 5K with 20 minutes', () => {
    for (const text of ['2 x 6 mi at marathon pace with 2 mi easy between', '2 x 7 km @ MP w/ 3 km easy', '3 mi tempo, 2 mi recovery, 3 mi tempo', '2 x 5K w/ 20 min jog', '2 x 2 mile w/ 3200m jog']) {
      expect(errors(compileSession(text, athlete)), text).toHaveLength(0);
    }
  });

  it('a rest between sets and a jog between blocks are not held to the norms between reps', () => {
    for (const text of ['2 sets of 4 x 400 w/ 200 jog, 20 min between sets', '5 x 1 mi @ T w/ 1 min; 2 mi jog; 4 x 400 @ 5K']) {
      expect(errors(compileSession(text, athlete)), text).toHaveLength(0);
    }
  });

  it('a jog as long as the rep stands: 2 x 20 min w/ equal time jog, 2 x 3 km w/ 3 km jog', () => {
    for (const text of ['2 x 20 min @ T w/ equal time jog', '2 x 20 min @ T w/ 20 min jog', '2 x 3 km @ MP w/ 3 km jog']) {
      const w = compileSession(text, athlete);
      expect(errors(w), text).toHaveLength(0);
      const rec = flat(w.steps).find((n) => n.type === 'step' && n.intensity === 'recovery');
      expect(rec?.type === 'step' && rec.duration, text).toEqual(text.includes('km') ? { kind: 'distance', meters: 3000 } : { kind: 'time', seconds: 1200 });
    }
  });

  it('a walk is no recovery between reps: "Run 1 kilometers, walk 4 kilometers" walks 4 km', () => {
    const w = compileSession('Run 1 kilometers, walk 4 kilometers', athlete);
    expect(errors(w)).toHaveLength(0);
    const walk = flat(w.steps).find((n) => n.type === 'step' && n.intensity === 'rest');
    expect(walk?.type === 'step' && walk.duration).toEqual({ kind: 'distance', meters: 4000 });
  });

  it('a usual recovery is untouched: 6 x 800 w/ 400m jog', () => {
    const w = compileSession('6 x 800 @ 5K w/ 400m jog', athlete);
    expect(errors(w)).toHaveLength(0);
  });
});
