/**
 * Reads a `.workout` file back with the decoder and lists every way the
 * workout the watch runs differs from the session's IR: the steps in the
 * order they are run (blocks played out `iterations` times, the IR's
 * repeats played out with the last rep's recovery left out where it says
 * so), each with its goal, alert, warm-up / work / recovery / cool-down place
 * and name.
 */
import type { Step, Workout } from '../../src/ir/workout.js';
import { decodePlan } from '../../src/writers/workoutkit/codec.js';
import type { Alert, Duration, Goal, Length, Step as WatchStep } from '../../src/writers/workoutkit/plan.js';
import { irRunOrder } from './intervals-compare.js';

const METERS: Record<Length['unit'], number> = { meters: 1, kilometers: 1000, feet: 0.3048, yards: 0.9144, miles: 1609.344 };
const SECONDS: Record<Duration['unit'], number> = { seconds: 1, minutes: 60, hours: 3600 };

export const metersOf = (l: Length) => l.value * METERS[l.unit];
export const secondsOf = (d: Duration) => d.value * SECONDS[d.unit];

type Place = 'warmup' | 'work' | 'recovery' | 'cooldown';

/** The steps the watch runs, in order, with where each sits. */
export function watchRunOrder(bytes: Uint8Array): { place: Place; step: WatchStep }[] {
  const custom = decodePlan(bytes).custom;
  if (!custom) throw new Error('not a custom workout');
  const out: { place: Place; step: WatchStep }[] = [];
  if (custom.warmup) out.push({ place: 'warmup', step: custom.warmup });
  for (const b of custom.blocks) for (let k = 0; k < b.iterations; k++) for (const s of b.steps) out.push({ place: s.purpose, step: s.step });
  if (custom.cooldown) out.push({ place: 'cooldown', step: custom.cooldown });
  return out;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function goalDiff(goal: Goal, e: Step): string | undefined {
  const d = e.duration;
  if (d.kind === 'open') return goal.type === 'open' ? undefined : `${goal.type} goal, expected open`;
  if (d.kind === 'time') return goal.type === 'time' && close(secondsOf(goal.time), d.seconds) ? undefined : `${JSON.stringify(goal)}, expected ${d.seconds} s`;
  return goal.type === 'distance' && close(metersOf(goal.distance), d.meters) ? undefined : `${JSON.stringify(goal)}, expected ${d.meters} m`;
}

const speedOf = (s: { distance: Length; time: Duration }) => metersOf(s.distance) / secondsOf(s.time);

function alertDiff(alert: Alert | undefined, e: Step): string | undefined {
  const t = e.target;
  if (t.kind === 'pace') {
    if (alert?.type !== 'speedRange') return `alert ${alert?.type ?? 'none'}, expected a speed range`;
    const ok = close(speedOf(alert.min), Math.min(t.low, t.high)) && close(speedOf(alert.max), Math.max(t.low, t.high));
    return ok ? undefined : `speed ${speedOf(alert.min)}–${speedOf(alert.max)} m/s, expected ${t.low}–${t.high}`;
  }
  if (t.kind === 'heartRate') {
    if (alert?.type !== 'heartRateRange') return `alert ${alert?.type ?? 'none'}, expected a heart-rate range`;
    const ok = alert.min.value === t.low && alert.max.value === t.high && alert.min.unit === 'beatsPerMinute' && alert.max.unit === 'beatsPerMinute';
    return ok ? undefined : `heart rate ${alert.min.value}–${alert.max.value} ${alert.min.unit}, expected ${t.low}–${t.high} bpm`;
  }
  const zone = t.kind === 'effort' ? /^zone\s*([1-5])$/i.exec(t.label.trim()) : null;
  if (zone) return alert?.type === 'heartRateZone' && alert.zone === Number(zone[1]) ? undefined : `alert ${JSON.stringify(alert)}, expected zone ${zone[1]}`;
  return alert ? `alert ${alert.type} where the IR has ${t.kind}` : undefined;
}

/**
 * Where a step may sit on the watch: a warm-up is the watch's warm-up only as
 * the first step run (a repeated or later one is a work step), a cool-down
 * likewise as the last.
 */
function placesOf(e: Step, i: number, count: number): Place[] {
  if (e.intensity === 'warmup') return i === 0 ? ['warmup', 'work'] : ['work'];
  if (e.intensity === 'cooldown') return i === count - 1 ? ['cooldown', 'work'] : ['work'];
  return [e.intensity === 'recovery' || e.intensity === 'rest' ? 'recovery' : 'work'];
}

/** The steps a session's file must run: its own, or one open step with its words when it has none. */
function expectedSteps(workout: Workout): Step[] {
  if (workout.steps.length > 0) return irRunOrder(workout.steps);
  const label = workout.asWritten ? workout.source : workout.title;
  return [{ type: 'step', intensity: 'active', duration: { kind: 'open' }, target: { kind: 'none' }, label, notes: [] }];
}

export function workoutKitDiffs(workout: Workout, bytes: Uint8Array): string[] {
  const plan = decodePlan(bytes);
  const diffs: string[] = [];
  const c = plan.custom;
  if (!c) return ['not a custom workout'];
  if (c.activity !== 'running' || c.location !== 'outdoor') diffs.push(`${c.activity} ${c.location}, expected outdoor running`);
  if (c.displayName !== workout.title) diffs.push(`named "${c.displayName}", expected "${workout.title}"`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(plan.referenceId)) diffs.push(`reference id ${plan.referenceId}`);
  const expected = expectedSteps(workout);
  const actual = watchRunOrder(bytes);
  if (actual.length !== expected.length) diffs.push(`${actual.length} steps run, expected ${expected.length}`);
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    const { place, step } = actual[i]!;
    const e = expected[i]!;
    const at = `step ${i + 1} ("${e.label}")`;
    const wanted = placesOf(e, i, expected.length);
    if (!wanted.includes(place)) diffs.push(`${at}: ${place}, expected ${wanted.join(' or ')}`);
    for (const d of [goalDiff(step.goal, e), alertDiff(step.alert, e)]) if (d) diffs.push(`${at}: ${d}`);
    if (e.label.trim() && !(step.displayName ?? '').includes(e.label.trim())) diffs.push(`${at}: named "${step.displayName}"`);
  }
  return diffs;
}
