/**
 * Reads TCX workouts back with a real XML parser (fast-xml-parser, which also
 * checks well-formedness), so tests compare what a consumer would see with
 * the IR, independently of how the writer built the text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Node as IrNode } from '../../src/ir/workout.js';

export type TcxDuration = { kind: 'time'; seconds: number } | { kind: 'distance'; meters: number } | { kind: 'open' };
export type TcxTarget = { kind: 'speed'; low: number; high: number } | { kind: 'heartRate'; low: number; high: number } | { kind: 'none' };

export interface TcxStep {
  type: 'step';
  id: number;
  name?: string;
  duration: TcxDuration;
  intensity: 'Active' | 'Resting';
  target: TcxTarget;
}
export interface TcxRepeat {
  type: 'repeat';
  id: number;
  repetitions: number;
  children: TcxNode[];
}
export type TcxNode = TcxStep | TcxRepeat;

export interface TcxWorkout {
  sport: string;
  name: string;
  steps: TcxNode[];
  scheduledOn: string[];
  notes?: string;
  creator?: string;
}

export interface TcxDocument {
  workouts: TcxWorkout[];
  author?: { name: string; version: string };
}

type Obj = Record<string, unknown>;
const ARRAYS = new Set(['Workout', 'Step', 'Child', 'ScheduledOn']);

export function readTcx(xml: string): TcxDocument {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) throw new Error(`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ARRAYS.has(name),
  });
  const root = (parser.parse(xml) as Obj)['TrainingCenterDatabase'] as Obj | undefined;
  if (!root) throw new Error('no TrainingCenterDatabase root');
  const workouts = ((root['Workouts'] as Obj | undefined)?.['Workout'] as Obj[] | undefined) ?? [];
  const author = root['Author'] as Obj | undefined;
  const doc: TcxDocument = { workouts: workouts.map(readWorkout) };
  if (author) doc.author = { name: text(author['Name']), version: versionOf(author) };
  return doc;
}

function readWorkout(w: Obj): TcxWorkout {
  const out: TcxWorkout = {
    sport: String(w['@Sport']),
    name: text(w['Name']),
    steps: ((w['Step'] as Obj[] | undefined) ?? []).map(readNode),
    scheduledOn: ((w['ScheduledOn'] as unknown[] | undefined) ?? []).map(text),
  };
  if (w['Notes'] !== undefined) out.notes = text(w['Notes']);
  const creator = w['Creator'] as Obj | undefined;
  if (creator) out.creator = text(creator['Name']);
  return out;
}

function readNode(n: Obj): TcxNode {
  const type = n['@xsi:type'];
  const id = Number(text(n['StepId']));
  if (type === 'Repeat_t') {
    return {
      type: 'repeat',
      id,
      repetitions: Number(text(n['Repetitions'])),
      children: ((n['Child'] as Obj[] | undefined) ?? []).map(readNode),
    };
  }
  if (type !== 'Step_t') throw new Error(`unexpected step type ${String(type)}`);
  const step: TcxStep = {
    type: 'step',
    id,
    duration: readDuration(n['Duration'] as Obj),
    intensity: text(n['Intensity']) as TcxStep['intensity'],
    target: readTarget(n['Target'] as Obj),
  };
  if (n['Name'] !== undefined) step.name = text(n['Name']);
  return step;
}

function readDuration(d: Obj): TcxDuration {
  switch (d['@xsi:type']) {
    case 'Time_t':
      return { kind: 'time', seconds: Number(text(d['Seconds'])) };
    case 'Distance_t':
      return { kind: 'distance', meters: Number(text(d['Meters'])) };
    case 'UserInitiated_t':
      return { kind: 'open' };
    default:
      throw new Error(`unexpected duration type ${String(d['@xsi:type'])}`);
  }
}

function readTarget(t: Obj): TcxTarget {
  if (t['@xsi:type'] === 'None_t') return { kind: 'none' };
  if (t['@xsi:type'] === 'HeartRate_t') {
    const zone = t['HeartRateZone'] as Obj;
    if (zone['@xsi:type'] !== 'CustomHeartRateZone_t') throw new Error(`unexpected heart-rate zone type ${String(zone['@xsi:type'])}`);
    const bpm = (v: Obj) => (v['@xsi:type'] === 'HeartRateInBeatsPerMinute_t' ? Number(text(v['Value'])) : NaN);
    return { kind: 'heartRate', low: bpm(zone['Low'] as Obj), high: bpm(zone['High'] as Obj) };
  }
  if (t['@xsi:type'] !== 'Speed_t') throw new Error(`unexpected target type ${String(t['@xsi:type'])}`);
  const zone = t['SpeedZone'] as Obj;
  return { kind: 'speed', low: Number(text(zone['LowInMetersPerSecond'])), high: Number(text(zone['HighInMetersPerSecond'])) };
}

function versionOf(source: Obj): string {
  const v = (source['Build'] as Obj)['Version'] as Obj;
  return `${text(v['VersionMajor'])}.${text(v['VersionMinor'])}`;
}

function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && '#text' in v) return String((v as Obj)['#text']);
  if (v === undefined || v === null) return '';
  return String(v);
}

/** One step as the watch runs it: what the tests compare. */
export interface Executed {
  duration: TcxDuration;
  intensity: 'Active' | 'Resting';
  target: TcxTarget;
}

/** The steps a watch runs through for a TCX workout, repeats played out. */
export function executedTcx(nodes: readonly TcxNode[]): Executed[] {
  return nodes.flatMap((n): Executed[] =>
    n.type === 'step'
      ? [{ duration: n.duration, intensity: n.intensity, target: n.target }]
      : Array.from({ length: n.repetitions }, () => executedTcx(n.children)).flat(),
  );
}

/**
 * The steps the coach's session asks for, from the IR, written here from the
 * IR's definitions rather than from the writer: durations rounded to whole
 * seconds and metres, recovery/rest → Resting, effort-only → no target, and
 * the trailing recovery dropped after the last rep when skipLastRecovery says so.
 */
export function executedIr(nodes: readonly IrNode[]): Executed[] {
  return nodes.flatMap((n): Executed[] => {
    if (n.type === 'step') {
      const duration: TcxDuration =
        n.duration.kind === 'time'
          ? { kind: 'time', seconds: Math.round(n.duration.seconds) }
          : n.duration.kind === 'distance'
            ? { kind: 'distance', meters: Math.round(n.duration.meters) }
            : { kind: 'open' };
      const target: TcxTarget =
        n.target.kind === 'pace'
          ? { kind: 'speed', low: n.target.low, high: n.target.high }
          : n.target.kind === 'heartRate'
            ? { kind: 'heartRate', low: n.target.low, high: n.target.high }
            : { kind: 'none' };
      const intensity = n.intensity === 'recovery' || n.intensity === 'rest' ? 'Resting' : 'Active';
      return [{ duration, intensity, target }];
    }
    const body = executedIr(n.children);
    let trailing = 0;
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i]!;
      if (c.type !== 'step' || (c.intensity !== 'recovery' && c.intensity !== 'rest')) break;
      trailing++;
    }
    const out: Executed[] = [];
    for (let k = 0; k < n.count; k++) out.push(...body);
    if (n.skipLastRecovery && n.count > 0 && trailing > 0 && trailing < n.children.length) out.splice(out.length - trailing);
    return out;
  });
}

/** Every StepId in a workout, in document order. */
export function stepIds(nodes: readonly TcxNode[]): number[] {
  return nodes.flatMap((n) => [n.id, ...(n.type === 'repeat' ? stepIds(n.children) : [])]);
}
