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
 */
import type { Duration, Node, Step } from '../../src/ir/workout.js';

const MILE = 1609.344;
const KIND: Record<string, Step['intensity']> = { wu: 'warmup', cd: 'cooldown', run: 'active', rec: 'recovery', rest: 'rest' };
const NAME: Record<Step['intensity'], string> = { warmup: 'wu', cooldown: 'cd', active: 'run', recovery: 'rec', rest: 'rest' };

export interface ExpectedStep {
  type: 'step';
  intensity: Step['intensity'];
  duration: Duration | 'any';
  target: { kind: 'pace'; name: string } | { kind: 'effort'; label: string } | { kind: 'none' };
  mode?: string;
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
    const s = /^(wu|cd|run|rec|rest)\s+([^\s|)]+)(?:\s+(jog|walk|rest|recovery))?(?:\s+([@~][^|)]+))?/.exec(src.slice(i));
    if (!s) fail('a step expected');
    i += s![0].length;
    const [, kind, len, mode, target] = s!;
    const t = target?.trim();
    return {
      type: 'step',
      intensity: KIND[kind!]!,
      duration: length(len!),
      target: !t ? { kind: 'none' } : t.startsWith('@') ? { kind: 'pace', name: t.slice(1) } : { kind: 'effort', label: t.slice(1) },
      ...(mode ? { mode } : {}),
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
export function notationDiffs(actual: readonly Node[], expected: readonly Expected[], path = 'steps'): string[] {
  const out: string[] = [];
  if (actual.length !== expected.length) out.push(`${path}: ${actual.length} nodes, expected ${expected.length}`);
  for (let k = 0; k < Math.min(actual.length, expected.length); k++) {
    const a = actual[k]!;
    const e = expected[k]!;
    const at = `${path}[${k}]`;
    if (a.type !== e.type) {
      out.push(`${at}: a ${a.type}, expected a ${e.type}`);
      continue;
    }
    if (a.type === 'repeat' && e.type === 'repeat') {
      if (a.count !== e.count) out.push(`${at}.count: ${a.count}, expected ${e.count}`);
      if (a.skipLastRecovery !== e.skipLastRecovery) out.push(`${at}: last recovery ${a.skipLastRecovery ? 'skipped' : 'run'}, expected ${e.skipLastRecovery ? 'skipped' : 'run'}`);
      out.push(...notationDiffs(a.children, e.children, `${at}.children`));
      continue;
    }
    const s = a as Step;
    const x = e as ExpectedStep;
    if (s.intensity !== x.intensity) out.push(`${at}: ${s.intensity}, expected ${x.intensity}`);
    if (x.duration === 'any') {
      if (s.duration.kind === 'open') out.push(`${at}: open, expected a worked-out length`);
    } else if (!sameLength(s.duration, x.duration)) out.push(`${at}: ${printLength(s.duration)}, expected ${printLength(x.duration)}`);
    const t = s.target;
    const want = x.target;
    if (want.kind === 'pace' ? t.kind !== 'pace' || t.name !== want.name : want.kind === 'effort' ? t.kind !== 'effort' || t.label !== want.label : t.kind !== 'none') {
      out.push(`${at}: target ${t.kind === 'pace' ? `@${t.name}` : t.kind === 'effort' ? `~${t.label}` : 'none'}, expected ${want.kind === 'pace' ? `@${want.name}` : want.kind === 'effort' ? `~${want.label}` : 'none'}`);
    }
    if (x.mode && !new RegExp(`\\b${x.mode}\\b`).test(s.label)) out.push(`${at}: "${s.label}", expected a ${x.mode}`);
  }
  return out;
}

function sameLength(a: Duration, b: Duration): boolean {
  if (a.kind === 'time' && b.kind === 'time') return Math.abs(a.seconds - b.seconds) < 0.5;
  if (a.kind === 'distance' && b.kind === 'distance') return Math.abs(a.meters - b.meters) < 0.5;
  return a.kind === 'open' && b.kind === 'open';
}
