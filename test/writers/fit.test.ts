import { Encoder, Profile } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import type { Node, Workout } from '../../src/ir/workout.js';
import { WriterError } from '../../src/writers/errors.js';
import '../../src/writers/fit.js';
import { DEFAULT_PROFILE, DEVICE_PROFILES } from '../../src/writers/fit/profile.js';
import { withProtocolVersion } from '../../src/writers/fit/header.js';
import { encodeWorkout } from '../../src/writers/fit/workout.js';
import { getWriter } from '../../src/writers/registry.js';
import {
  crossTraining,
  EASY,
  hills,
  intervals,
  plan,
  restDay,
  sets,
  step,
  strength,
  warmup,
  workout,
} from '../../fixtures/fit/sessions.js';
import {
  DURATION,
  FILE,
  fitSeconds,
  INTENSITY,
  parserDecode,
  rawDecode,
  rawFileId,
  rawSchedules,
  rawSteps,
  rawWorkout,
  sdkDecode,
  SPORT,
  SUB_SPORT,
  TARGET,
  expectRunsLikeIr,
  runSequence,
  type RawStep,
} from '../helpers/fit-decode.js';

const encode = (w: Workout, profile = DEFAULT_PROFILE) => encodeWorkout(w, plan([w]), profile).bytes;


