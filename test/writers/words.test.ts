/**
 * The one "step in words" that FIT step notes, TCX Notes and SVG tooltips
 * share: hand-built steps for each rule, then every step of both templates
 * as the compiler labels them for the reference athlete.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePlan, loadPlan } from '../../src/compiler/index.js';
import type { Duration, Node, Step, Target } from '../../src/ir/workout.js';
import { formatDuration } from '../../src/units/format.js';
import { stepWords } from '../../src/writers/words.js';
import { athlete } from '../../fixtures/svg/sessions.js';

const MILE = 1609.344;
/** A band from two paces in seconds per mile, slower first. */
const pace = (name: string, slower: number, faster: number): Target => ({ kind: 'pace', name, low: MILE / slower, high: MILE / faster });
const HM_10K = pace('HM–10K', 420, 402);
const E = pace('E', 540, 480);

function step(label: string, duration: Duration, target: Target = { kind: 'none' }, notes: string[] = []): Step {
  return { type: 'step', intensity: 'active', duration, target, label, notes };
}
const m = (meters: number): Duration => ({ kind: 'distance', meters });
const s = (seconds: number): Duration => ({ kind: 'time', seconds });
const open: Duration = { kind: 'open' };

describe('stepWords', () => {
  it('gives the band alone when the label already names the pace', () => {
    // 420 and 402 s per mile print as 7:00 and 6:42; per km they are 260.98 and 249.79 s.
    expect(stepWords(step('400 m @ HM–10K', m(400), HM_10K), 'mi')).toBe('400 m @ HM–10K · 7:00–6:42 /mi');
    expect(stepWords(step('400 m @ HM–10K', m(400), HM_10K), 'km')).toBe('400 m @ HM–10K · 4:21–4:10 /km');
  });

  it('names the pace before the band when the label does not', () => {
    expect(stepWords(step('20 min easy', s(1200), E), 'mi')).toBe('20 min easy · E · 9:00–8:00 /mi');
  });

  it('prints a band given fastest first slower first, as coaches write it', () => {
    const swapped: Target = { kind: 'pace', name: 'T', low: MILE / 402, high: MILE / 420 };
    expect(stepWords(step('1 mi @ T', m(MILE), swapped), 'mi')).toBe('1 mi @ T · 7:00–6:42 /mi');
  });

  // The SVG writer draws steps whose band is broken; formatPaceBand would print a zero speed as "Infinity:NaN:NaN".
  it('says "pace unknown" for a band that is not two positive numbers', () => {
    for (const [low, high] of [
      [0, 4],
      [4, Number.NaN],
      [Number.POSITIVE_INFINITY, 4],
      [-3, 4],
    ] as const) {
      const words = stepWords(step('400 m', m(400), { kind: 'pace', name: 'R', low, high }), 'mi');
      expect(words).toBe('400 m · R · pace unknown');
    }
  });

  it('adds an effort only when the label lacks it', () => {
    expect(stepWords(step('30 s hill', s(30), { kind: 'effort', label: 'hill' }), 'mi')).toBe('30 s hill');
    expect(stepWords(step('30 s @ 90-95% effort', s(30), { kind: 'effort', label: '90-95% effort' }), 'mi')).toBe('30 s @ 90-95% effort');
    expect(stepWords(step('45 s hill', s(45), { kind: 'effort', label: 'hard uphill' }), 'mi')).toBe('45 s hill · hard uphill');
  });

  it('says "until lap" for an open step unless the label already speaks of the lap', () => {
    expect(stepWords(step('jog down', open), 'mi')).toBe('jog down · until lap');
    expect(stepWords(step('recover until lap', open), 'mi')).toBe('recover until lap');
    expect(stepWords(step('', open), 'mi')).toBe('until lap');
  });

  it('gives the length alone for a step with no label', () => {
    expect(stepWords(step('', s(90)), 'mi')).toBe('1:30 min');
    expect(stepWords(step(' ', m(400), HM_10K), 'mi')).toBe('400 m · HM–10K · 7:00–6:42 /mi');
  });

  // Guards the length: the compiler labels "30 min strength" just "strength", and the SVG tooltip used to say only that.
  it('leads with the length when the label does not state one', () => {
    expect(stepWords(step('strength', s(1800)), 'mi')).toBe('30 min strength');
    expect(stepWords(step('400m @ HM–10K', m(400), HM_10K), 'mi')).toBe('400m @ HM–10K · 7:00–6:42 /mi');
    expect(stepWords(step('1 lap jog', m(400)), 'mi')).toBe('1 lap jog');
  });

  it('leaves out a length that is not a positive number rather than print NaN', () => {
    expect(stepWords(step('broken', s(Number.NaN)), 'mi')).toBe('broken');
    expect(stepWords(step('backwards', m(-400)), 'mi')).toBe('backwards');
  });

  it("ends with the step's own notes, skipping blank ones", () => {
    expect(stepWords(step('20 s strides', s(20), { kind: 'effort', label: 'strides' }, ['relaxed', ' ']), 'mi')).toBe(
      '20 s strides · relaxed',
    );
  });
});

describe('stepWords over every templated session', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const steps = (nodes: readonly Node[]): Step[] => nodes.flatMap((n) => (n.type === 'step' ? [n] : steps(n.children)));
  const squash = (t: string) => t.replace(/\s+/g, '').toLowerCase();

  for (const name of ['mile-8-week.yaml', 'mile-workouts.yaml']) {
    it(`${name}: leads with the label, states the length and the band, never a broken number`, () => {
      const { plan, diagnostics } = loadPlan(readFileSync(resolve(root, 'templates', name), 'utf8'), name);
      expect(plan, diagnostics.map((d) => d.message).join('; ')).toBeDefined();
      const sessions = compilePlan(plan!, athlete).sessions.flatMap((w) => [w, ...w.alternatives]);
      const all = sessions.flatMap((w) => steps(w.steps));
      expect(all.length).toBeGreaterThan(20);
      for (const st of all) {
        const words = stepWords(st, 'mi');
        expect(words, st.label).not.toMatch(/NaN|Infinity|undefined/);
        if (st.label.trim()) expect(words, st.label).toContain(st.label.trim());
        if (st.duration.kind !== 'open') expect(squash(words), st.label).toContain(squash(formatDuration(st.duration, 'mi')));
        else expect(words, st.label).toMatch(/\blap\b/i);
        if (st.target.kind === 'pace') expect(words, st.label).toMatch(/\d+:\d\d(–\d+:\d\d)? \/mi/);
        // No part is said twice in a row ("until lap · until lap", "E · E").
        const parts = words.split(' · ');
        parts.slice(1).forEach((p, i) => expect(p, words).not.toBe(parts[i]));
      }
    });
  }
});
