/** Turn a written pace into this athlete's pace band. */
import type { HeartRateTarget, PaceTarget } from '../../ir/workout.js';
import type { LabelPace } from '../dialect/labels.js';
import { METERS_PER_MILE } from '../../units/format.js';
import { RACE_METERS, RACE_PACES, type PaceName, type RacePace } from '../../paces/types.js';
import type { RaceDistance } from '../../paces/parse.js';
import type { PaceExpr, PaceRef, Quantity, Span } from '../ast.js';
import { PACE_NORMS } from '../dialect/norms.js';
import { writtenMeters } from './unitless.js';
import type { ResolveContext } from './context.js';
import { heartRateTarget } from './heart-rate.js';

/** "Faster" steps up this ladder: after Mile comes 800 (1500 is too close to the mile to be a step). */
const FASTER_LADDER: RacePace[] = ['M', 'HM', '15K', '10K', '5K', '3K', 'Mile', '800'];
const FAST_PACES = new Set<PaceName>(['800', '1500', 'Mile', '3K', '5K', 'I', 'R']);

/** A pace's name as the athlete sees it; "pace" and "race pace" in a plan for a named race name that race ("goal HM"). */
export function displayName(ref: PaceRef, race?: RaceDistance): string {
  if (ref.anyGoal) return race?.name ? `goal ${race.name}` : 'goal';
  return ref.recovery ? 'recovery' : ref.goal ? `goal ${ref.name}` : ref.name;
}

/** The target a written pace gives: its pace band, or a heart-rate band when it was written as a heart rate. */
export function resolveTarget(expr: PaceExpr, quantity: Quantity, ctx: ResolveContext): PaceTarget | HeartRateTarget {
  const pace = resolvePace(expr, quantity, ctx);
  return expr.kind === 'named' && expr.heartRate ? heartRateTarget(expr.heartRate, pace, ctx) : pace;
}

/** The pace band of a written pace (for a heart rate, the pace of that effort). */
export function resolvePace(expr: PaceExpr, quantity: Quantity, ctx: ResolveContext): PaceTarget {
  switch (expr.kind) {
    case 'named': {
      const bands = expr.names.map((ref) => entry(ref, ctx));
      const name = expr.names.map((ref) => displayName(ref, ctx.defaults.race)).join('–');
      const last = expr.names[expr.names.length - 1]!;
      if ((RACE_PACES as readonly string[]).includes(last.name)) ctx.lastRace = fastestOf(expr.names.map((r) => r.name), ctx);
      if (expr.offset !== undefined) {
        // "MP-10s", "10-15 seconds slower than 10K": seconds per mile (or per km for a km athlete) from the named pace.
        const base = bands[0]!;
        const unitMeters = ctx.writtenUnits === 'mi' ? METERS_PER_MILE : 1000;
        const at = (seconds: number) => unitMeters / (unitMeters / base.speed + seconds);
        const { low, high } = expr.offset;
        const words = (s: number) => `${s > 0 ? '+' : '−'}${Math.abs(s)}`;
        const label = low === high ? `${name}${words(low)}s` : low < 0 && high < 0 ? `${name}−${Math.abs(high)}–${Math.abs(low)}s` : `${name}${words(low)}–${Math.abs(high)}s`;
        ctx.note(`${label} is taken per ${ctx.writtenUnits}`);
        if (low === high) return band(at(low), tol(expr.names[0]!.name, ctx), label);
        return { kind: 'pace', low: at(high), high: at(low), name: label };
      }
      // "10 mi at 100% MP": all of the pace is the pace itself, with its own band.
      const whole = expr.share && expr.share.low === 100 && expr.share.high === 100;
      if (expr.share && !whole) return shareOf(bands, name, expr.share, ctx);
      if (bands.length === 1) return { kind: 'pace', low: bands[0]!.low, high: bands[0]!.high, name };
      // A range runs from the slower pace to the faster one, whichever order it is written in.
      const speeds = bands.map((b) => b.speed);
      return { kind: 'pace', low: Math.min(...speeds), high: Math.max(...speeds), name };
    }
    case 'explicit': {
      const unit = expr.unit === 'athlete' ? unitOfBarePace(expr.slowSecondsPerUnit, quantity, ctx) : expr.unit;
      const unitMeters = unit === 'mi' ? METERS_PER_MILE : 1000;
      const name = `${clock(expr.slowSecondsPerUnit)}${expr.fastSecondsPerUnit !== expr.slowSecondsPerUnit ? `-${clock(expr.fastSecondsPerUnit)}` : ''}/${unit}`;
      if (expr.slowSecondsPerUnit === expr.fastSecondsPerUnit) {
        return band(unitMeters / expr.slowSecondsPerUnit, ctx.defaults.tolerance.slow, name);
      }
      return { kind: 'pace', low: unitMeters / expr.slowSecondsPerUnit, high: unitMeters / expr.fastSecondsPerUnit, name };
    }
    case 'split': {
      if (quantity.kind !== 'distance') ctx.fail(expr.span, 'a time per rep needs reps of a distance', "write a pace such as '@ 5K' or '@ 6:30/mi' for timed reps");
      const meters = quantity.unitless ? writtenMeters(quantity.low, ctx) : quantity.low;
      if (!humanSpeed(meters / expr.seconds, ctx) || perUnitFitsBetter(expr.seconds, meters, ctx)) return splitAsPace(expr, meters, ctx);
      if (repSlowerThanEasy(expr.seconds, meters, ctx)) return splitAsPace(expr, meters, ctx, 'slower than your easy running');
      const written = `${clock(expr.seconds)}${expr.slowest ? `-${clock(expr.slowest)}` : ''} per ${Math.round(meters)}m`;
      if (expr.slowest) return { kind: 'pace', low: meters / expr.slowest, high: meters / expr.seconds, name: written };
      return band(meters / expr.seconds, ctx.defaults.tolerance.fast, written);
    }
    case 'faster': {
      const prev = ctx.lastRace;
      if (!prev) ctx.fail(expr.span, "'Faster' needs a race pace before it", "such as '100m @ Mile, 100m @ Faster'");
      const at = FASTER_LADDER.indexOf(prev);
      const next = FASTER_LADDER[Math.min(FASTER_LADDER.length - 1, (at < 0 ? RACE_ORDER_FALLBACK(prev) : at) + 1)]!;
      ctx.lastRace = next;
      ctx.note(`'Faster' after ${prev} pace is ${next} pace`);
      const e = ctx.paces.paces[next];
      return { kind: 'pace', low: e.low, high: e.high, name: `Faster (${next})` };
    }
    case 'paired':
      ctx.fail(expr.span, 'paired paces such as 5K/Mile go with paired distances such as 800m/300m');
  }
}

