/** A sequence of parts joined by "+", ",", ";", "then": built in order, with recoveries kept between blocks. */
import type { Node } from '../../ir/workout.js';
import type { IntervalNode, Item, Join } from '../ast.js';
import type { ResolveContext } from './context.js';
import { distributeLadders } from './ladder.js';
import { intervalSteps, isHard, repeatPart, type Part } from './items.js';
import { recoveryStep } from './recovery.js';
import { chooseDuration, step } from './steps.js';
import { runWithin, withinOverflows } from './within.js';

export interface Built {
  nodes: Node[];
  parts: Part[];
  hard: boolean;
  /** Keep the recovery at the end of the last part (used between sets); returns what was kept. */
  keepTrailing: () => string | undefined;
}

export function buildItems(written: Item[], ctx: ResolveContext, options: { nested?: boolean; joins?: Join[] } = {}): Built {
  const items = withoutTitleLine(written, options.joins, ctx);
  const joins = items === written ? (options.joins ?? items.slice(1).map((): Join => ',')) : [];
  const filled = distributeLadders(items, joins);
  const parts: Part[] = [];
  for (let k = 0; k < filled.length; k++) {
    const item = filled[k]!;
    const spill = item.kind === 'interval' ? overfull(item, ctx) : undefined;
    if (spill) filled.splice(k, 1, ...spill);
    // "400 (…), full recovery, mile for time, full recovery, 400": a length between recoveries is a rep.
    const beside = filled[k - 1]?.kind === 'recovery' || filled[k + 1]?.kind === 'recovery';
    parts.push(buildPart(filled[k]!, parts, ctx, (options.nested ?? false) || beside));
  }
  // Between two blocks of work the athlete needs the recovery the coach wrote for the first.
  for (let k = 0; k < parts.length - 1; k++) {
    const p = parts[k]!;
    const rest = parts.slice(k + 1);
    if (!p.keepTrailingRecovery || parts[k + 1]!.kind === 'recovery') continue;
    if (!rest.some((r) => r.kind !== 'recovery' && r.kind !== 'cooldown') && !walksOn(p, filled[k]!, filled[k + 1])) continue;
    const kept = p.keepTrailingRecovery();
    if (kept) ctx.note(`the recovery after the last ${kept} rep is kept before the next part`);
  }
  const last = parts[parts.length - 1];
  return {
    // Read when asked: keeping a trailing recovery after building may add a step to a part.
    get nodes() {
      return parts.flatMap((p) => p.nodes);
    },
    parts,
    hard: parts.some((p) => p.hard),
    keepTrailing: () => last?.keepTrailingRecovery?.(),
  };
}

/** "Run 1 minute. Walk 2 minutes. Do this 8 times. Cool-down: Walk 5 minutes": each round of a run/walk ends on its walk when a walk of its own follows. */
function walksOn(p: Part, item: Item, next: Item | undefined): boolean {
  const last = p.nodes[p.nodes.length - 1];
  const end = last?.type === 'repeat' ? last.children[last.children.length - 1] : undefined;
  const rounds = item.kind === 'repeat' && item.afterRounds === true;
  return rounds && next?.kind === 'interval' && next.role === 'walk' && end?.type === 'step' && /\bwalk$/.test(end.label);
}

/**
 * "Five Mile Run\n8K/5 Mile Run": a first line that names the run below it, over the same length
 * (within 3 %), is its title: the run is read once, from the line that details it. So is "Race Day"
 * above the race it names ("Race Day\n5k Race").
 */
function withoutTitleLine(items: Item[], joins: Join[] | undefined, ctx: ResolveContext): Item[] {
  const [title, run] = items;
  if (items.length !== 2 || title!.kind !== 'interval' || run!.kind !== 'interval') return items;
  const named = namedRun(title!, run!, joins?.[0]);
  if (named) {
    ctx.note('the run named first has its length after it: read as one run');
    return [named];
  }
  if (joins?.[0] !== '\n') return items;
  // "Race Day\n5k Race": the race named, then the race over its distance.
  const race = title!.role === 'race' && title!.quantity.kind === 'open' && run!.role === 'race';
  if (!race && !sameRun(title!, run!)) return items;
  ctx.note('the first line names the run below it: read as its title');
  return [run!];
}

/**
 * "Monday: Easy run, 2 miles.", "un altro allenamento lento.\n8 chilometri": a run named with no
 * length, then a length and nothing else, is one run — the length of the run named, at its pace.
 */
function namedRun(title: IntervalNode, run: IntervalNode, join: Join | undefined): IntervalNode | undefined {
  const plain = (i: IntervalNode) => ['work', 'easy'].includes(i.role) && !i.within && !i.dayTotal;
  if ((join !== '\n' && join !== ',') || title.quantity.kind !== 'open' || run.quantity.kind === 'open' || !plain(title) || !plain(run)) return undefined;
  const titled = title.pace !== undefined || title.effort !== undefined || title.roleWritten;
  const detailed = run.pace !== undefined || run.effort !== undefined || run.roleWritten;
  if (titled && detailed) return undefined;
  if (!titled) return run;
  return { ...run, role: title.role, roleWritten: title.roleWritten, pace: title.pace, effort: title.effort, span: { start: title.span.start, end: run.span.end } };
}

