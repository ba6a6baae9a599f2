/**
 * One step in words, the same in every writer: a FIT step's notes, a TCX
 * workout's Notes, an SVG block's tooltip. The compiler's labels already lead
 * with the step's length and name its pace ("400 m @ HM–10K", "1:30 min
 * recovery", "20 s strides"), so only what the label leaves out is added.
 * Not every label does: an "other" item ("30 min strength") is labelled with
 * its words alone, so its length goes in front.
 */
import type { Step } from '../ir/workout.js';
import { formatDuration, formatPaceBand, heartRateText, type Units } from '../units/format.js';

const positive = (v: number) => Number.isFinite(v) && v > 0;
/** "400m" and "400 m" name the same length. */
const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

/** The label, led by the step's length when it does not already say it: "strength" becomes "30 min strength". */
function lead(step: Step, units: Units): string {
  const label = step.label.trim();
  const d = step.duration;
  // A broken length ("NaN h NaN min", "-400 m") is better left unsaid than printed.
  const amount = d.kind === 'time' ? d.seconds : d.kind === 'distance' ? d.meters : 1;
  const length = positive(amount) ? formatDuration(d, units) : '';
  if (!label) return length;
  // A label that opens with a number states a length in its own words ("1 lap jog").
  if (d.kind === 'open' || !length || /^\d/.test(label) || squash(label).includes(squash(length))) return label;
  return `${length} ${label}`;
}

/** "400 m @ HM–10K · 7:11–6:50 /mi", "40 min @ Z2 · 146–155 bpm", "30 s hill", "jog down · until lap", then the step's own notes. */
export function stepWords(step: Step, units: Units): string {
  const head = lead(step, units);
  const parts = [head];
  const t = step.target;
  if (t.kind === 'pace') {
    if (!head.includes(t.name)) parts.push(t.name);
    // The SVG writer draws steps whose band is broken: a zero speed must not print as "Infinity:NaN:NaN /mi".
    const usable = positive(t.low) && positive(t.high);
    parts.push(usable ? formatPaceBand(Math.min(t.low, t.high), Math.max(t.low, t.high), units) : 'pace unknown');
  } else if (t.kind === 'heartRate') {
    parts.push(head.includes(t.name) ? heartRateText({ ...t, name: '' }) : heartRateText(t));
  } else if (t.kind === 'effort' && !head.includes(t.label)) {
    parts.push(t.label);
  }
  if (step.duration.kind === 'open' && !/\blap\b/i.test(head)) parts.push('until lap');
  parts.push(...step.notes);
  return parts.map((p) => p.trim()).filter(Boolean).join(' · ');
}
