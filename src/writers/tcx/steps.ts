/**
 * Device-shaped nodes to `Step`/`Child` elements. StepIds run 1..n in
 * document order (a repeat before its children); the shaper has already kept
 * n within the 20 the schema allows.
 */
import type { Duration, HeartRateTarget, Intensity, Node, Target } from '../../ir/workout.js';
import { WriterError, writerDiagnostic } from '../errors.js';
import { stepName } from './names.js';
import { TCX_MAX_REPETITIONS } from './parts.js';
import { el, type XmlElement } from './xml.js';

/** Seconds and Meters are xsd:unsignedShort. */
const MAX_UNSIGNED_SHORT = 65535;
const XSI_TYPE = 'xsi:type';

export function stepElements(nodes: readonly Node[], sourceLine?: string): XmlElement[] {
  let nextId = 1;
  const fail = (message: string, hint?: string): never => {
    throw new WriterError(writerDiagnostic(message, hint, sourceLine));
  };

  const render = (node: Node, tag: 'Step' | 'Child'): XmlElement => {
    const id = el('StepId', nextId++);
    if (node.type === 'repeat') {
      if (!Number.isInteger(node.count) || node.count < 2 || node.count > TCX_MAX_REPETITIONS) {
        fail(`a repeat of ${node.count} cannot be written to TCX (repetitions must be a whole number from 2 to 99)`);
      }
      const children = node.children.map((c) => render(c, 'Child'));
      return el(tag, [id, el('Repetitions', node.count), ...children], { [XSI_TYPE]: 'Repeat_t' });
    }
    const name = stepName(node.label);
    return el(
      tag,
      [
        id,
        ...(name ? [el('Name', name)] : []),
        durationElement(node.duration, fail),
        el('Intensity', tcxIntensity(node.intensity)),
        targetElement(node.target, fail),
      ],
      { [XSI_TYPE]: 'Step_t' },
    );
  };

  return nodes.map((n) => render(n, 'Step'));
}

type Fail = (message: string, hint?: string) => never;

function durationElement(d: Duration, fail: Fail): XmlElement {
  switch (d.kind) {
    case 'time':
      return el('Duration', [el('Seconds', unsignedShort(d.seconds, 'seconds', fail))], { [XSI_TYPE]: 'Time_t' });
    case 'distance':
      return el('Duration', [el('Meters', unsignedShort(d.meters, 'metres', fail))], { [XSI_TYPE]: 'Distance_t' });
    case 'open':
      return el('Duration', undefined, { [XSI_TYPE]: 'UserInitiated_t' });
  }
}

function unsignedShort(value: number, unit: string, fail: Fail): number {
  if (!Number.isFinite(value) || value <= 0) fail(`a step of ${value} ${unit} cannot be written to TCX`);
  const n = Math.max(1, Math.round(value));
  if (n > MAX_UNSIGNED_SHORT) {
    fail(
      `a step of ${n} ${unit} is longer than TCX can store (at most ${MAX_UNSIGNED_SHORT} ${unit} per step)`,
      'split the step into shorter ones',
    );
  }
  return n;
}

/** TCX has two intensities; warm-up and cool-down are running, so Active. */
function tcxIntensity(i: Intensity): 'Active' | 'Resting' {
  return i === 'recovery' || i === 'rest' ? 'Resting' : 'Active';
}

/**
 * A pace band is a custom speed zone, a heart-rate band a custom heart-rate
 * zone in beats per minute. Effort-only targets have no number a device can
 * hold: None_t, with the effort in the step name and Notes.
 */
function targetElement(t: Target, fail: Fail): XmlElement {
  if (t.kind === 'heartRate') return heartRateElement(t, fail);
  if (t.kind !== 'pace') return el('Target', undefined, { [XSI_TYPE]: 'None_t' });
  const low = speed(Math.min(t.low, t.high), t.name, fail);
  const high = speed(Math.max(t.low, t.high), t.name, fail);
  return el(
    'Target',
    [
      el(
        'SpeedZone',
        [el('ViewAs', 'Pace'), el('LowInMetersPerSecond', low), el('HighInMetersPerSecond', high)],
        { [XSI_TYPE]: 'CustomSpeedZone_t' },
      ),
    ],
    { [XSI_TYPE]: 'Speed_t' },
  );
}

function heartRateElement(t: HeartRateTarget, fail: Fail): XmlElement {
  const bpm = (v: number) => {
    // HeartRateInBeatsPerMinute_t holds a positive byte.
    if (!(Number.isInteger(v) && v >= 1 && v <= 255)) fail(`the heart rate "${t.name}" has no usable bound (${v} bpm)`);
    return [el('Value', v)];
  };
  const value = (tag: 'Low' | 'High', v: number) => el(tag, bpm(v), { [XSI_TYPE]: 'HeartRateInBeatsPerMinute_t' });
  const zone = el('HeartRateZone', [value('Low', Math.min(t.low, t.high)), value('High', Math.max(t.low, t.high))], { [XSI_TYPE]: 'CustomHeartRateZone_t' });
  return el('Target', [zone], { [XSI_TYPE]: 'HeartRate_t' });
}

/** Four decimals (0.1 mm/s) is far finer than any watch's pace display and keeps files stable. */
function speed(v: number, name: string, fail: Fail): string {
  const text = String(Number(v.toFixed(4)));
  if (!Number.isFinite(v) || !(Number(text) > 0)) fail(`the pace "${name}" has no usable speed (${v} m/s)`);
  return text;
}