/** A plain run over the length of the other, within 3 %. */
function sameRun(title: IntervalNode, run: IntervalNode): boolean {
  const length = (i: IntervalNode) => (i.quantity.kind === 'distance' && i.quantity.low === i.quantity.high && !i.within ? i.quantity.low : undefined);
  const [a, b] = [length(title), length(run)];
  if (a === undefined || b === undefined || title.pace || title.effort || !['work', 'easy'].includes(title.role)) return false;
  return Math.abs(a - b) <= 0.03 * b;
}

/**
 * "8 miles w/ 4 miles @ 15K, then 2 sets of …": when the parts after the first do
 * not fit in the run's length, they come after the run, not inside it.
 */
function overfull(item: IntervalNode, ctx: ResolveContext): Item[] | undefined {
  const w = item.within;
  if (!w || w.items.length < 2 || !withinOverflows(item, ctx)) return undefined;
  const first: IntervalNode = { ...item, within: { ...w, items: [w.items[0]!], joins: [] } };
  return [first, ...w.items.slice(1)];
}

function buildPart(item: Item, before: Part[], ctx: ResolveContext, nested: boolean): Part {
  switch (item.kind) {
    case 'interval': {
      // A run with work inside is its own warm-up and cool-down.
      if (item.within) return runWithin(item, ctx);
      // Inside a group every interval is a rep.
      const steps = intervalSteps(item, ctx, nested);
      // A run with a faster part starts and ends easy: it is its own warm-up and cool-down.
      const only = steps.length === 1 ? steps[0]! : undefined;
      // Easy running, and continuous runs by feel ("4-5 miles steady", "6 miles easy fartlek"), start and end a session easy.
      const continuous = only?.target.kind === 'effort' && ['steady', 'fartlek', 'run/walk'].includes(only.target.label);
      const easyEnds = only !== undefined && (only.label.endsWith('easy') || only.label.endsWith('recovery') || (only.target.kind === 'pace' && only.target.name === 'E') || continuous);
      // A walk of its own opens or closes the session: its warm-up or cool-down.
      const walk = before.some((b) => b.kind !== 'warmup') ? 'cooldown' : 'warmup';
      const kind = item.role === 'warmup' || item.role === 'cooldown' ? item.role : item.role === 'walk' ? walk : item.role === 'strides' ? 'strides' : easyEnds ? 'easy' : 'work';
      return { nodes: steps, kind, hard: isHard(item) || (nested && steps[0]!.target.kind === 'none') };
    }
    case 'repeat':
      return repeatPart(item, ctx);
    case 'cutdown':
      return repeatPart({ kind: 'repeat', count: { low: 1, high: 1, span: item.span }, body: [item], sets: false, span: item.span }, ctx);
    case 'recovery': {
      const prev = lastActive(before);
      const rep = prev ?? step('active', { kind: 'time', seconds: 60 }, { kind: 'none' }, '');
      const rec = recoveryStep(item.recovery, rep, ctx);
      return { nodes: rec ? [rec] : [], kind: 'recovery', hard: false };
    }
    case 'other': {
      const duration = item.quantity ? chooseDuration(item.quantity, ctx) : { kind: 'open' as const };
      return { nodes: [step('active', duration, { kind: 'none' }, item.label)], kind: 'other', hard: false };
    }
    case 'wucd':
      // "…, warm-down": the plan's cool-down goes here; nothing after it is more work.
      return { nodes: [], kind: item.which === 'cooldown' ? 'cooldown' : item.which === 'warmup' ? 'warmup' : 'other', hard: false };
  }
}

function lastActive(parts: Part[]) {
  for (let k = parts.length - 1; k >= 0; k--) {
    const nodes = parts[k]!.nodes;
    for (let j = nodes.length - 1; j >= 0; j--) {
      const n = nodes[j]!;
      if (n.type === 'step' && n.intensity === 'active') return n;
      if (n.type === 'repeat') {
        const s = [...n.children].reverse().find((c) => c.type === 'step' && c.intensity === 'active');
        if (s && s.type === 'step') return s;
      }
    }
  }
  return undefined;
}

/**
 * A plan's day that is one run of a stated distance at a stated pace or effort ("4 mile pace",
 * "10km race pace", "3 miles fast"): the plan counts that distance as the day's, so the plan's
 * warm-up and cool-down are not added around it. Reps, a race (raced from its own warm-up) and a
 * single session on its own (no day of a plan) keep them.
 */
export function statesDayTotal(built: Built, ctx: ResolveContext): boolean {
  const steps = built.nodes;
  const only = steps.length === 1 && steps[0]!.type === 'step' ? steps[0] : undefined;
  if (!ctx.defaults.day || !only || built.parts.length !== 1 || built.parts[0]!.kind !== 'work') return false;
  return only.intensity === 'active' && only.duration.kind === 'distance' && !only.label.includes(' race @ ');
}
