/** Short titles for calendars and watch screens: "6×400m @ HM–10K", "500–400–300–200m @ Mile". */
import type { Duration, Node, Repeat, Step } from '../ir/workout.js';
import { METERS_PER_MILE, formatSeconds, type Units } from '../units/format.js';
import type { Part } from './resolve/items.js';
import { raceNamed } from './resolve/pace.js';
import type { RacePace } from '../paces/types.js';

export function shortDuration(d: Duration, units: Units): string {
  if (d.kind === 'time') return formatSeconds(d.seconds);
  if (d.kind === 'open') return 'open';
  const miles = d.meters / METERS_PER_MILE;
  if (d.meters >= 1600 && Math.abs(miles * 4 - Math.round(miles * 4)) < 1e-6) return `${Math.round(miles * 100) / 100} mi`;
  if (d.meters < 3000) return `${Math.round(d.meters)}m`;
  // "2 x 3000 / jog 200", "Walk 5 kilometers": whole kilometres as written, in either unit.
  if (d.meters <= 10000 && d.meters % 1000 === 0) return `${d.meters / 1000} km`;
  return units === 'mi' ? `${Math.round(miles * 100) / 100} mi` : `${Math.round(d.meters / 10) / 100} km`;
}

/** Races by their names: "5K race", "Half marathon", "Mile race". */
const RACE_TITLES: Partial<Record<RacePace, string>> = { M: 'Marathon', HM: 'Half marathon', Mile: 'Mile race', '1500': '1500m race', '800': '800m race' };

function what(s: Step, units: Units): { qty: string; rest: string } {
  const qty = shortDuration(s.duration, units);
  const t = s.target;
  if (s.label.endsWith(' easy')) return { qty, rest: ' easy' };
  if (s.label.endsWith(' walk')) return { qty, rest: ' walk' };
  if (s.label.includes(' race @ ')) {
    const named = s.duration.kind === 'distance' ? raceNamed(s.duration.meters) : undefined;
    if (named) return { qty: RACE_TITLES[named] ?? `${named} race`, rest: ' race' };
    return { qty, rest: ' race' };
  }
  if (t.kind === 'effort' && t.label === 'run/walk') return { qty, rest: ' run/walk' };
  const kind = / strides/.test(s.label) ? ' strides' : / hill/.test(s.label) ? ' hill' : '';
  const target = t.kind === 'pace' || t.kind === 'heartRate' ? ` @ ${t.name.replace(/-/g, '–')}` : t.kind === 'effort' && t.label !== kind.trim() ? ` @ ${t.label}` : '';
  return { qty, rest: `${kind}${target}` };
}

/** A race as a title says it: "8K race", "Half marathon" (never "8K race race"). */
function raceWords(qty: string): string {
  return /race$|marathon$/i.test(qty) ? qty : `${qty} race`;
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
    // "Run 1 kilometers, walk 4 kilometers": a walk of its own is part of the title; other recoveries are not.
    const walk = p.kind === 'recovery' && p.nodes.length === 1 && p.nodes[0]!.type === 'step' && / walk$/.test(p.nodes[0]!.label) ? p.nodes[0] : undefined;
    if (walk && walk.type === 'step' && parts.every((q) => q.kind !== 'work')) {
      flush();
      pieces.push(`${shortDuration(walk.duration, units)} walk`);
      continue;
    }
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
      pieces.push(`${shortDuration(d, units)} w/ ${fast.rest === ' race' ? raceWords(fast.qty) : fast.qty + fast.rest}`);
      continue;
    }
    for (const s of steps) {
      const w = what(s, units);
      if (ladder && ladder.qtys.some((q) => q.includes('×'))) w.qty = `1×${w.qty}`;
      if (w.rest === ' easy' || w.rest === ' race' || w.rest === ' walk' || w.rest === ' run/walk') {
        flush();
        pieces.push(w.rest === ' race' ? raceWords(w.qty) : `${w.qty}${w.rest}`);
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
  // "Run 30 seconds, walk 30 seconds. Repeat 15 times": run and walk, both.
  const walks = node.children.filter((c): c is Step => c.type === 'step' && / walk$/.test(c.label));
  const runs = workSteps(node.children);
  if (walks.length > 0 && runs.every((r) => r.label.endsWith(' easy'))) {
    return { qty: `${node.count}×(${runs.map((r) => `${shortDuration(r.duration, units)} run`).join(', ')}, ${walks.map((w) => `${shortDuration(w.duration, units)} walk`).join(', ')})`, rest: '', simple: false };
  }
  const reps = runs.map((s) => what(s, units));
  const same = reps.every((r) => r.rest === reps[0]!.rest);
  if (reps.length === 1 || same) return { qty: `${node.count}×${reps.map((r) => r.qty).join('/')}`, rest: reps[0]?.rest ?? '', simple: reps.length === 1 };
  return { qty: `${node.count}×(${reps.map((r) => r.qty + r.rest).join(', ')})`, rest: '', simple: false };
}
