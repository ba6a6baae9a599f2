/**
 * The tolerant reader: words the shorthand does not know are filler, set aside
 * with their spans and kept in the notes, never a refusal by themselves; what
 * cannot be decided (a number that cannot be placed, a typo of a unit) still
 * stops the reading at its position.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSession, loadAthlete } from '../../src/compiler/index.js';
import type { Workout } from '../../src/ir/workout.js';
import { outline } from '../helpers/steps.js';

const athlete = loadAthlete(readFileSync(new URL('../../fixtures/athletes/reference.yaml', import.meta.url), 'utf8')).athlete!;
const errors = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'error');
const warnings = (w: Workout) => w.diagnostics.filter((d) => d.severity === 'warning');

describe('sentences around a clear session', () => {
  it('"Coach Dana wants five 1000s at 10K pace with a two-minute jog" reads the reps, sets the opening words aside', () => {
    const text = 'Coach Dana wants five 1000s at 10K pace with a two-minute jog';
    const w = compileSession(text, athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('5 x 1000m @ 10K w/ 2 min jog', athlete).steps));
    expect(warnings(w).map((d) => text.slice(d.column - 1, d.column - 1 + d.length))).toEqual(['Coach Dana wants']);
  });

  it('"Finish off with 6x300m …" opening a session reads the reps', () => {
    const w = compileSession('Finish off with 6x300m at mile pace w/ 100m walk', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('6 x 300m @ Mile w/ 100m walk', athlete).steps));
  });

  it('a word nobody defined at the end of a part is set aside and listed in the notes', () => {
    const w = compileSession('5 x 1km @ T w/ 2 min jog, blorptastic', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.notes.join(' ')).toContain('blorptastic');
    expect(outline(w.steps)).toEqual(outline(compileSession('5 x 1km @ T w/ 2 min jog', athlete).steps));
  });

  it('prose between two pieces of structure is not read past: the refusal stands rather than a guess', () => {
    const w = compileSession('4 x 400m w/ 1 min glorp 3-2-1k', athlete);
    expect(errors(w)).toHaveLength(1);
    expect(w.steps).toEqual([]);
  });

  it('a typo of a unit still stops with its suggestion, not set aside', () => {
    const w = compileSession('4 x 5 mni @ Mile', athlete);
    expect(errors(w)[0]!.hint).toContain("did you mean 'min'");
  });

  it('a word glued to a number is its unit, never set aside: the number is not read in another unit', () => {
    // In a text whose language is not found, "公里" (km) is a word runcast does not know.
    const w = compileSession('周六,钵池山公园,10公里。', athlete);
    expect(errors(w)).toHaveLength(1);
    expect(w.steps).toEqual([]);
  });

  it('a number that cannot be placed still stops the reading', () => {
    const w = compileSession('Nice day 30 min easy 7', athlete);
    expect(errors(w)).toHaveLength(1);
  });

  it('thirty clauses of prose before the one construct are set aside in one go and listed as one span', () => {
    const words = Array.from({ length: 30 }, (_, k) => `blah${String.fromCharCode(97 + (k % 26))}`).join(', ');
    const text = `${words}, 30 min easy`;
    const w = compileSession(text, athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('30 min easy', athlete).steps));
    expect(warnings(w).map((d) => text.slice(d.column - 1, d.column - 1 + d.length))).toEqual([`${words},`]);
  });

  it('an aside in a sentence of its own after the session is set aside: "6 x 800m @ 5K w/ 400m jog. Bring gels."', () => {
    const w = compileSession('6 x 800m @ 5K w/ 400m jog. Bring gels.', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('6 x 800m @ 5K w/ 400m jog', athlete).steps));
  });
});

/** Sentence shapes from the blind samples (fixtures/corpus/blind-1, blind-2): club pages and training logs. */
describe('whole sentences around the session', () => {
  const same = (text: string, shorthand: string) => {
    const w = compileSession(text, athlete);
    expect(errors(w), text).toEqual([]);
    expect(outline(w.steps), text).toEqual(outline(compileSession(shorthand, athlete).steps));
    return w;
  };

  it('a sentence with no figure in it is set aside whole (a club page: "Dynamic Stretch", "Bring a friend along")', () => {
    const w = same('5 x 800m with 400m recovery jog\nDynamic Stretch\nBring a friend along, everyone is welcome.', '5 x 800m w/ 400m jog');
    expect(w.notes.join(' ')).toContain('Bring a friend along');
  });

  it('what opens a sentence before its first figure is talk ("We will be doing core mile training: 8 x 400m …", a club page)', () => {
    same('We will be doing core mile training: 8 x 400m, with 200m recovery jog between.', '8 x 400m w/ 200m jog');
  });

  it('"Today’s run is a six mile lactate threshold run." (a coaching blog) reads the run', () => {
    const w = compileSession('Today’s run is a six mile lactate threshold run.', athlete);
    expect(errors(w)).toEqual([]);
    expect(w.estimate.meters).toBeCloseTo(6 * 1609.344, 0);
  });

  it('"Do 3 times this week" says how often, not how many reps (a beginner programme)', () => {
    same('Run 1 min, walk 90 seconds. Repeat 8 times. Do 3 times this week.', 'Run 1 min, walk 90 seconds. Repeat 8 times.');
  });

  it('a sentence of talk that opens with the warm-up still asks for one ("Warm up slowly, get the big muscles warm …", a club page)', () => {
    const w = same('Warm up slowly, get the big muscles warm and ready to move.\n\n6 x 150 m strides\n\nCooldown slowly.', 'warm up, 6 x 150 m strides, cool down');
    expect(w.notes.join(' ')).toContain('get the big muscles warm');
  });

  it('a pace word naming a kind of session is talk: "I had a great interval session last night." (a training log)', () => {
    const w = same('I had a great interval session last night. I opted for 6x800m repeats.', '6 x 800m');
    expect(w.notes.join(' ')).toContain('interval session');
  });

  it('the kind of session named on the line before the session is still its pace ("Tempo session\\n3 miles")', () => {
    same('Tempo session\n3 miles', '3 miles tempo');
  });

  it('the weather is no step: "…, 1 mile cool-down, sunny & 78 degree" (a training log)', () => {
    same('2 mile warm-up, 10 x 800m w/ 1 min rest, 1 mile cool-down, sunny & 78 degree', '2 mile warm-up, 10 x 800m w/ 1 min rest, 1 mile cool-down');
  });

  it('"6 miles total with 4 miles at an 8:08 pace" keeps the total as the day (a training log)', () => {
    same('The schedule called for about 6 miles total with 4 miles at an 8:08 pace.', '6 miles total, 4 miles @ 8:08/mi');
  });
});

