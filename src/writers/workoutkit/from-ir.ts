/**
 * A running session as a WorkoutKit custom workout: outdoor running, the
 * session's title as its name, the first step as the warm-up when it is one,
 * the last as the cool-down when it is one, and everything between as
 * blocks of work and recovery steps repeated `iterations` times.
 *
 * A block cannot hold a block, and every block repeats all its steps; so the
 * step tree goes through the same shaper as the FIT writer's, without a step
 * limit and without nesting: the last rep of a block that skips its recovery
 * is written as a block of its own, and sets of reps are written out set by
 * set. Each such change is said in the notes. Plain steps between repeats
 * share a block of one iteration.
 *
 * Goals: a time, a distance (in miles or kilometres when the athlete's unit
 * says it exactly, else metres), or open for a step that ends at the lap
 * button. A pace band is a speed-range alert in metres per second, the value
 * Apple stores; a heart-rate band is a heart-rate range alert in beats per
 * minute, runcast's own numbers rather than the watch's zones. A walk step
 * in a run carries no alert: the watch's activity is the workout's alone.
 */
import type { CompiledPlan, Node, Step as IrStep, Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { shapeForDevice } from '../shape.js';
import type { Alert, CustomWorkout, Goal, IntervalBlock, IntervalStep, Length, Purpose, Step } from './plan.js';

export interface CustomPlan {
  workout: CustomWorkout;
  /** Where the watch's workout is shaped differently from the session, in words. */
  notes: string[];
}

const MILE_M = 1609.344;
/** A heart-rate zone as the compiler names it ("in Zone 2" gives the effort "Zone 2"). */
const ZONE = /^zone\s*([1-5])$/i;

/** The whole number `value` is, when it is one to within rounding. */
const whole = (value: number) => (Math.abs(value - Math.round(value)) < 1e-9 ? Math.round(value) : undefined);

/** 1 mi, 2.5 mi, 5 km in the athlete's unit when exact to the quarter mile or the kilometre; else metres (400 m, 1600 m). */
export function lengthFor(meters: number, units: Units): Length {
  if (units === 'mi') {
    const quarters = whole((meters / MILE_M) * 4);
    if (quarters !== undefined && quarters > 0) return { value: quarters / 4, unit: 'miles' };
  } else {
    const km = whole(meters / 1000);
    if (km !== undefined && km > 0) return { value: km, unit: 'kilometers' };
  }
  return { value: meters, unit: 'meters' };
}

function goalFor(step: IrStep, units: Units): Goal {
  const d = step.duration;
  if (d.kind === 'distance') return { type: 'distance', distance: lengthFor(d.meters, units) };
  if (d.kind === 'open') return { type: 'open' };
  const minutes = whole(d.seconds / 60);
  return { type: 'time', time: minutes !== undefined && minutes > 0 ? { value: minutes, unit: 'minutes' } : { value: d.seconds, unit: 'seconds' } };
}

function alertFor(step: IrStep): Alert | undefined {
  const t = step.target;
  if (t.kind === 'pace') {
    const perSecond = (m: number) => ({ distance: { value: m, unit: 'meters' as const }, time: { value: 1, unit: 'seconds' as const } });
    return { type: 'speedRange', min: perSecond(Math.min(t.low, t.high)), max: perSecond(Math.max(t.low, t.high)) };
  }
  if (t.kind === 'heartRate') {
    const bpm = (v: number) => ({ value: v, unit: 'beatsPerMinute' as const });
    return { type: 'heartRateRange', min: bpm(Math.min(t.low, t.high)), max: bpm(Math.max(t.low, t.high)) };
  }
  const zone = t.kind === 'effort' ? ZONE.exec(t.label.trim()) : null;
  return zone ? { type: 'heartRateZone', zone: Number(zone[1]) } : undefined;
}

/** The step's label, and its effort when the label does not say it ("hill", "strides"). */
function displayName(step: IrStep): string | undefined {
  const label = step.label.trim();
  const t = step.target;
  const effort = t.kind === 'effort' && !label.toLowerCase().includes(t.label.trim().toLowerCase()) ? t.label.trim() : '';
  return [label, effort].filter(Boolean).join(' · ') || undefined;
}

function stepFor(step: IrStep, units: Units): Step {
  const out: Step = { goal: goalFor(step, units) };
  const alert = alertFor(step);
  if (alert) out.alert = alert;
  const name = displayName(step);
  if (name !== undefined) out.displayName = name;
  return out;
}

/** The shaper writes sets out one by one when repeats may not nest, so a block holds steps only. */
function onlyStep(node: Node): IrStep {
  if (node.type !== 'step') throw new Error('a repeat inside a repeat reached the WorkoutKit writer');
  return node;
}

const purposeOf = (step: IrStep): Purpose => (step.intensity === 'recovery' || step.intensity === 'rest' ? 'recovery' : 'work');

/** The blocks for the shaped nodes between warm-up and cool-down: a repeat each, consecutive steps together. */
function blocksFor(nodes: readonly Node[], units: Units, notes: string[]): IntervalBlock[] {
  const blocks: IntervalBlock[] = [];
  let loose: IntervalStep[] = [];
  const intervalStep = (s: IrStep): IntervalStep => {
    if (s.intensity === 'warmup' || s.intensity === 'cooldown') {
      notes.push(`"${s.label}" is in the middle of the workout, where the watch has only work and recovery steps: it is a work step.`);
    }
    return { purpose: purposeOf(s), step: stepFor(s, units) };
  };
  const flush = () => {
    if (loose.length > 0) blocks.push({ iterations: 1, steps: loose });
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === 'step') {
      loose.push(intervalStep(node));
      continue;
    }
    flush();
    blocks.push({ iterations: node.count, steps: node.children.map((c) => intervalStep(onlyStep(c))) });
  }
  flush();
  return blocks;
}

