/**
 * A compact notation for what a session means, to write the corpus's
 * expectations by hand and compare them with compiled steps:
 *
 *   wu 1.5mi | 12x(run 400m @5K–10K | rec 400m jog) | cd 1.5mi
 *   run ~ @E | 6x+(run 100m ~strides | rest 1:00) | run ~ @E
 *   15x(run 0:30 @E | rest 0:30)
 *
 * A step is its kind (wu, cd, run, rec, rest), its length (400m, 1.5mi, 5km,
 * 0:30, 1:00:00, open; "~" when the length is worked out, not written: the
 * easy part of a run around its work) and its target: "@" and the pace's name
 * as runcast prints it, "~" and an effort, or nothing. A recovery's mode word
 * (jog, walk, rest, recovery) is checked against its label. "6x(…)" leaves the
 * last recovery out; "6x+(…)" runs it.
 *
 * Extensions for text from coaches runcast was not developed on (the blind samples):
 * - "walk 2:00": a walking step (the label says walk; no pace target), whatever its intensity;
 * - "@Z2", "@Z2-3": a heart-rate zone; any target whose name or label names the zone ("Z2", "zone 2"),
 *   or a pace band whose step's notes name it (the zone's pace band for an athlete with no heart-rate data);
 * - "@75%HRmax", "@70-78%HRmax": a share of maximum heart rate, read as a zone is: any target whose name
 *   or label names those shares of the maximum ("70-78% HRmax", "70–78% of max HR", "75% MHR"), or a pace
 *   band whose step's notes name them;
 * - "~rpe6", "~rpe6-7": a rate of perceived exertion; any target naming it ("RPE 6", "6/10"), or a pace
 *   band whose step's notes name it;
 * - "@7:30/mi", "@4:19-4:39/km": an explicit pace or band, compared by speed (each end within 3 %),
 *   so "7.5 mph" on a treadmill is "@8:00/mi";
 * - "@80% goal HM": a percentage of a named pace; the target's name carries every word.
 * With `{ lenient: true }` (the blind samples), what a watch cannot tell apart is not told apart:
 * no target and an effort with no pace are the same; a recovery and a rest are the same (their
 * mode word still checked); "~word" needs the word in the effort, the pace's name or the step's
 * label; pace names are compared without case, spaces or dash style, a band's ends in either order;
 * a repeat of one is its children; the last recovery's flag is checked only where the repeat ends
 * with a recovery; lengths agree within 1 % (a distance given in km and miles).
 */
import type { Duration, Node, Step } from '../../src/ir/workout.js';

const MILE = 1609.344;
const KIND: Record<string, Step['intensity']> = { wu: 'warmup', cd: 'cooldown', run: 'active', rec: 'recovery', rest: 'rest' };
const NAME: Record<Step['intensity'], string> = { warmup: 'wu', cooldown: 'cd', active: 'run', recovery: 'rec', rest: 'rest' };

export type ExpectedTarget =
  | { kind: 'pace'; name: string }
  | { kind: 'effort'; label: string }
  | { kind: 'none' }
  | { kind: 'zone'; name: string; zones: number[] }
  | { kind: 'hrmax'; name: string; percents: number[] }
  | { kind: 'rpe'; name: string; values: number[] }
  | { kind: 'speed'; name: string; low: number; high: number };
export interface ExpectedStep {
  type: 'step';
  intensity: Step['intensity'];
  duration: Duration | 'any';
  target: ExpectedTarget;
  mode?: string;
  /** A walking step ("walk 2:00"). */
  walk?: true;
}
export interface NotationOptions {
  /** The blind samples' reading rules (see the top of this file). */
  lenient?: boolean;
}
export interface ExpectedRepeat {
  type: 'repeat';
  count: number;
  skipLastRecovery: boolean;
  children: Expected[];
}
export type Expected = ExpectedStep | ExpectedRepeat;

