/**
 * How a recovery is run stays with it when its length is open or written as time
 * spent: "with a recovery jog between each interval" is jogged until the lap
 * button, and the watch's label says so; "2 minutes of easy jogging in between"
 * is a 2-minute jog, not a 2-minute easy run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../../src/compiler/index.js';
import type { Node, Step } from '../../../src/ir/workout.js';

const athlete = loadAthlete(readFileSync(new URL('../../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const recovery = (text: string): Step => {
  const w = compileSession(text, athlete);
  expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const rep = w.steps.find((n): n is Extract<Node, { type: 'repeat' }> => n.type === 'repeat')!;
  return rep.children.find((c): c is Step => c.type === 'step' && c.intensity !== 'active')!;
};

describe('an open recovery says how it is run', () => {
  it('jogged or walked until the lap button', () => {
    for (const text of ['The workout is typically performed as 10 x 800m repeats, with a recovery jog between each interval.', '5 x 6 minutes with short jog recoveries', '8 x 400m with recovery jogs in between']) {
      const r = recovery(text);
      expect(r.duration).toEqual({ kind: 'open' });
      expect(r.label).toBe('recovery jog');
    }
    expect(recovery('6 x 200m with walk recovery').label).toBe('recovery walk');
  });

  it('stays a full recovery where no mode is written', () => {
    expect(recovery('4 x 400 @ Mile w/ full recovery').label).toBe('full recovery');
    expect(recovery('6 x 300 with full rest').label).toBe('full recovery');
  });
});

describe('time spent jogging between reps', () => {
  it('is the recovery, run as a jog', () => {
    const r = recovery('6-8 x 1K at 10K race effort, with 2 minutes of easy jogging in between');
    expect(r.duration).toEqual({ kind: 'time', seconds: 120 });
    expect(r.label).toMatch(/\bjog\b/);
    expect(recovery('4 x 3 min with 2 minutes of walking between').intensity).toBe('rest');
  });

  it('still runs the jogging of a run/walk programme', () => {
    const w = compileSession('Alternate 3 minutes of walking with 2 minutes of jogging', athlete);
    expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.stringify(w.steps)).not.toMatch(/recovery jog/);
  });

  it('reads a French recovery "trottée" as jogged', () => {
    expect(recovery('- Seuil : 3 × 8′ à l’allure 10 km (récup 2′ trottée).').label).toMatch(/\bjog\b/);
  });
});
