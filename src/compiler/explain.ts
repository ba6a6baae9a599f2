/**
 * Explanations such as "(i.e. 500m @ Mile, 500m recovery, …)" restate the
 * session. They are compiled on their own and compared with it: a
 * contradiction is a warning, and they never add work.
 */
import type { Duration, Node, Step } from '../ir/workout.js';
import type { Explanation } from './ast.js';
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

function beats(nodes: readonly Node[], out: Beat[] = []): Beat[] {
  for (const n of nodes) {
    if (n.type === 'step') {
      if (n.intensity === 'warmup' || n.intensity === 'cooldown') continue;
      out.push(beat(n));
      continue;
    }
    for (let r = 0; r < n.count; r++) {
      const inner = beats(n.children);
      if (r === n.count - 1 && n.skipLastRecovery) while (inner.length && !inner[inner.length - 1]!.work) inner.pop();
      out.push(...inner);
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
  const session = beats(main);
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
      const said = beats(built.nodes);
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
}
