/**
 * Names, step notes and descriptions as the watch shows them, read back with
 * both FIT decoders: the short form per kind of step, and no text cut inside
 * a word or a bracket — for the cases that went wrong, then for every session
 * of both templates and of the coach-text corpus.
 */
import { describe, expect, it } from 'vitest';
import { lonePlan, readRepo, referenceAthlete } from '../helpers/reference.js';
import { compilePlan, compileSession, loadPlan } from '../../src/compiler/index.js';
import type { CompiledPlan, Node, Step, Workout } from '../../src/ir/workout.js';
import { DEVICE_PROFILES, type DeviceProfile } from '../../src/writers/fit/profile.js';
import { encodeWorkout } from '../../src/writers/fit/workout.js';
import { watchText } from '../../src/writers/fit/strings.js';
import { stepWords } from '../../src/writers/words.js';
import type { Units } from '../../src/units/format.js';
import { bothSteps, playOnWatch, runSequence, sdkDecode, rawWorkout } from '../helpers/fit-decode.js';

const athlete = referenceAthlete();

interface OnWatch {
  name?: string;
  description?: string;
  /** The steps as run, each with the IR step it plays. */
  steps: { name?: string; notes?: string; ir: Step }[];
  shapeNotes: string[];
}

/** Encodes a session and reads its strings back with both decoders, which must agree. */
function onWatch(w: Workout, plan: CompiledPlan, profile: DeviceProfile = DEVICE_PROFILES.conservative!): OnWatch {
  const encoded = encodeWorkout(w, plan, profile);
  const [sdk] = sdkDecode(encoded.bytes).messages.workoutMesgs!;
  const raw = rawWorkout(encoded.bytes);
  expect(sdk?.wktName).toBe(raw.name);
  const steps = bothSteps(encoded.bytes);
  const played = w.steps.length > 0 ? playOnWatch(steps) : [];
  const run = runSequence(w.steps);
  expect(played).toHaveLength(run.length);
  return {
    name: raw.name,
    description: sdk?.wktDescription as string | undefined,
    steps: played.map((s, i) => ({ name: s.name, notes: s.notes, ir: run[i]! })),
    shapeNotes: encoded.notes,
  };
}

const session = (text: string) => {
  const w = compileSession(text, athlete);
  expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return onWatch(w, lonePlan(w));
};

describe('a short name per kind of step', () => {
  it('warm-up, work, recovery and cool-down', () => {
    const s = session('6-10 x 400m @ HM-10K w/ 400m jog recovery');
    expect(s.name).toBe('6x400m @ HM-10K');
    expect(s.steps.map((x) => x.name)).toEqual(['WU 15 min', ...Array(11).fill(['400m @ HM-10K', 'Jog 400m']).flat().slice(0, 11), 'CD 10 min']);
  });

  it('keeps what a cut lost: "Rec until lap" not "recover until", "200m goal Mile" not "200 m @ goal", "CD 10 min" not "10 min"', () => {
    expect(session('5 x 2 min hill @ 5K w/ jog down recovery').steps.map((x) => x.name)).toContain('2 min hill @ 5K');
    const full = session('4 x 200, 2 x 400, 2 x 600, and 1 x 800 @ goal Mile w/ full recovery');
    expect(full.steps.map((x) => x.name)).toEqual(expect.arrayContaining(['200m goal Mile', '800m goal Mile', 'Full rec', 'CD 10 min']));
    const lap = session('5 x 1 mile @ 5K');
    expect(lap.steps.map((x) => x.name)).toContain('Rec until lap');
    expect(session('4 x 5 min @ HM w/ 1:30 min recovery').steps.map((x) => x.name)).toContain('Rec 1:30');
    expect(session('3-4 x 1 mile @ HM w/ 1 min walk recovery').steps.map((x) => x.name)).toContain('Walk 1 min');
    expect(session('30 min + 4 x 100m strides @ Mile').steps.map((x) => x.name)).toEqual(expect.arrayContaining(['30 min easy', '100m strides']));
  });

  it('names workouts by their title, its first phrase, or their structure — never with an open bracket', () => {
    // Regression: "4x(800m @ 5K" was the name, its bracket unclosed.
    expect(session('4 x 800m/300m @ 5K/Mile w/ 100m/400m jog recovery').name).toBe('4x(800m+300m)');
    expect(session('500m, 400m, 300m, 200m @ Mile w/ previous distance jog recovery').name).toBe('4x200-500m Mile');
    expect(session('2 x 10 min @ HM w/ 1:30 min recovery + 4 x 1 min @ 5K-Mile w/ 2 min jog recovery').name).toBe('2x10 min HM');
    expect(session('PT / Strength Focused Lift').name).toBe('PT / Strength');
    expect(session('8 x 200m @ Mile w/ 200m jog recovery').name).toBe('8x200m @ Mile');
  });

  it('ends a long description at a phrase, with "..."', () => {
    // Regression: the description ended "…then the last rep alone (no".
    const d = session('6-10 x 400m @ HM-10K w/ 400m jog recovery').description!;
    expect(d).toBe('6-10 x 400m @ HM-10K w/ 400m jog recovery. 6 x 400 m @ HM-10K: written as 5 x rep + recovery, then the last rep alone...');
  });
});

