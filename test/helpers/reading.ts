/** Reading one session for the reader's tests: the reference athlete, and what a text compiles to against the blind samples' notation. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { compileRuns, compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Node, Step, Workout } from '../../src/ir/workout.js';
import { expectationDiffs, show } from '../corpus/expect.js';
import { notationDiffs, parseNotation } from '../corpus/notation.js';

export const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
export const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);
export const flat = (nodes: readonly Node[]): Step[] => nodes.flatMap((n) => (n.type === 'repeat' ? flat(n.children) : [n]));

/** The differences between what `text` compiles to, read without errors, and `meant` (test/corpus/notation.ts, lenient). */
export function reads(text: string, meant: string): string[] {
  const w = compileSession(text, athlete);
  expect(errors(w), text).toEqual([]);
  return notationDiffs(w.steps, parseNotation(meant), 'steps', { lenient: true });
}

/** Every run `text` compiles to for the reference athlete reads as `means`, a day of runs included; the reading is shown on failure. */
export function expectReads(text: string, means: string): void {
  const runs = compileRuns(text, athlete);
  expect(expectationDiffs(runs, means, { lenient: true }), show(runs)).toEqual([]);
}