export function parseNotation(text: string): Expected[] {
  let i = 0;
  const src = text.trim();
  const fail = (msg: string): never => {
    throw new Error(`notation: ${msg} at ${i} in ${JSON.stringify(text)}`);
  };
  const ws = () => {
    while (src[i] === ' ') i++;
  };
  function sequence(): Expected[] {
    const out: Expected[] = [node()];
    ws();
    while (src[i] === '|') {
      i++;
      ws();
      out.push(node());
      ws();
    }
    return out;
  }
  function node(): Expected {
    ws();
    const m = /^(\d+)x(\+?)\(/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      const children = sequence();
      if (src[i] !== ')') fail("')' expected");
      i++;
      return { type: 'repeat', count: Number(m[1]), skipLastRecovery: m[2] !== '+', children };
    }
    const s = /^(wu|cd|run|rec|rest|walk)\s+([^\s|)]+)(?:\s+(jog|walk|rest|recovery))?(?:\s+([@~][^|)]+))?/.exec(src.slice(i));
    if (!s) fail('a step expected');
    i += s![0].length;
    const [, kind, len, mode, target] = s!;
    return {
      type: 'step',
      intensity: kind === 'walk' ? 'rest' : KIND[kind!]!,
      duration: length(len!),
      target: parseTarget(target?.trim(), fail),
      ...(mode ? { mode } : {}),
      ...(kind === 'walk' ? { walk: true as const } : {}),
    };
  }
  function length(l: string): Duration | 'any' {
    if (l === '~') return 'any';
    if (l === 'open') return { kind: 'open' };
    if (/^\d+(:\d\d){1,2}$/.test(l)) return { kind: 'time', seconds: l.split(':').reduce((a, p) => a * 60 + Number(p), 0) };
    const d = /^(\d+(?:\.\d+)?)(m|mi|km)$/.exec(l);
    if (!d) fail(`a length expected, not ${l}`);
    const n = Number(d![1]);
    return { kind: 'distance', meters: d![2] === 'm' ? n : d![2] === 'km' ? n * 1000 : n * MILE };
  }
  const out = sequence();
  if (i < src.length) fail('unexpected text');
  return out;
}

const MILE_M = 1609.344;
/** "7:30" or "4:19-4:39" per "mi" or "km", as speeds (m/s), slower first. */
function clockSpeeds(clocks: string, unit: string): [number, number] {
  const metres = unit === 'mi' ? MILE_M : 1000;
  const speeds = clocks.split('-').map((c) => metres / c.split(':').reduce((a, p) => a * 60 + Number(p), 0));
  return [Math.min(...speeds), Math.max(...speeds)];
}

function parseTarget(t: string | undefined, fail: (msg: string) => never): ExpectedTarget {
  if (!t) return { kind: 'none' };
  const body = t.slice(1);
  const zone = /^Z(\d)(?:-(\d))?$/.exec(body);
  if (t.startsWith('@') && zone) return { kind: 'zone', name: body, zones: zone.slice(1).filter(Boolean).map(Number) };
  const hrmax = /^(\d+)(?:-(\d+))?%HRmax$/.exec(body);
  if (t.startsWith('@') && hrmax) return { kind: 'hrmax', name: body, percents: hrmax.slice(1).filter(Boolean).map(Number) };
  const rpe = /^rpe(\d+)(?:-(\d+))?$/.exec(body);
  if (t.startsWith('~') && rpe) return { kind: 'rpe', name: body, values: rpe.slice(1).filter(Boolean).map(Number) };
  const clock = /^(\d+:\d\d(?:-\d+:\d\d)?)\/(mi|km)$/.exec(body);
  if (t.startsWith('@') && clock) {
    const [low, high] = clockSpeeds(clock[1]!, clock[2]!);
    return { kind: 'speed', name: body, low, high };
  }
  if (!body) fail('a target expected');
  return t.startsWith('@') ? { kind: 'pace', name: body } : { kind: 'effort', label: body };
}

