/**
 * Step trees for tests, with labels, notes and pace names left out: what a watch
 * would run. Expected trees are written with the builders below and compared
 * with `stepDiffs`, which lists every difference by its path so a failing test
 * says where the compiler went wrong.
 */
import type { Duration, Intensity, Node } from '../../src/ir/workout.js';

export const MILE = 1609.344;

export type TargetShape = { kind: 'pace'; low: number; high: number } | { kind: 'effort'; label: string } | { kind: 'none' };

export interface StepShape {
  type: 'step';
  intensity: Intensity;
  duration: Duration;
  target: TargetShape;
}

export interface RepeatShape {
  type: 'repeat';
  count: number;
  skipLastRecovery: boolean;
  children: Shape[];
}

export type Shape = StepShape | RepeatShape;

export const time = (seconds: number): Duration => ({ kind: 'time', seconds });
export const meters = (m: number): Duration => ({ kind: 'distance', meters: m });
export const miles = (mi: number): Duration => ({ kind: 'distance', meters: mi * MILE });
export const open: Duration = { kind: 'open' };

export const none: TargetShape = { kind: 'none' };
export const effort = (label: string): TargetShape => ({ kind: 'effort', label });
export const band = (b: { low: number; high: number }): TargetShape => ({ kind: 'pace', low: b.low, high: b.high });
/** A pace range written "HM-10K": from the slower pace's centre to the faster pace's centre. */
export const between = (a: { speed: number }, b: { speed: number }): TargetShape => ({
  kind: 'pace',
  low: Math.min(a.speed, b.speed),
  high: Math.max(a.speed, b.speed),
});
/** A single pace widened by a fraction of its speed on each side. */
export const around = (speed: number, tolerance: number): TargetShape => ({ kind: 'pace', low: speed * (1 - tolerance), high: speed * (1 + tolerance) });

const step = (intensity: Intensity) => (duration: Duration, target: TargetShape = none): StepShape => ({ type: 'step', intensity, duration, target });
export const warmup = step('warmup');
export const cooldown = step('cooldown');
export const active = step('active');
export const recovery = step('recovery');
export const rest = step('rest');
export const repeat = (count: number, children: Shape[], skipLastRecovery = true): RepeatShape => ({ type: 'repeat', count, skipLastRecovery, children });

/** The plan defaults every session gets around faster work: 15 min easy before, 10 min easy after. */
export const defaultWarmup = warmup(time(900));
export const defaultCooldown = cooldown(time(600));

export function shapeOf(nodes: readonly Node[]): Shape[] {
  return nodes.map((n): Shape => {
    if (n.type === 'repeat') return { type: 'repeat', count: n.count, skipLastRecovery: n.skipLastRecovery, children: shapeOf(n.children) };
    const t = n.target;
    const target: TargetShape = t.kind === 'pace' ? { kind: 'pace', low: t.low, high: t.high } : t.kind === 'effort' ? { kind: 'effort', label: t.label } : { kind: 'none' };
    return { type: 'step', intensity: n.intensity, duration: n.duration, target };
  });
}

const close = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

/** Every difference between two step trees; numbers agree within `tolerance` (relative above 1). */
export function stepDiffs(actual: readonly (Node | Shape)[], expected: readonly (Node | Shape)[], tolerance = 1e-9, path = 'steps'): string[] {
  const a = shapeOf(actual as Node[]);
  const e = shapeOf(expected as Node[]);
  const out: string[] = [];
  if (a.length !== e.length) out.push(`${path}: ${a.length} nodes, expected ${e.length}\n    got:      ${outline(a)}\n    expected: ${outline(e)}`);
  for (let k = 0; k < Math.min(a.length, e.length); k++) {
    const x = a[k]!;
    const y = e[k]!;
    const at = `${path}[${k}]`;
    if (x.type !== y.type) {
      out.push(`${at}: ${outline([x])}, expected ${outline([y])}`);
      continue;
    }
    if (x.type === 'repeat' && y.type === 'repeat') {
      if (x.count !== y.count) out.push(`${at}.count: ${x.count}, expected ${y.count}`);
      if (x.skipLastRecovery !== y.skipLastRecovery) out.push(`${at}.skipLastRecovery: ${x.skipLastRecovery}, expected ${y.skipLastRecovery}`);
      out.push(...stepDiffs(x.children, y.children, tolerance, `${at}.children`));
      continue;
    }
    const s = x as StepShape;
    const t = y as StepShape;
    if (s.intensity !== t.intensity) out.push(`${at}.intensity: ${s.intensity}, expected ${t.intensity}`);
    if (!sameDuration(s.duration, t.duration, tolerance)) out.push(`${at}.duration: ${durationText(s.duration)}, expected ${durationText(t.duration)}`);
    const st = s.target;
    const tt = t.target;
    if (st.kind !== tt.kind) out.push(`${at}.target: ${targetText(st)}, expected ${targetText(tt)}`);
    else if (st.kind === 'pace' && tt.kind === 'pace') {
      if (!close(st.low, tt.low, tolerance) || !close(st.high, tt.high, tolerance)) out.push(`${at}.target: ${targetText(st)}, expected ${targetText(tt)}`);
    } else if (st.kind === 'effort' && tt.kind === 'effort' && st.label !== tt.label) out.push(`${at}.target: ${targetText(st)}, expected ${targetText(tt)}`);
  }
  return out;
}

function sameDuration(a: Duration, b: Duration, tolerance: number): boolean {
  if (a.kind === 'time' && b.kind === 'time') return close(a.seconds, b.seconds, tolerance);
  if (a.kind === 'distance' && b.kind === 'distance') return close(a.meters, b.meters, tolerance);
  return a.kind === 'open' && b.kind === 'open';
}

function durationText(d: Duration): string {
  return d.kind === 'time' ? `${d.seconds}s` : d.kind === 'distance' ? `${d.meters}m` : 'open';
}

function targetText(t: TargetShape): string {
  return t.kind === 'pace' ? `pace ${t.low}..${t.high} m/s` : t.kind === 'effort' ? `effort "${t.label}"` : 'none';
}

/** One line for a tree: "warmup 900s, 6x skip(active 400m pace, recovery 400m), cooldown 600s". */
export function outline(nodes: readonly (Node | Shape)[]): string {
  return shapeOf(nodes as Node[])
    .map((n) => (n.type === 'repeat' ? `${n.count}x${n.skipLastRecovery ? ' skip' : ''}(${outline(n.children)})` : `${n.intensity} ${durationText(n.duration)}${n.target.kind === 'none' ? '' : ` ${n.target.kind === 'effort' ? `"${n.target.label}"` : 'pace'}`}`))
    .join(', ');
}
