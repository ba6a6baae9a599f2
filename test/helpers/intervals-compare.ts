/**
 * Reads a session's intervals.icu text back with the grammar reader and
 * lists every way it differs from the IR it was written from: the steps in
 * the order the athlete runs them (repeats played out, the last rep without
 * its recovery where the IR says so), each with its length, lap button, pace
 * band, warm-up/cool-down section and words.
 */
import type { HeartRateTarget, Node, Step, Workout } from '../../src/ir/workout.js';
import { MILE_M, readIntervals, runOrder, type ReadStep } from './intervals-reader.js';

const isRecovery = (n: Node) => n.type === 'step' && (n.intensity === 'recovery' || n.intensity === 'rest');

/** The steps the IR says are run, in order (see `Repeat.skipLastRecovery`). */
export function irRunOrder(nodes: readonly Node[]): Step[] {
  const out: Step[] = [];
  for (const n of nodes) {
    if (n.type === 'step') {
      out.push(n);
      continue;
    }
    for (let k = 1; k <= n.count; k++) out.push(...irRunOrder(k === n.count && n.skipLastRecovery ? lastRep(n.children) : n.children));
  }
  return out;
}

function lastRep(children: readonly Node[]): Node[] {
  let end = children.length;
  while (end > 0 && isRecovery(children[end - 1]!)) end--;
  if (end === 0) return [...children];
  const kept = children.slice(0, end);
  const tail = kept[end - 1]!;
  if (tail.type === 'repeat') kept[end - 1] = { ...tail, skipLastRecovery: true };
  return kept;
}

/** Words to compare, whatever the punctuation and spacing: letters (two or more) and numbers. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}{2,}|\d+/gu) ?? [];
}

const LEADING_LENGTH = /^\s*\d[\d.,:]*\s*(?:m|mi|km|s|sec|min|h)\b\s*/i;

/** The words of a step the text must carry: its label less its leading length, and its notes. */
function expectedWords(step: Step): string[] {
  let label = step.label;
  while (LEADING_LENGTH.test(label)) label = label.replace(LEADING_LENGTH, '');
  // A pace named by its own value ("@ 6:30/mi") is said by the target.
  if (step.target.kind === 'pace' && /^@?\s*\d+:\d\d/.test(label)) label = '';
  const t = step.target;
  return [...words(label), ...(t.kind === 'effort' ? words(t.label) : []), ...step.notes.flatMap(words)];
}

function missing(expected: readonly string[], actual: readonly string[]): string[] {
  const have = new Set(actual);
  return expected.filter((w) => !have.has(w));
}

const isWarmup = (s: ReadStep) => /^warm\s*-?\s*up$/i.test(s.section ?? '') || /\bwarm\s*-?\s*up$/i.test(s.section ?? '');
const isCooldown = (s: ReadStep) => /\bcool\s*-?\s*down$/i.test(s.section ?? '');

/** The syntax's heart-rate target for a band: zones as "Z2 HR", else the share of max ("% HR") or threshold ("% LTHR"). */
function expectedHeartRate(t: HeartRateTarget): string | undefined {
  if (t.zones) return t.zones.low === t.zones.high ? `Z${t.zones.low} HR` : `Z${t.zones.low}-Z${t.zones.high} HR`;
  if (!t.share) return undefined;
  const share = t.share.low === t.share.high ? `${t.share.low}%` : `${t.share.low}-${t.share.high}%`;
  return `${share} ${t.share.of === 'max' ? 'HR' : 'LTHR'}`;
}

export function intervalsDiffs(workout: Workout, text: string, units: 'mi' | 'km'): string[] {
  const read = readIntervals(text);
  const diffs = [...read.problems];
  const textWords = read.text.flatMap(words);

  const only = workout.steps[0];
  const wordsOnly = workout.sport !== 'running' && workout.steps.length === 1 && only?.type === 'step' && only.duration.kind === 'open' && only.target.kind === 'none';
  const expected = wordsOnly ? [] : irRunOrder(workout.steps);
  if (wordsOnly) {
    const lost = missing(words(only.label), textWords);
    if (lost.length) diffs.push(`the session's words are missing: ${lost.join(', ')}`);
  }
  const actual = runOrder(read.nodes);
  if (actual.length !== expected.length) diffs.push(`${actual.length} steps run, expected ${expected.length}`);

  const unit = units === 'mi' ? MILE_M : 1000;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    const at = `step ${i + 1} (line ${a.line})`;
    const d = e.duration;
    if (d.kind === 'open') {
      if (!a.lap) diffs.push(`${at}: should end at the lap button`);
    } else {
      if (a.lap) diffs.push(`${at}: ends at the lap button, expected ${d.kind}`);
      if (d.kind === 'time' && (a.duration?.kind !== 'time' || a.duration.seconds !== Math.round(d.seconds))) {
        diffs.push(`${at}: ${JSON.stringify(a.duration)}, expected ${Math.round(d.seconds)} s`);
      }
      if (d.kind === 'distance' && (a.duration?.kind !== 'distance' || Math.abs(a.duration.meters - d.meters) > 0.5)) {
        diffs.push(`${at}: ${JSON.stringify(a.duration)}, expected ${d.meters} m`);
      }
    }
    const t = e.target;
    if (t.kind === 'pace') {
      if (!a.pace) diffs.push(`${at}: no pace, expected ${t.name}`);
      else {
        if (a.pace.unit !== units) diffs.push(`${at}: pace per ${a.pace.unit}, expected per ${units}`);
        // Paces are written in whole seconds per unit.
        const slowOk = Math.abs(unit / Math.min(t.low, t.high) - a.pace.slow) <= 0.5 + 1e-9;
        const fastOk = Math.abs(unit / Math.max(t.low, t.high) - a.pace.fast) <= 0.5 + 1e-9;
        if (!slowOk || !fastOk) diffs.push(`${at}: pace ${a.pace.slow}-${a.pace.fast} s/${units}, expected ${unit / t.low}-${unit / t.high}`);
      }
    } else if (a.pace) diffs.push(`${at}: a pace where the IR has ${t.kind}`);
    const hr = t.kind === 'heartRate' ? expectedHeartRate(t) : undefined;
    if (hr !== a.heartRate) diffs.push(`${at}: heart rate "${a.heartRate ?? 'none'}", expected "${hr ?? 'none'}"`);
    if (a.otherTargets.length) diffs.push(`${at}: targets the IR does not have: ${a.otherTargets.join(' ')}`);
    if (a.trailing) diffs.push(`${at}: words after the length: "${a.trailing}"`);
    if ((e.intensity === 'warmup') !== isWarmup(a)) diffs.push(`${at}: section "${a.section ?? ''}" for a ${e.intensity} step`);
    if ((e.intensity === 'cooldown') !== isCooldown(a)) diffs.push(`${at}: section "${a.section ?? ''}" for a ${e.intensity} step`);
    const lost = missing(expectedWords(e), words(a.cue));
    if (lost.length) diffs.push(`${at}: cue "${a.cue}" lacks ${lost.join(', ')} (label "${e.label}")`);
  }

  const prose = [workout.coachNotes ?? '', ...workout.alternatives.map((alt) => alt.title)].flatMap(words);
  const lost = missing(prose, textWords);
  if (lost.length) diffs.push(`the coach's notes or alternatives lack: ${lost.join(', ')}`);
  return diffs;
}