/** The compiled steps in the notation (to write a first draft by hand, and in failure messages). */
export function printNotation(nodes: readonly Node[]): string {
  return nodes
    .map((n) => {
      if (n.type === 'repeat') return `${n.count}x${n.skipLastRecovery ? '' : '+'}(${printNotation(n.children)})`;
      const mode = n.intensity === 'recovery' || n.intensity === 'rest' ? / (jog|walk|rest|recovery)\b/.exec(n.label)?.[1] : undefined;
      const t = n.target.kind === 'pace' ? ` @${n.target.name}` : n.target.kind === 'effort' ? ` ~${n.target.label}` : '';
      return `${NAME[n.intensity]} ${printLength(n.duration)}${mode ? ` ${mode}` : ''}${t}`;
    })
    .join(' | ');
}

function printLength(d: Duration): string {
  if (d.kind === 'open') return 'open';
  if (d.kind === 'time') {
    const s = Math.round(d.seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  }
  const mi = d.meters / MILE;
  if (Math.abs(mi * 100 - Math.round(mi * 100)) < 1e-6 && d.meters >= 800 && Math.abs(d.meters - Math.round(d.meters)) > 1e-6) return `${Math.round(mi * 100) / 100}mi`;
  if (d.meters >= 1000 && d.meters % 1000 === 0 && d.meters !== 1000) return `${d.meters / 1000}km`;
  return `${Math.round(d.meters * 1000) / 1000}m`;
}

/** Every difference between compiled steps and what the notation expects, by path. */
export function notationDiffs(actual: readonly Node[], expected: readonly Expected[], path = 'steps', options: NotationOptions = {}): string[] {
  if (options.lenient) {
    actual = flattenOnes(actual);
    expected = flattenOnes(expected);
  }
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`${path}: ${actual.length} nodes, expected ${expected.length}`);
  for (let k = 0; k < Math.min(actual.length, expected.length); k++) {
    const a = actual[k]!;
    const e = expected[k]!;
    const at = `${path}[${k}]`;
    if (a.type !== e.type) out.push(`${at}: a ${a.type}, expected a ${e.type}`);
    else if (a.type === 'repeat' && e.type === 'repeat') out.push(...repeatDiffs(a, e, at, options));
    else out.push(...stepDiffs(a as Step, e as ExpectedStep, at, options));
  }
  return out;
}

/** A repeat of one is its children (lenient reading). */
function flattenOnes<T extends Node | Expected>(nodes: readonly T[]): T[] {
  return nodes.flatMap((n) => (n.type === 'repeat' && n.count === 1 ? flattenOnes(n.children as T[]) : [n]));
}

function repeatDiffs(a: Extract<Node, { type: 'repeat' }>, e: ExpectedRepeat, at: string, options: NotationOptions): string[] {
  const out: string[] = [];
  if (a.count !== e.count) out.push(`${at}.count: ${a.count}, expected ${e.count}`);
  const last = e.children[e.children.length - 1];
  const endsInRecovery = !last || last.type === 'repeat' || last.intensity === 'recovery' || last.intensity === 'rest';
  if (a.skipLastRecovery !== e.skipLastRecovery && (!options.lenient || endsInRecovery)) {
    out.push(`${at}: last recovery ${a.skipLastRecovery ? 'skipped' : 'run'}, expected ${e.skipLastRecovery ? 'skipped' : 'run'}`);
  }
  out.push(...notationDiffs(a.children, e.children, `${at}.children`, options));
  return out;
}

const RESTFUL: ReadonlySet<Step['intensity']> = new Set(['recovery', 'rest']);

function stepDiffs(s: Step, x: ExpectedStep, at: string, options: NotationOptions): string[] {
  const out: string[] = [];
  const sameKind = s.intensity === x.intensity || x.walk || (options.lenient && RESTFUL.has(s.intensity) && RESTFUL.has(x.intensity));
  if (!sameKind) out.push(`${at}: ${s.intensity}, expected ${x.intensity}`);
  if (x.duration === 'any') {
    if (s.duration.kind === 'open') out.push(`${at}: open, expected a worked-out length`);
  } else if (!sameLength(s.duration, x.duration, options.lenient ? 0.01 : 0)) out.push(`${at}: ${printLength(s.duration)}, expected ${printLength(x.duration)}`);
  if (!targetAgrees(s, x.target, options)) out.push(`${at}: target ${showTarget(s.target)}, expected ${showExpected(x.target)}`);
  if (x.walk && (!/\bwalk/i.test(s.label) || s.target.kind === 'pace')) out.push(`${at}: "${s.label}", expected a walk`);
  if (x.mode && !new RegExp(`\\b${x.mode}\\b`).test(s.label)) out.push(`${at}: "${s.label}", expected a ${x.mode}`);
  return out;
}

