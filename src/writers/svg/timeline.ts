/**
 * A workout as it is run: every repetition of every repeat written out, with
 * the recoveries the last repetition skips left out, each step with its
 * estimated seconds and the speeds it is drawn at.
 */
import type { Node, Repeat, Step, Target } from '../../ir/workout.js';
import type { PaceTable } from '../../paces/types.js';
import { estimateStepSeconds, stepSpeed, trailingRecovery } from '../../compiler/estimate.js';

/** Which repetition a step belongs to, outermost repeat first. */
export interface RepPosition {
  index: number;
  count: number;
}

export interface RunStep {
  step: Step;
  /** Where the step sits among the repeats around it (empty outside any repeat). */
  reps: RepPosition[];
}

export interface Block extends RunStep {
  /** Start and length in estimated seconds. */
  start: number;
  seconds: number;
  /** Drawn speed band in m/s: equal ends for a step without a pace. */
  low: number;
  high: number;
}

/** Repetitions actually run: a count that is not a whole positive number runs its whole part, or not at all. */
export function repeatCount(r: Repeat): number {
  return Number.isFinite(r.count) ? Math.max(0, Math.floor(r.count)) : 0;
}

/**
 * A pace band that can be drawn and printed, slower end first; undefined for
 * no pace or a broken one. A heart-rate step is drawn at the pace of the same
 * effort, when the compiler knew it.
 */
export function usableBand(t: Target): { low: number; high: number } | undefined {
  const band = t.kind === 'pace' ? t : t.kind === 'heartRate' ? t.pace : undefined;
  if (!band) return undefined;
  const ok = (v: number) => Number.isFinite(v) && v > 0;
  return ok(band.low) && ok(band.high) ? { low: Math.min(band.low, band.high), high: Math.max(band.low, band.high) } : undefined;
}

/** How many steps the workout runs, without writing them out (a bad plan may ask for millions). */
export function countRunSteps(nodes: readonly Node[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'step') {
      n += 1;
      continue;
    }
    const count = repeatCount(node);
    if (count === 0) continue;
    n += count * countRunSteps(node.children);
    if (node.skipLastRecovery) n -= trailingRecovery(node.children).length;
  }
  return n;
}

export function runSteps(nodes: readonly Node[], outer: RepPosition[] = []): RunStep[] {
  const out: RunStep[] = [];
  for (const node of nodes) {
    if (node.type === 'step') {
      out.push({ step: node, reps: outer });
      continue;
    }
    const count = repeatCount(node);
    for (let i = 0; i < count; i++) {
      const rep = runSteps(node.children, [...outer, { index: i + 1, count }]);
      if (i === count - 1 && node.skipLastRecovery) dropTrailing(rep, trailingRecovery(node.children));
      out.push(...rep);
    }
  }
  return out;
}

/**
 * `trailingRecovery` lists the skipped steps last-run first, and the last
 * repetition as run ends with exactly those steps, so they come off its end.
 */
function dropTrailing(rep: RunStep[], skipped: readonly Node[]): void {
  for (const s of skipped) {
    if (rep.at(-1)?.step !== s) return;
    rep.pop();
  }
}

/** The step as its time is estimated: a pace that cannot be run (zero, NaN) counts as no pace, so the step is drawn rather than lost. */
export function estimatedStep(step: Step): Step {
  return step.target.kind === 'pace' && !usableBand(step.target) ? { ...step, target: { kind: 'none' } } : step;
}

const finiteOr = (n: number, fallback: number) => (Number.isFinite(n) && n > 0 ? n : fallback);

export function toBlocks(run: readonly RunStep[], paces: PaceTable): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const r of run) {
    const band = usableBand(r.step.target);
    const estimated = estimatedStep(r.step);
    const seconds = finiteOr(estimateStepSeconds(estimated, paces), 0);
    const speed = finiteOr(stepSpeed(estimated, paces), paces.paces.E.speed);
    blocks.push({ ...r, start, seconds, ...(band ?? { low: speed, high: speed }) });
    start += seconds;
  }
  return blocks;
}
