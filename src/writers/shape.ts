/**
 * Fits a workout's step tree to what a device can store: a step limit,
 * whether repeats may nest, and no "skip the last recovery" flag (neither
 * FIT nor TCX can say it). Shared by the FIT and TCX writers.
 *
 * The shaper never truncates: either every step of the session is in the
 * result, or it answers `{ ok: false }` with the step count and the limit.
 */
import type { Node, Repeat, Step } from '../ir/workout.js';

export interface ShapeOptions {
  /** Steps the device stores, each repeat counting as one step. */
  maxSteps: number;
  /** Whether a repeat may contain another repeat. */
  nestedRepeats: boolean;
  /** Both FIT (repeat step) and TCX (Repeat_t) spend a step on each repeat. */
  countRepeatAsStep: true;
}

export type ShapeResult =
  | { ok: true; nodes: Node[]; notes: string[] }
  | { ok: false; message: string; steps: number };

/** Steps as a device counts them: every step plus one per repeat, nested ones included. */
export function countSteps(nodes: readonly Node[]): number {
  let n = 0;
  for (const node of nodes) n += node.type === 'step' ? 1 : 1 + countSteps(node.children);
  return n;
}

/**
 * One way of resolving the structural choices. The first policy is the one an
 * athlete reads most naturally; later ones trade readability for fewer steps.
 */
interface Policy {
  /** 'separate': last rep written alone without its recovery; 'merged': recovery kept, lap skips it. */
  lastRep: 'separate' | 'merged';
  /** Which repeat is written out as copies when repeats may not nest. */
  unroll: 'outer' | 'inner';
}

const POLICIES: readonly Policy[] = [
  { lastRep: 'separate', unroll: 'outer' },
  { lastRep: 'separate', unroll: 'inner' },
  { lastRep: 'merged', unroll: 'outer' },
  { lastRep: 'merged', unroll: 'inner' },
];

interface Variant {
  nodes: Node[];
  notes: string[];
  cost: number;
  preferred: boolean;
}

export function shapeForDevice(nodes: Node[], options: ShapeOptions): ShapeResult {
  const { maxSteps, nestedRepeats } = options;
  // Each top-level node is independent of the others, so each picks its own
  // policy: a long interval block may need the compact form while the
  // warm-up drills beside it keep the readable one.
  const chosen: Variant[] = nodes.map((node) => variant(node, POLICIES[0]!, nestedRepeats, true));
  const total = () => chosen.reduce((n, v) => n + v.cost, 0);

  // The other shapes are worked out only when the readable one is too long.
  if (total() > maxSteps) {
    const perNode: Variant[][] = nodes.map((node, i) => [chosen[i]!, ...otherVariants(node, nestedRepeats)]);
    const order = perNode
      .map((vs, i) => ({ i, saving: vs[0]!.cost - Math.min(...vs.map((v) => v.cost)) }))
      .filter((x) => x.saving > 0)
      .sort((a, b) => b.saving - a.saving || a.i - b.i);
    for (const { i } of order) {
      const over = total() - maxSteps;
      if (over <= 0) break;
      const current = chosen[i]!;
      const candidates = perNode[i]!;
      // The most readable variant that is enough on its own, else the smallest.
      const enough = candidates.find((v) => current.cost - v.cost >= over);
      chosen[i] = enough ?? candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
    }
  }

  const steps = total();
  if (steps > maxSteps) {
    return {
      ok: false,
      steps,
      message:
        `this session needs ${steps} steps on the device (each repeat counts as a step) ` +
        `but the device profile allows ${maxSteps}; split it into shorter sessions ` +
        `or use a device profile with a higher step limit`,
    };
  }

  const notes: string[] = [];
  for (const v of chosen) {
    for (const note of v.notes) if (!notes.includes(note)) notes.push(note);
    if (!v.preferred) {
      const note = `To fit the device's ${maxSteps}-step limit the compact form of this block was used.`;
      if (!notes.includes(note)) notes.push(note);
    }
  }
  return { ok: true, nodes: chosen.flatMap((v) => v.nodes), notes };
}

