/**
 * Vitest globalSetup: the one seed every fast-check property of the run uses,
 * printed at the start of the run so a CI log says how to replay it:
 * `RUNCAST_FUZZ_SEED=<seed> npm test`. Unset, the seed is fixed, so a run sees
 * the inputs the run before it saw and a change goes red only for what it
 * changed; `RUNCAST_FUZZ_SEED=random` explores new inputs. A counterexample
 * found is kept as a named case next to its property, so it never again
 * depends on a seed.
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The fast-check seed of this run (`test/support/fast-check.ts` applies it). */
    fuzzSeed: number;
  }
}

export const DEFAULT_FUZZ_SEED = 20_261_202;

export function chooseSeed(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_FUZZ_SEED;
  if (value === 'random') return (Math.random() * 2 ** 31) | 0;
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw new Error(`RUNCAST_FUZZ_SEED must be a whole number or random, not '${value}'`);
  return Number(value);
}

export default function setup(project: TestProject): void {
  const seed = chooseSeed(process.env.RUNCAST_FUZZ_SEED);
  project.provide('fuzzSeed', seed);
  process.stdout.write(`fast-check: every property runs with seed ${seed} (replay: RUNCAST_FUZZ_SEED=${seed} npm test)\n`);
}
