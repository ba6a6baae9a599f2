/**
 * Golden `.workout` files: every running session of the 8-week mile plan for
 * the reference athlete, dated from 2026-11-30, compared byte for byte with
 * fixtures/workoutkit/golden/.
 *
 * After a deliberate change to the output, regenerate them with
 *   UPDATE_GOLDEN=1 npx vitest run test/writers/workoutkit-golden
 * and review the decoded difference before committing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadPlan } from '../../src/compiler/index.js';
import '../../src/writers/workoutkit.js';
import { getWriter } from '../../src/writers/registry.js';
import { readRepo, referenceAthlete } from '../helpers/reference.js';
import { workoutKitDiffs } from '../helpers/workoutkit-compare.js';

const dir = fileURLToPath(new URL('../../fixtures/workoutkit/golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';

describe('WorkoutKit golden files: the 8-week mile plan', () => {
  const { plan } = loadPlan(readRepo('templates/mile-8-week.yaml'), 'mile-8-week.yaml');
  const compiled = compilePlan(plan!, referenceAthlete(), { start: '2026-11-30' });
  const files = getWriter('workoutkit')!.writePlan(compiled, {});
  if (update) mkdirSync(dir, { recursive: true });

  it('has one golden file per running session, and no other', () => {
    const running = compiled.sessions.filter((s) => s.sport === 'running');
    expect(files.map((f) => f.path)).toEqual(running.map((s) => `${s.date}-${s.id}.workout`));
    if (update) return;
    expect(readdirSync(dir).filter((f) => f.endsWith('.workout')).sort()).toEqual(files.map((f) => f.path).sort());
  });

  for (const file of files) {
    it(`${file.path} matches byte for byte, and runs its session`, () => {
      const bytes = file.data as Uint8Array;
      const session = compiled.sessions.find((s) => file.path === `${s.date}-${s.id}.workout`)!;
      expect(workoutKitDiffs(session, bytes)).toEqual([]);
      const golden = `${dir}${file.path}`;
      if (update) writeFileSync(golden, bytes);
      expect(existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx vitest run test/writers/workoutkit-golden`).toBe(true);
      expect(Buffer.from(bytes).equals(readFileSync(golden))).toBe(true);
    });
  }
});
