/**
 * Estimated time and distance of a workout. Steps with a target run at its
 * centre; others at a speed typical of what they are (easy, jog, walk, strides).
 */
import type { Estimate, Node, Step } from '../ir/workout.js';
import type { PaceTable } from '../paces/types.js';

const WALK_SPEED = 1.4;
/** An open step (lap button: "jog down", "full recovery") is assumed to last this long. */
export const OPEN_STEP_SECONDS = 120;

export function stepSpeed(s: Step, paces: PaceTable): number {
  const t = s.target;
  if (t.kind === 'pace') return (t.low + t.high) / 2;
  // A heart rate is run at the pace of the same effort, when it is known.
  if (t.kind === 'heartRate' && t.pace) return (t.pace.low + t.pace.high) / 2;
  // A walk is no run, whatever its place: "2 min walk" between jogs, or a "40 min walk" day.
  if (s.intensity === 'rest' || (t.kind === 'none' && /\bwalk\b/.test(s.label))) return WALK_SPEED;
  if (s.intensity === 'recovery') return paces.paces.E.low * 0.92;
  if (t.kind === 'effort') return /strides/i.test(t.label) ? paces.paces.Mile.speed : paces.paces['5K'].speed * 0.9;
  return paces.paces.E.speed;
}

export function estimateStepSeconds(s: Step, paces: PaceTable): number {
  const d = s.duration;
  if (d.kind === 'time') return d.seconds;
  if (d.kind === 'distance') return d.meters / stepSpeed(s, paces);
  return OPEN_STEP_SECONDS;
}

/** Rounded once, at the end: rounding each repeat before multiplying by its count would drift. */
export function estimate(nodes: readonly Node[], paces: PaceTable): Estimate {
  const e = exactEstimate(nodes, paces);
  return { seconds: Math.round(e.seconds), meters: Math.round(e.meters) };
}

function exactEstimate(nodes: readonly Node[], paces: PaceTable): Estimate {
  let seconds = 0;
  let meters = 0;
  for (const n of nodes) {
    if (n.type === 'step') {
      const secs = estimateStepSeconds(n, paces);
      seconds += secs;
      meters += n.duration.kind === 'distance' ? n.duration.meters : secs * stepSpeed(n, paces);
      continue;
    }
    const once = exactEstimate(n.children, paces);
    seconds += once.seconds * n.count;
    meters += once.meters * n.count;
    if (n.skipLastRecovery) {
      const dropped = exactEstimate(trailingRecovery(n.children), paces);
      seconds -= dropped.seconds;
      meters -= dropped.meters;
    }
  }
  return { seconds, meters };
}

/** The steps the last repetition of a repeat skips, following the IR's rule. */
export function trailingRecovery(children: readonly Node[]): Node[] {
  const out: Node[] = [];
  for (let k = children.length - 1; k >= 0; k--) {
    const c = children[k]!;
    if (c.type === 'step' && (c.intensity === 'recovery' || c.intensity === 'rest')) {
      out.push(c);
      continue;
    }
    if (c.type === 'repeat' && c.skipLastRecovery === false) {
      // The inner repeat's last recovery is dropped too, recursively.
      out.push(...trailingRecovery(c.children));
    }
    break;
  }
  return out;
}
