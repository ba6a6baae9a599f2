/** A plain-text rendering for people: each session's title, steps with this athlete's paces, estimates and notes. */
import type { CompiledPlan, Node, Workout } from '../ir/workout.js';
import { formatDistance, formatDuration, formatPaceBandBoth, heartRateText, formatSeconds, type Units } from '../units/format.js';
import { registerWriter, type OutputFile } from './registry.js';
import { toShorthand } from './shorthand.js';
import { readAs } from './read-as.js';
import { formatDiagnostic } from '../ir/diagnostic.js';

function stepLines(nodes: readonly Node[], units: Units, indent: string): string[] {
  return nodes.flatMap((n) => {
    if (n.type === 'repeat') {
      const head = `${indent}${n.count} ×${n.skipLastRecovery ? ' (no recovery after the last)' : ''}`;
      return [head, ...stepLines(n.children, units, `${indent}    `)];
    }
    const t = n.target;
    const target = t.kind === 'pace' ? `  ${t.name} ${formatPaceBandBoth(t.low, t.high, units)}` : t.kind === 'heartRate' ? `  ${heartRateText(t, ' ')}` : t.kind === 'effort' ? `  ${t.label}` : '';
    return [`${indent}${n.intensity.padEnd(8)} ${formatDuration(n.duration, units).padEnd(9)} ${n.label}${target}`];
  });
}

export function workoutText(w: Workout, units: Units): string {
  const when = [w.slot ? `Week ${w.slot.week} ${w.slot.day}` : '', w.date ?? ''].filter(Boolean).join(' · ');
  const lines = [`${when ? `${when} — ` : ''}${w.title}${w.optional ? ' (optional)' : ''}`];
  lines.push(`  coach: ${w.source}`);
  const read = w.sport === 'running' ? readAs(w, units) : '';
  if (read) lines.push(`  read as: ${read}`);
  if (w.diagnostics.some((d) => d.severity === 'error')) {
    lines.push(...w.diagnostics.map((d) => formatDiagnostic(d).replace(/^/gm, '  ')));
    return lines.join('\n');
  }
  if (w.sport !== 'rest') lines.push(`  shorthand: ${toShorthand(w)}`);
  lines.push(...stepLines(w.steps, units, '  '));
  if (w.sport === 'running') lines.push(`  about ${formatSeconds(w.estimate.seconds)}, ${formatDistance(w.estimate.meters, units)}`);
  for (const n of w.notes) lines.push(`  note: ${n}`);
  if (w.coachNotes) lines.push(`  coach's notes: ${w.coachNotes}`);
  for (const a of w.alternatives) lines.push(`  or: ${a.title}`);
  for (const d of w.diagnostics.filter((x) => x.severity === 'warning')) lines.push(formatDiagnostic(d).replace(/^/gm, '  '));
  return lines.join('\n');
}

function file(path: string, data: string): OutputFile {
  return { path, mediaType: 'text/plain; charset=utf-8', data };
}

registerWriter({
  name: 'text',
  description: 'plain text: titles, steps with paces, estimates and notes',
  mediaType: 'text/plain; charset=utf-8',
  extension: 'txt',
  writeWorkout: (w, plan) => file(`${w.date ?? w.id}.txt`, `${workoutText(w, plan.athlete.units)}\n`),
  writePlan: (plan: CompiledPlan) => {
    const head = `${plan.name} — for ${plan.athlete.name}${plan.start ? `, from ${plan.start}` : ''}`;
    return [file('plan.txt', `${head}\n\n${plan.sessions.map((w) => workoutText(w, plan.athlete.units)).join('\n\n')}\n`)];
  },
});
