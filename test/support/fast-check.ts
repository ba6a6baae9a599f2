/**
 * Vitest setupFiles: every fast-check property in this file runs with the
 * run's seed (chosen and printed by `fuzz-seed.ts`); a failure reports that
 * seed and the counterexample's path.
 */
import fc from 'fast-check';
import { inject } from 'vitest';

fc.configureGlobal({ seed: inject('fuzzSeed') });