const isStep = (n: Node | undefined, intensity: IrStep['intensity']): n is IrStep => n?.type === 'step' && n.intensity === intensity;

/** One open work step that carries the session's words: a session kept as written, or one with no steps. */
function placeholder(workout: Workout): IrStep {
  return { type: 'step', intensity: 'active', duration: { kind: 'open' }, target: { kind: 'none' }, label: workout.asWritten ? workout.source : workout.title, notes: [] };
}

/** The watch has no lap button to end a step: an open goal is ended by hand. */
function openStepNotes(nodes: readonly Node[]): string[] {
  const all = (list: readonly Node[]): IrStep[] => list.flatMap((n) => (n.type === 'step' ? [n] : all(n.children)));
  return all(nodes)
    .filter((s) => s.duration.kind === 'open')
    .map((s) => `"${s.label}" ends at the lap button: on the watch it is an open step, which the athlete ends by hand.`);
}

const isRecovery = (n: Node) => n.type === 'step' && (n.intensity === 'recovery' || n.intensity === 'rest');

/**
 * A repeat whose last repetition ends with its last work, where that work is
 * itself a repeat ("3 sets of 5 × 30 s, 3 min between sets", nothing after
 * the very last rep): the repetitions but the last are written whole, then
 * the last one without its trailing recoveries and with its own last set
 * ending the same way, which the shaper writes as blocks of their own. The
 * shaper alone drops only the trailing recoveries, not those inside the set.
 */
function lastSetApart(node: Node, notes: string[]): Node[] {
  if (node.type === 'step') return [node];
  const children = node.children.flatMap((c) => lastSetApart(c, notes));
  let end = node.children.length;
  while (end > 0 && isRecovery(node.children[end - 1]!)) end--;
  const last = node.children[end - 1];
  if (!node.skipLastRecovery || last?.type !== 'repeat') return [{ ...node, children }];
  notes.push(`${node.label || `${node.count} sets`}: the last set is written apart, so that its last rep has no recovery after it.`);
  const lastSet = [...node.children.slice(0, end - 1), { ...last, skipLastRecovery: true }].flatMap((c) => lastSetApart(c, notes));
  const whole = { ...node, count: node.count - 1, skipLastRecovery: false, children };
  return [...(node.count > 1 ? [whole] : []), ...lastSet];
}

/** The custom workout for a running session; the caller has checked that it is one. */
export function customWorkoutFor(workout: Workout, plan: CompiledPlan): CustomPlan {
  const units = plan.athlete.units;
  const apart: string[] = [];
  const source = workout.steps.length > 0 ? workout.steps.flatMap((n) => lastSetApart(n, apart)) : [placeholder(workout)];
  // No step limit: the watch stores as many steps as a session has.
  const shaped = shapeForDevice(source, { maxSteps: Number.POSITIVE_INFINITY, nestedRepeats: false, countRepeatAsStep: true });
  if (!shaped.ok) throw new Error(shaped.message); // cannot happen without a step limit
  const nodes = [...shaped.nodes];
  const notes =
    workout.steps.length > 0
      ? [...apart, ...shaped.notes, ...openStepNotes(nodes)]
      : [`The session has no steps runcast could read: the watch shows one open step named with ${workout.asWritten ? "the coach's words" : 'its title'}.`];
  const out: CustomWorkout = { activity: 'running', location: 'outdoor', displayName: workout.title, blocks: [] };
  if (isStep(nodes[0], 'warmup')) out.warmup = stepFor(nodes.shift() as IrStep, units);
  const last = nodes.length > 0 ? nodes[nodes.length - 1] : undefined;
  const cooldown = isStep(last, 'cooldown') ? (nodes.pop() as IrStep) : undefined;
  out.blocks = blocksFor(nodes, units, notes);
  if (cooldown) out.cooldown = stepFor(cooldown, units);
  return { workout: out, notes: [...new Set(notes)] };
}
