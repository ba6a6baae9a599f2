/**
 * Words published plans write for a whole day (dialect/labels.ts, dialect/runs.ts, grammar/label.ts,
 * normalise/runs.ts): two labels parted by a slash ("Easy/Steady 7-9km"), walking and jogging as
 * the athlete needs ("Walk/jog 30mins"), a rest day with a choice or what it holds ("Rest/Strength",
 * "Rest / Mobility"), "race day" after the race's length ("13.1 - RACE DAY"), encouragement after a
 * mark ("Rest - Enjoy!"), "easy pace or slower" and "moderate pace". Real cells from published
 * plans (the blind samples) stand beside invented ones.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, loadPlan } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { show } from '../corpus/expect.js';

const athlete = referenceAthlete();
const read = (text: string) => show(compileRuns(text, athlete));

/** One cell read in a plan for `race`, in `units`. */
function inPlan(race: string, text: string, units = 'mi'): string {
  const loaded = loadPlan(JSON.stringify({ name: 'Plan', race, units, weeks: [{ mon: text }] }), 'plan.json');
  if (!loaded.plan) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return show(compilePlan(loaded.plan, athlete).sessions);
}

describe('two labels parted by a slash', () => {
  it('"Easy/Steady 7-9km" is run at the easier of the two, said in the notes', () => {
    expect(read('Easy/Steady 7-9km')).toBe('run 7km @E');
    expect(read('Easy/Steady 6.5-8.5km')).toBe('run 6500m @E');
    const [w] = compileRuns('Easy/Steady 7-9km', athlete);
    expect(w!.title).toMatch(/^Easy\/Steady/);
    expect(w!.notes).toContain("'Easy/Steady': either, read as easy, the easier");
  });

  it('whichever is written first, never the harder', () => {
    expect(read('Tempo/Easy 5 km')).toBe('run 5km @E');
    expect(read('Steady / Tempo 8 km')).toBe('run 8km @M');
  });

  it('needs a length after it, and two labels that name a pace', () => {
    expect(read('Easy/Steady')).toMatch(/^!/);
    expect(read('Rest/Strength 30 min')).toMatch(/^!/);
  });
});

describe('walking and jogging as the athlete needs', () => {
  it('"Walk/jog 30mins" and "40 min walk/jog" are one run by feel, no warm-up added', () => {
    expect(read('Walk/jog 30mins')).toBe('run 30:00 ~walk/jog');
    expect(read('40 min walk/jog')).toBe('run 40:00 ~walk/jog');
    expect(read('Jog/walk 20 minutes')).toBe('run 20:00 ~walk/jog');
  });

  it('a walk/jog recovery between reps is still a recovery', () => {
    expect(read('5 x 400m w/ 2 min walk/jog')).toBe('wu 15:00 | 5x(run 400m | rec 2:00 jog) | cd 10:00');
  });
});

describe('a rest day and, after a slash, another word', () => {
  it('"Rest/Strength" is a choice of rest or another kind of day', () => {
    expect(read('Rest/Strength')).toBe('rest OR strength');
    expect(read('Rest/Cross-train')).toBe('rest OR cross');
  });

  it('"Rest / Mobility" is a rest day: mobility is part of it', () => {
    expect(read('Rest / Mobility')).toBe('rest');
  });

  it('a run after the slash is not read as a choice', () => {
    expect(read('Rest / run')).toMatch(/^!/);
  });
});

describe('"race day" after the race\'s length', () => {
  it('is the race, as "race" after the length is', () => {
    expect(inPlan('HM', '13.1 - RACE DAY')).toBe(inPlan('HM', '13.1 - RACE'));
    expect(inPlan('HM', '13.1 - RACE DAY')).toMatch(/@goal HM$/);
    expect(inPlan('M', '26.2 - race day')).toBe(inPlan('M', '26.2 - RACE'));
  });
});

describe('encouragement after a mark', () => {
  it('is said to the athlete, kept as a note that changes no step', () => {
    expect(read('Rest - Enjoy!')).toBe('rest');
    const [w] = compileRuns('Rest - Enjoy!', athlete);
    expect(w!.notes).toContain("'Enjoy': said to the athlete, no part of the workout");
  });

  it('only where it closes the day', () => {
    const [w] = compileRuns('Rest - Enjoy! 5 miles', athlete);
    expect(w!.notes.join(' ')).not.toContain('said to the athlete');
  });
});

describe('a pace said with its limit or in everyday words', () => {
  it('"at easy pace or slower" is run at easy: easy is the fastest it should go', () => {
    expect(read('run 6 miles at easy pace or slower')).toBe('run 6mi @E');
    expect(read("run 2 miles at easy pace or slower to make sure your legs aren't stiff tomorrow")).toBe('run 2mi @E');
    expect(read('5 miles easy or slower')).toBe('run 5mi @E');
  });

  it('"moderate pace" is the steady pace, as the label "Moderate" is', () => {
    expect(read('Warm-up 5 min, then 4 × 3-min intervals at moderate pace, 90 sec walk between')).toBe('wu 5:00 | 4x(run 3:00 @M | rest 1:30 walk) | cd 10:00');
    expect(read('16km moderate pace')).toBe(read('Moderate 16km'));
  });
});