const showTarget = (t: Step['target']) => (t.kind === 'pace' ? `@${t.name}` : t.kind === 'effort' ? `~${t.label}` : 'none');
const showExpected = (t: ExpectedTarget) =>
  t.kind === 'none' ? 'none' : t.kind === 'effort' ? `~${t.label}` : t.kind === 'rpe' ? `~${t.name}` : `@${t.name}`;

/** Case, spaces and dash style aside; a band's two ends in either order. */
function samePaceName(a: string, b: string): boolean {
  // "90–92% of M" and "90-92% M" name one band; "100% of M" is M itself.
  const norm = (n: string) =>
    n.toLowerCase().replace(/[−–—]/g, '-').replace(/%\s*of\b/g, '%').replace(/^100%\s*/, '').replace(/\s+/g, '');
  const ends = (n: string) => (/^[a-z0-9]+-[a-z0-9]+$/.test(norm(n)) ? norm(n).split('-').sort().join('-') : norm(n));
  return norm(a) === norm(b) || ends(a) === ends(b);
}

function targetAgrees(s: Step, want: ExpectedTarget, options: NotationOptions): boolean {
  const t = s.target;
  const named = (t.kind === 'pace' ? t.name : t.kind === 'effort' ? t.label : '') + (t.kind === 'pace' && ['zone', 'rpe', 'hrmax'].includes(want.kind) ? ` ${s.notes.join(' ')}` : '');
  switch (want.kind) {
    case 'none':
      return t.kind === 'none' || (!!options.lenient && t.kind === 'effort');
    case 'pace':
      if (t.kind !== 'pace') return false;
      if (!options.lenient) return t.name === want.name;
      return samePaceName(t.name, want.name) || (want.name.includes('%') && want.name.toLowerCase().split(/\s+/).every((w) => t.name.toLowerCase().includes(w)));
    case 'effort':
      if (!options.lenient) return t.kind === 'effort' && t.label === want.label;
      return new RegExp(escapeRe(want.label), 'i').test(`${named} ${s.label}`);
    case 'zone':
      return want.zones.every((z) => new RegExp(`\\b(?:z|zone\\s*)${z}\\b|\\bz\\d-${z}\\b|zones?\\s*\\d\\s*[-–]\\s*${z}\\b`, 'i').test(named));
    case 'hrmax':
      return namesHeartRateShare(named, want.percents);
    case 'rpe':
      return want.values.every((v) => new RegExp(`rpe\\s*:?\\s*(?:\\d+\\s*[-–]\\s*)?${v}\\b|\\b${v}\\s*/\\s*10\\b`, 'i').test(named));
    case 'speed':
      return t.kind === 'pace' && (t.name === want.name || (near(t.low, want.low) && near(t.high, want.high)));
  }
}

/** "70-78% HRmax", "70–78% of max HR", "75% MHR": the shares, then the maximum they are of. */
function namesHeartRateShare(named: string, percents: readonly number[]): boolean {
  const shares = percents.join('\\s*%?\\s*(?:[-–]|to)\\s*');
  return new RegExp(`\\b${shares}\\s*%.*\\b(?:max|mhr|hrmax)`, 'i').test(named);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.03 * b;
const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sameLength(a: Duration, b: Duration, within: number): boolean {
  if (a.kind === 'time' && b.kind === 'time') return Math.abs(a.seconds - b.seconds) < Math.max(0.5, within * b.seconds);
  if (a.kind === 'distance' && b.kind === 'distance') return Math.abs(a.meters - b.meters) < Math.max(0.5, within * b.meters);
  return a.kind === 'open' && b.kind === 'open';
}
