/**
 * Runs described in words (src/compiler/normalise/runs.ts, dialect/runs.ts): "very easy" is
 * recovery pace, "regular run pace" easy pace, and the ground a run goes over
 * ("through rolling hills") is said for the athlete, never read as hill repetitions.
 * Real cells from published plans (the blind samples) stand beside invented ones.
 */
import { describe, expect, it } from 'vitest';
import { compilePlan, compileRuns, loadPlan } from '../../src/compiler/index.js';
import { referenceAthlete } from '../corpus/blind.js';
import { show } from '../corpus/expect.js';

const athlete = referenceAthlete();
const read = (text: string) => show(compileRuns(text, athlete));
/** What `text` reads as on a day of a plan for `race`, in miles. */
const inPlan = (race: string, text: string) => {
  const loaded = loadPlan(JSON.stringify({ name: 't', race, units: 'mi', weeks: [{ sun: text }] }), 't.json');
  return show(compilePlan(loaded.plan!, athlete).sessions);
};

describe('slower than easy', () => {
  it('"very easy" is run at recovery pace, not easy pace with a word left over', () => {
    expect(read('7-9 mi very easy')).toBe('run 7mi @recovery');
    expect(read('Off or 4-5 mi very easy')).toBe('rest OR run 4mi @recovery');
  });

  it('"super easy" and "really easy" are easy, said with feeling', () => {
    expect(read('45 min super easy')).toBe('run 45:00 @E');
    expect(read('super easy 4 miles')).toBe('run 4mi @E');
    expect(read('7 miles, really easy')).toBe('run 7mi @E');
  });

  it('"at very easy pace" marks the pace once', () => {
    expect(read('5 km at very easy pace')).toBe('run 5km @recovery');
  });

  it('"very easy to easy" runs in the easy band, which reaches down to it', () => {
    expect(read('6-8 mi very easy to easy')).toBe('run 6mi @E');
  });

  it('"easy" alone stays easy', () => {
    expect(read('6 mi easy')).toBe('run 6mi @E');
  });
});

describe('easy said as the everyday pace', () => {
  it('"at regular run pace" is easy pace', () => {
    expect(read('8 mi at regular run pace')).toBe('run 8mi @E');
  });
});

describe('the ground a run goes over', () => {
  it('"easy through rolling hills" is an easy run with no hill reps and no warm-up added', () => {
    const runs = compileRuns('12-13 mi easy through rolling hills', athlete);
    expect(show(runs)).toBe('run 12mi @E');
    expect(runs[0]!.notes.join(' ')).toContain("'through rolling hills' is where the run goes");
  });

  it('"Hilly run: 6 mi-8 mi on hilly course at regular run pace" is an easy run', () => {
    expect(read('Hilly run: 6 mi-8 mi on hilly course at regular run pace')).toBe('run 6mi @E');
  });

  it('hills written as the reps are still hill repetitions', () => {
    expect(read('6 x 200m hills')).toBe('wu 15:00 | 6x(run 200m ~hill | rec open) | cd 10:00');
  });
});