function RACE_ORDER_FALLBACK(p: RacePace): number {
  // 8K sits between 10K and 5K, 1500 between Mile and 800.
  return p === '8K' ? FASTER_LADDER.indexOf('10K') : p === '1500' ? FASTER_LADDER.indexOf('Mile') : 0;
}

function fastestOf(names: PaceName[], ctx: ResolveContext): RacePace {
  const races = names.filter((n): n is RacePace => (RACE_PACES as readonly string[]).includes(n));
  return races.reduce((a, b) => (ctx.paces.paces[b].speed > ctx.paces.paces[a].speed ? b : a));
}

function entry(ref: PaceRef, ctx: ResolveContext): { low: number; high: number; speed: number } {
  if (ref.recovery) {
    const r = labelTarget('recovery', ctx);
    return { low: r.low, high: r.high, speed: (r.low + r.high) / 2 };
  }
  const goal = ctx.paces.goal;
  // "pace", "race pace", "goal pace" in a plan for a race: that race's pace.
  const race = ctx.defaults.race;
  if (ref.anyGoal && race) {
    if (goal && typeof goal.distance === 'string' && race.name === goal.distance) return goal;
    if (race.name) {
      if (goal) ctx.note(`race pace is the plan's race (${race.name}), predicted from current fitness: your goal is another race`);
      return ctx.paces.paces[race.name];
    }
    const t = raceTarget(race.meters, ctx);
    return { low: t.low, high: t.high, speed: (t.low + t.high) / 2 };
  }
  if (ref.goal) {
    if (goal && (ref.anyGoal || goal.distance === ref.name)) return goal;
    if (ref.anyGoal) ctx.note('no goal race in the athlete\'s profile: mile pace from current fitness is used');
    else ctx.note(`no ${ref.name} goal in the athlete's profile: ${ref.name} pace from current fitness is used`);
  }
  return ctx.paces.paces[ref.name];
}

function tol(name: PaceName, ctx: ResolveContext): number {
  return FAST_PACES.has(name) ? ctx.defaults.tolerance.fast : ctx.defaults.tolerance.slow;
}

/** "95% of MP": the named pace's speed times the share, a band between the shares (or around the one share). */
function shareOf(bands: { speed: number }[], name: string, share: { low: number; high: number }, ctx: ResolveContext): PaceTarget {
  const speed = bands.reduce((a, b) => a + b.speed, 0) / bands.length;
  const label = `${share.low === share.high ? share.low : `${share.low}–${share.high}`}% of ${name}`;
  ctx.note(`${label} is read as a share of the speed at ${name} pace`);
  if (share.low === share.high) return band((speed * share.low) / 100, ctx.defaults.tolerance.slow, label);
  return { kind: 'pace', low: (speed * share.low) / 100, high: (speed * share.high) / 100, name: label };
}