describe('FIT workout file', () => {
  it('writes 6 × 400m with no recovery after the last rep as 5 × (rep + jog) then one rep', () => {
    const w = intervals();
    const bytes = encode(w);
    const steps = expectRunsLikeIr(bytes, w);
    expect(steps.map((s) => s.durationType)).toEqual([
      DURATION.time,
      DURATION.distance,
      DURATION.distance,
      DURATION.repeatUntilStepsCmplt,
      DURATION.distance,
      DURATION.time,
    ]);
    // The repeat jumps back to the 400m (index 1) and runs the pair 5 times; as in Garmin's cookbook, its target is open.
    expect(steps[3]).toMatchObject({ durationValue: 1, targetType: TARGET.open, targetValue: 5 });
    // 400 m is 40 000 cm; 7:00–6:42 /mi is 1609.344/420 and 1609.344/402 m/s, i.e. 3832 and 4003 mm/s.
    expect(steps[1]).toMatchObject({ durationValue: 40_000, low: 3832, high: 4003, intensity: INTENSITY.active });
    expect(steps[0]).toMatchObject({ durationValue: 900_000, intensity: INTENSITY.warmup });
    // An open target is written whole: zero value, zero band.
    expect(steps[2]).toMatchObject({ targetType: TARGET.open, targetValue: 0, low: 0, high: 0, intensity: INTENSITY.recovery });
    // A short name per kind of step, typographic marks in ASCII like every string on the watch.
    expect(steps.map((s) => s.name)).toEqual(['WU 15 min', '400m @ HM-10K', 'Jog 400m', undefined, '400m @ HM-10K', 'CD 10 min']);
    expect(steps[1]!.notes).toBe('400m @ HM-10K · 7:00-6:42 /mi');
  });

  it('is read the same way by fit-file-parser', async () => {
    const w = intervals();
    const parsed = await parserDecode(encode(w));
    expect(parsed.file_ids?.[0]).toMatchObject({ type: 'workout', manufacturer: 'development' });
    expect(parsed.workout).toMatchObject({ sport: 'running', num_valid_steps: 6 });
    // Its list mode keeps the last step only; that one is the cool-down.
    expect(parsed.workout_step).toMatchObject({
      wkt_step_name: 'CD 10 min',
      duration_type: 'time',
      duration_value: 600_000,
      target_type: 'speed',
      custom_target_value_low: Math.round(EASY.low * 1000),
      custom_target_value_high: Math.round(EASY.high * 1000),
      intensity: 'cooldown',
    });
  });

  it('writes an open (lap button) recovery and an effort-only rep with no pace target', () => {
    const w = hills();
    const steps = expectRunsLikeIr(encode(w), w);
    const [hill, jogDown, repeat] = steps.slice(1, 4);
    expect(hill).toMatchObject({ durationType: DURATION.time, durationValue: 45_000, targetType: TARGET.open, targetValue: 0, low: 0, high: 0 });
    expect(hill!.name).toBe('45s hill');
    expect(hill!.notes).toBe('45 s hill · hard uphill');
    expect(jogDown).toMatchObject({ durationType: DURATION.open, durationValue: undefined, intensity: INTENSITY.recovery, name: 'Jog down' });
    expect(repeat).toMatchObject({ durationType: DURATION.repeatUntilStepsCmplt, durationValue: 1, targetType: TARGET.open, targetValue: 8 });
  });

  it('writes a strength day as a training / strength workout with one time step', () => {
    const w = strength();
    const bytes = encode(w);
    expect(rawWorkout(bytes)).toMatchObject({ sport: SPORT.training, subSport: SUB_SPORT.strengthTraining });
    const steps = expectRunsLikeIr(bytes, w);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ durationType: DURATION.time, durationValue: 1_800_000 });
  });

  it('writes a strength day with no time as one open step', () => {
    const w = { ...strength(), steps: [] };
    const steps = rawSteps(encode(w));
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ durationType: DURATION.open, targetType: TARGET.open, name: 'Core & strength' });
  });

  it('writes cross-training as a cardio workout and a rest day as one open rest step', () => {
    expect(rawWorkout(encode(crossTraining()))).toMatchObject({ sport: SPORT.training, subSport: SUB_SPORT.cardioTraining });
    const rest = encode(restDay());
    sdkDecode(rest);
    expect(rawWorkout(rest)).toMatchObject({ sport: SPORT.generic, name: 'Rest', numValidSteps: 1 });
    expect(rawSteps(rest)).toEqual([
      expect.objectContaining({ durationType: DURATION.open, intensity: INTENSITY.rest, durationValue: undefined }),
    ]);
  });

  it('keeps nested repeats for the modern profile and unrolls them for the default one', () => {
    const w = sets();
    const nested = expectRunsLikeIr(encode(w, DEVICE_PROFILES.modern), w);
    const flat = expectRunsLikeIr(encode(w), w);
    // A repeat step lying inside another repeat's range [durationValue, index) means nesting.
    const nestings = (steps: RawStep[]) =>
      steps.filter((outer, i) =>
        outer.durationType === DURATION.repeatUntilStepsCmplt &&
        steps.some((inner, j) => j >= outer.durationValue! && j < i && inner.durationType === DURATION.repeatUntilStepsCmplt),
      ).length;
    expect(nestings(nested)).toBe(1);
    expect(nestings(flat)).toBe(0);
    expect(flat.length).toBeGreaterThan(nested.length);
  });

  it('fits a 70-step session into 50 steps without losing a step', () => {
    const inner: Node = {
      type: 'repeat',
      count: 3,
      children: [
        step({ duration: { kind: 'distance', meters: 200 }, target: EASY, label: '200m' }),
        step({ intensity: 'recovery', duration: { kind: 'distance', meters: 200 }, label: 'jog' }),
      ],
      skipLastRecovery: true,
    };
    const outer: Node = {
      type: 'repeat',
      count: 10,
      children: [inner, step({ intensity: 'rest', duration: { kind: 'time', seconds: 120 }, label: 'rest' })],
      skipLastRecovery: true,
    };
    const w = workout({ id: 'w2-tue-0', date: '2026-03-10', title: '10 sets', steps: [warmup(), outer] });
    expect(runSequence(w.steps)).toHaveLength(60);
    const steps = expectRunsLikeIr(encode(w), w);
    expect(steps.length).toBeLessThanOrEqual(50);
  });

  it('refuses to write a session that cannot fit, rather than truncating it', () => {
    const w = workout({
      id: 'w3-thu-0',
      date: '2026-03-19',
      title: '62 × 1 min',
      steps: Array.from({ length: 62 }, (_, i) =>
        step({ duration: { kind: 'time', seconds: 60 }, intensity: i % 2 ? 'recovery' : 'active', label: i % 2 ? 'off' : 'on' }),
      ),
    });
    let error: unknown;
    try {
      encode(w);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriterError);
    const d = (error as WriterError).diagnostic;
    expect(d.severity).toBe('error');
    expect(d.message).toContain('w3-thu-0');
    expect(d.message).toMatch(/needs 62 steps .* "conservative" allows 50/);
    // The hint names a profile that holds it.
    expect(d.hint).toMatch(/^the modern profile \(100 steps, nested repeats\) holds it: choose device "modern"/);
    // The same session fits a device that takes 100 steps.
    expect(rawSteps(encode(w, { ...DEFAULT_PROFILE, maxSteps: 100 }))).toHaveLength(62);
  });

  it('cuts names and notes to the device sizes without splitting a character', () => {
    const w = workout({
      id: 'w1-sun-0',
      date: '2026-03-08',
      title: 'Séance élan 🏃‍♀️ piste',
      steps: [
        step({
          duration: { kind: 'time', seconds: 300 },
          target: EASY,
          label: '🏔️🏔️🏔️ côte dure',
          notes: ['Garder le rythme, même fatigué — très important ✨✨✨✨'],
        }),
      ],
    });
    const bytes = encode(w);
    sdkDecode(bytes);
    const wk = rawWorkout(bytes);
    // 16-byte fields hold 15 bytes of text: "Séance élan " is 14 bytes and the runner emoji (13 bytes) does not fit.
    expect(wk.name).toBe('Séance élan');
    expect(wk.nameBytes).toBeLessThanOrEqual(16);
    const [s] = rawSteps(bytes);
    expect(s!.nameBytes).toBeLessThanOrEqual(16);
    expect(s!.notesBytes).toBeLessThanOrEqual(50);
    // The words "🏔️🏔️🏔️ côte dure" (21 bytes of mountains) do not fit beside the length, and are not cut: the length stays.
    expect(s!.name).toBe('5 min');
    // The notes end at a phrase, whole graphemes, and say they go on.
    expect(s!.notes).toBe('5 min 🏔️🏔️🏔️ côte dure · Easy...');
  });

  it('is deterministic: the same session gives the same bytes, another session another serial', () => {
    const a = encode(intervals());
    const b = encode(intervals());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const other = encode({ ...intervals(), id: 'w2-tue-0', date: '2026-03-10' });
    expect(rawFileId(other).serialNumber).not.toBe(rawFileId(a).serialNumber);
  });

  it('stamps file_id with a creation time on the session date, not the clock', () => {
    const id = rawFileId(encode(intervals()));
    expect(id).toMatchObject({ type: FILE.workout, manufacturer: 255 });
    expect(id.timeCreated).toBeGreaterThanOrEqual(fitSeconds('2026-03-03T00:00:00Z'));
    expect(id.timeCreated).toBeLessThan(fitSeconds('2026-03-03T01:00:00Z'));
    expect(id.serialNumber).toBeGreaterThan(0);
  });

  it('turns compile errors, bad dates and bad options into WriterErrors', () => {
    const broken = {
      ...intervals(),
      diagnostics: [{ severity: 'error' as const, line: 4, column: 7, offset: 60, length: 3, message: 'unknown pace "HMP2"' }],
    };
    expect(() => encode(broken)).toThrow(WriterError);
    expect(() => encode(broken)).toThrow(/unknown pace "HMP2"/);
    expect(() => encode({ ...intervals(), date: '2026-02-30' })).toThrow(/not a YYYY-MM-DD date/);
    const fit = getWriter('fit')!;
    expect(() => fit.writeWorkout!(intervals(), plan([intervals()]), { maxSteps: 500 })).toThrow(WriterError);
    expect(() => fit.writeWorkout!(intervals(), plan([intervals()]), { device: 'fr999' })).toThrow(/device must be one of/);
  });
});

