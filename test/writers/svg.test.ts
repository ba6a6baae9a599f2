/**
 * The SVG chart of one workout, read back with real XML parsers: which blocks
 * are drawn, where and how wide, what they say in words, and what happens to
 * hostile or broken input.
 */
import { describe, expect, it } from 'vitest';
import { estimateStepSeconds, OPEN_STEP_SECONDS } from '../../src/compiler/estimate.js';
import { compileSession } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { METERS_PER_MILE } from '../../src/units/format.js';
import { MAX_BLOCKS, workoutSvg } from '../../src/writers/svg.js';
import { blocks, child, findAll, hasClass, parseSvg, type DrawnBlock, type El } from '../../fixtures/svg/read-svg.js';
import {
  athlete,
  cooldown,
  hills,
  hm10k,
  intervals,
  jog400,
  meters,
  mile,
  paces,
  rep400,
  repeat,
  rest,
  sets,
  step,
  strength,
  time,
  warmup,
  workout,
} from '../../fixtures/svg/sessions.js';

const P = paces.paces;
const draw = (w: Workout, units: 'mi' | 'km' = 'mi') => parseSvg(workoutSvg(w, units, { paces }));
const kinds = (bs: DrawnBlock[]) => bs.map((b) => b.classes[1]);

/** The time axis line spans the plot: [left, right]. */
function plotSpan(root: El): [number, number] {
  const axis = findAll(root, (e) => e.name === 'g' && hasClass(e, 'time-axis'))[0]!;
  const line = child(axis, 'line')!;
  return [Number(line.attrs['x1']), Number(line.attrs['x2'])];
}

describe('blocks: every step as run', () => {
  it('draws 6×(400 m + jog) without the last jog as 11 blocks, 13 with warm-up and cool-down', () => {
    const bs = blocks(draw(intervals));
    expect(bs).toHaveLength(13);
    expect(kinds(bs)).toEqual([
      'block-warmup',
      ...Array.from({ length: 5 }, () => ['block-active', 'block-recovery']).flat(),
      'block-active',
      'block-cooldown',
    ]);
  });

  it('keeps the last recovery when skipLastRecovery is false', () => {
    const w = workout('keep', '6×400m', [warmup, repeat(6, [rep400, jog400], false), cooldown]);
    const bs = blocks(draw(w));
    expect(bs).toHaveLength(14);
    expect(kinds(bs).slice(-2)).toEqual(['block-recovery', 'block-cooldown']);
  });

  it('in nested sets, the last set skips its set rest but each set still skips its own last jog', () => {
    // 2 × (4 × (200 m, 200 m jog) [no jog after the 4th], 3 min walk) [no walk after the 2nd]
    const set = [...Array.from({ length: 3 }, () => ['block-active', 'block-recovery']).flat(), 'block-active'];
    expect(kinds(blocks(draw(sets)))).toEqual(['block-warmup', ...set, 'block-rest', ...set, 'block-cooldown']);
  });

  it('drops the inner repeat’s last recovery too when the inner repeat keeps its recoveries', () => {
    // The IR's rule: the last repetition ends with its last work, so with
    // 2 × (2 × (a, r), R) the run ends a r a R a r a — neither R nor the final r.
    const a = step('active', meters(200), '200 m @ Mile', mile);
    const r = step('recovery', time(60), '1 min jog');
    const R = step('recovery', time(180), '3 min jog');
    const w = workout('nested', 'nested', [repeat(2, [repeat(2, [a, r], false), R], true)]);
    const titles = blocks(draw(w)).map((b) => b.title.split(' · ')[0]);
    expect(titles).toEqual(['200 m @ Mile', '1 min jog', '200 m @ Mile', '1 min jog', '3 min jog', '200 m @ Mile', '1 min jog', '200 m @ Mile']);
  });
});

