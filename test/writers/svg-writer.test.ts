/** The "svg" format in the writer registry, its options, and charts that are the same bytes every time. */
import { describe, expect, it } from 'vitest';
import { estimateStepSeconds } from '../../src/compiler/estimate.js';
import { isWriterError } from '../../src/writers/errors.js';
import { getWriter } from '../../src/writers/registry.js';
import { svgFileName, workoutSvg } from '../../src/writers/svg.js';
import { blocks, findAll, parseSvg } from '../../fixtures/svg/read-svg.js';
import { hills, intervals, jog400, paces, planOf, rest, sets, strength } from '../../fixtures/svg/sessions.js';

const writer = () => {
  const w = getWriter('svg');
  if (!w) throw new Error('svg writer is not registered');
  return w;
};
const plan = planOf([intervals, hills, sets, rest, strength]);

describe('the svg writer', () => {
  it('is registered as image/svg+xml with one file per session', () => {
    expect(writer()).toMatchObject({ name: 'svg', mediaType: 'image/svg+xml', extension: 'svg' });
    const file = writer().writeWorkout!(intervals, plan, { paces });
    expect(file).toEqual({ path: '2026-03-04-w1-wed-0.svg', mediaType: 'image/svg+xml', data: workoutSvg(intervals, 'mi', { paces }) });
  });

  it('writes every session of a plan, each its own parseable chart under its own name', () => {
    const files = writer().writePlan(plan, {});
    expect(files).toHaveLength(plan.sessions.length);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    files.forEach((f, i) => {
      expect(parseSvg(f.data as string).attrs['data-workout']).toBe(plan.sessions[i]!.id);
    });
  });

  it('names files by date and id, with only file-system-safe characters', () => {
    expect(svgFileName(intervals)).toBe('2026-03-04-w1-wed-0.svg');
    expect(svgFileName(sets)).toBe('w4-sat-0.svg');
    expect(svgFileName({ ...sets, id: '../../etc/passwd' })).toBe('etc-passwd.svg');
    expect(svgFileName({ ...sets, id: '///' })).toBe('session.svg');
  });

  it('rejects a paces option that is not a pace table, and a bad id prefix, with a writer error', () => {
    for (const options of [{ paces: { E: 3 } }, { paces: 'fast' }, { idPrefix: '1abc' }, { idPrefix: 'a"b' }]) {
      let caught: unknown;
      try {
        writer().writeWorkout!(intervals, plan, options);
      } catch (e) {
        caught = e;
      }
      expect(isWriterError(caught), JSON.stringify(options)).toBe(true);
    }
  });

  it('without the athlete’s pace table, infers jog speeds that add up to the workout’s estimate', () => {
    // The registry hands writers the plan only; a 400 m jog then gets its time from the estimate.
    const inferred = blocks(parseSvg(writer().writeWorkout!(intervals, plan, {}).data as string));
    const exact = blocks(parseSvg(workoutSvg(intervals, 'mi', { paces })));
    expect(inferred).toHaveLength(exact.length);
    const jogShare = (bs: typeof exact) => bs[2]!.width / bs.reduce((a, b) => a + b.width, 0);
    const trueShare = estimateStepSeconds(jog400, paces) / intervals.estimate.seconds;
    expect(jogShare(inferred)).toBeCloseTo(trueShare, 3);
    expect(jogShare(exact)).toBeCloseTo(trueShare, 3);
  });
});

describe('deterministic output', () => {
  it('writes the same bytes for the same workout, including a deep copy', () => {
    for (const w of [intervals, hills, sets, rest]) {
      expect(workoutSvg(w, 'mi', { paces })).toBe(workoutSvg(structuredClone(w), 'mi', { paces }));
    }
  });

  it('derives ids from the workout id, so two charts on one page do not share a pattern', () => {
    const idsOf = (svg: string) => findAll(parseSvg(svg), (e) => e.attrs['id'] !== undefined).map((e) => e.attrs['id']!);
    const a = idsOf(workoutSvg(hills, 'mi', { paces }));
    expect(a).toEqual(['rc-w2-sat-0-hatch']);
    const slash = idsOf(workoutSvg({ ...hills, id: 'w2/sat-0' }, 'mi', { paces }));
    const dash = idsOf(workoutSvg({ ...hills, id: 'w2-sat-0-x' }, 'mi', { paces }));
    expect(new Set([...a, ...slash, ...dash]).size).toBe(3);
    expect(idsOf(workoutSvg(hills, 'mi', { paces, idPrefix: 'today' }))).toEqual(['today-w2-sat-0-hatch']);
  });

  it('refers only to ids defined inside the same chart', () => {
    for (const w of [intervals, hills, sets]) {
      const svg = workoutSvg(w, 'mi', { paces });
      const root = parseSvg(svg);
      const ids = new Set(findAll(root, (e) => e.attrs['id'] !== undefined).map((e) => e.attrs['id']));
      for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(m[1]!), m[1]).toBe(true);
    }
  });
});