/**
 * "Easy Run 30-45mins, pace 6:02-6:37", "Run 70 min, pace 6:30": a pace with no unit is per the plan's or the
 * athlete's unit, unless the run is an easy one of 30 min or 5 km and more, or any of an hour or 15 km and more, and the pace, so read, is
 * faster than the athlete's threshold (an hour's race pace) while per the other unit it is an easy or steady runner's:
 * then it is per the other unit, and a note says why. No reading gives an easy or a long run at a race's pace.
 */
function unitOfBarePace(seconds: number, quantity: Quantity, ctx: ResolveContext): 'mi' | 'km' {
  const unit = ctx.writtenUnits;
  const other = unit === 'mi' ? 'km' : 'mi';
  const speed = (u: 'mi' | 'km') => (u === 'mi' ? METERS_PER_MILE : 1000) / seconds;
  const p = ctx.paces.paces;
  // The run itself, not a part inside it: "Long run: 2 hours, last 20 min @ 6:40" keeps 6:40 per mile for its finish.
  const atLeast = (seconds: number, metres: number) => (quantity.kind === 'time' && quantity.low >= seconds) || (quantity.kind === 'distance' && quantity.low >= metres);
  const easyRun = (ctx.label?.pace === 'E' || ctx.label?.pace === 'recovery') && atLeast(30 * 60, 5000);
  const longRun = atLeast(3600, 15000);
  const easyAt = (v: number) => v <= p.T.low && v >= p.E.low * PACE_NORMS.slowerThanEasy;
  if ((easyRun || longRun) && speed(unit) > p.T.high && easyAt(speed(other))) {
    ctx.note(`a pace written with no unit is read per ${other}: per ${unit} it would be faster than your threshold, no ${easyRun ? 'easy' : 'long'} run`);
    return other;
  }
  ctx.note(`a pace written with no unit is read per ${unit}, ${ctx.writtenUnitsWhose}`);
  return unit;
}

/** Whether a runner could hold this speed: between a brisk walk and a little faster than their 800 m race (PACE_NORMS). */
export function humanSpeed(speed: number, ctx: ResolveContext): boolean {
  const p = ctx.paces.paces;
  return speed <= p['800'].speed * PACE_NORMS.fasterThan800 && speed >= p.E.low * PACE_NORMS.slowerThanEasy;
}

/**
 * "2 miles (9:35)": as the whole run's time the clock is a pace faster than the athlete races
 * that far, as a pace per mile it is a little slower than easy. Each reading is scored by how
 * far its speed falls outside what the athlete runs over that length (easy to race pace); the
 * pace per unit is taken only when it falls nearer.
 */
function perUnitFitsBetter(seconds: number, meters: number, ctx: ResolveContext): boolean {
  // Over one mile or one km the two readings are the same.
  const per = wholeUnit(meters);
  const unit = per === 'mi' ? METERS_PER_MILE : 1000;
  if (per === undefined || meters < 1.5 * unit) return false;
  const range = { low: ctx.paces.paces.E.low, high: raceSpeedOver(meters, ctx) };
  const outside = (speed: number) => Math.max(0, Math.log(speed / range.high), Math.log(range.low / speed));
  const whole = outside(meters / seconds);
  return whole > 0 && humanSpeed(unit / seconds, ctx) && outside(unit / seconds) < whole;
}

/** The athlete's race speed over the longest race no longer than `meters` (the shortest race for less). */
function raceSpeedOver(meters: number, ctx: ResolveContext): number {
  const races = RACE_PACES.filter((r) => RACE_METERS[r] <= meters * 1.02);
  const race = races.length ? races.reduce((a, b) => (RACE_METERS[b] > RACE_METERS[a] ? b : a)) : '800';
  return ctx.paces.paces[race].speed;
}

/**
 * "5 X 500 m a 5'00\"": as the time for a rep shorter than a mile or km, the clock would have it run slower than the
 * athlete's easy running, which no rep is; as a pace per unit it is one this athlete runs.
 */
function repSlowerThanEasy(seconds: number, meters: number, ctx: ResolveContext): boolean {
  const unit = ctx.writtenUnits === 'mi' ? METERS_PER_MILE : 1000;
  return meters < unit && meters / seconds < ctx.paces.paces.E.low && humanSpeed(unit / seconds, ctx);
}

/**
 * "16 miles @8:05 average": as the time of the whole run the clock is a pace no
 * runner runs, so it is the pace per mile (per km when the run is in km).
 */