describe('figures the reader cannot place are never dropped', () => {
  const refused = (text: string) => {
    const w = compileSession(text, athlete);
    expect(errors(w), text).toHaveLength(1);
    expect(w.steps).toEqual([]);
    return errors(w)[0]!;
  };

  it('"except for the middle where we had 2mins" qualifies the recovery: refused, not a 2 min run (a training log)', () => {
    const e = refused('So after a jog warm-up and some exercises, we did 8X800m, with 1 min recovery, except for the middle where we had 2mins.');
    expect(e.message).not.toContain('2mins');
  });

  it('"if your pace is 1min 30sec per 400m" is a condition, not two more parts (a club page)', () => {
    refused('So next week will be 5x1200m with a 90sec recovery if your pace is 1min 30sec per 400m.');
  });

  it('"For the 6 min intervals, aim for your 10k pace." after 8 min reps names reps not written: refused rather than run by feel', () => {
    const text = '5×8 min, 2 min recovery. For the 6 min intervals, aim for your 10k pace.';
    const e = refused(text);
    expect(e.message).toBe('a pace in a sentence runcast does not read');
    expect(text.slice(e.column - 1, e.column - 1 + e.length)).toBe('pace');
  });

  it('work inside a run after "including" is refused at its first figure, not dropped (a coaching blog)', () => {
    const text = 'A good peak long run might be 2:45-3:00, including four sets of 20 minutes at goal marathon pace, with five-minute recoveries.';
    expect(refused(text).message).toContain('including');
  });

  it('a bare number left after the work is no 78 m run', () => {
    expect(refused('10 x 800m w/ 1 min rest, 1 mile cool-down, 78').message).toContain('shorter than any run');
  });
});

describe('plausibility of what was read', () => {
  it('"200-400-600-800-1000-800-600-400-200 meters" is a pyramid of reps, not ranges that drop every other rung (a running blog)', () => {
    const w = compileSession('Pyramid of 200-400-600-800-1000-800-600-400-200 meters.', athlete);
    expect(errors(w)).toEqual([]);
    const lengths = JSON.stringify(w.steps).match(/"meters":\d+/g)!.map((m) => Number(m.slice(9)));
    expect(lengths.filter((m) => m >= 200 && m <= 1000)).toEqual([200, 400, 600, 800, 1000, 800, 600, 400, 200]);
  });
});

describe('how, then for how long', () => {
  it('"Run easy for 30mins" (a beginner programme) is 30 min easy, "for" joining nothing', () => {
    const w = compileSession('Run easy for 30mins', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('30 min easy', athlete).steps));
  });
});

describe('a word before "pace" is never filler', () => {
  it('"4 min increased pace" is refused at "increased", not run at the goal pace "pace" alone would be', () => {
    const text = 'Tempo – 4 min increased pace, 2 min slower pace x 6';
    const w = compileSession(text, athlete);
    const e = w.diagnostics.find((d) => d.severity === 'error');
    expect(text.slice(e!.offset, e!.offset + e!.length)).toBe('increased');
  });

  it('words the shorthand knows before "pace" still read: "5 miles at a nice easy pace"', () => {
    expect(compileSession('I ran 5 miles at a nice easy pace', athlete).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('a word after a number may be its unit', () => {
  it('"hétvégente 25-30 kilométereket" is refused at the word, not run as 25-30 minutes', () => {
    const text = 'hétvégente 25-30 kilométereket';
    const w = compileSession(text, athlete);
    const [e] = errors(w);
    expect(compileSession('szeret hosszan futni a természetben, hétvégente 25-30 kilométereket,', athlete).steps).toEqual([]);
    expect(e?.message).toBe("unknown unit 'kilométereket'");
    expect(text.slice(e!.offset, e!.offset + e!.length)).toBe('kilométereket');
  });

  it('an English word after the number is no unit: "6 aerobic", "12 medium" read as runs of 6 and 12 miles', () => {
    expect(outline(compileSession('6 aerobic', athlete).steps)).toEqual(outline(compileSession('6 mi', athlete).steps));
    expect(errors(compileSession('12 medium', athlete))).toEqual([]);
  });

  it('"10 millas", "10 miglia": miles in other languages are miles', () => {
    expect(outline(compileSession('10 millas', athlete).steps)).toEqual(outline(compileSession('10 mi', athlete).steps));
    expect(outline(compileSession('10 miglia', athlete).steps)).toEqual(outline(compileSession('10 mi', athlete).steps));
  });

  it('English talk after the number is still set aside: "I ran 5 today with my friends"', () => {
    const w = compileSession('I ran 5 today with my friends and it was lovely.', athlete);
    expect(errors(w)).toEqual([]);
    expect(outline(w.steps)).toEqual(outline(compileSession('5 mi', athlete).steps));
  });
});
