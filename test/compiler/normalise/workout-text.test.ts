/**
 * intervals.icu's workout text read as the shorthand: coaches who build workouts there paste them as they are,
 * and every workout runcast writes for intervals.icu reads back to the steps it was written from.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePlan, compileSession, loadPlan } from '../../../src/compiler/index.js';
import type { Node, Step, Workout } from '../../../src/ir/workout.js';
import { intervalsText } from '../../../src/writers/intervals/text.js';
import { show } from '../../corpus/expect.js';
import { athlete, errors, expectReads } from '../../helpers/reading.js';

describe('a workout in intervals.icu text', () => {
  it('sections, a repeat of every step under "4x", zones of heart rate; the name is a note', () => {
    const text = 'Interval 4x2m Z3\nWarmup\n- 10m Z1 HR\n\nMain Set\n4x\n- 2m Z3 HR\n- 2m Z2 HR\n\nCooldown\n- 10m Z1 HR';
    expectReads(text, 'wu 10:00 @Z1 | 4x+(run 2:00 @Z3 | rec 2:00 @Z2) | cd 10:00 @Z1');
    expect(compileSession(text, athlete).notes.join(' ')).toMatch(/read Interval 4x2m Z3 as the workout's name/);
  });

  it('"m" is minutes and "mtr" metres; a count may close the heading; a blank line ends the repeat', () => {
    const text = 'Warmup\n- 15m 60-70% HR\n\nMain Set 5x\n- 1km 5:00/km Pace\n- 400mtr 70% HR\n\n- 1m30s 70% HR\n\nCooldown\n- 10m 60% HR';
    const w = compileSession(text, athlete);
    expect(errors(w)).toEqual([]);
    expect(show([w])).toMatch(/^wu 15:00 @E \| 5x\+\(run 1000m @5:00\/km \| rec 400m @E\) \| run 1:30 @E \| cd 10:00 @E$/);
  });

  it('"95% Pace" is a share of the athlete\'s threshold pace, as intervals.icu reads it', () => {
    expect(show([compileSession('Main Set 4x\n- 3m 95% Pace\n- 2m 70% Pace', athlete)])).toBe('4x+(run 3:00 @95% of T | rec 2:00 @70% of T)');
  });

  it('a band from one zone to another: "30m Z1 HR to Z2 HR"', () => {
    expectReads('Herstel Z1–Z2 30m\nMain Set\n- 30m Z1 HR to Z2 HR', 'run 30:00 @Z1-2');
  });

  it("a coach's list is no workout text: \"- 400m fast\" is metres", () => {
    expect(show([compileSession('- 400m fast\n- 400m jog', athlete)])).toBe('wu 15:00 | run 400m ~fast | rec 400m jog | cd 10:00');
    // "race-pace" is talk, not the syntax's Pace target.
    expect(show([compileSession('- 20m at 5km race-pace', athlete)])).not.toMatch(/20:00/);
  });
});

interface Ran {
  kind: string;
  length: string;
  /** The middle of its pace band, m/s. */
  speed?: number;
}

/** The steps a watch runs, repeats written out, each as its kind, length and the middle of its pace band. */
function executed(nodes: readonly Node[]): Ran[] {
  return nodes.flatMap((n) => {
    if (n.type !== 'repeat') return [ran(n)];
    const once = executed(n.children);
    const last = n.skipLastRecovery ? dropTrailingRecovery(n.children) : once;
    return [...Array.from({ length: n.count - 1 }, () => once).flat(), ...last];
  });
}

function dropTrailingRecovery(children: readonly Node[]): Ran[] {
  const kept = [...children];
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    if (last.type !== 'step' || (last.intensity !== 'recovery' && last.intensity !== 'rest')) break;
    kept.pop();
  }
  return executed(kept);
}

function ran(s: Step): Ran {
  const d = s.duration;
  const length = d.kind === 'time' ? `${Math.round(d.seconds)}s` : d.kind === 'distance' ? `${Math.round(d.meters)}m` : d.kind;
  const band = s.target.kind === 'pace' ? s.target : s.target.kind === 'heartRate' ? s.target.pace : undefined;
  return { kind: s.intensity === 'rest' ? 'recovery' : s.intensity, length, ...(band ? { speed: (band.low + band.high) / 2 } : {}) };
}

/** Two runs of steps alike: kinds and lengths the same, paces within 1 % (the text writes them to the second). */
function expectSameSteps(back: Ran[], sent: Ran[], why: string): void {
  expect(back.map((r) => `${r.kind} ${r.length}`), why).toEqual(sent.map((r) => `${r.kind} ${r.length}`));
  back.forEach((r, k) => {
    const want = sent[k]!.speed;
    if (want === undefined) expect(r.speed, why).toBeUndefined();
    else expect(Math.abs(r.speed! - want) / want, `${why}\nstep ${k + 1}: ${r.speed} m/s, sent ${want}`).toBeLessThanOrEqual(0.01);
  });
}

