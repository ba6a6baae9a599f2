/**
 * The intervals writer over real compiler output: every session of the
 * shipped templates (for a miler and a km runner) and every session of the
 * coach-text corpus is written, read back with the grammar reader, and
 * compared with its IR step by step.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Athlete } from '../../src/athlete/athlete.js';
import { compilePlan, compileSession, loadAthlete, loadPlan } from '../../src/compiler/index.js';
import { hasErrors } from '../../src/ir/diagnostic.js';
import type { Workout } from '../../src/ir/workout.js';
import { intervalsText } from '../../src/writers/intervals.js';
import { ALL_SESSIONS } from '../../fixtures/tcx/sessions.js';
import { intervalsDiffs, irRunOrder } from '../helpers/intervals-compare.js';
import { readIntervals, runOrder } from '../helpers/intervals-reader.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

function athlete(path: string): Athlete {
  const { athlete: a, diagnostics } = loadAthlete(read(path), path);
  if (!a) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return a;
}

const ATHLETES = { miler: athlete('fixtures/athletes/reference.yaml'), kmRunner: athlete('fixtures/athletes/km-runner.yaml') };

function expectFaithful(w: Workout, units: 'mi' | 'km'): void {
  const text = intervalsText(w, units);
  expect(intervalsDiffs(w, text, units), `${w.id} ${w.title}\n${text}`).toEqual([]);
}

describe('every template session reads back as its IR', () => {
  for (const template of ['mile-8-week', 'mile-workouts']) {
    for (const [who, a] of Object.entries(ATHLETES)) {
      it(`${template} for the ${who}`, () => {
        const { plan } = loadPlan(read(`templates/${template}.yaml`), `${template}.yaml`);
        const compiled = compilePlan(plan!, a, { start: '2026-11-30' });
        expect(compiled.sessions.length).toBeGreaterThan(30);
        for (const w of compiled.sessions) {
          expectFaithful(w, a.profile.units);
          for (const alt of w.alternatives) expectFaithful(alt, a.profile.units);
        }
      });
    }
  }
});

describe('the coach-text corpus', () => {
  const sessions = read('fixtures/corpus/sessions.tsv')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[1]?.trim())
    .filter((t): t is string => !!t);

  it('every session that compiles reads back as its IR', () => {
    let written = 0;
    for (const text of sessions) {
      const w = compileSession(text, ATHLETES.miler);
      if (hasErrors(w.diagnostics)) continue;
      expectFaithful(w, 'mi');
      written++;
    }
    // The test must have read a real share of the corpus back (the rest does not compile yet).
    expect(written).toBeGreaterThanOrEqual(20);
  });
});

describe('hand-built sessions: nested sets, open steps, efforts, hostile text', () => {
  for (const [name, w] of Object.entries(ALL_SESSIONS)) {
    it(name, () => {
      expectFaithful(w, 'mi');
      expectFaithful(w, 'km');
    });
  }

  it('writes sets inside a repeat out one by one, the last set without its rest or last jog', () => {
    const text = intervalsText(ALL_SESSIONS.nested!, 'mi');
    const readBack = readIntervals(text);
    const blocks = readBack.nodes.filter((n) => n.type === 'repeat');
    // 2 sets of 4 × (200 m, jog), no recovery after the last rep of either: 3 × (200, jog) + 200 in each set.
    expect(blocks.map((b) => b.count)).toEqual([3, 3]);
    expect(runOrder(readBack.nodes).length).toBe(irRunOrder(ALL_SESSIONS.nested!.steps).length);
    expect(text).toContain('Set 1 of 2');
    expect(text).toContain('the 2 sets are written out one after another');
  });
});