describe('the "fit" writer', () => {
  it('writes one file per session and a schedule pointing at each by its file_id', async () => {
    const p = plan([intervals(), hills(), strength(), { ...easyUndated() }]);
    const files = getWriter('fit')!.writePlan(p, {});
    expect(files.map((f) => f.path)).toEqual([
      '2026-03-03-w1-tue-0.fit',
      '2026-03-05-w1-thu-0.fit',
      '2026-03-04-w1-wed-1.fit',
      'session.fit',
      'schedule.fit',
    ]);
    const schedule = files.at(-1)!.data as Uint8Array;
    sdkDecode(schedule);
    expect(rawFileId(schedule).type).toBe(FILE.schedules);
    const entries = rawSchedules(schedule);
    // The undated session has no day to go on.
    expect(entries).toHaveLength(3);
    const dated = p.sessions.filter((s) => s.date).sort((a, b) => a.date!.localeCompare(b.date!));
    dated.forEach((s, i) => {
      const file = files.find((f) => f.path.endsWith(`${s.id}.fit`))!.data as Uint8Array;
      const id = rawFileId(file);
      expect(entries[i]).toEqual({
        manufacturer: id.manufacturer,
        product: id.product,
        serialNumber: id.serialNumber,
        timeCreated: id.timeCreated,
        completed: 0,
        scheduleType: 0,
        scheduledTime: fitSeconds(`${s.date}T00:00:00Z`),
      });
    });
    const parsed = await parserDecode(schedule);
    expect(parsed.schedule).toMatchObject({ type: 'workout', manufacturer: 'development' });
  });

  it('writes nothing when one session of the plan cannot be written whole', () => {
    const tooLong = workout({
      id: 'w1-sat-0',
      date: '2026-03-07',
      title: 'too long',
      steps: Array.from({ length: 51 }, () => step({ duration: { kind: 'time', seconds: 30 } })),
    });
    expect(() => getWriter('fit')!.writePlan(plan([intervals(), tooLong]), {})).toThrow(/w1-sat-0.*needs 51 steps/);
  });
});

