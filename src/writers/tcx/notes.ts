/**
 * The workout's Notes: everything the 15-character names and the numeric
 * steps cannot say — the full title, the steps in words with the athlete's
 * paces, and the compiler's and coach's remarks.
 */
import type { Node, Workout } from '../../ir/workout.js';
import type { Units } from '../../units/format.js';
import { stepWords } from '../words.js';

export interface NotesInput {
  workout: Workout;
  units: Units;
  /** The nodes this document holds, as the coach wrote them (before device shaping). */
  nodes: readonly Node[];
  /** "(1/2)" etc. when the session was split. */
  partLabel?: string;
  /** Remarks from fitting the session to the device. */
  deviceNotes: readonly string[];
  /** Whose paces these are and from which plan: files get passed around. */
  planName: string;
  athleteName: string;
}

export function workoutNotes({ workout, units, nodes, partLabel, deviceNotes, planName, athleteName }: NotesInput): string {
  const out: string[] = [partLabel ? `${workout.title} ${partLabel}` : workout.title];
  if (workout.optional) out.push('Optional: this session may be skipped.');

  const stepLines = nodes.flatMap((n) => nodeLines(n, units, 0));
  if (stepLines.length > 0) out.push('', 'Steps:', ...stepLines);

  const remarks = unique([...workout.notes, ...deviceNotes]);
  if (remarks.length > 0) out.push('', 'Notes:', ...remarks.map((r) => `- ${r}`));

  if (workout.coachNotes?.trim()) out.push('', `Coach: ${workout.coachNotes.trim()}`);
  if (workout.alternatives.length > 0) {
    out.push('', 'Or instead:', ...workout.alternatives.map((a) => `- ${a.title}`));
  }
  out.push('', `${planName} · paces for ${athleteName}`);
  return out.join('\n');
}

function nodeLines(node: Node, units: Units, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if (node.type === 'step') return [`${pad}- ${stepWords(node, units)}`];
  const head = `${node.label ?? `${node.count} ×`}${node.skipLastRecovery ? ' (no recovery after the last)' : ''}:`;
  return [`${pad}- ${head}`, ...node.children.flatMap((c) => nodeLines(c, units, depth + 1))];
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}
