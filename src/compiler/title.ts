/** Short titles for calendars and watch screens: "6×400m @ HM–10K", "500–400–300–200m @ Mile". */
import type { Duration, Node, Repeat, Step } from '../ir/workout.js';
import { METERS_PER_MILE, formatSeconds, type Units } from '../units/format.js';
import type { Part } from './resolve/items.js';

export function shortDuration(d: Duration, units: Units): string {
  if (d.kind === 'time') return formatSeconds(d.seconds);
  if (d.kind === 'open') return 'open';
  const miles = d.meters / METERS_PER_MILE;
  if (d.meters >= 1600 && Math.abs(miles * 4 - Math.round(miles * 4)) < 1e-6) return `${Math.round(miles * 100) / 100} mi`;
  if (d.meters < 3000) return `${Math.round(d.meters)}m`;
  return units === 'mi' ? `${Math.round(miles * 100) / 100} mi` : `${Math.round(d.meters / 10) / 100} km`;
}

function what(s: Step, units: Units): { qty: string; rest: string } {
  const qty = shortDuration(s.duration, units);
  const t = s.target;
  if (s.label.endsWith(' easy')) return { qty, rest: ' easy' };
  if (s.label.includes(' race @ ')) return { qty, rest: ' race' };
  const kind = / strides/.test(s.label) ? ' strides' : / hill/.test(s.label) ? ' hill' : '';
  const target = t.kind === 'pace' ? ` @ ${t.name.replace(/-/g, '–')}` : t.kind === 'effort' && t.label !== kind.trim() ? ` @ ${t.label}` : '';
  return { qty, rest: `${kind}${target}` };
}

function workSteps(nodes: Node[]): Step[] {
  return nodes.flatMap((n) => (n.type === 'step' ? (n.intensity === 'active' ? [n] : []) : workSteps(n.children)));
}

export function titleFromParts(parts: Part[], units: Units): string {
  const pieces: string[] = [];
  let ladder: { qtys: string[]; rest: string } | undefined;
  const flush = () => {
    if (!ladder) return;
    const unit = ladder.qtys.every((q) => /^(\d+×)?\d+m$/.test(q)) ? 'm' : '';
    const qs = unit ? ladder.qtys.map((q) => q.slice(0, -1)) : ladder.qtys;
    const sep = qs.some((q) => q.includes('×')) ? ', ' : '–';
    pieces.push(`${qs.join(sep)}${unit}${ladder.rest}`);
    ladder = undefined;
  };
  for (const p of parts) {
    if (p.kind === 'warmup' || p.kind === 'cooldown' || p.kind === 'recovery') continue;
    const node = p.nodes[0];
    if (!node) continue;
    if (node.type === 'repeat') {
      const t = repeatTitle(node, units);
      // "4×200, 2×400, 2×600m @ Mile": repeats of one pace in a row read as a ladder.
      if (ladder && ladder.rest === t.rest && t.simple) ladder.qtys.push(t.qty);
      else {
        flush();
        if (t.simple) ladder = { qtys: [t.qty], rest: t.rest };
        else pieces.push(t.qty + t.rest);
      }
      continue;
    }
    const steps = p.nodes.filter((n): n is Step => n.type === 'step' && n.intensity === 'active');
    if (p.kind === 'other') {
      flush();
      pieces.push(steps[0]?.duration.kind === 'time' ? `${formatSeconds(steps[0].duration.seconds)} ${steps[0].label}` : steps[0]?.label ?? '');
      continue;
    }
    if (steps.length === 3 && steps[0]!.label.endsWith(' easy') && !steps[1]!.label.endsWith(' easy')) {
      // A run with a faster part: "8 mi w/ 4 mi @ 15K–HM".
      flush();
      const total = steps.reduce((a, s) => a + (s.duration.kind === 'distance' ? s.duration.meters : s.duration.kind === 'time' ? s.duration.seconds : 0), 0);
      const d: Duration = steps[0]!.duration.kind === 'time' ? { kind: 'time', seconds: total } : { kind: 'distance', meters: total };
      const fast = what(steps[1]!, units);
      pieces.push(`${shortDuration(d, units)} w/ ${fast.qty}${fast.rest}`);
      continue;
    }
    for (const s of steps) {
      const w = what(s, units);
      if (ladder && ladder.qtys.some((q) => q.includes('×'))) w.qty = `1×${w.qty}`;
      if (w.rest === ' easy' || w.rest === ' race') {
        flush();
        pieces.push(w.rest === ' race' ? `${w.qty === '1 mi' ? 'Mile' : w.qty} race` : `${w.qty} easy`);
        continue;
      }
      if (ladder && ladder.rest === w.rest) ladder.qtys.push(w.qty);
      else {
        flush();
        ladder = { qtys: [w.qty], rest: w.rest };
      }
    }
  }
  flush();
  return pieces.join(' + ');
}

function repeatTitle(node: Repeat, units: Units): { qty: string; rest: string; simple: boolean } {
  if (node.children.some((c) => c.type === 'repeat')) {
    const inner = node.children.filter((c): c is Repeat => c.type === 'repeat').map((c) => repeatTitle(c, units));
    return { qty: `${node.count}×(${inner.map((i) => i.qty + i.rest).join(', ')})`, rest: '', simple: false };
  }
  const reps = workSteps(node.children).map((s) => what(s, units));
  const same = reps.every((r) => r.rest === reps[0]!.rest);
  if (reps.length === 1 || same) return { qty: `${node.count}×${reps.map((r) => r.qty).join('/')}`, rest: reps[0]?.rest ?? '', simple: reps.length === 1 };
  return { qty: `${node.count}×(${reps.map((r) => r.qty + r.rest).join(', ')})`, rest: '', simple: false };
}