describe('@garmin/fitsdk Encoder', () => {
  // Guards the header fix: the Encoder writes protocol version 0x02 (read as
  // 0.2), which fit-file-parser's strict reader refuses; our files say 1.0.
  it('writes a header protocol version that our files correct to 1.0', () => {
    const encoder = new Encoder();
    encoder.onMesg(Profile.MesgNum.FILE_ID!, { type: 'workout', manufacturer: 'development', serialNumber: 1, timeCreated: 1e9 } as never);
    const raw = encoder.close();
    expect(raw[1]).toBe(0x02);
    expect(() => rawDecode(raw)).toThrow(/invalid_header/);
    const fixed = withProtocolVersion(raw);
    expect(fixed[1]).toBe(0x10);
    sdkDecode(fixed);
    expect(rawDecode(fixed)).toHaveLength(1);
    expect(encode(intervals())[1]).toBe(0x10);
  });


  // Guards the trap the writer works around: a value given under a subfield
  // name is dropped without an error, so a step "400 m" would reach the watch
  // with no distance at all.
  it('drops values given under subfield names', () => {
    const encoder = new Encoder();
    encoder.onMesg(Profile.MesgNum.FILE_ID!, { type: 'workout', manufacturer: 'development', serialNumber: 1, timeCreated: 1e9 } as never);
    encoder.onMesg(Profile.MesgNum.WORKOUT_STEP!, {
      messageIndex: 0,
      durationType: 'distance',
      durationDistance: 400,
      targetType: 'speed',
      customTargetSpeedLow: 3.8,
    } as never);
    const [s] = rawSteps(withProtocolVersion(encoder.close()));
    expect(s).toMatchObject({ durationType: DURATION.distance, durationValue: undefined, low: undefined });
  });
});

function easyUndated(): Workout {
  return workout({ id: 'session', title: 'Easy', steps: [step({ duration: { kind: 'time', seconds: 1200 }, target: EASY })] });
}