function variant(node: Node, policy: Policy, nestedRepeats: boolean, preferred: boolean): Variant {
  const notes: string[] = [];
  const nodes = transform(node, policy, nestedRepeats, notes);
  return { nodes, notes, cost: countSteps(nodes), preferred };
}

/** The shapes other than the readable one, most readable first. */
function otherVariants(node: Node, nestedRepeats: boolean): Variant[] {
  return POLICIES.slice(1).map((policy) => variant(node, policy, nestedRepeats, false));
}

function transform(node: Node, policy: Policy, nestedRepeats: boolean, notes: string[]): Node[] {
  if (node.type === 'step') return [node];
  const shape = (nodes: readonly Node[]) => nodes.flatMap((c) => transform(c, policy, nestedRepeats, notes));
  const children = shape(node.children);
  if (children.length === 0 || node.count < 1) return [];
  const name = describe(node);

  const groups: { count: number; body: Node[] }[] = [];
  // The recovery to skip is the run of recovery steps that are direct children
  // at the end of the body, judged before inner repeats are rewritten.
  const trailing = trailingRecoveryLength(node.children);
  if (node.skipLastRecovery && trailing > 0 && trailing < node.children.length) {
    const work = shape(node.children.slice(0, node.children.length - trailing));
    if (policy.lastRep === 'merged') {
      groups.push({ count: node.count, body: children });
      notes.push(
        `${name}: the recovery after the last rep is in the workout; press lap to skip it.`,
      );
    } else {
      if (node.count > 1) groups.push({ count: node.count - 1, body: children });
      groups.push({ count: 1, body: work });
      if (node.count > 2) {
        notes.push(
          `${name}: written as ${node.count - 1} × rep + recovery, then the last rep alone (no recovery after it).`,
        );
      } else if (node.count === 2) {
        notes.push(`${name}: written as rep + recovery, then the last rep alone (no recovery after it).`);
      }
    }
  } else {
    groups.push({ count: node.count, body: children });
  }

  const out: Node[] = [];
  for (const { count, body } of groups) {
    if (count === 1) {
      out.push(...body);
      continue;
    }
    const nested = body.some((c) => c.type === 'repeat');
    if (!nested || nestedRepeats) {
      out.push(repeatOf(node, count, body));
    } else if (policy.unroll === 'outer') {
      for (let k = 0; k < count; k++) out.push(...body);
      notes.push(`${name}: the ${count} sets are written out one after another (the device cannot nest repeats).`);
    } else {
      const flat = body.flatMap((c) => (c.type === 'repeat' ? unrolled(c) : [c]));
      out.push(repeatOf(node, count, flat));
      notes.push(`${name}: the reps inside each set are written out one by one (the device cannot nest repeats).`);
    }
  }
  return out;
}

function repeatOf(source: Repeat, count: number, children: Node[]): Repeat {
  const r: Repeat = { type: 'repeat', count, children, skipLastRecovery: false };
  if (source.label !== undefined) r.label = source.label;
  return r;
}

/** A repeat written out as copies of its children. */
function unrolled(r: Repeat): Node[] {
  const out: Node[] = [];
  for (let k = 0; k < r.count; k++) out.push(...r.children);
  return out;
}

function isRecovery(n: Node): n is Step {
  return n.type === 'step' && (n.intensity === 'recovery' || n.intensity === 'rest');
}

function trailingRecoveryLength(children: readonly Node[]): number {
  let n = 0;
  for (let i = children.length - 1; i >= 0 && isRecovery(children[i]!); i--) n++;
  return n;
}

/**
 * "6 × 400m @ HM–10K" for notes: the repeat's own label when it says more
 * than the count ("3 sets of 4 × 200m", not "4×").
 */
function describe(r: Repeat): string {
  if (r.label && /\p{L}/u.test(r.label.replace(/[x×]/g, ''))) return r.label;
  const first = firstStep(r.children);
  return first ? `${r.count} × ${first.label}` : r.label || `${r.count} ×`;
}

function firstStep(nodes: readonly Node[]): Step | undefined {
  for (const n of nodes) {
    if (n.type === 'step') return n;
    const s = firstStep(n.children);
    if (s) return s;
  }
  return undefined;
}