describe('geometry', () => {
  it('makes block widths proportional to estimated seconds, end to end across the plot', () => {
    const root = draw(intervals);
    const bs = blocks(root);
    const rep = 400 / ((P.HM.speed + P['10K'].speed) / 2); // a pace band is run at its centre
    const jog = estimateStepSeconds(jog400, paces);
    const seconds = [900, ...Array.from({ length: 5 }, () => [rep, jog]).flat(), rep, 600];
    const [left, right] = plotSpan(root);
    const perSecond = (right - left) / seconds.reduce((a, b) => a + b, 0);
    bs.forEach((b, i) => expect(b.width).toBeCloseTo(seconds[i]! * perSecond, 1));
    expect(bs[0]!.x).toBe(left);
    for (let i = 1; i < bs.length; i++) expect(Math.abs(bs[i]!.x - (bs[i - 1]!.x + bs[i - 1]!.width))).toBeLessThanOrEqual(0.02);
    expect(Math.abs(bs.at(-1)!.x + bs.at(-1)!.width - right)).toBeLessThanOrEqual(0.02);
  });

  it('draws faster steps higher: reps above warm-up above jogs, Mile reps above HM–10K reps', () => {
    const mileRep = step('active', meters(400), '400 m @ Mile', mile);
    const w = workout('mixed', 'mixed', [warmup, rep400, jog400, mileRep, cooldown]);
    const [wu, hm, j, mi, cd] = blocks(draw(w));
    expect(hm!.top).toBeLessThan(wu!.top);
    expect(mi!.top).toBeLessThan(hm!.top);
    expect(j!.top).toBeGreaterThan(wu!.top);
    expect(cd!.top).toBe(wu!.top);
  });

  it('maps speed to height linearly, with the pace band from its slow end to its fast end', () => {
    const [wu, rep] = blocks(draw(intervals));
    // Solid part up to the slow end (HM), lighter band up to the fast end (10K); a warm-up has no band.
    const slope = (rep!.solidTop - rep!.top) / (P['10K'].speed - P.HM.speed);
    expect(slope).toBeGreaterThan(0);
    expect(wu!.top).toBe(wu!.solidTop);
    expect(wu!.top - rep!.top).toBeCloseTo(slope * (P['10K'].speed - P.E.speed), 1);
  });

  it('puts pace gridlines at round paces in the athlete’s units, where those speeds are drawn', () => {
    for (const units of ['mi', 'km'] as const) {
      const root = draw(intervals, units);
      const [wu, rep] = blocks(root);
      const slope = (rep!.solidTop - rep!.top) / (P['10K'].speed - P.HM.speed);
      const yOf = (speed: number) => rep!.top - slope * (speed - P['10K'].speed);
      const grid = findAll(root, (e) => e.name === 'g' && hasClass(e, 'grid'))[0]!;
      const labels = grid.children.filter((e) => e.name === 'text');
      expect(labels[0]!.text).toBe(`/${units}`);
      const lines = labels.slice(1);
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const t of lines) {
        const m = /^(\d+):(\d\d)$/.exec(t.text);
        expect(m, t.text).not.toBeNull();
        expect(Number(m![2]) % 15).toBe(0);
        const speed = (units === 'mi' ? METERS_PER_MILE : 1000) / (Number(m![1]) * 60 + Number(m![2]));
        expect(Number(t.attrs['y'])).toBeCloseTo(yOf(speed), 1);
      }
      expect(wu).toBeDefined();
    }
  });

  it('draws an open step ("jog down") as long as the estimate assumes, with a dashed outline', () => {
    const bs = blocks(draw(hills));
    const jogDown = bs[2]!;
    expect(jogDown.classes).toContain('block-open');
    expect(jogDown.el.children[1]!.attrs['stroke-dasharray']).toBeDefined();
    expect(jogDown.width / bs[0]!.width).toBeCloseTo(OPEN_STEP_SECONDS / 900, 3);
  });

  it('scales to its container: a viewBox and width="100%", no fixed pixel size', () => {
    const root = draw(intervals);
    expect(root.name).toBe('svg');
    expect(root.attrs['width']).toBe('100%');
    expect(root.attrs['height']).toBeUndefined();
    expect(root.attrs['viewBox']).toMatch(/^0 0 \d+ \d+$/);
    expect(root.attrs['xmlns']).toBe('http://www.w3.org/2000/svg');
  });
});

