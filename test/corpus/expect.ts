/**
 * What a corpus session means, as its author means it, and the comparison
 * with what runcast compiles. An expectation is:
 * - steps in the notation of notation.ts ("wu 1.5mi | 6x(run 800m @5K–10K | rec 400m jog) | cd 1.5mi");
 * - "rest", "cross", "strength" for a day of no running (the sport);
 * - alternatives joined by " OR " (the first is the workout), two runs of a day by " || ";
 * - "! <words>" for a session a coach would find unreadable too: it is refused (in a plan, kept as
 *   written) with a message containing those words.
 * `options` carries the notation's lenient reading for the blind samples (notation.ts).
 */
import type { Workout } from '../../src/ir/workout.js';
import { notationDiffs, parseNotation, printNotation, type NotationOptions } from './notation.js';

const SPORTS: Record<string, Workout['sport']> = { rest: 'rest', cross: 'cross_training', strength: 'strength' };

/** Differences between the runs compiled for one session text and what its author means; [] when they agree. */
export function expectationDiffs(runs: readonly Workout[], expected: string, options: NotationOptions = {}): string[] {
  const error = runs.flatMap((w) => w.diagnostics).find((d) => d.severity === 'error');
  if (expected.startsWith('! ')) {
    if (!error) return [`compiled to "${show(runs)}", expected a refusal: ${expected.slice(2)}`];
    if (!error.message.includes(expected.slice(2)) && !(error.hint ?? '').includes(expected.slice(2))) return [`refused with "${error.message}", expected "${expected.slice(2)}"`];
    return [];
  }
  if (error) return [`refused with "${error.message}" at column ${error.column}`];
  const days = expected.split(' || ');
  if (days.length !== runs.length) return [`${runs.length} run(s) a day, expected ${days.length}`];
  return days.flatMap((day, k) => {
    const w = runs[k]!;
    const [main, ...alternatives] = day.split(' OR ');
    const out = sessionDiffs(w, main!, `run ${k + 1}`, options);
    if (alternatives.length !== w.alternatives.length) out.push(`run ${k + 1}: ${w.alternatives.length} alternative(s), expected ${alternatives.length}`);
    alternatives.forEach((alt, j) => {
      if (w.alternatives[j]) out.push(...sessionDiffs(w.alternatives[j]!, alt, `run ${k + 1} alternative ${j + 1}`, options));
    });
    return out;
  });
}

function sessionDiffs(w: Workout, expected: string, where: string, options: NotationOptions): string[] {
  const sport = SPORTS[expected.trim()];
  if (sport) return w.sport === sport ? [] : [`${where}: ${w.sport}, expected ${sport}`];
  if (w.sport !== 'running') return [`${where}: ${w.sport}, expected running`];
  return notationDiffs(w.steps, parseNotation(expected), 'steps', options).map((d) => `${where}: ${d}\n      got: ${printNotation(w.steps)}`);
}

export function show(runs: readonly Workout[]): string {
  return runs
    .map((w) => {
      const error = w.diagnostics.find((d) => d.severity === 'error');
      if (error) return `! ${error.message}`;
      const main = w.sport === 'running' ? printNotation(w.steps) : Object.keys(SPORTS).find((k) => SPORTS[k] === w.sport)!;
      return [main, ...w.alternatives.map((a) => (a.sport === 'running' ? printNotation(a.steps) : Object.keys(SPORTS).find((k) => SPORTS[k] === a.sport)!))].join(' OR ');
    })
    .join(' || ');
}
