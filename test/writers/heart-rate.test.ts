/**
 * Heart-rate targets through every writer, for an athlete whose profile has
 * heart-rate data (max HR 190, threshold HR 172): FIT read back by both
 * decoders, TCX checked against Garmin's XSD, intervals.icu text read back,
 * WorkoutKit decoded, and the words beside the coach's text.
 */
import { describe, expect, it } from 'vitest';
import { compileSession, makeAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { DEFAULT_PROFILE } from '../../src/writers/fit/profile.js';
import { encodeWorkout } from '../../src/writers/fit/workout.js';
import { describeWorkout } from '../../src/writers/ics/describe.js';
import { intervalsText } from '../../src/writers/intervals.js';
import { readAs } from '../../src/writers/read-as.js';
import { tcxForWorkout } from '../../src/writers/tcx.js';
import '../../src/writers/workoutkit.js';
import { getWriter } from '../../src/writers/registry.js';
import { stepWords } from '../../src/writers/words.js';
import { bothSteps, expectRunsLikeIr, parserDecode, TARGET } from '../helpers/fit-decode.js';
import { intervalsDiffs } from '../helpers/intervals-compare.js';
import { readIntervals, runOrder } from '../helpers/intervals-reader.js';
import { lonePlan } from '../helpers/reference.js';
import { executedIr, executedTcx, readTcx } from '../helpers/tcx-reader.js';
import { watchRunOrder, workoutKitDiffs } from '../helpers/workoutkit-compare.js';
import { xmllintValidate } from '../helpers/xmllint.js';

const athlete = makeAthlete({ name: 'Ada', units: 'km', fitness: { race: { distance: '10K', time: '44:00' } }, heartRate: { max: 190, threshold: 172 } });
const session = (text: string): Workout => {
  const w = compileSession(text, athlete);
  expect(w.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return w;
};
// Friel's zones from threshold HR 172: Z3 is 90–95 %, 155–163 bpm.
const Z3 = { low: 155, high: 163 };
const reps = () => session('3 x 10 min Z3 w/ 2 min jog');

describe('FIT', () => {
  it('a zone is target_type heart_rate with the custom band in bpm + 100, read the same by both decoders', () => {
    const w = reps();
    const bytes = encodeWorkout(w, lonePlan(w, athlete), DEFAULT_PROFILE).bytes;
    const steps = bothSteps(bytes);
    const hr = steps.filter((s) => s.targetType === TARGET.heartRate);
    expect(hr.length).toBeGreaterThan(0);
    for (const s of hr) expect(s).toMatchObject({ targetValue: 0, low: Z3.low + 100, high: Z3.high + 100 });
    expectRunsLikeIr(bytes, w);
  });

  it("fit-file-parser's semantic parse names the target heart_rate and holds the band as bpm + 100", async () => {
    // Its list mode keeps the last step only: a session of one step.
    const w = session('40 min Z2');
    const parsed = await parserDecode(encodeWorkout(w, lonePlan(w, athlete), DEFAULT_PROFILE).bytes);
    // Friel's Z2 from threshold HR 172: 85–90 %, 146–155 bpm.
    expect(parsed.workout_step).toMatchObject({ wkt_step_name: '40 min @ Z2', target_type: 'heart_rate', target_value: 0, custom_target_value_low: 246, custom_target_value_high: 255 });
  });

  it('a ceiling in bpm ("under 150 bpm") and a share of max ("70-78% HRmax") are heart-rate bands too', () => {
    for (const [text, low, high] of [['40 min easy under 150 bpm', 103, 150], ['45 min at 70-78% HRmax', 133, 148]] as const) {
      const w = session(text);
      const [s] = bothSteps(encodeWorkout(w, lonePlan(w, athlete), DEFAULT_PROFILE).bytes).filter((x) => x.targetType === TARGET.heartRate);
      expect(s, text).toMatchObject({ low: low + 100, high: high + 100 });
    }
  });
});

describe('TCX', () => {
  it('a zone is a HeartRate_t target with a custom zone in beats per minute, valid against the XSD', () => {
    const w = reps();
    const xml = tcxForWorkout(w, lonePlan(w, athlete));
    const lint = xmllintValidate(xml);
    expect(lint.valid, lint.output).toBe(true);
    const run = readTcx(xml).workouts.flatMap((x) => executedTcx(x.steps));
    expect(run).toEqual(executedIr(w.steps));
    expect(run.filter((s) => s.target.kind === 'heartRate').map((s) => s.target)).toEqual([1, 2, 3].map(() => ({ kind: 'heartRate', ...Z3 })));
  });
});

describe('intervals.icu', () => {
  it('a zone is written "Z3 HR", with the bpm in the cue, and reads back as the IR', () => {
    const w = reps();
    const text = intervalsText(w, 'km');
    expect(intervalsDiffs(w, text, 'km'), text).toEqual([]);
    const hr = runOrder(readIntervals(text).nodes).filter((s) => s.heartRate);
    expect(hr.map((s) => s.heartRate)).toEqual(['Z3 HR', 'Z3 HR', 'Z3 HR']);
    expect(hr[0]!.cue).toContain('155-163 bpm');
  });

  it('a share of max HR is "70-78% HR"; bpm with max HR known is its share of max', () => {
    const share = session('45 min at 70-78% HRmax');
    expect(intervalsText(share, 'km')).toMatch(/^- .* 45m 70-78% HR$/m);
    expect(intervalsDiffs(share, intervalsText(share, 'km'), 'km')).toEqual([]);
    const bpm = session('30 min HR 140-150');
    expect(intervalsText(bpm, 'km')).toMatch(/^- .* 30m 74-79% HR$/m);
  });

  it('with only threshold HR a bpm band is a share of LTHR; with no data it is the cue alone', () => {
    const lthr = makeAthlete({ name: 'Bo', units: 'km', fitness: { race: { distance: '10K', time: '44:00' } }, heartRate: { threshold: 170 } });
    const w = compileSession('30 min HR 150-160', lthr);
    expect(intervalsText(w, 'km')).toMatch(/ 30m 88-94% LTHR$/m);
    const none = makeAthlete({ name: 'Cy', units: 'km', fitness: { race: { distance: '10K', time: '44:00' } } });
    const plain = compileSession('30 min HR 150-160', none);
    const text = intervalsText(plain, 'km');
    expect(text).toMatch(/^- .*150-160 bpm 30m$/m);
    expect(intervalsDiffs(plain, text, 'km')).toEqual([]);
  });
});

describe('WorkoutKit', () => {
  it('a zone is a heart-rate range alert in beats per minute, and decodes as the IR', () => {
    const w = reps();
    const bytes = getWriter('workoutkit')!.writeWorkout!(w, lonePlan(w, athlete), {}).data as Uint8Array;
    expect(workoutKitDiffs(w, bytes)).toEqual([]);
    const alerts = watchRunOrder(bytes).filter((s) => s.place === 'work').map((s) => s.step.alert);
    expect(alerts).toEqual([1, 2, 3].map(() => ({ type: 'heartRateRange', min: { value: Z3.low, unit: 'beatsPerMinute' }, max: { value: Z3.high, unit: 'beatsPerMinute' } })));
  });
});

describe('words beside the coach\'s text', () => {
  it('the read-as line, the step words and the calendar description say the heart rate', () => {
    const w = reps();
    expect(readAs(w, 'km')).toBe('15 min WU, 3 × 10 min @ Z3 w/ 2 min jog, 10 min CD');
    const rep = w.steps.flatMap((n) => (n.type === 'repeat' ? n.children : [n]))[1]!;
    if (rep.type !== 'step') throw new Error('no step');
    expect(stepWords(rep, 'km')).toBe('10 min @ Z3 · 155–163 bpm');
    const ics = describeWorkout(w, 'km');
    expect(ics).toContain('10 min @ Z3 155–163 bpm');
    expect(ics).toContain('Read as: 15 min WU, 3 × 10 min @ Z3 w/ 2 min jog, 10 min CD');
  });
});
