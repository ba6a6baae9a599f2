import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node, Workout } from '../../src/ir/workout.js';
import { getWriter } from '../../src/writers/registry.js';
import '../../src/writers/fit.js';
import { isWriterError } from '../../src/writers/errors.js';
import { tcxForPlan, tcxForWorkout, tcxWriter, workoutFileName } from '../../src/writers/tcx.js';
import { stripIllegalXmlChars } from '../../src/writers/tcx/xml.js';
import { TCX_XSD, xmllintValidate } from '../helpers/xmllint.js';
import { executedIr, executedTcx, readTcx, stepIds, type Executed, type TcxWorkout } from '../helpers/tcx-reader.js';
import {
  ALL_SESSIONS,
  bigBody,
  EASY,
  hills,
  HM_10K,
  intervals,
  jogDown,
  ladder,
  nasty,
  planOf,
  rest,
  sets,
  step,
  strength,
  strengthTimed,
} from '../../fixtures/tcx/sessions.js';

const plan = planOf(Object.values(ALL_SESSIONS));

function writeValid(workout: Workout): TcxWorkout[] {
  const xml = tcxForWorkout(workout, plan);
  const lint = xmllintValidate(xml);
  expect(lint.output).toContain('validates');
  expect(lint.valid).toBe(true);
  return readTcx(xml).workouts;
}

/** Speeds are written to 4 decimals, so compare them to within half of that. */
function expectSameRun(actual: Executed[], expected: Executed[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    expect({ ...a, target: a.target.kind }, `step ${i + 1}`).toEqual({ ...e, target: e.target.kind });
    if (a.target.kind === 'speed' && e.target.kind === 'speed') {
      expect(Math.abs(a.target.low - Math.min(e.target.low, e.target.high))).toBeLessThanOrEqual(0.00005);
      expect(Math.abs(a.target.high - Math.max(e.target.low, e.target.high))).toBeLessThanOrEqual(0.00005);
    }
  });
}

const run = (workouts: TcxWorkout[]) => workouts.flatMap((w) => executedTcx(w.steps));

describe('TCX writer: every session validates and reads back as the IR', () => {
  for (const [key, workout] of Object.entries(ALL_SESSIONS)) {
    it(`${key}`, () => {
      const workouts = writeValid(workout);
      for (const w of workouts) {
        const ids = stepIds(w.steps);
        expect(ids).toEqual(ids.map((_, i) => i + 1));
        expect(ids.length).toBeLessThanOrEqual(20);
        expect(w.name.length).toBeGreaterThan(0);
        expect(w.name.length).toBeLessThanOrEqual(15);
        expect(w.scheduledOn).toEqual(workout.date ? [workout.date] : []);
        expect(w.creator).toBe('runcast');
        expect(w.sport).toBe(workout.sport === 'running' ? 'Running' : 'Other');
      }
      if (workout.sport === 'running') expectSameRun(run(workouts), executedIr(workout.steps));
    });
  }
});

