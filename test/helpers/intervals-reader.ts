/**
 * A reader of intervals.icu's workout-text syntax, written from its published
 * description (the workout builder's announcement and syntax guide on
 * forum.intervals.icu), not from runcast's writer:
 *
 * - A step is a line starting with "-". The words before its first duration,
 *   distance or target are its cue; then come the duration ("30s", "10m",
 *   "1h2m30s", "1m30", "5'", "30\"") or the distance ("500mtr", "2km",
 *   "4.5mi"; "m" alone means minutes), targets ("5:00/km Pace",
 *   "7:15-7:00/mi Pace", "75%", "220w", "Z2", "70% HR", "90rpm"), and
 *   "press lap" for a step ended with the lap button. Other words after the
 *   length are free text.
 * - Any other line is text; a text line directly above steps heads their
 *   section ("Warmup", "Main set"). A text line holding a count such as "6x"
 *   ("Main set 6x", or "5x" alone) repeats the steps directly below it, up to
 *   the next blank or text line. Repeats do not nest.
 *
 * It reads leniently and lists what it could not read as problems.
 */

export const MILE_M = 1609.344;

export type ReadDuration = { kind: 'time'; seconds: number } | { kind: 'distance'; meters: number };

export interface ReadPace {
  /** Seconds per unit, slower first, as written. */
  slow: number;
  fast: number;
  unit: string;
  /** m/s: `low` the slower speed. */
  low: number;
  high: number;
}

export interface ReadStep {
  type: 'step';
  line: number;
  cue: string;
  duration?: ReadDuration;
  lap: boolean;
  pace?: ReadPace;
  /** A heart-rate target: "70-78% HR" (of max), "90-95% LTHR", "Z2 HR", "Z2-Z3 HR". */
  heartRate?: string;
  /** Targets other than an absolute pace or heart rate (power, power zones, cadence): runcast writes none. */
  otherTargets: string[];
  /** Free words after the length. */
  trailing: string;
  /** The text line heading the step's section, if any. */
  section?: string;
}

export interface ReadRepeat {
  type: 'repeat';
  line: number;
  count: number;
  header: string;
  steps: ReadStep[];
}

export type ReadNode = ReadStep | ReadRepeat;

export interface ReadWorkout {
  /** Every line that is not a step (free text and section headers), trimmed, blank lines left out. */
  text: string[];
  nodes: ReadNode[];
  problems: string[];
}

