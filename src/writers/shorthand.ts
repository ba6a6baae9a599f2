/**
 * The IR printed back as canonical shorthand. Compiling the result (with the
 * plan's default warm-up and cool-down turned off, since they are written out)
 * gives the same steps again: the text writer's round trip.
 */
import type { Node, Step, Target, Workout } from '../ir/workout.js';

function quantity(s: Step): string {
  const d = s.duration;
  return d.kind === 'time' ? `${round(d.seconds)} sec` : d.kind === 'distance' ? `${round(d.meters)}m` : '';
}

const round = (n: number) => String(Math.round(n * 1000) / 1000);

/** Pace names are written so the parser reads them back: "Faster (800)" is 800 pace. */
function paceText(t: Target & { kind: 'pace' }): string {
  const faster = /^Faster \((.+)\)$/.exec(t.name);
  if (faster) return faster[1]!;
  const split = /^(?:(\d+):)?(\d+)s? per \d+(?:\.\d+)?m$/.exec(t.name);
  if (split) return String(Number(split[1] ?? 0) * 60 + Number(split[2]));
  return t.name.replace(/[–−]/g, '-');
}

function stepText(s: Step): string {
  const q = quantity(s);
  const t = s.target;
  // A heart rate by its name, which the reader reads again: "Z2-Z3", "70-78% HRmax", "140-150 bpm".
  const pace = t.kind === 'pace' ? ` @ ${paceText(t)}` : t.kind === 'heartRate' ? ` @ ${t.name.replace(/[–−]/g, '-')}` : '';
  switch (s.intensity) {
    case 'warmup':
      return `${q} WU${pace}`;
    case 'cooldown':
      return `${q} CD${pace}`;
    case 'recovery':
    case 'rest': {
      if (s.duration.kind === 'open') return /down/.test(s.label) ? (s.intensity === 'rest' ? 'walk down' : 'jog down') : 'full recovery';
      const mode = s.intensity === 'rest' ? (/walk/.test(s.label) ? 'walk' : 'rest') : /jog/.test(s.label) ? 'jog' : 'recovery';
      return `${q} ${mode}`;
    }
    case 'active': {
      if (/ easy$/.test(s.label)) return `${q} easy${t.kind === 'heartRate' ? pace : ''}`;
      if (/ race @ /.test(s.label)) return `${q} race${pace}`;
      // A rep run by feel is labelled with its length alone; anything else with no target is another sport's step.
      if (t.kind === 'none' && /^[\d.:,]+ ?(m|mi|km|s|min|h)( \d+ min)?$/.test(s.label)) return q;
      if (s.duration.kind === 'open' || t.kind === 'none') return s.duration.kind === 'time' ? `${q} ${s.label}` : s.label;
      if (t.kind === 'effort') {
        if (t.label === 'strides' || t.label === 'hill') return `${q} ${t.label}`;
        const role = / strides/.test(s.label) ? ' strides' : / hill/.test(s.label) ? ' hill' : '';
        return `${q}${role} @ ${t.label}`;
      }
      const role = / strides/.test(s.label) ? ' strides' : / hill/.test(s.label) ? ' hill' : '';
      return `${q}${role}${pace}`;
    }
  }
}

export function nodesShorthand(nodes: readonly Node[]): string {
  return nodes.map((n) => (n.type === 'step' ? stepText(n) : `${n.count} x (${nodesShorthand(n.children)})`)).join(', ');
}

export function toShorthand(w: Workout): string {
  if (w.sport === 'rest') return w.title;
  return nodesShorthand(w.steps);
}
