/**
 * The words of the intervals.icu syntax the writer produces, each read back
 * with the grammar reader, and the sessions the writer refuses.
 */
import { describe, expect, it } from 'vitest';
import type { Node, Workout } from '../../src/ir/workout.js';
import { isWriterError } from '../../src/writers/errors.js';
import { intervalsText } from '../../src/writers/intervals.js';
import { distanceText, durationText, paceText, plainLine, plainWords } from '../../src/writers/intervals/syntax.js';
import { step, strengthTimed } from '../../fixtures/tcx/sessions.js';
import { MILE_M, readIntervals } from '../helpers/intervals-reader.js';

/** A running session of these steps, built on a fixture's fields. */
const session = (steps: Node[], extra: Partial<Workout> = {}): Workout => ({ ...strengthTimed, sport: 'running', steps, ...extra });

function readOne(line: string) {
  const read = readIntervals(line);
  expect(read.problems).toEqual([]);
  expect(read.nodes).toHaveLength(1);
  return read.nodes[0]!;
}

describe('lengths', () => {
  it.each([
    [20, '20s'],
    [90, '1m30s'],
    [900, '15m'],
    [3600, '1h'],
    [3725, '1h2m5s'],
    [5400.4, '1h30m'],
  ])('%s s is written %s and read back', (seconds, text) => {
    expect(durationText(seconds)).toBe(text);
    expect(readOne(`- ${text}`)).toMatchObject({ duration: { kind: 'time', seconds: Math.round(seconds) } });
  });

  it.each([
    [400, '400mtr'],
    [1000, '1000mtr'],
    [4999, '4999mtr'],
    [5000, '5km'],
    [21097.5, '21.098km'],
    [MILE_M, '1mi'],
    [MILE_M / 4, '0.25mi'],
    [6 * MILE_M, '6mi'],
  ])('%s m is written %s (never "m", which means minutes) and read back', (meters, text) => {
    expect(distanceText(meters)).toBe(text);
    const read = readOne(`- ${text}`);
    expect(read.type === 'step' && read.duration?.kind === 'distance' && Math.abs(read.duration.meters - meters) <= 0.5).toBe(true);
  });
});

describe('paces', () => {
  const band = (slowPerMile: number, fastPerMile: number) => ({ kind: 'pace' as const, name: 'X', low: MILE_M / slowPerMile, high: MILE_M / fastPerMile });

  it('an absolute range in the athlete unit, slower pace first, whichever way the band is given', () => {
    expect(paceText(band(431, 410), 'mi')).toBe('7:11-6:50/mi Pace');
    expect(paceText({ ...band(431, 410), low: MILE_M / 410, high: MILE_M / 431 }, 'mi')).toBe('7:11-6:50/mi Pace');
    expect(paceText(band(431, 410), 'km')).toBe('4:28-4:15/km Pace');
  });

  it('one pace when the band rounds to one second', () => {
    expect(paceText(band(360.2, 359.9), 'mi')).toBe('6:00/mi Pace');
  });

  it('no pace for a band no watch can hold', () => {
    expect(paceText({ kind: 'pace', name: 'X', low: 0, high: 3 }, 'mi')).toBeUndefined();
    expect(paceText({ kind: 'pace', name: 'X', low: Number.NaN, high: 3 }, 'mi')).toBeUndefined();
    expect(paceText({ kind: 'pace', name: 'X', low: 0.2, high: 0.3 }, 'km')).toBeUndefined();
  });
});

describe('free text is never read as part of a step', () => {
  it.each([
    '6-10 x 400m @ HM-10K w/ 400m jog recovery',
    '30 s @ 90-95% effort',
    '1:30 min recovery, Z2, 5\' 30", 250w, 90rpm, 6:30/mi',
    '2 sets of 6x100m strides (jog 3 min between sets)',
    'Press lap when recovered.',
    '1:34:06 half marathon, 12km, 1.5mi, 1m30',
  ])('as a cue: "%s"', (text) => {
    const cue = plainWords(text);
    const read = readOne(`- ${cue} 1m`);
    expect(read).toMatchObject({ type: 'step', cue, lap: false, duration: { kind: 'time', seconds: 60 }, otherTargets: [], trailing: '' });
  });

  it.each(['- a note that starts like a step', '6x400m', 'Main set 6 x 400m', '8 × 200m', '4X'])('as a line of its own: "%s"', (text) => {
    const read = readIntervals(`${plainLine(text)}\n- 1m\n`);
    expect(read.problems).toEqual([]);
    expect(read.nodes).toMatchObject([{ type: 'step' }]);
  });

  it('control characters, line separators and lone surrogates never split or break a line', () => {
    expect(plainWords('a\u0007b\u2028c\uD800d\uFFFEe')).toBe('a b cde');
    expect(plainLine('x\u2029y')).toBe('x y');
  });
});

describe('sessions the writer refuses rather than write wrongly', () => {
  function refusal(w: Workout): string {
    try {
      intervalsText(w, 'mi');
    } catch (e) {
      if (isWriterError(e)) return e.message;
      throw e;
    }
    throw new Error('written');
  }

  it('a session with errors', () => {
    const w = session([], { diagnostics: [{ severity: 'error', line: 1, column: 1, offset: 0, length: 1, message: "unknown unit 'mni'" }] });
    expect(refusal(w)).toMatch(/unknown unit 'mni'/);
  });

  it('a step with no length, or a pace no watch can hold', () => {
    expect(refusal(session([step({ duration: { kind: 'time', seconds: 0 } })]))).toMatch(/a step of 0 s/);
    expect(refusal(session([step({ duration: { kind: 'distance', meters: Number.NaN } })]))).toMatch(/a step of NaN m/);
    expect(refusal(session([step({ duration: { kind: 'time', seconds: 60 }, target: { kind: 'pace', name: 'Z', low: 0, high: 0 } })]))).toMatch(
      /pace target no watch can hold \(Z\)/,
    );
  });

  it('sets inside sets inside sets that would expand past the limit, before doing the work', () => {
    const rep = (count: number, children: Node[]): Node => ({ type: 'repeat', count, skipLastRecovery: false, children });
    let tree: Node = rep(100, [step({ duration: { kind: 'time', seconds: 1 } }), step({ intensity: 'recovery', duration: { kind: 'time', seconds: 1 } })]);
    for (let depth = 0; depth < 6; depth++) tree = rep(100, [tree, step({ intensity: 'rest', duration: { kind: 'time', seconds: 60 } })]);
    const started = performance.now();
    expect(refusal(session([tree]))).toMatch(/up to \d+(e\+\d+)? steps .* the limit is 500/);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