function splitAsPace(expr: { seconds: number; slowest?: number; span: Span }, meters: number, ctx: ResolveContext, why = 'a pace no runner runs'): PaceTarget {
  const { seconds, slowest, span } = expr;
  const unit = wholeUnit(meters) ?? (writtenInKm(meters) ? 'km' : ctx.writtenUnits);
  const unitMeters = unit === 'mi' ? METERS_PER_MILE : 1000;
  const speed = unitMeters / seconds;
  const whole = clock(seconds / (meters / (ctx.units === 'mi' ? METERS_PER_MILE : 1000)));
  if (!humanSpeed(speed, ctx)) ctx.fail(span, `${clock(seconds)} is neither a time for this rep nor a pace a runner runs`, "write the rep's time (@ 75 for 400m) or a pace such as 6:30/mi");
  ctx.note(`read @${clock(seconds)} as a pace per ${unit}; as the time for the whole ${+(meters / unitMeters).toFixed(2)} ${unit} it would be ${whole}/${ctx.units}, ${why}`);
  // "8 km @ 4:50-5:05": a range of paces per unit, each end as written.
  if (slowest) return { kind: 'pace', low: unitMeters / slowest, high: speed, name: `${clock(seconds)}-${clock(slowest)}/${unit}` };
  return band(speed, ctx.defaults.tolerance.slow, `${clock(seconds)}/${unit}`);
}

/**
 * "7,5 km im 6:20 er Schnitt", "12.3 km @ 5:10": a run of 2 km or more to the hundred metres was written in
 * kilometres (a length in miles is no whole number of metres), so its unitless pace is per km.
 */
function writtenInKm(meters: number): boolean {
  return meters >= 2000 && Math.abs(meters / 100 - Math.round(meters / 100)) < 1e-6;
}

/** The unit a length is a whole number of: miles (within 1 %), then kilometres. */
function wholeUnit(meters: number): 'mi' | 'km' | undefined {
  if (Math.abs(meters / METERS_PER_MILE - Math.round(meters / METERS_PER_MILE)) < 0.01) return 'mi';
  return meters % 1000 === 0 ? 'km' : undefined;
}

function band(speed: number, tolerance: number, name: string): PaceTarget {
  return { kind: 'pace', low: speed * (1 - tolerance), high: speed * (1 + tolerance), name };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The pace a label implies ("Recovery": slower than easy; "Lactate threshold": T). */
export function labelTarget(pace: LabelPace, ctx: ResolveContext): PaceTarget {
  const e = ctx.paces.paces.E;
  if (pace === 'recovery') {
    // Slower than easy: from the slow end of E to a tenth slower still.
    return { kind: 'pace', low: e.low * 0.9, high: e.low, name: 'recovery' };
  }
  const entryOf = ctx.paces.paces[pace];
  return { kind: 'pace', low: entryOf.low, high: entryOf.high, name: pace };
}

/**
 * Race pace for any distance: the athlete's goal pace when the goal is this race,
 * else the equivalent time from current fitness, interpolated between the race
 * distances the model gives (time against distance, on logarithmic scales).
 */
export function raceTarget(meters: number, ctx: ResolveContext): PaceTarget {
  const goal = ctx.paces.goal;
  const named = raceNamed(meters);
  if (named) {
    const at = goal && goal.distance === named ? goal : ctx.paces.paces[named];
    return { kind: 'pace', low: at.low, high: at.high, name: goal && goal.distance === named ? `goal ${named}` : named };
  }
  if (goal && typeof goal.distance === 'number' && Math.abs(goal.distance - meters) < 1) return { kind: 'pace', low: goal.low, high: goal.high, name: 'goal' };
  const races = [...RACE_PACES].sort((a, b) => RACE_METERS[a] - RACE_METERS[b]);
  let k = races.findIndex((r) => RACE_METERS[r] > meters);
  if (k <= 0) k = k === 0 ? 1 : races.length - 1;
  const [a, b] = [races[k - 1]!, races[k]!];
  const [da, db] = [RACE_METERS[a], RACE_METERS[b]];
  const [ta, tb] = [ctx.paces.equivalents[a], ctx.paces.equivalents[b]];
  const slope = Math.log(tb / ta) / Math.log(db / da);
  const seconds = ta * Math.exp(slope * Math.log(meters / da));
  const speed = meters / seconds;
  return band(speed, meters <= 5000 ? ctx.defaults.tolerance.fast : ctx.defaults.tolerance.slow, `${Math.round(meters)} m race`);
}

/** The race a distance names: within half a percent ("13.1 miles" is the half marathon, "26.2 miles" the marathon). */
export function raceNamed(meters: number): RacePace | undefined {
  return (Object.keys(RACE_METERS) as RacePace[]).find((r) => Math.abs(RACE_METERS[r] - meters) <= RACE_METERS[r] * 0.005);
}
