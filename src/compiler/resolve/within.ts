/**
 * Work inside a longer run: "8 miles w/ 4 miles @ 15K to HM", "General aerobic
 * 7 miles w/ 8x100m strides", "Lactate threshold 8 miles w/ 20 min tempo",
 * "Progression long run 14 miles, last 3 miles @ LT". The written distance (or
 * time) is the whole run: the work is built, its length estimated at its
 * paces, and the rest is easy running around it — split evenly, or all before
 * a part written "last …", or all after one written "first …".
 */
import { isProgression } from '../dialect/runs.js';
import type { Duration, Node, Step, Target } from '../../ir/workout.js';
import type { IntervalNode, Span, Within } from '../ast.js';
import { estimate } from '../estimate.js';
import { ResolveContext, ResolveError } from './context.js';
import type { Part } from './items.js';
import { labelTarget, resolveTarget } from './pace.js';
import { buildItems } from './sequence.js';
import { chooseDuration, durationWords, step } from './steps.js';
import { LABEL_WORK_PACES } from '../dialect/labels.js';

/** Whether the work inside adds up to more than the run around it, judged on a scratch copy of the context. */
export function withinOverflows(iv: IntervalNode, ctx: ResolveContext): boolean {
  const scratch = new ResolveContext(ctx.athlete, ctx.paces, ctx.defaults);
  scratch.label = ctx.label;
  try {
    runWithin(iv, scratch);
  } catch (e) {
    if (e instanceof ResolveError) return false;
    throw e;
  }
  return scratch.warnings.some((w) => w.message.startsWith('the work inside adds up to'));
}

