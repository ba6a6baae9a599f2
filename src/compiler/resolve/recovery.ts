/** Recoveries between reps: fixed, open (lap button), "previous distance", "equal time", a share of the rep. */
import type { Duration, Step } from '../../ir/workout.js';
import type { RecoveryExpr } from '../ast.js';
import type { ResolveContext } from './context.js';
import { chooseDuration, durationWords, step } from './steps.js';
import { estimateStepSeconds } from '../estimate.js';
import { formatSeconds } from '../../units/format.js';
import { resolveTarget } from './pace.js';
import { heartRateName } from './heart-rate.js';
import { NORMS, ROUGH_SPEED } from '../dialect/norms.js';

const MODE_WORD: Record<RecoveryExpr['mode'], string> = { jog: 'jog', walk: 'walk', rest: 'rest', recovery: 'recovery' };

/**
 * The recovery step that follows `rep`; none for "no recovery". `afterRep`: it follows a rep of a repeat (not a set,
 * a block or a part of its own), so it is held to the norms of recoveries between reps.
 */
export function recoveryStep(expr: RecoveryExpr, rep: Step, ctx: ResolveContext, afterRep = false): Step | undefined {
  const intensity = expr.mode === 'walk' || expr.mode === 'rest' ? 'rest' : 'recovery';
  const word = MODE_WORD[expr.mode];
  const a = expr.amount;
  let duration: Duration;
  let label: string;
  switch (a.kind) {
    case 'none':
      return undefined;
    case 'sendoff': {
      // Each rep starts on the clock: the recovery is what the rep leaves of it.
      // A rep on a send-off with no pace written is run hard: at 5K pace, not the easy pace the estimate would take.
      const d = rep.duration;
      const repSeconds = d.kind === 'time' ? d.seconds : d.kind === 'distance' && rep.target.kind === 'none' ? d.meters / ctx.paces.paces['5K'].speed : estimateStepSeconds(rep, ctx.paces);
      const seconds = Math.round((a.seconds - repSeconds) / 5) * 5;
      if (seconds < 5) {
        ctx.warnings.push({ span: expr.span, message: `the ${rep.label} rep takes about ${Math.round(repSeconds)} s, as long as the ${a.seconds} s it starts on`, hint: 'no recovery is left between reps' });
        return undefined;
      }
      ctx.note(`reps start every ${formatSeconds(a.seconds)}: the ${rep.label} rep takes about ${Math.round(repSeconds)} s, so ${seconds} s of recovery`);
      duration = { kind: 'time', seconds };
      label = `${durationWords(duration, ctx.units)} ${word}`;
      break;
    }
    case 'quantity':
      duration = chooseDuration(a.quantity, ctx);
      label = `${durationWords(duration, ctx.units)} ${word}`;
      if (afterRep) beyondNorm(duration, rep, expr, label, ctx);
      break;
    case 'open':
      duration = { kind: 'open' };
      label = a.why === 'jog down' ? (expr.mode === 'walk' ? 'walk down' : 'jog down') : openLabel(expr.mode);
      break;
    case 'previous':
      duration = rep.duration;
      label = `${durationWords(duration, ctx.units)} ${word}`;
      break;
    case 'equal':
    case 'fraction': {
      const share = a.kind === 'equal' ? 1 : ctx.choose(a.low, a.high, (v) => `${Math.round(v * 100)}%`);
      const repSeconds = rep.duration.kind === 'time' ? rep.duration.seconds : estimateStepSeconds(rep, ctx.paces);
      // Rounded to 5 s: a watch countdown of 67.3 s helps nobody.
      const seconds = Math.max(5, Math.round((repSeconds * share) / 5) * 5);
      if (rep.duration.kind !== 'time') ctx.note(`recovery of ${a.kind === 'equal' ? 'equal time' : `${Math.round(share * 100)}% of the rep time`}: the ${rep.label} rep takes about ${Math.round(repSeconds)} s at target pace, so ${seconds} s`);
      duration = { kind: 'time', seconds };
      label = `${durationWords(duration, ctx.units)} ${word}`;
      break;
    }
  }
  if (expr.pace) {
    // "recovery at 5:40 for 1 km": a time with no unit is the time for the recovery's distance, as a rep's is.
    const length = expr.amount.kind === 'quantity' ? expr.amount.quantity : ({ kind: 'open', span: expr.span } as const);
    const target = resolveTarget(expr.pace, length, ctx);
    // "(3 min jog @ Z1)" run at the pace of Z1: the zone stays in the notes, as a rep's does.
    const heartRate = expr.pace.kind === 'named' && expr.pace.heartRate && target.kind === 'pace' ? [heartRateName(expr.pace.heartRate)] : [];
    return step(intensity, duration, target, `${label} @ ${target.name}`, heartRate);
  }
  return step(intensity, duration, { kind: 'none' }, label);
}

/** "w/ jog recovery", "a recovery jog between each": jogged (or walked) until the lap button, and the watch says how. */
const openLabel = (mode: RecoveryExpr['mode']) => (mode === 'jog' || mode === 'walk' ? `recovery ${MODE_WORD[mode]}` : 'full recovery');

/** When the coach writes no recovery between reps, the athlete recovers until they press lap. */
export function defaultRecovery(repLabel: string, ctx: ResolveContext): Step {
  ctx.note(`no recovery written between the ${repLabel} reps: recover until you press lap`);
  return step('recovery', { kind: 'open' }, { kind: 'none' }, 'recover until lap');
}

/** A recovery this much longer than its rep is no recovery, once it is past the norms: "1E/2M/1E", "4 x 1 mile w/ 3 mi". */
const LONGER_THAN_REP = 1.25;

/** How long the rep is in the recovery's kind of length: as written where the kinds match, else by its pace (a jog's, for a distance). */
function repLength(rep: Step, kind: 'time' | 'distance', ctx: ResolveContext): number {
  const r = rep.duration;
  if (kind === 'time') return r.kind === 'time' ? r.seconds : estimateStepSeconds(rep, ctx.paces);
  return r.kind === 'distance' ? r.meters : estimateStepSeconds(rep, ctx.paces) * ROUGH_SPEED.jog;
}

/**
 * "1E/2M/1E", "4 x 1 mile with 3 mile recovery", "6 x 800 w/ 20 min recovery" read as reps and their recovery: a
 * recovery past the norms table that is also longer than the rep it follows is no recovery between reps, and the
 * reading stops there rather than run it. Long reps take long recoveries ("2 x 6 mi @ MP w/ 2 mi easy", "2 x 20 min
 * w/ equal time jog"), and a walk may be as long as the running ("Run 1 km, walk 4 km"): those stand. Rep and
 * recovery are compared in the recovery's kind of length, a timed rep's distance taken at a jog (ROUGH_SPEED).
 */
function beyondNorm(d: Duration, rep: Step, expr: RecoveryExpr, label: string, ctx: ResolveContext): void {
  if (expr.mode === 'walk' || (d.kind !== 'time' && d.kind !== 'distance')) return;
  const norm = d.kind === 'time' ? NORMS.recovery.seconds : NORMS.recovery.meters;
  const value = d.kind === 'time' ? d.seconds : d.meters;
  if (value <= norm.possible[1]) return;
  if (value <= LONGER_THAN_REP * repLength(rep, d.kind, ctx)) return;
  const most = d.kind === 'time' ? `${norm.possible[1] / 60} min` : `${norm.possible[1] / 1000} km`;
  ctx.fail(expr.span, `${label} is longer than its ${rep.label} rep and than any recovery between reps (at most ${most} in runcast's norms)`, 'write it as a part of its own (a comma before it), or as two runs of the day');
}