const TIME_WORDS: readonly RegExp[] = [/^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/i, /^(\d+)m(\d+)$/i, /^(?:(\d+)')?(?:(\d+)")?$/];
const DISTANCE = /^(\d+(?:\.\d+)?)(km|mi|mtr)$/i;
const PACE_VALUE = /^(\d+):(\d\d)(?:\/(\w+))?(?:-(\d+):(\d\d)(?:\/(\w+))?)?$/;
const OTHER_TARGET = /^(?:\d+(?:-\d+)?%|\d+(?:-\d+)?w|c?z\d(?:-c?z\d)?|\d+(?:-\d+)?rpm)$/i;
const REPEAT = /^(\d+)x$/i;

function timeOf(word: string): number | undefined {
  if (!/\d/.test(word)) return undefined;
  const [hms, minSec, quotes] = TIME_WORDS;
  let m = hms!.exec(word);
  if (m && (m[1] || m[2] || m[3])) return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  m = minSec!.exec(word);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = quotes!.exec(word);
  if (m && (m[1] || m[2])) return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
  return undefined;
}

function distanceOf(word: string): number | undefined {
  const m = DISTANCE.exec(word);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  return unit === 'km' ? n * 1000 : unit === 'mi' ? n * MILE_M : n;
}

const UNIT_METERS: Record<string, number> = { mi: MILE_M, km: 1000, '100m': 100, '400m': 400, '500m': 500, '250m': 250, '100y': 91.44 };

function paceOf(word: string, next: string | undefined): ReadPace | undefined {
  if (!next || !/^pace$/i.test(next)) return undefined;
  const m = PACE_VALUE.exec(word);
  if (!m) return undefined;
  const unit = (m[6] ?? m[3] ?? '').toLowerCase();
  const meters = UNIT_METERS[unit];
  if (!meters) return undefined;
  const slow = Number(m[1]) * 60 + Number(m[2]);
  const fast = m[4] !== undefined ? Number(m[4]) * 60 + Number(m[5]) : slow;
  return { slow, fast, unit, low: meters / Math.max(slow, fast), high: meters / Math.min(slow, fast) };
}

/** Does the cue end here: a duration, a distance, or the start of a target? */
function startsSpec(word: string, next: string | undefined): boolean {
  return timeOf(word) !== undefined || distanceOf(word) !== undefined || OTHER_TARGET.test(word) || (PACE_VALUE.test(word) && /^pace$/i.test(next ?? ''));
}

function readStep(body: string, line: number, problems: string[]): ReadStep {
  const words = body.split(/\s+/).filter(Boolean);
  const step: ReadStep = { type: 'step', line, cue: '', lap: false, otherTargets: [], trailing: '' };
  let i = 0;
  const cue: string[] = [];
  while (i < words.length && !startsSpec(words[i]!, words[i + 1])) cue.push(words[i++]!);
  step.cue = cue.join(' ');
  const trailing: string[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const time = timeOf(w);
    const distance = distanceOf(w);
    const pace = paceOf(w, next);
    if (!step.duration && time !== undefined) step.duration = { kind: 'time', seconds: time };
    else if (!step.duration && distance !== undefined) step.duration = { kind: 'distance', meters: distance };
    else if (pace) {
      if (step.pace) problems.push(`line ${line}: two paces`);
      step.pace = pace;
      i++;
    } else if (OTHER_TARGET.test(w) && /^(?:HR|LTHR)$/.test(next ?? '') && !/w$|rpm$/i.test(w)) {
      if (step.heartRate) problems.push(`line ${line}: two heart rates`);
      step.heartRate = `${w} ${next}`;
      i++;
    } else if (OTHER_TARGET.test(w)) step.otherTargets.push(w);
    else if (/^press$/i.test(w) && /^lap$/i.test(next ?? '')) {
      step.lap = true;
      i++;
    } else trailing.push(w);
  }
  step.trailing = trailing.join(' ');
  if (!step.duration) problems.push(`line ${line}: a step without a duration or distance: "${body}"`);
  return step;
}

export function readIntervals(source: string): ReadWorkout {
  const out: ReadWorkout = { text: [], nodes: [], problems: [] };
  const lines = source.split(/\r?\n/);
  /** The text line just above, while steps may still follow it. */
  let header: { text: string; line: number; count?: number } | undefined;
  let block: ReadRepeat | undefined;
  let lastWasStep = false;

  lines.forEach((raw, k) => {
    const line = k + 1;
    const text = raw.trim();
    if (text === '') {
      if (header?.count !== undefined && !block) out.problems.push(`line ${header.line}: a repeat with no steps`);
      header = undefined;
      block = undefined;
      lastWasStep = false;
      return;
    }
    const step = /^-\s*(.*)$/.exec(text);
    if (step) {
      const s = readStep(step[1]!, line, out.problems);
      if (header) s.section = header.text;
      if (header?.count !== undefined) {
        if (!block) {
          block = { type: 'repeat', line: header.line, count: header.count, header: header.text, steps: [] };
          out.nodes.push(block);
        }
        block.steps.push(s);
      } else {
        out.nodes.push(s);
      }
      lastWasStep = true;
      return;
    }
    // A text line: it ends any block above and heads whatever steps come directly below.
    if (header?.count !== undefined && !block) out.problems.push(`line ${header.line}: a repeat with no steps`);
    out.text.push(text);
    const count = text.split(/\s+/).map((w) => REPEAT.exec(w)).find(Boolean);
    if (count && lastWasStep) out.problems.push(`line ${line}: a repeat header directly after steps (it needs a blank line before it)`);
    header = { text, line, ...(count ? { count: Number(count[1]) } : {}) };
    block = undefined;
    lastWasStep = false;
  });
  if (header?.count !== undefined && !block) out.problems.push(`line ${header.line}: a repeat with no steps`);
  return out;
}

/** The steps in the order they are run, repeats played out. */
export function runOrder(nodes: readonly ReadNode[]): ReadStep[] {
  return nodes.flatMap((n) => (n.type === 'step' ? [n] : Array.from({ length: n.count }, () => n.steps).flat()));
}