export function runWithin(iv: IntervalNode, ctx: ResolveContext): Part {
  const within = iv.within!;
  // "8-10 mi easy progressing to moderate with 5 × 25 sec strides": the run around the work keeps its written effort.
  // "Run 40 mins @ 6:30, last 10 mins at HM pace": or its written pace.
  const easy: Target = iv.effort && isProgression(iv.effort)
    ? { kind: 'effort', label: iv.effort }
    : iv.pace
      ? resolveTarget(iv.pace, iv.quantity, ctx)
      : ctx.label?.pace === 'recovery'
        ? labelTarget('recovery', ctx)
        : { kind: 'pace', low: ctx.paces.paces.E.low, high: ctx.paces.paces.E.high, name: 'E' };
  const total = chooseDuration(iv.quantity, ctx, ctx.paces.paces.E.speed);
  if (total.kind === 'open') ctx.fail(iv.span, 'a run with work inside needs its whole distance or time', "such as '8 miles w/ 4 miles @ HM'");

  const saved = ctx.workPace;
  const labelled = ctx.label?.pace && LABEL_WORK_PACES.has(ctx.label.pace) ? ctx.label.pace : undefined;
  if (labelled) ctx.workPace = labelled;
  const inner = buildItems(within.items, ctx, { joins: within.joins, nested: labelled !== undefined });
  ctx.workPace = saved;

  const whole = total.kind === 'time' ? total.seconds : total.meters;
  const single = within.items.length === 1 && within.items[0]!.kind === 'interval' ? (within.items[0] as IntervalNode) : undefined;
  const only = inner.nodes.length === 1 && inner.nodes[0]!.type === 'step' ? inner.nodes[0]!.duration : undefined;
  const exact = single !== undefined && only?.kind === total.kind;
  const stridesOnly = inner.parts.every((p) => p.kind === 'strides' || p.kind === 'recovery');
  const placement = stridesOnly ? 'end' : within.placement;
  // "3 mi easy warm-up with a couple strides": the warm-up is run whole, and the strides after it.
  // The last recovery of the strides leads into the work the warm-up is for.
  if (iv.role === 'warmup' && stridesOnly) {
    inner.keepTrailing();
    const wu = step('warmup', total, { kind: 'none' }, `${durationWords(total, ctx.units)} warm-up`);
    return { nodes: [wu, ...inner.nodes], kind: 'warmup', hard: false };
  }
  if (within.restates && fillsTotal(inner.nodes, total, within.span, ctx)) return { nodes: inner.nodes, kind: easyEnds(inner.parts) ? 'easy' : 'work', hard: inner.hard };
  // As between any two parts, the recovery after the last rep is run before the easy running that
  // follows it: it is part of the work's length, or the day would run past the distance written.
  if (placement === 'middle' || placement === 'start') inner.keepTrailing();
  const est = estimate(inner.nodes, ctx.paces);
  const used = only?.kind === 'time' && total.kind === 'time' ? only.seconds : only?.kind === 'distance' && total.kind === 'distance' ? only.meters : total.kind === 'time' ? est.seconds : est.meters;
  if (exact && used >= whole) ctx.fail(single!.span, 'the faster part is as long as the whole run or longer');
  const remainder = whole - used;
  const words = (amount: number) => amountWords(amount, total, ctx);
  if (isWhole(within, inner.parts, remainder / whole)) {
    // The parts are the run: they are run as written, and a sum that disagrees is said.
    if (Math.abs(remainder) > whole * 0.05) {
      ctx.warnings.push({ span: within.span, message: `the parts add up to about ${words(used)}, not the ${words(whole)} written`, hint: 'they are run as written' });
    }
    // "12-13 miles (5 miles aerobic, 4 miles at marathon pace, 3-4 miles easy)": easy at both ends is its own warm-up and
    // cool-down, as is a run whose parts are placed in it ("19 miles, first 15 easy, last 4 @ M"), like easy running around work.
    return { nodes: inner.nodes, kind: easyEnds(inner.parts) || placed(within) ? 'easy' : 'work', hard: inner.hard };
  }
  refuseUnplaced(within, inner.parts, used, total, ctx);
  if (remainder < whole * 0.02) {
    ctx.warnings.push({ span: within.span, message: `the work inside adds up to about ${words(used)}, ${remainder < 0 ? 'more than' : 'all of'} the ${words(whole)} written`, hint: 'it is run as written, with no easy running around it' });
    return { nodes: inner.nodes, kind: 'work', hard: inner.hard };
  }
  // Easy lengths a watch can show: whole 10 m or 5 s, unless the text's own numbers give them exactly.
  const round = (x: number) => (exact ? x : total.kind === 'time' ? Math.round(x / 5) * 5 : Math.round(x / 10) * 10);
  const before = placement === 'end' ? round(remainder) : placement === 'start' ? 0 : round(remainder / 2);
  const after = placement === 'end' ? 0 : round(remainder - before);
  const run = (amount: number): Step => {
    const duration: Duration = total.kind === 'time' ? { kind: 'time', seconds: amount } : { kind: 'distance', meters: amount };
    const name = easy.kind === 'effort' ? easy.label : easy.kind === 'pace' && easy.name === 'recovery' ? 'recovery' : 'easy';
    return step('active', duration, easy, `${durationWords(duration, ctx.units)} ${name}`);
  };
  const what = single ? 'the faster part' : stridesOnly ? 'the strides' : 'the work';
  if (placement === 'middle') ctx.note(`the easy ${words(remainder)} are split evenly before and after ${what}`);
  else if (placement === 'end') ctx.note(`the easy ${words(remainder)} come before ${what}`);
  else ctx.note(`the easy ${words(remainder)} come after ${what}`);
  const nodes: Node[] = [...(before > 0 ? [run(before)] : []), ...inner.nodes, ...(after > 0 ? [run(after)] : [])];
  return { nodes, kind: 'easy', hard: inner.hard };
}