describe('TCX writer: structure', () => {
  it('writes the last rep without its recovery as 5 × (rep + jog) then one rep', () => {
    const [w] = writeValid(intervals);
    const repeat = w!.steps[1]!;
    expect(repeat.type === 'repeat' && repeat.repetitions).toBe(5);
    expect(w!.steps[2]).toMatchObject({ type: 'step', duration: { kind: 'distance', meters: 400 }, intensity: 'Active' });
    expect(w!.name).toBe('W3 Wed 6x400m');
  });

  it('keeps a repeat inside a repeat (Repeat_t children may be Repeat_t)', () => {
    const [w] = writeValid(sets);
    const outer = w!.steps[1]!;
    expect(outer.type).toBe('repeat');
    if (outer.type !== 'repeat') return;
    expect(outer.repetitions).toBe(3);
    expect(outer.children[0]).toMatchObject({ type: 'repeat', repetitions: 4 });
    expect(outer.children[1]).toMatchObject({ type: 'step', intensity: 'Resting', duration: { kind: 'time', seconds: 180 } });
  });

  it('writes an open recovery as UserInitiated_t and an effort-only rep with no target', () => {
    const [j] = writeValid(jogDown);
    const r = j!.steps[1]!;
    expect(r.type === 'repeat' && r.children[1]).toMatchObject({ duration: { kind: 'open' }, intensity: 'Resting', name: 'jog down' });
    const [h] = writeValid(hills);
    const hr = h!.steps[1]!;
    expect(hr.type === 'repeat' && hr.children[0]).toMatchObject({ name: '1 min hill', target: { kind: 'none' }, duration: { kind: 'time', seconds: 60 } });
    expect(h!.notes).toContain('  - 1 min hill · 90-95% effort\n');
  });

  it('writes a pace band as a custom speed zone viewed as pace, slower speed low', () => {
    const [w] = writeValid(intervals);
    const first = w!.steps[0]!;
    expect(first.type === 'step' && first.target).toEqual({ kind: 'speed', low: 3.0949, high: 3.3528 });
    // 1609.344 m / 520 s = 3.09489… and / 480 s = 3.35280 m/s, to four decimals.
    expect(EASY.low).toBeCloseTo(3.0949, 4);
    expect(HM_10K.high).toBeCloseTo(4.0234, 4);
  });

  it('gives strength, rest and cross-training days one step under Sport "Other"', () => {
    const [s] = writeValid(strength);
    expect(s!.steps).toEqual([
      { type: 'step', id: 1, name: 'Strength', duration: { kind: 'open' }, intensity: 'Active', target: { kind: 'none' } },
    ]);
    const [t] = writeValid(strengthTimed);
    expect(t!.steps[0]).toMatchObject({ duration: { kind: 'time', seconds: 1800 } });
    const [r] = writeValid(rest);
    expect(r!.steps[0]).toMatchObject({ name: 'Rest', intensity: 'Resting', duration: { kind: 'open' } });
    expect(r!.notes).toContain('Optional: this session may be skipped.');
  });

  // Guards against a Workout with no Step (the schema requires one) when a run's only repeat has no reps.
  it('gives a run with nothing a device can time a single until-lap step', () => {
    const empty: Workout = { ...intervals, steps: [{ type: 'repeat', count: 0, skipLastRecovery: false, children: [step({ duration: { kind: 'time', seconds: 60 } })] }] };
    const [w] = writeValid(empty);
    expect(w!.sport).toBe('Running');
    expect(w!.steps).toEqual([
      { type: 'step', id: 1, name: 'Run', duration: { kind: 'open' }, intensity: 'Active', target: { kind: 'none' } },
    ]);
  });

  it('splits repeats past 99 repetitions (Repetitions_t stops at 99) without losing any', () => {
    const many: Workout = {
      ...intervals,
      id: 'many',
      title: '120 x 100m w/ 100m walk',
      steps: [
        {
          type: 'repeat',
          count: 120,
          skipLastRecovery: true,
          children: [
            step({ duration: { kind: 'distance', meters: 100 }, label: '100m' }),
            step({ intensity: 'recovery', duration: { kind: 'distance', meters: 100 }, label: 'walk' }),
          ],
        },
      ],
    };
    const workouts = writeValid(many);
    expect(workouts).toHaveLength(1);
    const reps = workouts[0]!.steps.filter((s) => s.type === 'repeat').map((s) => (s.type === 'repeat' ? s.repetitions : 0));
    expect(reps).toEqual([99, 20]);
    expectSameRun(run(workouts), executedIr(many.steps));
  });
});

describe('TCX writer: the 20-step limit', () => {
  // 17 distinct steps and "6 × 400 w/ jog, none after the last": the readable
  // form needs 17 + 4 = 21 steps, the compact one (recovery kept, lap skips it) 17 + 3.
  const tight: Workout = {
    ...intervals,
    id: 'tight',
    title: 'tight fit',
    steps: [
      ...Array.from({ length: 17 }, (_, i) => step({ duration: { kind: 'time', seconds: 60 + i }, label: `drill ${i + 1}` })),
      intervals.steps[1]!,
    ],
  };

  it('fits a 21-step session into one workout by using the compact form, and says so', () => {
    const workouts = writeValid(tight);
    expect(workouts).toHaveLength(1);
    expect(stepIds(workouts[0]!.steps)).toHaveLength(20);
    expect(workouts[0]!.notes).toContain('press lap to skip it');
    // The compact form runs one more recovery than the IR: the one the athlete skips with lap.
    const expected = executedIr(tight.steps);
    const jogAfterLast = executedIr([(intervals.steps[1] as Extract<Node, { type: 'repeat' }>).children[1]!]);
    expectSameRun(run(workouts), [...expected, ...jogAfterLast]);
  });

  it('splits a 23-step ladder into two workouts, in order, with nothing dropped', () => {
    const workouts = writeValid(ladder);
    expect(workouts.map((w) => w.name)).toEqual(['W6 Sat Ladd 1/2', 'W6 Sat Ladd 2/2']);
    expect(workouts.map((w) => stepIds(w.steps).length).reduce((a, b) => a + b)).toBe(23);
    expect(workouts[0]!.notes).toMatch(/^Ladder 200-400-.* \(1\/2\)\n/);
    expect(workouts[1]!.notes).toContain('this is part 2 of 2');
    expectSameRun(run(workouts), executedIr(ladder.steps));
  });

  it('writes a repeat whose body alone exceeds 20 steps set by set across parts', () => {
    const workouts = writeValid(bigBody);
    expect(workouts.length).toBeGreaterThan(1);
    expectSameRun(run(workouts), executedIr(bigBody.steps));
  });
});