describe('a run that speeds up as it goes', () => {
  const steps = (text: string) => compileRuns(text, athlete)[0]!.steps;

  it('"easy progressing to moderate" is run by feel from the one to the other, named so', () => {
    expect(read('6-8 mi easy progressing to moderate')).toBe('run 6mi ~easy progressing to moderate');
  });

  it('the run around strides keeps the progression', () => {
    expect(read('8-10 mi easy progressing to moderate with 5 × 25 sec strides')).toMatch(/^run \d+m ~easy progressing to moderate \| 5x\(run 0:25 ~strides/);
  });

  it('"6 mi Kenyan-style progression run" is a progression run by feel, with no warm-up added', () => {
    expect(read('6 mi Kenyan-style progression run')).toBe('run 6mi ~progression run');
  });

  it('"10 mi progression" after the length is the label, named so on the watch, starting at easy pace', () => {
    const [run] = steps('10 mi progression');
    expect(run).toMatchObject({ type: 'step', label: '10 mi progression run', target: { kind: 'pace', name: 'E' } });
  });

  it('a fartlek with work inside keeps easy running around it', () => {
    expect(read('7 miles fartlek w/ 6 x 1 min @ 5K')).toMatch(/^run \d+m @E \|/);
  });
});

describe('reps that progress', () => {
  it('"5x1200m progression run" stays reps, not one run by feel', () => {
    expect(read('5x1200m progression run with 400m EASY recovery')).not.toContain('~progression run');
  });
});

describe('"aerobic" right after the length', () => {
  it('is easy running, and a long run broken down in brackets is run as its parts', () => {
    expect(read('40 min aerobic')).toBe('run 40:00 @E');
    expect(read('Long Run: 12-13 miles\n(5 miles Aerobic, 4 miles at marathon pace, 3-4 miles Easy)')).toBe('run 5mi @E | run 4mi @M | run 3mi @E');
  });

  it('"General aerobic" stays the label', () => {
    expect(compileRuns('General aerobic 8 miles', athlete)[0]!.title).toMatch(/^General aerobic/);
  });
});

describe('anaerobic threshold', () => {
  it('"@AnT pace" is threshold pace', () => {
    expect(read('Anaerobic Threshold Intervals\n1-2 mile warm up, \n4 x 800m @AnT pace w/ 90 sec rest,\n1-2 mile cool down')).toBe('wu 1mi | 4x(run 800m @T | rest 1:30 rest) | cd 1mi');
  });
});

describe('a label that leaves the day to the runner', () => {
  it('"3 miles - Flex Run" is the run, or cross-training, or rest', () => {
    expect(read('3 miles - Flex Run')).toBe('run 3mi @E OR cross OR rest');
    expect(read('5 miles Flex Run')).toBe('run 5mi @E OR cross OR rest');
    expect(read('30 min flex run')).toBe('run 30:00 @E OR cross OR rest');
  });

  it('"4 miles optional run" is the run or a day off', () => {
    expect(read('4 miles optional run')).toBe('run 4mi @E OR rest');
  });

  it('only where a label stands, after the length at the end of the day', () => {
    expect(read('Flex Run 3 miles')).not.toContain('OR');
    expect(read('5 miles easy. Optional run')).not.toContain('OR');
  });
});

describe('a race written after a bare distance', () => {
  it('"13.1 - RACE" and "26.2 - RACE" race the distance in the plan\'s unit at the goal pace', () => {
    expect(inPlan('HM', '13.1 - RACE')).toMatch(/^run 2108\d\.\d+m @goal HM$/);
    expect(inPlan('M', '26.2 - RACE')).toMatch(/^run 4216\d\.\d+m @goal M$/);
    expect(inPlan('HM', '13.1 RACE')).toBe(inPlan('HM', '13.1 - RACE'));
  });
});

describe('a race distance and an exclamation mark', () => {
  it('"5K!" and "26.2!" are the race, at the goal pace', () => {
    expect(inPlan('5K', '5K!')).toBe('run 5km @goal 5K');
    expect(inPlan('M', '26.2!')).toMatch(/^run 4216\d\.\d+m @goal M$/);
    expect(read('10 km!')).toContain('run 10km @goal 10K');
  });

  it('another distance with the mark stays a run', () => {
    expect(inPlan('5K', '3 miles!')).toBe('run 3mi @E');
    expect(inPlan('M', '20!')).toBe('run 20mi @E');
  });
});

describe('a length written again in the other unit', () => {
  it('"6.5K/4 Mile Run" is one run of 6.5 km', () => {
    expect(read('6.5K/4 Mile Run')).toBe('run 6500m @E');
    expect(read('5K/3.1 Mile Recovery Run')).toBe('run 5km @recovery');
  });

  it('paired distances that differ stay pairs', () => {
    expect(read('2 x 800m/300m @ 5K/Mile')).toBe('wu 15:00 | 2x(run 800m @5K | run 300m @Mile | rec open) | cd 10:00');
  });
});
