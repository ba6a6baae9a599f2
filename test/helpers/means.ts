/** Checking what a text reads as against a meaning in the corpus notation, as the blind samples are judged. */
import { expect } from 'vitest';
import { compileRuns } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { expectationDiffs, show } from '../corpus/expect.js';

const athlete = referenceAthlete();

/** `text` compiled for the reference athlete reads as `means` (test/corpus/notation.ts, lenient). */
export function reads(text: string, means: string): void {
  const runs = compileRuns(text, athlete);
  expect(expectationDiffs(runs, means, { lenient: true }), show(runs)).toEqual([]);
}
