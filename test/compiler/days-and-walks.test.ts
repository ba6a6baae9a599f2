/**
 * Constructs rounds 12–22 showed together: a numbered heading before a dash, a walk named alone, a day off
 * taken, dates and week headings as Japanese, Chinese and Korean write them, and a plan's numbers alone weighed.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, compileSession, loadPlan } from '../../src/compiler/index.js';
import { athlete, errors, expectReads } from '../helpers/reading.js';

describe('a numbered heading before a spaced dash', () => {
  it('heads what follows as "Week 1:" does', () => {
    expectReads('Week 1 - walk 4 minutes and jog 2 minutes; repeat 5 times', '5x(walk 4:00 | run 2:00 @E)');
    expectReads('Day 3 - 5 x 400m', 'wu 15:00 | 5x(run 400m | rec open) | cd 10:00');
  });

  it('a numbered title\'s total after its dash is still the stated total, not a heading', () => {
    const w = compileSession('Session 1 - 42mins\nWarm-up: 15 min easy\n3 x 4 min @ 10K w/ 2 min jog\nCool-down: 12 min', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.join(' ')).toMatch(/stated total/);
  });
});

describe('walks and days off', () => {
  it('"ending with" after a continuous run is not read as a part after it: "45 min easy, ending with 5 min at tempo" is no 50 minutes', () => {
    expect(errors(compileSession('45 min easy, ending with 5 min at tempo', athlete)).length).toBeGreaterThan(0);
  });

  it('a walk beside an unknown sport or a length is left alone: "Walk or cycle 45 minutes" stays refused', () => {
    for (const text of ['Walk or cycle 45 minutes', 'Walk or run for 30 minutes']) expect(errors(compileSession(text, athlete)).length, text).toBeGreaterThan(0);
  });

  it('a walk named alone is a walk as long as the athlete likes, never a run', () => {
    expectReads('Walk', 'walk open');
    expectReads('Walk or rest', 'walk open OR rest');
    expectReads('Tuesday: Walk or take day off.', 'walk open OR rest');
    expectReads('Rest or walk', 'rest OR walk open');
    const [step] = compileSession('Walk', athlete).steps;
    expect(step?.type === 'step' && [step.duration.kind, step.target.kind, /walk/i.test(step.label)]).toEqual(['open', 'none', true]);
  });

  it('"take the day off" is a day off', () => {
    expectReads('30 min easy or take the day off', 'run 30:00 @E OR rest');
  });
});

describe('dates and weeks as Japanese, Chinese and Korean write them', () => {
  it('a date marked by its month and day signs, with its weekday in brackets, is no length', () => {
    expectReads('04月01日(火) 7キロJog', 'run 7km @E');
    expectReads('2023年8月5日 10公里', 'run 10km @E');
    expectReads('3월 5일 10km 조깅', 'run 10km @E');
  });

  it('a week heading with its number before the week sign heads its line', () => {
    expectReads('1주차: 10분 템포런', 'run 10:00 @T');
    expectReads('1週目: ジョグ5km', 'run 5km @E');
    expectReads('第1周: 5公里慢跑', 'run 5km @E');
    expectReads('2~3주 차: 1km * 4세트', 'wu 15:00 | 4x(run 1km | rec open) | cd 10:00');
  });

  it('a number and a month sign with no day sign stays what it was', () => {
    expect(errors(compileSession('4月 10km', athlete)).length).toBeGreaterThan(0);
  });
});

describe("a plan's numbers with no unit, weighed by the norms", () => {
  const plan = (head: string, cells: string[]) =>
    `name: Plan\n${head}weeks:\n  - ${cells.map((c, k) => `${['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'][k]}: "${c}"`).join('\n    ')}\n`;
  const read = (head: string, cells: string[]) => {
    const { plan: p } = loadPlan(plan(head, cells), 'plan.yaml');
    return compilePlan(p!, athlete);
  };
  const lengths = (compiled: ReturnType<typeof read>) =>
    compiled.sessions.flatMap((w) => (w.steps[0]?.type === 'step' ? [w.steps[0].duration.kind] : []));

  it('in a plan in miles whose shortest such day would be past any usual run, they are minutes, with a warning', () => {
    const compiled = read('units: mi\n', ['30', 'Rest', '35', 'Rest', '40', 'Rest', '45']);
    expect(lengths(compiled)).toEqual(['time', 'time', 'time', 'time']);
    expect(compiled.diagnostics.map((d) => d.message).join(' ')).toMatch(/read as minutes: the shortest, 30, would be 30 mi/);
  });

  it('a plan in miles with short days keeps its miles, its long days too', () => {
    const compiled = read('units: mi\n', ['3', 'Rest', '5', 'Rest', '4', 'Rest', '28']);
    expect(lengths(compiled)).toEqual(['distance', 'distance', 'distance', 'distance']);
    expect(compiled.diagnostics.some((d) => /read as minutes/.test(d.message))).toBe(false);
  });

  it('only the days that are a number alone: a labelled day keeps the plan\'s miles', () => {
    expect(lengths(read('units: mi\n', ['30', 'Tempo 4', '35', 'Long run 12', '40', 'Rest', '45']))).toEqual(['time', 'distance', 'time', 'distance', 'time', 'time']);
  });

  it('a plan in km whose shortest number alone is a usual long run keeps its km', () => {
    expect(lengths(read('units: km\n', ['5 km easy', 'Rest', '8 km easy', 'Rest', '6 km easy', '42', 'Rest']))).toEqual(['distance', 'distance', 'distance', 'distance']);
  });

  it('a plan that says what its bare numbers are is read as it says', () => {
    expect(lengths(read('units: mi\nbareNumbers: mi\n', ['30', 'Rest', '35', 'Rest', '40', 'Rest', '45']))).toEqual(['distance', 'distance', 'distance', 'distance']);
  });
});

describe('a day of two runs headed by their hours or parts of the day', () => {
  it('"6:00AM – …" and "9:30AM – …", "Morning:" and "Evening:" are the day\'s two runs, as "AM:" and "PM:" are', () => {
    expectReads('Monday\n6:00AM – 8km easy\n9:30AM – 18km easy', 'run 8km @E || run 18km @E');
    expectReads('Morning: 5 miles easy\nEvening: 4 miles easy', 'run 5mi @E || run 4mi @E');
    expectReads('6am - 8km easy\n6pm - 10km easy', 'run 8km @E || run 10km @E');
  });

  it('a head over talk heads no run, and a timetable of more than two hours is no day of two runs', () => {
    expect(compileRuns('Morning: 5 miles easy\nEvening: rest', athlete)).toHaveLength(1);
    expect(compileRuns('06:00 - 10km easy\n08:00 - breakfast\n12:30 - 5km easy\n18:00 - 5km easy', athlete).length).not.toBe(2);
  });
});

describe('a bracket after a jog of its own length', () => {
  it('"7km jog (5:30)" is the jog\'s pace, never a second run', () => {
    expectReads('7km jog (5:30)', 'run 7km @5:30/km');
  });

  it('after reps, a jog\'s bracket is still no pace of the reps', () => {
    const [w] = compileRuns('6 x 400m with 200m jog (about 90 sec)', athlete);
    expect(JSON.stringify(w!.steps)).not.toMatch(/"kind":"pace"/);
  });
});

describe("a label's effort for its reps", () => {
  it('reps under "Fartlek" with no pace of their own are run as its surges; a pace of their own stays', () => {
    expectReads('Fartlek: 13 x 3 min / 1 min jog', 'wu 15:00 | 13x(run 3:00 ~fartlek | rec 1:00 jog) | cd 10:00');
    expectReads('Fartlek: 6 x 2 min @ 5K, 1 min jog', 'wu 15:00 | 6x(run 2:00 @5K | rec 1:00 jog) | cd 10:00');
  });
});

describe('the goal race named before "goal"', () => {
  it('"2 at Marathon Goal Pace" is the goal marathon pace, inside the run, as "goal marathon pace" is', () => {
    expectReads('4 miles with 2 at Marathon Goal Pace', 'run 1mi @E | run 2mi @goal M | run 1mi @E');
    expectReads('3 x 2 miles @ marathon goal pace w/ 400m jog', 'wu 15:00 | 3x(run 2mi @goal M | rec 400m jog) | cd 10:00');
  });
});

describe('a walk beside a day off', () => {
  it('"Rest or walk 30 minutes" offers a 30-minute walk, no run', () => {
    expectReads('Rest or walk 30 minutes', 'rest OR walk 30:00');
  });

  it('how easy the walk is says nothing a watch times: "Rest or easy walk", "Descanso o caminata ligera."', () => {
    expectReads('Rest or easy walk', 'rest OR walk open');
    expectReads('- Día 2: Descanso o caminata ligera.', 'rest OR walk open');
  });

  it('beside a run the walk keeps the run\'s length to share: "15–25min kevyt juoksu/reipas kävely PK1" is not read as an open walk', () => {
    const runs = compileRuns('15–25min kevyt juoksu/reipas kävely PK1', athlete);
    expect(runs.every((w) => !w.steps.some((s) => s.type === 'step' && s.duration.kind === 'open'))).toBe(true);
  });
});

describe('a walk among other choices', () => {
  it('"Cross-train or walk" and "Rest or bike or walk" offer an open walk', () => {
    expectReads('Cross-train or walk', 'cross OR walk open');
    expectReads('Rest or bike or walk', 'rest OR cross OR walk open');
  });

  it('a walk that opens a longer text is no whole day: "Walk. Then 20 min easy."', () => {
    expect(errors(compileSession('Walk. Then 20 min easy.', athlete))).toEqual([]);
  });
});
