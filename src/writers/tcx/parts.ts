/**
 * A TCX workout numbers its steps with StepId 1..20 (repeats included), so a
 * session either fits in one workout or is split into consecutive parts. The
 * split happens between top-level blocks; a single block too big even alone
 * is written out set by set. Nothing is ever dropped.
 */
import type { Node, Repeat } from '../../ir/workout.js';
import { shapeForDevice } from '../shape.js';

export const TCX_MAX_STEPS = 20;
/** Repetitions_t allows 2..99. */
export const TCX_MAX_REPETITIONS = 99;

export interface Part {
  /** Shaped for the device: what the Step elements hold. */
  nodes: Node[];
  /** The same steps as the coach wrote them, for the words in Notes. */
  source: Node[];
  /** Remarks from shaping. */
  notes: string[];
}

export function fitParts(nodes: readonly Node[], maxSteps = TCX_MAX_STEPS): Part[] {
  const capped = nodes.flatMap(capRepetitions);
  const whole = shape(capped, maxSteps);
  if (whole) return [{ ...whole, source: [...nodes] }];

  const parts: Part[] = [];
  const queue = [...capped];
  while (queue.length > 0) {
    const fit = longestFittingPrefix(queue, maxSteps);
    if (fit) {
      parts.push({ ...fit.shaped, source: queue.splice(0, fit.length) });
      continue;
    }
    // Alone and still too big: only a repeat whose body overflows gets here
    // (a single step always fits), so write its sets out one after another.
    queue.unshift(...unrollOnce(queue.shift() as Repeat));
  }
  return parts;
}

/**
 * Whether a prefix fits only grows harder with its length (every block
 * costs at least its most compact form), so a binary search finds the
 * longest one in a few shaping passes instead of one per block.
 */
function longestFittingPrefix(
  queue: readonly Node[],
  maxSteps: number,
): { length: number; shaped: Omit<Part, 'source'> } | undefined {
  let best: { length: number; shaped: Omit<Part, 'source'> } | undefined;
  let lo = 1;
  let hi = queue.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const shaped = shape(queue.slice(0, mid), maxSteps);
    if (shaped) {
      best = { length: mid, shaped };
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return best;
}

function shape(nodes: Node[], maxSteps: number): Omit<Part, 'source'> | undefined {
  const r = shapeForDevice(nodes, { maxSteps, nestedRepeats: true, countRepeatAsStep: true });
  return r.ok ? { nodes: r.nodes, notes: r.notes } : undefined;
}

/**
 * "150 × …" becomes "99 × …" then "51 × …" side by side, the last chunk
 * keeping the skip-last-recovery flag: Repetitions_t stops at 99.
 */
export function capRepetitions(node: Node): Node[] {
  if (node.type === 'step') return [node];
  const children = node.children.flatMap(capRepetitions);
  if (node.count <= TCX_MAX_REPETITIONS) return [{ ...node, children }];
  const chunks: Repeat[] = [];
  for (let left = node.count; left > 0; left -= TCX_MAX_REPETITIONS) {
    const count = Math.min(left, TCX_MAX_REPETITIONS);
    chunks.push({ ...node, count, children, skipLastRecovery: left <= TCX_MAX_REPETITIONS && node.skipLastRecovery });
  }
  return chunks;
}

/** The repeat's iterations as consecutive nodes; the last one without its trailing recovery when the flag says so. */
export function unrollOnce(r: Repeat): Node[] {
  const trailing = trailingRecovery(r.children);
  const out: Node[] = [];
  for (let k = 0; k < r.count; k++) {
    const last = k === r.count - 1;
    const dropTail = last && r.skipLastRecovery && trailing > 0 && trailing < r.children.length;
    out.push(...(dropTail ? r.children.slice(0, r.children.length - trailing) : r.children));
  }
  return out;
}

function trailingRecovery(children: readonly Node[]): number {
  let n = 0;
  for (let i = children.length - 1; i >= 0; i--) {
    const c = children[i]!;
    if (c.type !== 'step' || (c.intensity !== 'recovery' && c.intensity !== 'rest')) break;
    n++;
  }
  return n;
}