describe('TCX writer: text from the plan cannot break the document', () => {
  it('escapes specials, drops XML-illegal characters and keeps emoji and accents in Notes', () => {
    const xml = tcxForWorkout(nasty, plan);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toContain(']]>');
    const [w] = writeValid(nasty);
    expect(w!.notes!.split('\n')[0]).toBe('Fartlek à la "Côte" 🏃‍♀️ <fast> & ]]> done');
    expect(w!.notes).toContain('Coach: Tempo <b>bold</b> & "quoted" ]]>  end\nsecond line');
    expect(w!.name).toBe('W1 Mon Fartlek');
    const first = w!.steps[0]!;
    // "Côte <2'> & ]]>" folds to ASCII as exactly 15 characters, so nothing is clipped.
    expect(first.type === 'step' && first.name).toBe("Cote <2'> & ]]>");
  });

  it('validates whatever text the plan holds (property)', () => {
    // Arbitrary code points, plus a mix weighted towards the troublemakers
    // (lone surrogates, controls, markup, CR) that random code points rarely hit.
    const troublemakers = fc.constantFrom('\uD800', '\uDFFF', '\u0000', '\u0001', '\u000B', '\uFFFE', '<', '&', ']]>', '"', '\r', '\n', 'é', '🏃‍♀️', 'a', ' ');
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: troublemakers, maxLength: 20 }));
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, label, coach, athlete) => {
        const w: Workout = {
          ...intervals,
          title,
          coachNotes: coach,
          steps: [step({ duration: { kind: 'time', seconds: 300 }, label, notes: [athlete] })],
        };
        const xml = tcxForPlan({ ...planOf([w, { ...w, id: 'twin' }]), athlete: { ...plan.athlete, name: athlete } });
        const lint = xmllintValidate(xml);
        if (!lint.valid) throw new Error(lint.output);
        const doc = readTcx(xml);
        expect(doc.workouts).toHaveLength(2);
        // The text survives the round trip, less only what XML cannot carry.
        const clean = (t: string) => stripIllegalXmlChars(t).replace(/\r\n?/g, '\n');
        expect(doc.workouts[0]!.notes!.startsWith(clean(title))).toBe(true);
        expect(doc.workouts[0]!.notes!.endsWith(`· paces for ${clean(athlete)}`)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('TCX writer: names', () => {
  it('keeps workout names unique in a plan (the schema keys workouts by name)', () => {
    const a = { ...strength, slot: undefined, id: 'a', title: 'Easy run' };
    const xml = tcxForPlan(planOf([a, { ...a, id: 'b' }, { ...a, id: 'c' }]));
    expect(xmllintValidate(xml).valid).toBe(true);
    expect(readTcx(xml).workouts.map((w) => w.name)).toEqual(['Easy run', 'Easy run~2', 'Easy run~3']);
  });
});

describe('TCX writer: the whole plan', () => {
  it('writes one plan.tcx holding every session (split ones as several workouts)', () => {
    const files = tcxWriter.writePlan(plan, { restDays: true });
    expect(files).toHaveLength(1);
    expect(files[0]!.path).toBe('plan.tcx');
    expect(files[0]!.mediaType).toBe('application/vnd.garmin.tcx+xml');
    const xml = String(files[0]!.data);
    expect(xmllintValidate(xml).valid).toBe(true);
    const doc = readTcx(xml);
    const perSession = Object.values(ALL_SESSIONS).map((w) => readTcx(tcxForWorkout(w, plan)).workouts.length);
    expect(doc.workouts).toHaveLength(perSession.reduce((a, b) => a + b));
    expect(new Set(doc.workouts.map((w) => w.name)).size).toBe(doc.workouts.length);
    expect(doc.author).toEqual({ name: 'runcast', version: '1.0' });
  });

  it('is registered as "tcx" and names session files by date and id', () => {
    expect(getWriter('tcx')).toBe(tcxWriter);
    const file = tcxWriter.writeWorkout!(intervals, plan, {});
    expect(file.path).toBe('2026-12-16-w3-wed-0.tcx');
    expect(workoutFileName({ ...intervals, date: undefined, id: '../../etc' })).toBe('etc.tcx');
  });

  it('leaves the rest days out of plan.tcx, as out of the FIT files, unless asked for them', () => {
    const titles = (options: Record<string, unknown>) => readTcx(String(tcxWriter.writePlan(plan, options)[0]!.data)).workouts.map((w) => w.name);
    const all = titles({ restDays: true });
    const watch = titles({});
    expect(all).toContain(readTcx(tcxForWorkout(rest, plan)).workouts[0]!.name);
    expect(watch).toEqual(all.filter((name) => name !== readTcx(tcxForWorkout(rest, plan)).workouts[0]!.name));
    expect(tcxWriter.writePlan(plan, {})[0]!.notes).toEqual(['the rest day is not on the watch: they stay on the calendar feed']);
    expect(tcxWriter.writePlan(plan, { restDays: true })[0]!.notes).toBeUndefined();
  });

  it('refuses a lone rest day with the FIT writer\'s words: a rest day\'s TCX answered a "Rest" workout where its FIT answered none', () => {
    const refusal = (format: 'fit' | 'tcx') => {
      try {
        getWriter(format)!.writeWorkout!(rest, plan, {});
      } catch (e) {
        return isWriterError(e) ? e.diagnostic : e;
      }
      throw new Error(`${format} wrote a rest day`);
    };
    expect(refusal('tcx')).toEqual(refusal('fit'));
    expect(refusal('tcx')).toMatchObject({ message: expect.stringMatching(/is a rest day: there is nothing to run, so no workout is written/) });
    const asked = tcxWriter.writeWorkout!(rest, plan, { restDays: true });
    expect(readTcx(String(asked.data)).workouts[0]!.steps[0]).toMatchObject({ name: 'Rest', intensity: 'Resting' });
  });

  it('writes an empty plan as a valid document with no workouts', () => {
    const xml = tcxForPlan(planOf([]));
    expect(xmllintValidate(xml).valid).toBe(true);
    expect(readTcx(xml).workouts).toEqual([]);
  });
});

describe('TCX writer: failures are WriterErrors with a diagnostic', () => {
  const catchIt = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('expected a WriterError');
  };

  it('passes on the compiler error of a session that did not compile', () => {
    const diagnostic = { severity: 'error' as const, line: 4, column: 7, offset: 40, length: 3, message: 'unknown pace "XK"' };
    const e = catchIt(() => tcxForWorkout({ ...intervals, diagnostics: [diagnostic] }, plan));
    expect(isWriterError(e) && e.diagnostic).toEqual(diagnostic);
  });

  it('refuses a step longer than Meters (unsignedShort) can hold rather than wrapping it', () => {
    const e = catchIt(() =>
      tcxForWorkout({ ...intervals, steps: [step({ duration: { kind: 'distance', meters: 70000 }, label: 'ultra' })] }, plan),
    );
    expect(isWriterError(e) && e.diagnostic.message).toMatch(/70000 metres is longer than TCX can store/);
  });

  it('refuses an impossible date', () => {
    const e = catchIt(() => tcxForWorkout({ ...intervals, date: '2026-02-30' }, plan));
    expect(isWriterError(e) && e.diagnostic.severity).toBe('error');
  });

  it('refuses a pace with no speed', () => {
    const e = catchIt(() =>
      tcxForWorkout(
        { ...intervals, steps: [step({ duration: { kind: 'time', seconds: 60 }, target: { kind: 'pace', low: 0, high: 0, name: 'broken' } })] },
        plan,
      ),
    );
    expect(isWriterError(e) && e.diagnostic.message).toContain('"broken"');
  });
});

describe('the validation the tests rely on', () => {
  // Guards against a validator that passes everything: the limits the writer
  // works around (20 StepIds, 15-character names, 2..99 repetitions) must be
  // ones the schema really enforces.
  const valid = tcxForWorkout(intervals, plan);

  it('accepts the writer\'s document and rejects it once a limit is broken', () => {
    expect(xmllintValidate(valid).valid).toBe(true);
    expect(xmllintValidate(valid.replace('<StepId>2</StepId>', '<StepId>21</StepId>')).valid).toBe(false);
    expect(xmllintValidate(valid.replace('<Name>W3 Wed 6x400m</Name>', '<Name>W3 Wed 6x400m @ HM</Name>')).valid).toBe(false);
    expect(xmllintValidate(valid.replace('<Repetitions>5</Repetitions>', '<Repetitions>100</Repetitions>')).valid).toBe(false);
    expect(xmllintValidate(valid.replace('<StepId>2</StepId>', '<StepId>1</StepId>')).valid).toBe(false);
  });

  it('fails loudly when xmllint is missing instead of skipping', () => {
    expect(() => xmllintValidate(valid, TCX_XSD, 'xmllint-that-is-not-installed')).toThrow(/not installed/);
  });
});
