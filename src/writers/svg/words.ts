/** The chart in words: a tooltip per block, the summary screen readers announce, and the longer description. */
import type { Node, Workout } from '../../ir/workout.js';
import { OPEN_STEP_SECONDS } from '../../compiler/estimate.js';
import { formatClock, formatRoughDistance, formatSeconds, type Units } from '../../units/format.js';
import { stepWords } from '../words.js';
import { repeatCount, type Block } from './timeline.js';

/** Tooltip of one block: the step, how long it is drawn, and which repetition it is. */
export function blockTitle(b: Block, units: Units): string {
  const parts = [stepWords(b.step, units)];
  if (b.step.duration.kind === 'distance') parts.push(`about ${formatClock(b.seconds)}`);
  if (b.step.duration.kind === 'open') parts.push(`drawn as ${formatSeconds(OPEN_STEP_SECONDS)}`);
  if (b.step.target.kind === 'effort') parts.push('effort, no pace');
  const reps = b.reps.map((r, i) => `${i === b.reps.length - 1 ? 'rep' : 'set'} ${r.index} of ${r.count}`);
  if (reps.length > 0) parts.push(reps.join(', '));
  return parts.join(' · ');
}

/** "48 min": whole minutes, as an estimate should read. */
export function roughTime(seconds: number): string {
  return formatSeconds(Math.max(60, Math.round(seconds / 60) * 60));
}

/** What screen readers announce for the chart: "6×400m @ HM–10K, about 48 min". */
export function summary(w: Workout, seconds: number): string {
  return `${w.title}${w.optional ? ' (optional)' : ''}, about ${roughTime(seconds)}`;
}

function nodeWords(n: Node, units: Units): string {
  if (n.type === 'step') return stepWords(n, units);
  const inner = n.children.map((c) => nodeWords(c, units)).join(', ');
  return `${repeatCount(n)} × (${inner})${n.skipLastRecovery ? ', no recovery after the last' : ''}`;
}

/** The steps in order, then the estimate and what else the session allows. */
export function description(w: Workout, units: Units, seconds: number): string {
  const steps = w.steps.map((n) => nodeWords(n, units)).join('; ');
  const distance = w.estimate.meters > 0 ? `, ${formatRoughDistance(w.estimate.meters, units)}` : '';
  const alternatives = w.alternatives.map((a) => ` Or: ${a.title}.`).join('');
  return `${steps}. About ${roughTime(seconds)}${distance}.${alternatives}`;
}
