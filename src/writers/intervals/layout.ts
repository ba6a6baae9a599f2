/**
 * The IR's step tree laid out for intervals.icu's syntax, which has one level
 * of repeats and no "skip the last recovery": a repeat inside a repeat has
 * its sets written out one after another, and a repeat whose last rep ends
 * without its recovery is written as (count − 1) × the whole body, then the
 * last rep alone. Every step the athlete runs is kept; nothing is dropped.
 */
import type { Node, Repeat, Step } from '../../ir/workout.js';

export interface StepItem {
  kind: 'step';
  step: Step;
  /** "Set 2 of 3" when the step belongs to a set written out. */
  set?: string;
}

export interface BlockItem {
  kind: 'block';
  count: number;
  steps: Step[];
  set?: string;
}

export type Item = StepItem | BlockItem;

export interface Layout {
  items: Item[];
  /** What was written differently from the coach's structure, in words for the athlete. */
  notes: string[];
}

/** Step lines a session may expand to; beyond it the text is refused rather than written. */
export const MAX_STEP_LINES = 500;

/**
 * Step lines the layout will write for these nodes, at most: computed from
 * the tree without expanding it, so a runaway "100 x (100 x (…))" is refused
 * before any work is done.
 */
export function lineBound(nodes: readonly Node[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'step') {
      n += 1;
      continue;
    }
    const body = lineBound(node.children);
    const nested = node.children.some((c) => c.type === 'repeat');
    // A flat body is written at most twice (the repeat, then the last rep alone); a nested one once per set.
    n += nested ? Math.max(1, node.count) * body : 2 * body;
  }
  return n;
}

export function layout(nodes: readonly Node[]): Layout {
  const notes: string[] = [];
  return { items: expand(nodes, notes), notes };
}

function expand(nodes: readonly Node[], notes: string[]): Item[] {
  return nodes.flatMap((n): Item[] => (n.type === 'step' ? [{ kind: 'step', step: n }] : expandRepeat(n, notes)));
}

function expandRepeat(r: Repeat, notes: string[]): Item[] {
  if (r.count < 1 || r.children.length === 0) return [];
  const body = expand(r.children, notes);
  const lastNodes = r.skipLastRecovery ? lastRepetition(r.children) : r.children;
  const last = lastNodes === r.children ? body : expand(lastNodes, notes);
  const name = describe(r);

  if (body.some((i) => i.kind === 'block')) {
    if (r.count === 1) return last;
    note(notes, `${name}: the ${r.count} sets are written out one after another (intervals.icu cannot nest repeats).`);
    const out: Item[] = [];
    for (let k = 1; k <= r.count; k++) {
      const set = `Set ${k} of ${r.count}`;
      for (const item of k === r.count ? last : body) out.push({ ...item, set });
    }
    return out;
  }

  const steps = body.map((i) => (i as StepItem).step);
  if (last === body) return r.count === 1 ? body : [{ kind: 'block', count: r.count, steps }];
  if (r.count > 1) {
    note(
      notes,
      r.count > 2
        ? `${name}: written as ${r.count - 1} × rep + recovery, then the last rep alone (no recovery after it).`
        : `${name}: written as rep + recovery, then the last rep alone (no recovery after it).`,
    );
  }
  const head: Item[] = r.count > 2 ? [{ kind: 'block', count: r.count - 1, steps }] : r.count === 2 ? body : [];
  return [...head, ...last];
}

const isRecovery = (n: Node): boolean => n.type === 'step' && (n.intensity === 'recovery' || n.intensity === 'rest');

/**
 * What the last repetition runs: the body without its trailing recovery and
 * rest steps, and when what is left ends with a repeat, that repeat's own
 * last repetition ends the same way. A body of nothing but recovery is run whole.
 */
function lastRepetition(children: readonly Node[]): readonly Node[] {
  let end = children.length;
  while (end > 0 && isRecovery(children[end - 1]!)) end--;
  if (end === 0) return children;
  const kept = children.slice(0, end);
  const tail = kept[end - 1]!;
  if (tail.type === 'repeat' && !tail.skipLastRecovery) kept[end - 1] = { ...tail, skipLastRecovery: true };
  else if (end === children.length) return children;
  return kept;
}

function note(notes: string[], text: string): void {
  if (!notes.includes(text)) notes.push(text);
}

/** "6 × 400 m @ HM–10K", or the repeat's own label when it says more than a count ("3 sets"). */
function describe(r: Repeat): string {
  if (r.label && /\p{L}/u.test(r.label.replace(/[x×]/g, ''))) return r.label;
  const first = firstStep(r.children);
  return first ? `${r.count} × ${first.label}` : `${r.count} ×`;
}

function firstStep(nodes: readonly Node[]): Step | undefined {
  for (const n of nodes) {
    const s = n.type === 'step' ? n : firstStep(n.children);
    if (s) return s;
  }
  return undefined;
}
