/** Recoveries between reps: fixed, open (lap button), "previous distance", "equal time", a share of the rep. */
import type { Duration, Step } from '../../ir/workout.js';
import type { RecoveryExpr } from '../ast.js';
import type { ResolveContext } from './context.js';
import { chooseDuration, durationWords, step } from './steps.js';
import { estimateStepSeconds } from '../estimate.js';
import { formatSeconds } from '../../units/format.js';
import { resolveTarget } from './pace.js';
import { heartRateName } from './heart-rate.js';
import { NORMS } from '../dialect/norms.js';

const MODE_WORD: Record<RecoveryExpr['mode'], string> = { jog: 'jog', walk: 'walk', rest: 'rest', recovery: 'recovery' };

/** The recovery step that follows `rep`; none for "no recovery". */
export function recoveryStep(expr: RecoveryExpr, rep: Step, ctx: ResolveContext): Step | undefined {
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
      beyondNorm(duration, rep, expr, label, ctx);
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

/**
 * "4 miler with a quick 2 mile run", "1E/2M/1E" read as a run and its recovery: a recovery longer than any runner
 * takes between reps (the norms table) is no recovery, and the reading stops there rather than run it. A coach may
 * still give as long a jog as the rep ("2 x 20 min w/ equal time jog", "2 x 3 km w/ 3 km jog"): that one stands.
 */
function beyondNorm(d: Duration, rep: Step, expr: RecoveryExpr, label: string, ctx: ResolveContext): void {
  const [value, norm, repValue] =
    d.kind === 'time' ? [d.seconds, NORMS.recovery.seconds, rep.duration.kind === 'time' ? rep.duration.seconds : 0] : d.kind === 'distance' ? [d.meters, NORMS.recovery.meters, rep.duration.kind === 'distance' ? rep.duration.meters : 0] : [0, undefined, 0];
  // A walk may be as long as the day's running ("Run 1 km, walk 4 km"): only a run's recovery has a norm.
  if (!norm || value <= norm.possible[1] || expr.mode === 'walk') return;
  if (d.kind === 'time' ? value <= repValue : Math.abs(value - repValue) < 1) return;
  const most = d.kind === 'time' ? `${norm.possible[1] / 60} min` : ctx.units === 'mi' ? `${(norm.possible[1] / 1609.344).toFixed(1)} mi` : `${norm.possible[1] / 1000} km`;
  ctx.fail(expr.span, `${label} is longer than any recovery between reps (at most ${most} in runcast's norms)`, 'write it as a part of its own (a comma before it), or as two runs of the day');
}