/** Parts with easy running of their own that fall short ("12 miles with 3 miles easy, 6 miles @ M") leave the rest no place: refused, not guessed. */
function refuseUnplaced(within: Within, parts: Part[], used: number, total: Duration, ctx: ResolveContext): void {
  const whole = total.kind === 'time' ? total.seconds : total.kind === 'distance' ? total.meters : 0;
  const remainder = whole - used;
  if (placed(within) || !parts.some((q) => RUN_PARTS.has(q.kind)) || remainder <= whole * 0.05) return;
  const words = (amount: number) => amountWords(amount, total, ctx);
  ctx.fail(within.span, `the parts add up to about ${words(used)}, not the ${words(whole)} written, and nothing says where the other ${words(remainder)} go`, "say where they go, such as '12 miles, first 6 easy, last 6 @ M', or write parts that add up to the whole");
}

/** Parts that are a run's own: easy running, a warm-up, a cool-down. */
const RUN_PARTS: ReadonlySet<Part['kind']> = new Set(['easy', 'warmup', 'cooldown']);

/** Whether any part is written "first …", "middle …" or "last …". */
const placed = (within: Within) => within.items.some((it) => it.kind === 'interval' && it.placement !== undefined);

/**
 * Whether the parts are the run itself, run as written: said to be ("44 min tempo: 4 min fast, 4 min
 * steady, …"); adding up to it, placed or with easy running of their own ("19 miles, first 15 easy, last 4 @ M"); or
 * framed by a warm-up and a cool-down of their own ("6 mile tempo run with 1 mile warm up, 3 miles at
 * 9:28, and 1 mile cool down"), which leave no end for the rest of the run.
 */
function isWhole(within: Within, parts: Part[], short: number): boolean {
  if (within.placement === 'whole') return true;
  // Work alone that fills the run ("8 miles w/ 4 miles @ 15K, then 5 x 100m strides, …") may have run on past it.
  if (Math.abs(short) <= 0.05 && (placed(within) || parts.some((q) => RUN_PARTS.has(q.kind)))) return true;
  return parts[0]?.kind === 'warmup' && parts[parts.length - 1]?.kind === 'cooldown';
}

/**
 * A total written after the session ("5 x 1 km (5 km total)", "Walk 6 min, Jog 1 min – Repeat 3x (Total 21min)")
 * that the work already fills, or nearly, restates the work: the session is run as written, with its usual
 * warm-up and cool-down, and the total is said beside it.
 */
function fillsTotal(nodes: Node[], total: Duration, span: Span, ctx: ResolveContext): boolean {
  const whole = total.kind === 'time' ? total.seconds : total.kind === 'distance' ? total.meters : 0;
  const length = (of: Node[]) => {
    const est = estimate(of, ctx.paces);
    return total.kind === 'time' ? est.seconds : est.meters;
  };
  const used = length(nodes);
  if (used < whole * 0.9) return false;
  const words = (amount: number) => amountWords(amount, total, ctx);
  // "4 x {200m … 400m} [3 min rest]. Total 4800m": a total may count the work alone.
  const restates = used <= whole * 1.1 || Math.abs(length(workOnly(nodes)) - whole) <= whole * 0.1;
  if (restates) ctx.note(`the ${words(whole)} total written is the session's own length`);
  else ctx.warnings.push({ span, message: `the session adds up to about ${words(used)}, more than the ${words(whole)} total written`, hint: 'it is run as written' });
  return true;
}

/** The steps run at work, without the recoveries between them. */
function workOnly(nodes: Node[]): Node[] {
  return nodes.flatMap((n): Node[] => (n.type === 'repeat' ? [{ ...n, children: workOnly(n.children) }] : n.intensity === 'active' ? [n] : []));
}

/** Easy running at both ends of the parts, or a warm-up and a cool-down written among them, is their own warm-up and cool-down. */
const easyEnds = (parts: Part[]) => ['easy', 'warmup'].includes(parts[0]?.kind ?? '') && ['easy', 'cooldown'].includes(parts[parts.length - 1]?.kind ?? '');

/** An amount in the total's own kind, time or distance, in the athlete's words ("21 min", "3.11 mi"). */
const amountWords = (amount: number, total: Duration, ctx: ResolveContext) =>
  durationWords(total.kind === 'time' ? { kind: 'time', seconds: amount } : { kind: 'distance', meters: amount }, ctx.units);