describe('words', () => {
  it('titles each block with the step, its pace band in the athlete’s units and its repetition', () => {
    const bs = blocks(draw(intervals));
    // HM 3.737 m/s is 430.7 s per mile (7:11), 10K 3.923 m/s is 410.2 s (6:50).
    expect(bs[5]!.title).toBe('400 m @ HM–10K · 7:11–6:50 /mi · about 1:44 · rep 3 of 6');
    // A jog is estimated at 92% of the slow end of E: 400 / (2.881 × 0.92) = 150.9 s.
    expect(bs[2]!.title).toBe('400 m jog · about 2:31 · rep 1 of 6');
    expect(bs[0]!.title).toBe('15 min warm-up');
    const km = blocks(draw(intervals, 'km'));
    // The same speeds per kilometre: 267.6 s (4:28) and 254.9 s (4:15).
    expect(km[5]!.title).toContain('400 m @ HM–10K · 4:28–4:15 /km');
  });

  it('names sets and reps in nested repeats', () => {
    const bs = blocks(draw(sets));
    expect(bs[9]!.title).toBe('200 m @ Mile · 5:50–5:40 /mi · about 0:43 · set 2 of 2, rep 1 of 4');
  });

  it('summarises the workout for screen readers: role, label, title and description', () => {
    const root = draw(intervals);
    expect(root.attrs['role']).toBe('img');
    // 2879 s is 47 min 59 s: about 48 min.
    expect(root.attrs['aria-label']).toBe('6×400m @ HM–10K, about 48 min');
    expect(child(root, 'title')!.text).toBe('6×400m @ HM–10K, about 48 min');
    const desc = child(root, 'desc')!.text;
    expect(desc).toContain('15 min warm-up; 6 × (400 m @ HM–10K · 7:11–6:50 /mi, 400 m jog), no recovery after the last; 10 min cool-down.');
    expect(desc).toContain('About 48 min');
    expect(root.children.slice(0, 2).map((e) => e.name)).toEqual(['title', 'desc']);
  });

  it('marks effort-only steps with a hatch defined in the same chart, and says so in the legend', () => {
    const svg = workoutSvg(hills, 'mi', { paces });
    const root = parseSvg(svg);
    const hill = blocks(root)[1]!;
    expect(hill.classes).toContain('block-effort');
    expect(hill.title).toBe('30 s hill · effort, no pace · rep 1 of 8');
    const ref = /^url\(#([^)]+)\)$/.exec(hill.fill)?.[1];
    expect(ref).toBeDefined();
    expect(findAll(root, (e) => e.name === 'pattern' && e.attrs['id'] === ref)).toHaveLength(1);
    const legend = findAll(root, (e) => e.name === 'g' && hasClass(e, 'legend'))[0]!;
    expect(legend.children.filter((e) => e.name === 'text').map((e) => e.text)).toEqual(['warm-up', 'effort, no pace', 'recovery', 'cool-down']);
  });

  it('labels the minutes along the bottom and the total at the end', () => {
    const root = draw(intervals);
    const axis = findAll(root, (e) => e.name === 'g' && hasClass(e, 'time-axis'))[0]!;
    expect(axis.children.filter((e) => e.name === 'text').map((e) => e.text)).toEqual(['0', '10', '20', '30', '40', '48 min']);
  });
});

describe('placeholders', () => {
  const placeholder = (w: Workout) => {
    const root = parseSvg(workoutSvg(w, 'mi', { paces }));
    expect(hasClass(root, 'runcast-chart-placeholder')).toBe(true);
    expect(root.attrs['role']).toBe('img');
    expect(blocks(root)).toHaveLength(0);
    return { root, visible: findAll(root, (e) => e.name === 'text')[0]!.text, label: root.attrs['aria-label']! };
  };

  it('draws a labelled box for a rest day, a strength session and cross-training', () => {
    expect(placeholder(rest)).toMatchObject({ visible: 'Rest day', label: 'Rest: rest day, no running' });
    expect(placeholder(strength).visible).toBe('Strength: PT / Strength Focused Lift');
    const cross = workout('w1-sat-0-alt1', '45 min cross-train', [step('active', time(2700), 'cross-train')], { sport: 'cross_training' });
    expect(placeholder(cross)).toMatchObject({ visible: 'Cross-training: 45 min cross-train', label: 'Cross-training, no running: 45 min cross-train' });
  });

  it('says a session did not compile, with the compiler’s message for screen readers', () => {
    const w = compileSession('4 x 5 mni @ Mile', athlete);
    const { visible, label } = placeholder(w);
    expect(visible).toBe('Not compiled: see the errors');
    expect(label).toContain(w.diagnostics.find((d) => d.severity === 'error')!.message);
  });

  it('keeps the visible line short and the whole title in <title>', () => {
    const long = `Tempo ${'and more '.repeat(20)}`.trim();
    const { root, visible } = placeholder({ ...strength, title: long });
    expect(visible.endsWith('…')).toBe(true);
    expect(Array.from(visible).length).toBeLessThanOrEqual(56);
    expect(child(root, 'title')!.text).toContain(long);
  });

  it('answers a plan asking for millions of steps with a placeholder, not a huge document', () => {
    // Regression guard: 1000 × 1000 reps must not be written out (memory, and a megabyte chart).
    const w = workout('huge', 'huge', [repeat(1000, [repeat(1000, [rep400, jog400])])]);
    const svg = workoutSvg(w, 'mi', { paces });
    expect(svg.length).toBeLessThan(2000);
    expect(placeholder(w).label).toContain('too many steps');
    // Exactly at the limit the chart is still drawn.
    const atLimit = workout('limit', 'limit', [repeat(MAX_BLOCKS, [rep400], false)]);
    expect(blocks(parseSvg(workoutSvg(atLimit, 'mi', { paces })))).toHaveLength(MAX_BLOCKS);
  });

  it('gives a running session with no steps a placeholder rather than an empty plot', () => {
    expect(placeholder(workout('empty', 'Nothing', [])).label).toBe('Nothing: no steps to draw');
  });
});

describe('broken numbers', () => {
  it('draws without NaN or Infinity when durations, speeds or counts are nonsense', () => {
    const w = workout('bad', 'bad', [
      warmup,
      step('active', time(Number.NaN), 'broken time', hm10k),
      step('active', meters(-400), 'negative distance', hm10k),
      step('active', meters(400), 'zero speed', { kind: 'pace', name: 'zero', low: 0, high: Number.NaN }),
      repeat(-3, [rep400]),
      repeat(2.5, [rep400, jog400]),
      cooldown,
    ]);
    const svg = workoutSvg(w, 'mi', { paces });
    expect(svg).not.toMatch(/NaN|Infinity/);
    const bs = blocks(parseSvg(svg));
    // warm-up, the zero-speed step (drawn at easy speed), 2 × (rep, jog) without the last jog, cool-down
    expect(bs.map((b) => b.title.split(' · ')[0])).toEqual(['15 min warm-up', '400 m zero speed', '400 m @ HM–10K', '400 m jog', '400 m @ HM–10K', '10 min cool-down']);
  });
});