function templateWorkouts(file: string): Workout[] {
  const { plan } = loadPlan(readFileSync(file, 'utf8'), file);
  return compilePlan(plan!, athlete, { start: '2026-11-30' }).sessions.filter((w) => w.sport === 'running' && w.steps.length > 0);
}

describe('what runcast writes for intervals.icu reads back to the steps it was written from', () => {
  for (const file of ['templates/mile-8-week.yaml', 'templates/mile-workouts.yaml']) {
    it(`every run of ${file}`, () => {
      const workouts = templateWorkouts(file);
      expect(workouts.length).toBeGreaterThan(5);
      for (const w of workouts) {
        const text = intervalsText(w, 'mi');
        const back = compileSession(text, athlete);
        expect(errors(back), `${w.id}\n${text}`).toEqual([]);
        expectSameSteps(executed(back.steps), executed(w.steps), `${w.id}\n${text}`);
      }
    });
  }
});

describe('the development corpus, written for intervals.icu and read back', () => {
  it('reads back to the steps it was written from, for all but a few it cannot tell apart', () => {
    const rows = readFileSync('fixtures/corpus/sessions.tsv', 'utf8').split('\n').slice(1).filter(Boolean);
    let same = 0;
    let written = 0;
    for (const row of rows) {
      const w = compileSession(row.split('\t')[1]!.replace(/\\n/g, '\n'), athlete);
      if (errors(w).length > 0 || w.sport !== 'running' || w.steps.length === 0) continue;
      written++;
      const back = compileSession(intervalsText(w, 'mi'), athlete);
      if (errors(back).length === 0 && JSON.stringify(executed(back.steps).map((r) => `${r.kind} ${r.length}`)) === JSON.stringify(executed(w.steps).map((r) => `${r.kind} ${r.length}`))) same++;
    }
    // 140 of 149 when this was written. The others: a last recovery after a lone rep, and texts with no heading,
    // count or target of the syntax ("- Strides 15s\n- Walk 1m", "- Run/walk 10m"), which stay a coach's list.
    expect(written).toBeGreaterThanOrEqual(149);
    expect(same).toBeGreaterThanOrEqual(140);
  });
});

describe('what is no workout text stays what it was', () => {
  it("a coach's list under a heading or a count writes the length first: \"m\" is metres there", () => {
    expect(show([compileSession('Main set\n- 200m hard\n- 200m easy', athlete)])).toMatch(/run 200m ~hard \| run 200m @E/);
    expect(show([compileSession('Warm up\n- 2m easy\n\nMain set\n- 4m @ MP\n\nCool down\n- 1m easy', athlete)])).toBe('wu 2mi | run 4mi @M | cd 1mi');
  });

  it('a numbered list with words before each length is no workout text', () => {
    const w = compileSession('1. Start with a 1.5 mile jog\n2. Sprint 30m\n3. Light jog 100m', athlete);
    expect(show([w])).not.toMatch(/:00:00|1:40:00/);
  });

  it('a target after "@" is read as written, with no second "@"', () => {
    expect(errors(compileSession('Warmup\n- 10m Z1 HR\n\nMain Set 4x\n- 1km @ T\n- 2m Z1 HR', athlete))).toEqual([]);
  });

  it('a repeat runs the steps it writes and adds no recovery', () => {
    expect(show([compileSession('4x\n- 2m Z3 HR', athlete)])).toBe('4x+(run 2:00 @M)');
  });

  it('a count with no step under it is refused, never dropped', () => {
    expect(errors(compileSession('Warmup\n- 10m Z1 HR\n\n4x\n\nCooldown\n- 10m Z1 HR', athlete)).length).toBe(1);
  });

  it('a count in a step\'s cue repeats it: "- 4x 1m Z5 HR"', () => {
    expect(show([compileSession('- 10m Z2 HR\n- 4x 1m Z5 HR', athlete)])).toMatch(/4x\(run 1:00/);
  });

  it('blank lines after a heading, a lone "- ", "4x" alone, a heading with a count and nothing under it: no exception', () => {
    for (const text of ['Main Set\n\n\n- 10m Z2 HR', '- ', '4x', 'Main Set 5x', '- 10m', '-\n-\n-', `Warmup\n${'- 1m Z1 HR\n'.repeat(200)}`]) {
      expect(() => compileSession(text, athlete), text).not.toThrow();
    }
    expect(show([compileSession('Main Set\n\n\n- 10m Z2 HR', athlete)])).toBe('run 10:00 @E');
  });
});