/** Words a text is made of, as the watch writes them, each also without its surrounding punctuation. */
function tokens(text: string): Set<string> {
  const folded = text
    .normalize('NFC')
    .replace(/[×✕]/g, 'x')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  const squeezed = folded.replace(/(\d) (m|s|min|mi|km)\b/g, '$1$2').replace(/(\d)\s*x\s*(?=[\d(])/gi, '$1x');
  const out = new Set<string>();
  for (const t of `${folded} ${squeezed}`.split(/\s+/)) {
    out.add(t.toLowerCase());
    out.add(bare(t));
    // A compact name may drop a unit the text wrote ("8x1:30" for "8 x 1:30 min"): that is not a cut.
    out.add(bare(t).replace(/(\d)(min|s|m|mi|km)$/, '$1'));
    // A count before its bracket ("6x" of "6x(2x2 min fast, …)") is whole: the watch drops an unclosed bracket with all after it.
    const counted = /^(\d+x)[([{]/.exec(bare(t));
    if (counted) out.add(counted[1]!);
  }
  return out;
}
const bare = (t: string) => t.replace(/^[("'[]+|[)"'\].,;:!?+]+$/g, '').toLowerCase();
/** The short forms the names use on purpose: step kinds and units ("60 min" for a text's "60+ minute"). */
const DELIBERATE = new Set(['wu', 'cd', 'rec', 'min', 'sec', 'mi', 'km', 'h']);

/** A token of `shown` cut inside a word of `pool`: a strict prefix of one of its words, and no word of its own. */
function cutWords(shown: string, pool: Set<string>): string[] {
  const words = shown.replace(/\.\.\.$/, '').split(' ').map(bare).filter(Boolean);
  return words.filter((w) => !pool.has(w) && !DELIBERATE.has(w) && [...pool].some((p) => p.length > w.length && p.startsWith(w)));
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}

function allText(w: Workout, shapeNotes: readonly string[], units: Units): string {
  const steps: string[] = [];
  const walk = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (n.type === 'repeat') walk(n.children);
      else steps.push(n.label, ...n.notes, n.target.kind === 'pace' ? n.target.name : n.target.kind === 'effort' ? n.target.label : '');
    }
  };
  walk(w.steps);
  steps.push(...runSequence(w.steps).map((s) => stepWords(s, units)));
  return [w.title, w.source, ...w.notes, w.coachNotes ?? '', ...w.alternatives.map((a) => a.title), ...shapeNotes, ...steps].join(' ');
}

function expectWholeWords(w: Workout, plan: CompiledPlan, profile: DeviceProfile): void {
  const shown = onWatch(w, plan, profile);
  const pool = tokens(allText(w, shown.shapeNotes, plan.athlete.units));
  const texts = [shown.name, shown.description, ...shown.steps.flatMap((s) => [s.name, s.notes])].filter((t): t is string => !!t);
  for (const t of texts) expect(cutWords(t, pool), `"${t}" in ${w.id} "${w.title}"`).toEqual([]);
  for (const t of [shown.name, ...shown.steps.map((s) => s.name)]) if (t) expect(balanced(t), `"${t}"`).toBe(true);
  // A step's notes are its words whole, or cut and saying so.
  for (const s of shown.steps) {
    const whole = watchText(stepWords(s.ir, plan.athlete.units));
    if (s.notes !== whole) expect(s.notes?.endsWith('...') && whole.startsWith(s.notes.slice(0, -3)), `"${s.notes}" for "${whole}"`).toBe(true);
  }
}

describe('no name, note or description cut inside a word', () => {
  const sessions: { w: Workout; plan: CompiledPlan }[] = [];
  for (const template of ['templates/mile-8-week.yaml', 'templates/mile-workouts.yaml']) {
    const loaded = loadPlan(readRepo(template), template);
    const plan = compilePlan(loaded.plan!, athlete, { start: '2026-01-05' });
    for (const w of plan.sessions) sessions.push({ w, plan });
  }
  const corpus = readRepo('fixtures/corpus/sessions.tsv').split('\n').slice(1).filter(Boolean);
  for (const line of corpus) {
    const w = compileSession(line.split('\t')[1]!, athlete);
    if (!w.diagnostics.some((d) => d.severity === 'error')) sessions.push({ w, plan: lonePlan(w) });
  }

  it('has a check that finds a cut word (the old "5K Intervalltra", "(no") and an open bracket', () => {
    expect(cutWords('5K Intervalltra', tokens('5K Intervalltraining'))).toEqual(['intervalltra']);
    expect(cutWords('6x400m then the last rep alone (no...', tokens('6 × 400m then the last rep alone (none after it)'))).toEqual(['no']);
    expect(cutWords('Rec 1:30', tokens('1:30 min recovery'))).toEqual([]);
    expect(balanced('4x(800m @ 5K')).toBe(false);
  });

  it('has the templates and the corpus sessions that compile to check', () => {
    expect(sessions.length).toBeGreaterThan(100);
  });

  for (const profile of Object.values(DEVICE_PROFILES)) {
    it(`for every session, on the ${profile.name} profile`, () => {
      for (const { w, plan } of sessions) expectWholeWords(w, plan, profile);
    });
  }

  it('for titles and labels made to be cut: long words, emoji, accents, brackets', () => {
    const titles = ['Intervalltraining mit Steigerungen', 'Séance élan 🏃‍♀️ piste', '4 × (800m @ 5K, 300m @ Mile)', '(Tempo) [with] {brackets} inside', '🏔️🏔️🏔️🏔️🏔️🏔️'];
    for (const title of titles) {
      const base = compileSession('6 x 400m @ HM-10K w/ 400m jog recovery', athlete);
      const w: Workout = { ...base, title, coachNotes: `${title} — ${'lange Beschreibung '.repeat(12)}` };
      expectWholeWords(w, lonePlan(w), DEVICE_PROFILES.conservative!);
    }
  });
});
