/** The repository's files and the reference athlete (6:00 mile), as the writer tests over compiled shorthand use them. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Athlete } from '../../src/athlete/athlete.js';
import { loadAthlete } from '../../src/compiler/index.js';
import type { CompiledPlan, Workout } from '../../src/ir/workout.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A file of the repository, by its path from the root. */
export const readRepo = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

let reference: Athlete | undefined;

export function referenceAthlete(): Athlete {
  if (reference) return reference;
  const { athlete, diagnostics } = loadAthlete(readRepo('fixtures/athletes/reference.yaml'), 'reference.yaml');
  if (!athlete) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return (reference = athlete);
}

/** A lone session as the plan the writers expect: one week, no start date. */
export function lonePlan(w: Workout, athlete: Athlete = referenceAthlete()): CompiledPlan {
  const { name, timezone, units } = athlete.profile;
  return { name: 'one session', athlete: { name, timezone, units }, weeks: 1, sessions: [w], diagnostics: [] };
}
