/**
 * Explanations such as "(i.e. 500m @ Mile, 500m recovery, …)" restate the
 * session. They are compiled on their own and compared with it: a
 * contradiction is a warning, and they never add work.
 */
import type { Duration, Node, Step } from '../ir/workout.js';
import type { Explanation } from './ast.js';
import { LIMITS } from './budget.js';
import { ResolveContext, ResolveError } from './resolve/context.js';
import { resolvePace } from './resolve/pace.js';
import { buildItems } from './resolve/sequence.js';
import { shortDuration } from './title.js';

interface Beat {
  work: boolean;
  duration: Duration;
  pace?: string;
  band?: [number, number];
}

/**
 * The session as the athlete runs it, repetitions written out (warm-up and
 * cool-down left aside), without recursion. The budget bounds a session's
 * steps before it gets here; `limit` bounds this walk whatever it is given.
 */
function beats(nodes: readonly Node[], limit: number = LIMITS.sessionSteps): Beat[] {
  const out: Beat[] = [];
  /** One repeat being written out: the repetitions left, and where the current one began. */
  const stack = [{ nodes, next: 0, left: 1, skipLastRecovery: false, begun: 0 }];
  while (stack.length > 0 && out.length <= limit) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.nodes.length) {
      frame.left--;
      if (frame.left > 0) {
        frame.next = 0;
        frame.begun = out.length;
        continue;
      }
      // The last repetition ends with its last work.
      if (frame.skipLastRecovery) while (out.length > frame.begun && !out[out.length - 1]!.work) out.pop();
      stack.pop();
      continue;
    }
    const n = frame.nodes[frame.next++]!;
    if (n.type === 'step') {
      if (n.intensity !== 'warmup' && n.intensity !== 'cooldown') out.push(beat(n));
    } else if (n.count > 0) {
      stack.push({ nodes: n.children, next: 0, left: n.count, skipLastRecovery: n.skipLastRecovery, begun: out.length });
    }
  }
  return out;
}

function beat(s: Step): Beat {
  const t = s.target;
  return { work: s.intensity === 'active', duration: s.duration, ...(t.kind === 'pace' ? { pace: t.name, band: [t.low, t.high] as [number, number] } : {}) };
}

const sameDuration = (a: Duration, b: Duration) =>
  a.kind === b.kind && (a.kind === 'time' ? Math.abs(a.seconds - (b as { seconds: number }).seconds) < 0.5 : a.kind === 'distance' ? Math.abs(a.meters - (b as { meters: number }).meters) < 0.5 : true);

export function checkExplanations(explanations: Explanation[], main: Node[], ctx: ResolveContext): void {
  // Written out once, and only when an explanation restates the steps.
  let written: Beat[] | undefined;
  const sessionBeats = () => (written ??= beats(main));
  let repsNotInSession: Explanation | undefined;
  for (const ex of explanations) {
    const scratch = new ResolveContext(ctx.athlete, ctx.paces, ctx.defaults);
    try {
      if (ex.kind === 'pace' && ex.pace && ex.explains) {
        const q = { kind: 'distance' as const, low: 400, high: 400, span: ex.span };
        const a = resolvePace(ex.explains, q, scratch);
        const b = resolvePace(ex.pace, q, scratch);
        if (Math.abs(a.low - b.low) > 1e-6 || Math.abs(a.high - b.high) > 1e-6) {
          ctx.warnings.push({ span: ex.span, message: `the explanation names ${b.name} pace but the session says ${a.name}`, hint: 'make the pace and its explanation agree' });
        }
        continue;
      }
      if (!ex.sequence) continue;
      const built = buildItems(ex.sequence.items, scratch, { joins: ex.sequence.joins });
      if (built.nodes.some(isRepeat) && !main.some(isRepeat)) repsNotInSession = ex;
      const said = beats(built.nodes);
      const session = sessionBeats();
      for (let k = 0; k < said.length; k++) {
        const s = said[k]!;
        const m = session[k];
        const words = (b: Beat) => `${shortDuration(b.duration, ctx.units)} ${b.work ? (b.pace ? `@ ${b.pace}` : 'of work') : 'recovery'}`;
        if (!m) {
          ctx.warnings.push({ span: ex.span, message: `the explanation goes on (${words(s)}) after the session ends`, hint: 'make the session and its explanation agree' });
          break;
        }
        const paceDiffers = s.work && s.band && m.band && (Math.abs(s.band[0] - m.band[0]) > 1e-6 || Math.abs(s.band[1] - m.band[1]) > 1e-6);
        if (s.work !== m.work || !sameDuration(s.duration, m.duration) || paceDiffers) {
          ctx.warnings.push({ span: ex.span, message: `the explanation says ${words(s)} where the session has ${words(m)} (part ${k + 1})`, hint: 'make the session and its explanation agree' });
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof ResolveError)) throw e;
      ctx.warnings.push({ span: ex.span, message: `the explanation cannot be checked: ${e.problem.message}` });
    }
  }
  // "Hills 4 miles (200 m X 6)": reps in brackets beside a run that has none are work the reading left out, not an
  // explanation of it; reading the run alone would be a wrong workout.
  if (repsNotInSession) ctx.fail(repsNotInSession.span, 'the brackets hold reps the session does not run', "say where they go in the run, such as '4 mi with 6 x 200m'");
}

const isRepeat = (n: Node): boolean => n.type === 'repeat';
